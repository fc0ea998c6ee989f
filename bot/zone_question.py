"""Asking a member for their time zone before the first command that counts in it.

Commands that read dates or times in the member's zone (``@command(...,
zone=True)``: ``/sober set``, ``/checkin remind``, …) do not guess one: a
member with no zone is asked privately first, with a one-tap button when the
platform knows the zone from their profile (Slack's ``users.info`` ``tz``),
and the command is held and runs once the zone is set (COMMANDS.md).
"""

from __future__ import annotations

from bot.messages import Button, ButtonStyle, Message

#: ``zone:use:<IANA name>`` — the button that sets the suggested zone.
USE_ZONE_ACTION = "zone:use"
EXAMPLE = "/haven timezone Europe/Helsinki"


def question(suggested: str | None) -> Message:
    """The private question; ``suggested`` is the zone the member's profile names."""
    lines = ["One thing first: which time zone are you in? Your days and reminders count in it."]
    buttons: tuple[Button, ...] = ()
    if suggested:
        lines.append(f"Your profile says **{suggested}** — tap below to use it, or type yours:")
        use = Button(f"{USE_ZONE_ACTION}:{suggested}", f"Use {suggested}", ButtonStyle.PRIMARY)
        buttons = (use,)
    else:
        lines.append("Type yours, for example:")
    lines.append(f"`{EXAMPLE}`")
    lines.append("Then I'll do what you asked.")
    return Message(text="\n".join(lines), buttons=buttons)
