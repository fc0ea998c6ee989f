"""What the meetings cog says: announcements, notes, reminders, the list."""

from __future__ import annotations

from datetime import datetime

from bot.api import Button, ButtonStyle, Message, literal, timestamp

from .models import Meeting
from .types import language_words, words

CHOICES = ("going", "maybe", "no")
LABELS = {"going": "Going", "maybe": "Maybe", "no": "Not going"}


def lead_words(minutes: int) -> str:
    """A lead time as people say it: ``1 day and 2 hours``, not ``1560 min``."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [
        f"{n} {unit}{'s' if n != 1 else ''}"
        for n, unit in ((days, "day"), (hours, "hour"), (mins, "minute"))
        if n
    ] or ["0 minutes"]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def rsvp_buttons(meeting_id: int) -> tuple[Button, ...]:
    styles = {"going": ButtonStyle.SUCCESS}
    return tuple(
        Button(f"meeting:rsvp:{meeting_id}:{c}", LABELS[c], styles.get(c, ButtonStyle.SECONDARY))
        for c in CHOICES
    )


def counts_line(counts: dict[str, int]) -> str:
    return " · ".join(f"{LABELS[c]}: {counts.get(c, 0)}" for c in CHOICES)


def details(meeting, *, private: bool) -> list[str]:
    """Types, language, length and dial-in as a member reads them; the passcode
    only in ``private`` replies (never a channel post, the public feed or a log)."""
    lines = []
    if meeting.types:
        lines.append(f"Type: {words(meeting.types)}")
    if meeting.language:
        lines.append(f"Language: {language_words(meeting.language)}")
    if meeting.duration != 60:
        lines.append(f"Length: {lead_words(meeting.duration)}")
    if meeting.phone:
        lines.append(f"Dial in: {literal(meeting.phone)}")
    if getattr(meeting, "passcode", None):
        if private:
            lines.append(f"Passcode: {literal(meeting.passcode)}")
        else:
            lines.append("Passcode: ask Haven privately — `/meeting list`")
    return lines


def announcement(
    meeting: Meeting, start: datetime, counts: dict[str, int], *, late: bool = False
) -> Message:
    """The public post for one occurrence: the start in each reader's own time."""
    lines = [f"Starts {timestamp(start, 'R')} — {timestamp(start, 'F')}"]
    if meeting.link:
        lines.append(f"Join: {meeting.link}")
    lines += details(meeting, private=False)
    if meeting.about:
        lines.append(literal(meeting.about))
    lines.append(counts_line(counts))
    if late:
        lines.append("_Posted a little late — Haven was briefly offline. There's still time._")
    lines.append(f"Meeting #{meeting.id} · `/meeting rsvp {meeting.id} going`")
    return Message(
        text="\n".join(lines), title=literal(meeting.title), buttons=rsvp_buttons(meeting.id)
    )


def cancelled_note(meeting: Meeting, start: datetime) -> Message:
    return Message(
        text=f"No meeting this week: **{literal(meeting.title)}** on {timestamp(start, 'D')} is "
        "cancelled. See you next time."
    )


def going_reminder(meeting: Meeting, start: datetime) -> Message:
    title = literal(meeting.title)
    lines = [f"**{title}** starts {timestamp(start, 'R')} — {timestamp(start, 'F')}."]
    if meeting.link:
        lines.append(f"Join: {meeting.link}")
    lines += details(meeting, private=True)
    lines.append(
        f"You said you're going — see you there. If plans change, that's okay: "
        f"`/meeting rsvp {meeting.id} no`"
    )
    return Message(text="\n".join(lines))


def removed_note(meeting: Meeting, start: datetime) -> Message:
    """For a member who said they were going, when moderators remove the meeting."""
    return Message(
        text=f"**{literal(meeting.title)}** on {timestamp(start, 'F')} won't take place: the "
        "moderators have removed this meeting from Haven, and your RSVP and its reminder "
        "with it. `/meeting list` shows the meetings still coming up."
    )


def describe(meeting: Meeting) -> str:
    """One line about a series, for moderators' confirmations."""
    every = "every week" if meeting.every_weeks == 1 else f"every {meeting.every_weeks} weeks"
    leads = ", ".join(lead_words(m) for m in meeting.lead_minutes)
    text = (
        f"**{literal(meeting.title)}** (#{meeting.id}): {'/'.join(meeting.days)} at "
        f"{meeting.hour:02d}:{meeting.minute:02d} {meeting.zone}, {every}; "
        f"announced in <#{meeting.channel}> {leads} before"
    )
    extra = details(meeting, private=True)
    if meeting.public:
        extra.append("Listed in the public feed")
    return text + "".join(f"\n  {line}" for line in extra)


def cannot_post_note(meeting: Meeting) -> Message:
    """For moderators: a meeting's reminders are not going out, and the fix."""
    return Message(
        text=f"Reminders for **{literal(meeting.title)}** (meeting #{meeting.id}) are not "
        f"being posted: I can't post in <#{meeting.channel}>. Give Haven permission to send "
        f"messages there, or move the meeting: `/meeting remove {meeting.id}`, then "
        "`/meeting add` it again with channel:#..."
    )
