"""Streaks and summaries: plain arithmetic over (local date, mood, craving)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

#: How many days late a prompt's answer still counts for the prompt's own day.
LATE_ANSWER_DAYS = 7
ONE_DAY = timedelta(days=1)


def past_day(text: str, today: date) -> date | None:
    """The day a prompt's button asks about, when it is before ``today`` (and
    within :data:`LATE_ANSWER_DAYS`: an older prompt counts for today)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if today - timedelta(days=LATE_ANSWER_DAYS) <= day < today else None


def streak(days: Iterable[date], today: date) -> int:
    """Consecutive local days with a check-in, ending today or yesterday.

    A streak that ended yesterday still counts: the member may check in later today.
    """
    have = set(days)
    day = today if today in have else today - ONE_DAY
    count = 0
    while day in have:
        count += 1
        day -= ONE_DAY
    return count


@dataclass(frozen=True)
class Period:
    days: int  # length of the window
    checked_in: int  # days with a check-in
    mood: float | None  # average mood, None without check-ins
    craving: float | None  # average craving over check-ins that gave one


@dataclass(frozen=True)
class Point:
    day: date
    mood: int
    craving: int | None


def period(points: list[Point], today: date, days: int) -> Period:
    first = today - timedelta(days=days - 1)
    inside = [p for p in points if first <= p.day <= today]
    cravings = [p.craving for p in inside if p.craving is not None]
    return Period(
        days=days,
        checked_in=len(inside),
        mood=sum(p.mood for p in inside) / len(inside) if inside else None,
        craving=sum(cravings) / len(cravings) if cravings else None,
    )


def craving_trend(points: list[Point], today: date) -> str | None:
    """``lower``, ``higher`` or ``steady``: the last 7 days against the 23 before.

    None when either part has no craving to compare.
    """
    recent = period(points, today, 7).craving
    earlier_points = [p for p in points if p.day <= today - timedelta(days=7)]
    earlier = period(earlier_points, today - timedelta(days=7), 23).craving
    if recent is None or earlier is None:
        return None
    if recent <= earlier - 0.5:
        return "lower"
    if recent >= earlier + 0.5:
        return "higher"
    return "steady"
