"""/meeting calendar: a valid iCalendar file that agrees with Haven's schedule."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from cogs.meetings.cog import starts_of
from cogs.meetings.models import Meeting

TITLE = "Évening circle; newcomers, old-timers — everyone welcome " * 2


async def calendar_file(h) -> bytes:
    reply = await h.say("/meeting calendar")
    assert not reply.error and reply.ephemeral, reply.text
    assert reply.files and reply.files[0].endswith(".ics")
    return read(reply.files[0])


def read(path: str) -> bytes:
    return Path(path).read_bytes()


async def test_calendar_parses_back_with_rrule_tzid_and_exdate(console):
    await console.run(
        ":as mona mod\n/mod channel announcements #announcements\n"
        f'/meeting add title:"{TITLE.strip()}" day:mon,thu time:19:00 tz:America/New_York '
        "every:2w link:https://meet.example.org/a?b=1,2 about:Bring tea; and biscuits\n"
        "/meeting add title:Berlin day:wed time:07:30 tz:Europe/Berlin\n"
        "/meeting skip 1 2026-12-07"
    )
    await console.agree("alice")
    data = await calendar_file(console)

    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long title was folded

    cal = Calendar.from_ical(data)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {
        "America/New_York",
        "Europe/Berlin",
    }
    first, second = cal.walk("VEVENT")
    assert str(first["SUMMARY"]) == TITLE.strip()
    assert (
        str(first["DESCRIPTION"]) == "Bring tea; and biscuits\n\nhttps://meet.example.org/a?b=1,2"
    )
    assert first["DTSTART"].params["TZID"] == "America/New_York"
    start = first["DTSTART"].dt
    assert (start.replace(tzinfo=None), str(start.tzinfo)) == (
        datetime(2026, 11, 23, 19, 0),
        "America/New_York",
    )
    rule = first["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2]
    assert rule["BYDAY"] == ["MO", "TH"] and rule["WKST"] == ["MO"]
    exdates = [d.dt for d in first["EXDATE"].dts]
    assert [(d.replace(tzinfo=None), str(d.tzinfo)) for d in exdates] == [
        (datetime(2026, 12, 7, 19, 0), "America/New_York")
    ]
    assert second["RRULE"]["INTERVAL"] == [1] and "EXDATE" not in second
    assert len({str(e["UID"]) for e in (first, second)}) == 2


async def test_the_rule_expands_to_the_same_starts_as_haven(console):
    await console.run(
        ":as mona mod\n/mod channel announcements #announcements\n"
        "/meeting add title:Fortnight day:tue,sat time:18:15 tz:Europe/Helsinki every:2w\n"
        "/meeting add title:Thrice day:sun time:09:00 tz:Australia/Sydney every:3w"
    )
    cal = Calendar.from_ical(await calendar_file(console))
    async with console.db.unscoped_session("test") as session:
        meetings = (await session.get(Meeting, 1), await session.get(Meeting, 2))
    for event, meeting in zip(cal.walk("VEVENT"), meetings, strict=True):
        dtstart = event["DTSTART"].dt
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=dtstart.replace(tzinfo=None))
        zone = ZoneInfo(meeting.zone)
        from_ics = [d.replace(tzinfo=zone) for d in rule[:20]]  # wall times in the zone
        end = from_ics[-1] + timedelta(seconds=1)
        haven = list(starts_of(meeting).between(console.clock.now(), end))
        assert [d.astimezone(zone) for d in haven] == from_ics


async def test_no_meetings_no_file(console):
    reply = await console.say("/meeting calendar")
    assert not reply.files and "no meetings yet" in reply.text
