"""A member's own trends, in words: "cravings are higher on Sunday evenings",
"after 'conflict' your craving averages 7". Plain arithmetic over their
check-ins of the last 30 or 90 days; nothing here is ever shown to another.

A pattern is said only when it stands out (a difference of at least
:data:`NOTABLE` craving points) and rests on at least :data:`MIN_DAYS` days, so
two unlucky Sundays do not become "a pattern".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.api import literal

from .words import Say, english

MIN_CHECKINS = 5  # fewer and there is nothing to say yet
MIN_DAYS = 2  # a weekday, a time of day or a trigger needs this many days behind it
NOTABLE = 1.0  # craving points above the rest before it is called higher
#: The weekdays as the catalogue's selects name them (``date.weekday()`` order).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ((5, "morning"), (12, "afternoon"), (17, "evening"), (22, "night"))


@dataclass(frozen=True)
class Entry:
    """One check-in: its day, mood, craving, the local hour it was made (None
    when made on another day, like a late answer), and the triggers named."""

    day: date
    mood: int
    craving: int | None
    hour: int | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    days: int


@dataclass(frozen=True)
class Patterns:
    days: int
    checkins: int
    sentences: tuple[str, ...]
    by_weekday: tuple[Bar, ...]
    by_trigger: tuple[Bar, ...]
    overall: float | None


def part_of_day(hour: int) -> str:
    name = "night"
    for start, part in PARTS:
        if hour >= start:
            name = part
    return name


def _avg(values: list[int]) -> float:
    return sum(values) / len(values)


def _num(value: float) -> float:
    """An average as said: one decimal at most (the catalogue drops a ".0")."""
    return round(value, 1)


def find(entries: list[Entry], today: date, days: int, t: Say = english) -> Patterns:
    first = today - timedelta(days=days - 1)
    inside = [e for e in entries if first <= e.day <= today]
    rated = [e for e in inside if e.craving is not None]
    weekday_bars = tuple(
        Bar(t("checkins-weekday-short", day=WEEKDAYS[n]), _avg(vals), len(vals))
        for n in range(7)
        if (vals := [e.craving for e in rated if e.day.weekday() == n])
    )
    tags = Counter(tag for e in inside for tag in e.tags)
    trigger_bars = tuple(
        Bar(tag, _avg(vals), len(vals))
        for tag, _ in tags.most_common()
        if (vals := [e.craving for e in rated if tag in e.tags])
    )
    overall = _avg([e.craving for e in rated]) if rated else None
    sentences: list[str] = []
    if len(rated) < MIN_CHECKINS:
        sentences.append(
            t("checkins-patterns-too-few", days=days, count=len(rated), needed=MIN_CHECKINS)
        )
    else:
        sentences.extend(_weekday_sentences(rated, overall, t))
        sentences.extend(_trigger_sentences(rated, tags, t))
        if tags:
            tag, count = tags.most_common(1)[0]
            sentences.append(
                t("checkins-patterns-most-named", tag=literal(tag), count=count, total=len(inside))
            )
        if len(sentences) == 0:
            sentences.append(t("checkins-patterns-steady", average=_num(overall)))
    return Patterns(days, len(inside), tuple(sentences), weekday_bars, trigger_bars, overall)


def _weekday_sentences(rated: list[Entry], overall: float, t: Say) -> list[str]:
    """The weekday whose cravings stand out above the rest, with its time of
    day when most of its check-ins were made then ("Sunday evenings")."""
    best: tuple[float, int] | None = None
    for n in range(7):
        on_day = [e.craving for e in rated if e.day.weekday() == n]
        rest = [e.craving for e in rated if e.day.weekday() != n]
        if len(on_day) < MIN_DAYS or not rest:
            continue
        gap = _avg(on_day) - _avg(rest)
        if gap >= NOTABLE and (best is None or gap > best[0]):
            best = (gap, n)
    if best is None:
        return []
    n = best[1]
    on_day = [e for e in rated if e.day.weekday() == n]
    rest = [e.craving for e in rated if e.day.weekday() != n]
    when = "all"
    parts = Counter(part_of_day(e.hour) for e in on_day if e.hour is not None)
    if parts:
        part, count = parts.most_common(1)[0]
        if count >= MIN_DAYS and count * 3 >= len(on_day) * 2:
            when = part
    return [
        t(
            "checkins-patterns-weekday",
            day=WEEKDAYS[n],
            part=when,
            average=_num(_avg([e.craving for e in on_day])),
            other=_num(_avg(rest)),
        )
    ]


def _trigger_sentences(rated: list[Entry], tags: Counter, t: Say) -> list[str]:
    """Triggers after which the craving runs higher than without them."""
    found = []
    for tag in tags:
        with_tag = [e.craving for e in rated if tag in e.tags]
        without = [e.craving for e in rated if tag not in e.tags]
        if len(with_tag) < MIN_DAYS or not without:
            continue
        gap = _avg(with_tag) - _avg(without)
        if gap >= NOTABLE:
            found.append((gap, tag, _avg(with_tag), _avg(without), len(with_tag)))
    found.sort(key=lambda f: (-f[0], f[1]))
    return [
        t(
            "checkins-patterns-trigger",
            tag=literal(tag),
            average=_num(mean),
            count=count,
            other=_num(other),
        )
        for _, tag, mean, other, count in found[:3]
    ]
