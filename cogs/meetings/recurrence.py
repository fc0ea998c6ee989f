"""When a meeting happens, and when its reminders fire.

Start times come from APScheduler's ``CronTrigger`` in the meeting's own zone,
so a 19:00 America/New_York meeting stays at 19:00 local across DST.
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
from apscheduler.triggers.cron import CronTrigger

from bot.clock import as_zone

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How far a search for the next start may look (8 weeks × 7 days + slack).
MAX_STEPS = 64


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
        self.every_weeks = every_weeks
        self.anchor = monday_of(anchor) if anchor else None
        self.cron = CronTrigger(
            day_of_week=",".join(weekdays), hour=hour, minute=minute, timezone=self.zone
        )

    def in_active_week(self, start: datetime) -> bool:
        if self.every_weeks == 1 or self.anchor is None:
            return True
        weeks = (monday_of(start.astimezone(self.zone).date()) - self.anchor).days // 7
        return weeks >= 0 and weeks % self.every_weeks == 0

    def get_next_fire_time(self, previous_fire_time, now):
        """The first start at or after ``now``."""
        after = now
        for _ in range(MAX_STEPS):
            start = self.cron.get_next_fire_time(None, after)
            if start is None:
                return None
            if self.in_active_week(start):
                return start.astimezone(UTC)
            after = start + timedelta(seconds=1)
        return None

    def between(self, begin: datetime, end: datetime) -> Iterator[datetime]:
        """Starts with ``begin <= start < end``."""
        start = self.get_next_fire_time(None, begin)
        while start is not None and start < end:
            yield start
            start = self.get_next_fire_time(None, start + timedelta(seconds=1))

    def __str__(self) -> str:
        return f"meeting starts ({self.cron}, every {self.every_weeks} weeks)"


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
