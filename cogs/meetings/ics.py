"""The community's meetings as an iCalendar file (RFC 5545), written by hand.

One VEVENT per series: ``DTSTART;TZID=`` at the first start, a weekly
``RRULE`` (``INTERVAL`` for every-n-weeks, ``WKST=MO`` as the week parity rule
in :mod:`.recurrence` assumes), ``EXDATE;TZID=`` for cancelled dates, and a
VTIMEZONE for each zone used (its real transitions around the meetings'
years, read from zoneinfo) so strict importers such as Outlook agree with
Google and Apple Calendar. Lines end in CRLF and fold at 75 octets.

The words Haven writes into the file (the calendar's name, "Dial in:",
"Passcode:") are said by ``t`` in one language: the member's who asked for
the file, or for a subscription the member's own choice, else the
community's (see :mod:`.http`). Titles and descriptions are the moderators'.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from .messages import Say
from .models import Meeting
from .recurrence import StartTrigger

BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
YEARS_OF_ZONE_RULES = 5


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (§3.1)."""
    pieces: list[str] = []
    current, size, limit = [], 0, 75
    for ch in line:
        width = len(ch.encode())
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [" "], 1, 75
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces)


def duration(minutes: int) -> str:
    """``90`` → ``PT1H30M`` (RFC 5545 §3.3.6)."""
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def _local(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%S")


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _offset(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _transitions(zone: ZoneInfo, begin: datetime, end: datetime) -> list[datetime]:
    """The UTC instants in [begin, end) where the zone's offset changes."""
    found = []
    day = begin
    while day < end:
        nxt = day + timedelta(days=1)
        if day.astimezone(zone).utcoffset() != nxt.astimezone(zone).utcoffset():
            low, high = day, nxt  # the change lies in (low, high]
            while high - low > timedelta(seconds=1):
                mid = low + (high - low) / 2
                if mid.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = mid
                else:
                    high = mid
            found.append(high.replace(microsecond=0))
        day = nxt
    return found


def vtimezone(name: str, first_year: int) -> list[str]:
    zone = ZoneInfo(name)
    begin = datetime(first_year - 1, 1, 1, tzinfo=UTC)
    end = datetime(first_year + YEARS_OF_ZONE_RULES, 1, 1, tzinfo=UTC)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    changes = _transitions(zone, begin, end)
    if not changes:
        local = begin.astimezone(zone)
        offset = _offset(local.utcoffset())
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            f"TZNAME:{escape(local.tzname() or name)}",
            "END:STANDARD",
        ]
    for change in changes:
        before = (change - timedelta(seconds=1)).astimezone(zone)
        after = change.astimezone(zone)
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{_local((change + before.utcoffset()).replace(tzinfo=None))}",
            f"TZOFFSETFROM:{_offset(before.utcoffset())}",
            f"TZOFFSETTO:{_offset(after.utcoffset())}",
            f"TZNAME:{escape(after.tzname() or name)}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def vevent(
    meeting: Meeting, skipped: Iterable[date], *, uid_domain: str, now: datetime, t: Say
) -> list[str]:
    starts = StartTrigger(
        meeting.days, meeting.hour, meeting.minute, meeting.zone,
        meeting.every_weeks, meeting.anchor,
    )  # fmt: skip
    zone = ZoneInfo(meeting.zone)
    first = starts.get_next_fire_time(None, meeting.created_at).astimezone(zone)
    rule = f"FREQ=WEEKLY;INTERVAL={meeting.every_weeks};BYDAY=" + ",".join(
        BYDAY[d] for d in meeting.days
    )
    # Wall times: on a spring-forward date the start is moved on by the gap, and
    # the calendar app moves the wall time the same way (RFC 5545 §3.3.5).
    wall = f"T{meeting.hour:02d}{meeting.minute:02d}00"  # the local start on each date
    lines = [
        "BEGIN:VEVENT",
        f"UID:meeting-{meeting.id}@{uid_domain}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART;TZID={meeting.zone}:{first:%Y%m%d}{wall}",
        f"DURATION:{duration(meeting.duration)}",
        f"RRULE:{rule};WKST=MO",
        f"SUMMARY:{escape(meeting.title)}",
    ]
    exdates = [f"{day:%Y%m%d}{wall}" for day in sorted(set(skipped))]
    if exdates:
        lines.append(f"EXDATE;TZID={meeting.zone}:" + ",".join(exdates))
    # Plain text (a calendar shows no markup): the phone and passcode as written.
    dial = t("meetings-calendar-dial-in", phone=meeting.phone) if meeting.phone else None
    passcode = (
        t("meetings-calendar-passcode", passcode=meeting.passcode) if meeting.passcode else None
    )
    description = "\n\n".join(filter(None, [meeting.about, meeting.link, dial, passcode]))
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if meeting.link:
        lines.append(f"URL:{meeting.link}")
    lines.append("END:VEVENT")
    return lines


def calendar(
    meetings: list[tuple[Meeting, list[date]]],
    *,
    community: str | None,
    uid_domain: str,
    now: datetime,
    t: Say,
) -> bytes:
    """The whole file: a VCALENDAR with the zones used and one event per series,
    named after the ``community`` ("Haven" without a name) in ``t``'s language."""
    name = t("meetings-calendar-name", community=community or "Haven")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Haven//Meetings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    first_years: dict[str, int] = {}
    for meeting, _ in meetings:
        year = meeting.created_at.year
        first_years[meeting.zone] = min(year, first_years.get(meeting.zone, year))
    for zone_name, year in sorted(first_years.items()):
        lines += vtimezone(zone_name, year)
    for meeting, skipped in meetings:
        lines += vevent(meeting, skipped, uid_domain=uid_domain, now=now, t=t)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode()
