"""The name members see: ``HAVEN_BOT_NAME`` in every reply.

Haven's texts say "Haven" where they name the bot ("Haven stores nothing about
you"). An operator who runs it as "Wellbeing" in a corporate workspace wants
no other name on a screen, so every renderer passes what it shows through
:func:`named`, which writes the configured name in place of the word "Haven"
(the commands, ``/haven …``, are lower case and stay as they are). Only
Haven's own wording: "Haven" in someone else's text (a reason, a meeting's
title) reaches a renderer escaped by :func:`bot.messages.literal`, which
:data:`WORD` never matches, and is shown as written.

The name is the process's, set once when the app starts (:func:`set_name`).
"""

from __future__ import annotations

import re

from bot import i18n

DEFAULT = "Haven"
_name = DEFAULT
#: "Haven" as a word of Haven's texts: not inside another word, a path or a
#: command (``/haven``), and not an escaped character of someone else's text.
WORD = re.compile(r"(?<![\w/\\.-])Haven\b")


def set_name(name: str) -> None:
    global _name
    _name = name or DEFAULT


def bot_name() -> str:
    return _name


def named(text: str) -> str:
    """``text`` with the configured name for "Haven" (unchanged by default)."""
    if _name == DEFAULT or "Haven" not in text:
        return text
    return WORD.sub(_name, text)


def private_notice(locale: str = i18n.ENGLISH) -> str:
    """The neutral line a discreet message shows in a notification, in its
    reader's language: nothing about recovery, only the bot's name."""
    return i18n.translate(locale, "private-notice", name=_name)
