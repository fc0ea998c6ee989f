"""When a meeting happens, and when its reminders fire.

A meeting happens once on each of its weekdays, at its wall-clock time in its
own zone (:func:`bot.clock.local_datetime`), so a 19:00 America/New_York
meeting stays at 19:00 local across DST. On a fall-back night whose repeated
hour holds the meeting, it happens at the first of the two (fold=0); on a
spring-forward night whose skipped hour holds it, it happens moved on by the
gap (02:30 is 03:30) — both as RFC 5545 reads the calendar file's
``DTSTART;TZID``, so the list, announcements, reminders and the .ics agree.
(APScheduler's ``CronTrigger`` answers both 01:30s of a fall-back night and
skips a date whose midnight does not exist, so starts are counted by date.)
Every-n-weeks series keep the weeks whose Monday is a multiple of n weeks after
the series' anchor Monday (both read in the meeting's zone) — the same rule as
iCalendar's ``FREQ=WEEKLY;INTERVAL=n;WKST=MO``.

A reminder ``lead`` minutes before the start is a :class:`LeadTrigger`: the
next start at least ``lead`` after now, minus the lead, computed in UTC so the
subtraction is real elapsed time even when a DST change falls inside the lead.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from apscheduler.triggers.base import BaseTrigger

from bot.api import as_zone, local_datetime

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How many dates a search for the next start may look at (8-week series + slack).
MAX_DAYS = 7 * 9 + 2


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class StartTrigger(BaseTrigger):
    """The start instants of a series (UTC), every ``every_weeks`` weeks."""

    def __init__(
        self,
        weekdays: tuple[str, ...],
        hour: int,
        minute: int,
        zone: str,
        every_weeks: int = 1,
        anchor: date | None = None,
    ) -> None:
        self.zone = as_zone(zone)
        self.weekdays = tuple(sorted({WEEKDAYS.index(d) for d in weekdays}))
        self.hour, self.minute = hour, minute
        self.every_weeks = every_weeks
        self.anchor = monday_of(anchor) if anchor else None

    def in_active_week(self, start: datetime) -> bool:
        if self.every_weeks == 1 or self.anchor is None:
            return True
        weeks = (monday_of(start.astimezone(self.zone).date()) - self.anchor).days // 7
        return weeks >= 0 and weeks % self.every_weeks == 0

    def start_on(self, day: date) -> datetime | None:
        """The series' start on the local date ``day``, if it meets that day."""
        if day.weekday() not in self.weekdays:
            return None
        start = local_datetime(day, self.hour, self.minute, self.zone)
        return start if self.in_active_week(start) else None

    def get_next_fire_time(self, previous_fire_time, now):
        """The first start at or after ``now``."""
        now = now.astimezone(UTC)
        # A day early: a start moved on by a gap may lie on the next UTC date.
        day = now.astimezone(self.zone).date() - timedelta(days=1)
        for _ in range(MAX_DAYS):
            start = self.start_on(day)
            if start is not None and start >= now:
                return start
            day += timedelta(days=1)
        return None

    def between(self, begin: datetime, end: datetime) -> Iterator[datetime]:
        """Starts with ``begin <= start < end``."""
        start = self.get_next_fire_time(None, begin)
        while start is not None and start < end:
            yield start
            start = self.get_next_fire_time(None, start + timedelta(seconds=1))

    def __str__(self) -> str:
        days = ",".join(WEEKDAYS[d] for d in self.weekdays)
        return (
            f"meeting starts ({days} {self.hour:02d}:{self.minute:02d} {self.zone.key}, "
            f"every {self.every_weeks} weeks)"
        )


class LeadTrigger(BaseTrigger):
    """Fires ``lead`` before each start of a :class:`StartTrigger`."""

    def __init__(self, starts: StartTrigger, lead: timedelta) -> None:
        self.starts = starts
        self.lead = lead

    def get_next_fire_time(self, previous_fire_time, now):
        start = self.starts.get_next_fire_time(None, now.astimezone(UTC) + self.lead)
        return None if start is None else start - self.lead

    def __str__(self) -> str:
        return f"{self.lead} before {self.starts}"
