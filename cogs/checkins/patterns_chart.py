"""The /checkin patterns chart: average craving by weekday above average
craving by trigger, as bars on the 0–10 scale of the summary chart, in its
colours and type (cogs/checkins/chart.py), with the member's overall average
as a line across both."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from .chart import CRAVING_COLOUR, GRID, INK, LEFT, MUTED, RIGHT, WIDTH
from .patterns import Bar, Patterns
from .words import Say, english

HEIGHT = 400
PANELS = ((70, 200, "checkins-patterns-by-weekday"), (250, 370, "checkins-patterns-by-trigger"))
TICKS = (0, 5, 10)


def _y(value: float, top: int, bottom: int) -> float:
    return bottom - (value / 10) * (bottom - top)


def render(patterns: Patterns, title: str, t: Say = english) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    title_font = ImageFont.load_default(size=18)
    label_font = ImageFont.load_default(size=14)
    small = ImageFont.load_default(size=12)
    draw.text((LEFT, 14), title, fill=INK, font=title_font)
    for (top, bottom, heading), bars in zip(
        PANELS, (patterns.by_weekday, patterns.by_trigger), strict=True
    ):
        draw.text((LEFT, top - 22), t(heading), fill=CRAVING_COLOUR, font=label_font)
        for tick in TICKS:
            y = _y(tick, top, bottom)
            draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=GRID)
            draw.text((LEFT - 8, y), str(tick), fill=MUTED, font=small, anchor="rm")
        _bars(draw, list(bars)[:12], top, bottom, small, t("checkins-patterns-nothing-named"))
        if patterns.overall is not None:
            y = _y(patterns.overall, top, bottom)
            draw.line([(LEFT, y), (WIDTH - RIGHT, y)], fill=INK, width=1)
        draw.rectangle([(LEFT, top), (WIDTH - RIGHT, bottom)], outline=MUTED)
    draw.text(
        (LEFT, HEIGHT - 14),
        t("checkins-patterns-chart-note"),
        fill=MUTED,
        font=small,
        anchor="lm",
    )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _bars(
    draw: ImageDraw.ImageDraw, bars: list[Bar], top: int, bottom: int, font, empty: str
) -> None:
    if not bars:
        draw.text((LEFT + 12, (top + bottom) / 2), empty, fill=MUTED, font=font, anchor="lm")
        return
    column = (WIDTH - LEFT - RIGHT) / len(bars)
    for index, bar in enumerate(bars):
        x0 = LEFT + index * column + column * 0.2
        x1 = LEFT + (index + 1) * column - column * 0.2
        draw.rectangle([(x0, _y(bar.value, top, bottom)), (x1, bottom)], fill=CRAVING_COLOUR)
        label = bar.label if len(bar.label) <= 12 else bar.label[:11] + "…"
        draw.text(((x0 + x1) / 2, bottom + 4), label, fill=MUTED, font=font, anchor="mt")
