"""A meeting in a DST change's odd hour happens once, at the time every view agrees on.

Fall-back: a meeting whose wall time is repeated happens at the first of the
two (fold=0). Spring-forward: one whose wall time is skipped happens once,
moved on by the gap (02:30 is 03:30). ``/meeting list``, the announcements and
the .ics file (read as RFC 5545 says: a repeated time is its first occurrence,
a skipped one moves on by the gap) all say the same — in both hemispheres.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from tests.cogs.meetings.test_meetings_ics import calendar_file

SETUP = ":as mona mod\n/mod channel announcements #announcements"

# zone, weekday, wall time, the local date of the odd hour, and the instant the
# meeting happens that day (UTC).
FALL_BACK = [
    ("America/New_York", "sun", "01:30", date(2026, 11, 1), datetime(2026, 11, 1, 5, 30)),
    ("Europe/Berlin", "sun", "02:30", date(2026, 10, 25), datetime(2026, 10, 25, 0, 30)),
    ("Australia/Sydney", "sun", "02:30", date(2026, 4, 5), datetime(2026, 4, 4, 15, 30)),
    ("America/Santiago", "sat", "23:30", date(2026, 4, 4), datetime(2026, 4, 5, 2, 30)),
    ("Pacific/Auckland", "sun", "02:30", date(2026, 4, 5), datetime(2026, 4, 4, 13, 30)),
]
SPRING_FORWARD = [
    ("America/New_York", "sun", "02:30", date(2026, 3, 8), datetime(2026, 3, 8, 7, 30)),
    ("Europe/Berlin", "sun", "02:30", date(2026, 3, 29), datetime(2026, 3, 29, 1, 30)),
    ("Australia/Sydney", "sun", "02:30", date(2026, 10, 4), datetime(2026, 10, 3, 16, 30)),
    ("America/Santiago", "sun", "00:30", date(2026, 9, 6), datetime(2026, 9, 6, 4, 30)),
    ("Pacific/Auckland", "sun", "02:30", date(2026, 9, 27), datetime(2026, 9, 26, 14, 30)),
]
CASES = [pytest.param(*c, id=f"fall-back {c[0]}") for c in FALL_BACK] + [
    pytest.param(*c, id=f"spring-forward {c[0]}") for c in SPRING_FORWARD
]


def posts(outputs) -> list[str]:
    """The UTC minute of every announcement."""
    return [o.at[:16] for o in outputs if o.kind == "message" and o.to == "#announcements"]


def ics_starts(data: bytes, zone: ZoneInfo, until: datetime) -> list[datetime]:
    """The starts a calendar app reads from the file: wall times in the zone,
    fold=0 (the first of a repeated time; a skipped one moves on by the gap)."""
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    wall = event["DTSTART"].dt.replace(tzinfo=None)
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=wall)
    return [
        d.replace(tzinfo=zone).astimezone(UTC)
        for d in rule.between(wall, until.replace(tzinfo=None) + timedelta(days=1), inc=True)
    ]


@pytest.mark.parametrize(("zone", "day", "at", "odd_day", "expected"), CASES)
async def test_a_meeting_in_the_odd_hour_of_a_dst_change_happens_once(
    make_harness, zone, day, at, odd_day, expected
):
    expected = expected.replace(tzinfo=UTC)
    h = await make_harness(start=expected - timedelta(days=3), tz=zone)
    await h.run(SETUP)
    reply = await h.say(f"/meeting add title:Night day:{day} time:{at} tz:{zone} remind:30")
    assert not reply.error, reply.text

    listed = (await h.say("/meeting list")).text.splitlines()[1:]
    assert len(listed) == 1, listed  # one meeting on the odd date, not two

    out = await h.run(":advance 4d")
    assert posts(out) == [f"{expected - timedelta(minutes=30):%Y-%m-%dT%H:%M}"]

    tz = ZoneInfo(zone)
    from_ics = ics_starts(await calendar_file(h), tz, expected)
    assert [d for d in from_ics if d.astimezone(tz).date() == odd_day] == [expected]


async def test_the_list_shows_the_first_of_two_repeated_times(make_harness):
    h = await make_harness(start=datetime(2026, 10, 30, 12, 0, tzinfo=UTC), tz="America/New_York")
    await h.run(SETUP)
    await h.run("/meeting add title:Night day:sun time:01:30 tz:America/New_York")
    listed = (await h.say("/meeting list")).text.splitlines()[1:]
    assert listed == ["- Sun 01 Nov 2026 01:30 EDT — **Night** (#1)"]
