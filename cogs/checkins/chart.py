"""The /checkin summary chart: mood (1–5) above craving (0–10), one column a day.

Two panels, each with its own labelled scale, so neither series is squeezed
onto the other's. A line joins consecutive days only: a day without a check-in
stays a gap. Each scale stops short of its panel's edges and each day sits in
the middle of its column, so a 1, a 10 or today's dot is never cut by an edge.
:func:`layout` decides where everything goes (tested); :func:`render` draws it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFont

from bot.api import format_date

from .arithmetic import Point
from .words import Say, english

#: Writes a date with a Babel pattern in the member's language (``ctx.format_date``).
Dates = Callable[[date, str], str]


def english_dates(day: date, pattern: str) -> str:
    return format_date(day, "en", pattern)


WIDTH, HEIGHT = 800, 420
LEFT, RIGHT = 56, 24  # room for the scale's numbers; a little air on the right
DOT = 4  # radius of a day's dot, in pixels
PAD = 11  # pixels between a scale's ends and its panel's edges: room for a dot and more
MIN_DAYS = 7  # a newcomer's chart still shows a week

MOOD_COLOUR = (40, 110, 190)
CRAVING_COLOUR = (205, 95, 20)
INK = (60, 60, 60)
MUTED = (120, 120, 120)
GRID = (228, 228, 228)


@dataclass(frozen=True)
class Panel:
    """One series on its own scale, drawn between pixel rows ``top`` and ``bottom``."""

    title: str
    low: int
    high: int
    ticks: tuple[int, ...]
    colour: tuple[int, int, int]
    top: int
    bottom: int
    #: Dots joined by a line: runs of consecutive days (a run of one is a lone dot).
    runs: tuple[tuple[tuple[float, float], ...], ...] = ()

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.bottom - PAD - share * (self.bottom - self.top - 2 * PAD)


@dataclass(frozen=True)
class Layout:
    title: str
    first: date
    today: date
    panels: tuple[Panel, ...]
    #: (x, label) of each dated tick under the chart.
    dates: tuple[tuple[float, str], ...]

    @property
    def days(self) -> int:
        return (self.today - self.first).days + 1

    def x(self, day: date) -> float:
        column = (WIDTH - LEFT - RIGHT) / self.days
        return LEFT + ((day - self.first).days + 0.5) * column


def window(points: list[Point], today: date, days: int) -> date:
    """The first day shown: ``days`` back, or from the first check-in if later
    (but at least a week), so a newcomer's chart is not mostly empty."""
    first = today - timedelta(days=days - 1)
    seen = [p.day for p in points if first <= p.day <= today]
    if seen:
        first = max(first, min(min(seen), today - timedelta(days=MIN_DAYS - 1)))
    return first


def layout(
    points: list[Point],
    today: date,
    days: int = 30,
    t: Say = english,
    dates: Dates = english_dates,
) -> Layout:
    first = window(points, today, days)
    inside = sorted((p for p in points if first <= p.day <= today), key=lambda p: p.day)
    frame = Layout(
        title=t(
            "checkins-chart-title",
            first=_day(first, dates),
            last=_day(today, dates),
            year=str(today.year),
        ),
        first=first,
        today=today,
        panels=(),
        dates=(),
    )
    mood = Panel(t("checkins-chart-mood"), 1, 5, (1, 2, 3, 4, 5), MOOD_COLOUR, 72, 182)
    craving = Panel(
        t("checkins-chart-craving"), 0, 10, (0, 2, 4, 6, 8, 10), CRAVING_COLOUR, 222, 362
    )
    panels = (
        _with_runs(frame, mood, [(p.day, p.mood) for p in inside]),
        _with_runs(frame, craving, [(p.day, p.craving) for p in inside if p.craving is not None]),
    )
    return Layout(frame.title, first, today, panels, _date_ticks(frame, dates))


def _with_runs(frame: Layout, panel: Panel, values: list[tuple[date, int]]) -> Panel:
    runs: list[list[tuple[float, float]]] = []
    previous: date | None = None
    for day, value in values:
        if previous is None or (day - previous).days != 1:
            runs.append([])
        runs[-1].append((frame.x(day), panel.y(value)))
        previous = day
    return Panel(**{**panel.__dict__, "runs": tuple(tuple(run) for run in runs)})


def _date_ticks(frame: Layout, dates: Dates) -> tuple[tuple[float, str], ...]:
    """Every day for a short chart ("Mon 7"); otherwise every 7th day back
    from today ("7 Dec")."""
    if frame.days <= 10:
        days = [frame.first + timedelta(days=n) for n in range(frame.days)]
        return tuple((frame.x(d), dates(d, "EEE d")) for d in days)
    days = [frame.today - timedelta(days=n) for n in range(0, frame.days, 7)]
    return tuple((frame.x(d), _day(d, dates)) for d in reversed(days))


def _day(day: date, dates: Dates) -> str:
    return dates(day, "d MMM")


def render(
    points: list[Point],
    today: date,
    days: int = 30,
    t: Say = english,
    dates: Dates = english_dates,
) -> bytes:
    """The chart as a PNG, its words in ``t``'s language."""
    chart = layout(points, today, days, t, dates)
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    title_font = ImageFont.load_default(size=18)
    label_font = ImageFont.load_default(size=14)
    small = ImageFont.load_default(size=12)

    draw.text((LEFT, 14), chart.title, fill=INK, font=title_font)
    top, bottom = chart.panels[0].top, chart.panels[-1].bottom
    for x, _ in chart.dates:
        draw.line([(x, top), (x, bottom)], fill=GRID)
    for panel in chart.panels:
        draw.text((LEFT, panel.top - 22), panel.title, fill=panel.colour, font=label_font)
        for tick in panel.ticks:
            y = panel.y(tick)
            draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=GRID)
            draw.text((LEFT - 8, y), str(tick), fill=MUTED, font=small, anchor="rm")
        draw.rectangle([(LEFT, panel.top), (WIDTH - RIGHT, panel.bottom)], outline=MUTED)
        for run in panel.runs:
            if len(run) > 1:
                draw.line(list(run), fill=panel.colour, width=2, joint="curve")
            for cx, cy in run:
                draw.ellipse([cx - DOT, cy - DOT, cx + DOT, cy + DOT], fill=panel.colour)
    for x, label in chart.dates:
        draw.line([(x, bottom), (x, bottom + 4)], fill=MUTED)
        draw.text((x, bottom + 8), label, fill=MUTED, font=small, anchor="mt")
    draw.text(
        (LEFT, HEIGHT - 22),
        t("checkins-chart-gap"),
        fill=MUTED,
        font=small,
    )

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
