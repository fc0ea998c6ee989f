"""What the meetings cog says: announcements, notes, reminders, the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.api import Button, ButtonStyle, Message, literal, timestamp, translate

from .models import Meeting
from .types import language_words, words

#: Says a catalogue key with its arguments, in one language (``ctx.t``).
Say = Callable[..., str]

CHOICES = ("going", "maybe", "no")
#: Each answer's catalogue key: its button's label and its name in the counts.
LABELS = {"going": "meetings-going", "maybe": "meetings-maybe", "no": "meetings-not-going"}


def speaker(locale: str) -> Say:
    """Says catalogue keys in ``locale``."""
    return lambda key, **args: translate(locale, key, **args)


english = speaker("en")


def lead_words(minutes: int, t: Say = english) -> str:
    """A lead time as people say it: ``1 day and 2 hours``, not ``1560 min``."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [
        t(f"meetings-{unit}", count=n)
        for n, unit in ((days, "days"), (hours, "hours"), (mins, "minutes"))
        if n
    ] or [t("meetings-minutes", count=0)]
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return t("meetings-lead-two", first=parts[0], second=parts[1])
    return t("meetings-lead-three", first=parts[0], second=parts[1], third=parts[2])


def rsvp_buttons(meeting_id: int, t: Say = english) -> tuple[Button, ...]:
    styles = {"going": ButtonStyle.SUCCESS}
    return tuple(
        Button(f"meeting:rsvp:{meeting_id}:{c}", t(LABELS[c]), styles.get(c, ButtonStyle.SECONDARY))
        for c in CHOICES
    )


def counts_line(counts: dict[str, int], t: Say = english) -> str:
    return t("meetings-counts", **{c: counts.get(c, 0) for c in CHOICES})


def details(meeting, *, private: bool, locale: str = "en") -> list[str]:
    """Types, language, length and dial-in as a member reads them; the passcode
    only in ``private`` replies (never a channel post, the public feed or a log).
    (The type names are the Meeting Guide spec's, in ``locale`` where it has them.)"""
    t = speaker(locale)
    lines = []
    if meeting.types:
        lines.append(t("meetings-type", types=words(meeting.types, t)))
    if meeting.language:
        lines.append(t("meetings-language", language=language_words(meeting.language, locale)))
    if meeting.duration != 60:
        lines.append(t("meetings-length", length=lead_words(meeting.duration, t)))
    if meeting.phone:
        lines.append(t("meetings-dial-in", phone=literal(meeting.phone)))
    if getattr(meeting, "passcode", None):
        if private:
            lines.append(t("meetings-passcode", passcode=literal(meeting.passcode)))
        else:
            lines.append(t("meetings-passcode-ask"))
    return lines


def announcement(
    meeting: Meeting,
    start: datetime,
    counts: dict[str, int],
    *,
    late: bool = False,
    locale: str = "en",
) -> Message:
    """The public post for one occurrence: the start in each reader's own time,
    in the community's language (``locale``)."""
    t = speaker(locale)
    lines = [t("meetings-starts", relative=timestamp(start, "R"), start=timestamp(start, "F"))]
    if meeting.link:
        lines.append(t("meetings-join", link=meeting.link))
    lines += details(meeting, private=False, locale=locale)
    if meeting.about:
        lines.append(literal(meeting.about))
    lines.append(counts_line(counts, t))
    if late:
        lines.append(t("meetings-late"))
    lines.append(t("meetings-footer", id=str(meeting.id)))
    return Message(
        text="\n".join(lines), title=literal(meeting.title), buttons=rsvp_buttons(meeting.id, t)
    )


def cancelled_note(meeting: Meeting, start: datetime, locale: str = "en") -> Message:
    return Message(
        text=translate(
            locale,
            "meetings-cancelled-note",
            title=literal(meeting.title),
            day=timestamp(start, "D"),
        )
    )


def going_reminder(meeting: Meeting, start: datetime, locale: str = "en") -> Message:
    t = speaker(locale)
    title = literal(meeting.title)
    lines = [
        t("meetings-going-starts", title=title, relative=timestamp(start, "R"),
          start=timestamp(start, "F"))
    ]  # fmt: skip
    if meeting.link:
        lines.append(t("meetings-join", link=meeting.link))
    lines += details(meeting, private=True, locale=locale)
    lines.append(t("meetings-going-see-you", id=str(meeting.id)))
    return Message(text="\n".join(lines))


def removed_note(meeting: Meeting, start: datetime, locale: str = "en") -> Message:
    """For a member who said they were going, when moderators remove the
    meeting: in the member's own language (``locale``)."""
    return Message(
        text=translate(
            locale,
            "meetings-removed-note",
            title=literal(meeting.title),
            start=timestamp(start, "F"),
        )
    )


def describe(meeting: Meeting, locale: str = "en") -> str:
    """The moderator's confirmation of a series they added, in ``locale``."""
    t = speaker(locale)
    leads = ", ".join(lead_words(m, t) for m in meeting.lead_minutes)
    text = t(
        "meetings-added", title=literal(meeting.title), id=str(meeting.id),
        days="/".join(meeting.days), time=f"{meeting.hour:02d}:{meeting.minute:02d}",
        zone=meeting.zone, weeks=meeting.every_weeks, channel=meeting.channel, leads=leads,
    )  # fmt: skip
    extra = details(meeting, private=True, locale=locale)
    if meeting.public:
        extra.append(t("meetings-added-public"))
    return text + "".join(f"\n  {line}" for line in extra)


def cannot_post_note(meeting: Meeting, locale: str = "en") -> Message:
    """For moderators (in the community's language): a meeting's reminders are
    not going out, and the fix."""
    return Message(
        text=translate(
            locale,
            "meetings-cannot-post-note",
            title=literal(meeting.title),
            id=str(meeting.id),
            channel=meeting.channel,
        )
    )
