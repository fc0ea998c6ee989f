"""The console's own directives explained, and the nearest command to a typo."""

from __future__ import annotations

import difflib

#: (directive, what it does, an example), in the order a newcomer needs them.
DIRECTIVES = (
    (
        ":as NAME [mod]",
        "act as another member (created on first use); mod gives moderator rights",
        ":as mona mod",
    ),
    (
        ":in #channel | dm | SPACE",
        "act in a channel, in a direct message with Haven, or in a private space Haven opened",
        ":in #general",
    ),
    (":click LABEL", "press a button you can see (its label, or its action id)", ":click Agree"),
    (
        ":submit key=value …",
        "fill in the form last opened for you; each form lists its keys and a line to copy",
        ':submit mood=4 craving=2 sober=yes note="long day"',
    ),
    (
        ":advance DURATION",
        "move the virtual clock forward (units s m h d w, combinable); "
        "reminders and prompts that fall due are shown as they fire",
        ":advance 1d12h",
    ),
    (
        ":at DATE-TIME",
        "move the clock to a moment, with its offset (never backwards)",
        ":at 2026-03-28T09:00:00+02:00",
    ),
    (":help", "this list", ":help"),
    (":quit", "leave (also Ctrl-D); pictures Haven sent are removed", ":quit"),
)

NAMES = (*(d[0].split()[0] for d in DIRECTIVES), ":exit", ":q")


def nearest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The choice ``word`` was most likely meant to be, or None."""
    close = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return close[0] if close else None
