"""How the check-in code says things: ``t(key, **args)`` from the cog's
catalogues (``locales/<locale>/checkins.ftl``), in the member's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.api import translate

#: Says a catalogue key with its arguments, in one language (``ctx.t``).
Say = Callable[..., str]


def english(key: str, **args: Any) -> str:
    """``t`` for English: the default where no member is at hand."""
    return translate("en", key, **args)
