"""Asking a member for their time zone before the first command that counts in it.

Commands that read dates or times in the member's zone (``@command(...,
zone=True)``: ``/sober set``, ``/checkin remind``, …) do not guess one. When
the platform knows it from the member's profile (Slack's ``users.info``
``tz``, a place — never a fixed offset) Haven uses it and says so in one line
with the answer (:func:`zone_note`); otherwise the member is asked privately
first, and the command is held and runs once the zone is set (COMMANDS.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.messages import Button, ButtonStyle, Message

#: ``zone:use:<IANA name>`` — the button that sets the suggested zone.
USE_ZONE_ACTION = "zone:use"
EXAMPLE = "/haven timezone Europe/Helsinki"


def question(suggested: str | None, t: Callable[..., str]) -> Message:
    """The private question; ``suggested`` is the zone the member's profile names.
    ``t`` says a catalogue key in the member's language (``ctx.t``)."""
    lines = [t("zone-question")]
    buttons: tuple[Button, ...] = ()
    if suggested:
        lines.append(t("zone-question-suggested", zone=suggested))
        use = Button(
            f"{USE_ZONE_ACTION}:{suggested}",
            t("zone-use-button", zone=suggested),
            ButtonStyle.PRIMARY,
        )
        buttons = (use,)
    else:
        lines.append(t("zone-question-type"))
    lines.append(f"`{EXAMPLE}`")
    lines.append(t("zone-question-then"))
    return Message(text="\n".join(lines), buttons=buttons)


def zone_note(zone: str, platform: str, t: Callable[..., str]) -> str:
    """The line that says which zone Haven took from the member's profile."""
    return t("zone-from-profile", zone=zone, platform=platform.capitalize())


def with_note(msg: Message | None, note: str | None) -> Message | None:
    """``msg`` with ``note`` as its first line (the note alone when no message)."""
    if note is None:
        return msg
    if msg is None:
        return Message(text=note)
    return replace(msg, text=f"{note}\n{msg.text}")
