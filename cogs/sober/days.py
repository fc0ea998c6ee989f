"""Day arithmetic for sober-day counters — pure functions, no database, no clock.

Days are whole calendar days in the member's own zone: the count is the
difference between two local dates, so the UTC hour, DST changes and leap
days never shift it. Months are calendar months; a start on the 31st (or on
29 February) reaches its month mark on the last day of shorter months.

``count_from`` is the member's convention: 0 (default) makes the start day
day 0, 1 makes it day 1. Every figure (days, years/months/days, milestone
dates) follows the same convention, so they always agree with each other.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.api import local_datetime

EARLIEST = date(1900, 1, 1)
WEEKS_UNTIL = 60  # days; durations read in weeks below it, in calendar months from it


def local_today(now: datetime, zone: str) -> date:
    """The calendar date at the instant ``now`` in ``zone``."""
    return now.astimezone(ZoneInfo(zone)).date()


def days_sober(start: date, today: date, count_from: int = 0) -> int:
    """Whole days from ``start`` to ``today`` (the start day is day ``count_from``)."""
    return (today - start).days + count_from


def add_months(day: date, months: int) -> date:
    """``day`` moved by calendar months, clamped to the end of shorter months."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Span:
    years: int
    months: int
    days: int

    def __str__(self) -> str:
        parts = [
            _plural(n, unit)
            for n, unit in ((self.years, "year"), (self.months, "month"), (self.days, "day"))
            if n
        ]
        if not parts:
            return "0 days"
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def duration(start: date, today: date, count_from: int = 0) -> str:
    """How long, in words: weeks and days under 60 days (a calendar month is
    not 30 days, so "1 month and 1 day" could come before the 30-day mark),
    calendar months and years from then on."""
    days = max(0, days_sober(start, today, count_from))
    if days >= WEEKS_UNTIL:
        return str(span(start, today, count_from))
    weeks, rest = divmod(days, 7)
    parts = [_plural(n, unit) for n, unit in ((weeks, "week"), (rest, "day")) if n]
    return " and ".join(parts) or "0 days"


def span(start: date, today: date, count_from: int = 0) -> Span:
    """Years, calendar months and days from ``start`` to ``today``."""
    end = today + timedelta(days=count_from)
    if end < start:
        return Span(0, 0, 0)
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    days = (end - add_months(start, months)).days
    return Span(months // 12, months % 12, days)


# -- milestones -----------------------------------------------------------------


@dataclass(frozen=True)
class Milestone:
    """A mark worth celebrating: ``amount`` of ``unit`` (``d``, ``m`` or ``y``)."""

    amount: int
    unit: str

    @property
    def code(self) -> str:
        return f"{self.amount}{self.unit}"

    @property
    def label(self) -> str:
        if self.code == "7d":
            return "1 week"
        return _plural(self.amount, {"d": "day", "m": "month", "y": "year"}[self.unit])

    @property
    def chip_text(self) -> tuple[str, str]:
        """The number and the unit for the chip: ``("90", "DAYS")``."""
        number, unit = self.label.split(" ", 1)
        return number, unit.upper()

    def reached_on(self, start: date, count_from: int = 0) -> date:
        """The local date the milestone is reached on."""
        if self.unit == "d":
            mark = start + timedelta(days=self.amount)
        else:
            mark = add_months(start, self.amount * (12 if self.unit == "y" else 1))
        return mark - timedelta(days=count_from)


FIRST_MILESTONES = tuple(
    Milestone(amount, unit)
    for amount, unit in (
        (1, "d"), (7, "d"), (30, "d"), (60, "d"), (90, "d"),
        (6, "m"), (9, "m"), (1, "y"), (18, "m"),
    )
)  # fmt: skip


def milestones() -> Iterator[Milestone]:
    """Every milestone in order: the first ones, then every year from the second."""
    yield from FIRST_MILESTONES
    years = 2
    while True:
        yield Milestone(years, "y")
        years += 1


def parse_milestone(code: str) -> Milestone | None:
    """``90d``, ``6m``, ``1y``, ``18m``, ``5y`` → the milestone; None if not one."""
    code = code.strip().lower()
    for milestone in FIRST_MILESTONES:
        if milestone.code == code:
            return milestone
    years = code[:-1]
    # isdecimal, not isdigit: int() refuses "²"; and at most 3 digits, for int()
    # refuses thousands of them (a traceback either way).
    if code.endswith("y") and years.isdecimal() and len(years) <= 3 and 2 <= int(years) <= 150:
        return Milestone(int(years), "y")
    return None


def milestone_at(
    milestone: Milestone, start: date, zone: str, morning: time, count_from: int = 0
) -> datetime:
    """The instant to congratulate: the member's local morning on the milestone date."""
    day = milestone.reached_on(start, count_from)
    return local_datetime(day, morning.hour, morning.minute, zone)


def next_milestone(start: date, today: date, count_from: int = 0) -> Milestone:
    """The first milestone reached after ``today``."""
    for milestone in milestones():
        if milestone.reached_on(start, count_from) > today:
            return milestone
    raise AssertionError("milestones never end")  # pragma: no cover


def reached_today(start: date, today: date, count_from: int = 0) -> Milestone | None:
    """The milestone whose date is ``today``, if there is one."""
    for milestone in milestones():
        day = milestone.reached_on(start, count_from)
        if day == today:
            return milestone
        if day > today:
            return None
    raise AssertionError("milestones never end")  # pragma: no cover


def following(milestone: Milestone) -> Milestone:
    found = False
    for candidate in milestones():
        if found:
            return candidate
        found = candidate == milestone
    raise AssertionError("milestones never end")  # pragma: no cover


def due_milestones(
    start: date,
    zone: str,
    morning: time,
    count_from: int,
    *,
    not_before: datetime,
    now: datetime,
) -> list[tuple[Milestone, datetime]]:
    """Milestones to schedule: those at or after ``not_before``, up to the first
    one after ``now`` (milestones are at least six days apart, so with a grace
    shorter than that this is at most one missed milestone and the next)."""
    found = []
    for milestone in milestones():
        at = milestone_at(milestone, start, zone, morning, count_from)
        if at >= not_before:
            found.append((milestone, at))
        if at > now:
            return found
    raise AssertionError("milestones never end")  # pragma: no cover


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"
