"""Option types of the counters: a counter's label and a milestone name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.api import OptionType, literal

from .days import Milestone, parse_milestone

LABEL_RE = re.compile(r"[^\W_][\w -]{0,39}")


@dataclass(frozen=True)
class Label(OptionType):
    """A counter's name: letters, digits, spaces, ``-`` and ``_``, up to 40."""

    placeholder = "name"
    example = "alcohol"

    def parse(self, raw, pctx) -> str:
        text = " ".join(str(raw).split()).lower()
        if not LABEL_RE.fullmatch(text):
            shown = text if len(text) <= 40 else text[:37] + "..."
            raise pctx.refuse("sober-option-not-a-label", value=f"“{literal(shown)}”")
        return text


@dataclass(frozen=True)
class MilestoneOpt(OptionType):
    """A milestone: ``1d 7d 30d 60d 90d 6m 9m 1y 18m`` or ``Ny`` for N years."""

    placeholder = "milestone"
    example = "90d"

    def parse(self, raw, pctx) -> Milestone:
        found = parse_milestone(str(raw))
        if found is None:
            shown = str(raw)[:40]
            raise pctx.refuse("sober-option-not-a-milestone", value=f"“{literal(shown)}”")
        return found
