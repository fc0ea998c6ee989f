"""Option types of ``/meeting``: weekdays, every-n-weeks, http(s) links, and a
meeting by its number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from bot.api import (
    Boolean,
    Choice,
    Integer,
    Name,
    OptionError,
    OptionType,
    ParseContext,
    literal,
    translate,
)

from .recurrence import WEEKDAYS

#: A meeting by its number; members type it as ``id`` (``/meeting rsvp id:3 going``).
MeetingId = Annotated[int, Integer(min_value=1), Name("id")]


def refused(pctx: ParseContext, key: str, **args) -> OptionError:
    """An option's error from the meetings catalogue, in the member's language."""
    return OptionError(translate(pctx.locale, key, **args))


FULL_NAMES = {
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu",
    "friday": "fri", "saturday": "sat", "sunday": "sun",
    "tues": "tue", "weds": "wed", "thur": "thu", "thurs": "thu",
}  # fmt: skip


@dataclass(frozen=True)
class Weekday(Choice):
    """``mon`` … ``sun`` (full names are read too)."""

    choices: tuple[str, ...] = WEEKDAYS

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        return "mon..sun"

    @property
    def example(self) -> str:  # type: ignore[override]
        return "mon"

    def parse(self, raw, pctx):
        text = str(raw).strip().lower()
        text = FULL_NAMES.get(text, text)
        if text in self.choices:
            return text
        raise refused(pctx, "meetings-option-weekday", value=literal(str(raw)[:40]))


@dataclass(frozen=True)
class EveryWeeks(OptionType):
    """``2w`` (or ``2``): every second week; 1 to 8."""

    presented_as = "text"
    placeholder = "<n>w"
    example = "2w"
    most: int = 8

    def parse(self, raw, pctx):
        text = str(raw).strip().lower()
        match = re.fullmatch(r"(\d{1,3})\s*(?:w|wk|wks|week|weeks)?", text)
        if not match:
            raise refused(pctx, "meetings-option-weeks", value=literal(str(raw)[:40]))
        weeks = int(match.group(1))
        if not 1 <= weeks <= self.most:
            raise refused(pctx, "meetings-option-weeks-range", weeks=weeks, most=self.most)
        return weeks


@dataclass(frozen=True)
class HttpLink(OptionType):
    """An ``http://`` or ``https://`` address."""

    presented_as = "text"
    placeholder = "https://…"
    example = "https://meet.example.org/circle"
    max_length: int = 500

    def parse(self, raw, pctx):
        text = str(raw).strip()
        if len(text) > self.max_length:
            raise refused(
                pctx, "meetings-option-link-length", length=len(text), most=self.max_length
            )
        try:
            # No spaces, and none of the characters RFC 3986 leaves out of a URL
            # (``<>"{}|\\^` ``): a link is never markup or a mention.
            parts = urlsplit(text) if not re.search(r"[\s<>\"{}|\\^`]", text) else None
        except ValueError:  # a malformed host such as "http://["
            parts = None
        if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise refused(pctx, "meetings-option-link", value=literal(text[:40]))
        return text


@dataclass(frozen=True)
class Phone(OptionType):
    """A dial-in number: digits, spaces, ``+ - ( )``, and ``, * #`` for pauses and codes."""

    presented_as = "text"
    placeholder = "+1 555 0100,,123#"
    example = "+15550100,,123456#"

    def parse(self, raw, pctx):
        text = " ".join(str(raw).split())
        if not re.fullmatch(r"\+?[\d ()\-.]{3,30}(?:[,;*#]+[\d*#]*)*", text) or len(text) > 60:
            raise refused(pctx, "meetings-option-phone", value=literal(text[:40]))
        return text


@dataclass(frozen=True)
class Flag(Boolean):
    """A yes/no option that may also be written as its own name: ``online``."""

    word: str = "online"

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        return self.word

    @property
    def example(self) -> str:  # type: ignore[override]
        return self.word

    def parse(self, raw, pctx):
        if isinstance(raw, str) and raw.strip().lower() == self.word:
            return True
        return super().parse(raw, pctx)
