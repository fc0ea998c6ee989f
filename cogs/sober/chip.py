"""The milestone chip: a small coin-style PNG with the number and the unit.

People in recovery collect chips and keytags; the colours follow the familiar
keytag sequence (white to start, orange at 30 days, green at 60, red at 90,
blue at 6 months, yellow at 9, glowing at a year, grey at 18 months, black
for every year after).

The layout is computed apart from the drawing (:func:`layout`) so tests can
check what a member sees: the number sits inside the triangle, the unit sits
below the triangle's base inside the ring, and no line crosses either.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from math import sqrt

from PIL import Image, ImageDraw, ImageFont

from bot.api import File

from .days import Milestone

SIZE = 256
CENTER = SIZE / 2
RIM = 8  # the coin's edge
FACE = 22  # inside the rim
RING = 34  # the thin ring on the face
RING_WIDTH = 3
TRIANGLE_RADIUS = 86  # the triangle is inscribed in this circle
MARGIN = 6  # clear space between text and any line
NUMBER_SIZE = 64
UNIT_SIZE = 22
COLOURS = {
    "1d": ("#f4f1ea", "#8a7f6a"),
    "7d": ("#f4f1ea", "#8a7f6a"),
    "30d": ("#f28c28", "#8a4a0c"),
    "60d": ("#3aa655", "#1d5c2c"),
    "90d": ("#d64545", "#7a1f1f"),
    "6m": ("#3b6fd6", "#1d3a7a"),
    "9m": ("#f2cf3a", "#8a7210"),
    "1y": ("#d9f7c8", "#4f8a3a"),
    "18m": ("#a7a9ac", "#4d4f52"),
}
YEARS = ("#2b2b2b", "#c9a227")  # black with a gold rim

Box = tuple[float, float, float, float]  # left, top, right, bottom
Point = tuple[float, float]


@dataclass(frozen=True)
class Layout:
    """Where everything goes on the chip, in pixels."""

    ring_radius: float  # the inner edge of the thin ring
    triangle: tuple[Point, Point, Point]  # apex, base right, base left
    number: str
    number_size: int
    number_box: Box
    unit: str
    unit_size: int
    unit_box: Box

    @property
    def base_y(self) -> float:
        return self.triangle[1][1]


@cache
def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType: the small bitmap font
        return ImageFont.load_default()


def _ink(fill: str) -> str:
    """Dark text on light chips, light text on dark ones."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#222222" if (r * 299 + g * 587 + b * 114) / 1000 > 140 else "#ffffff"


def _triangle() -> tuple[Point, Point, Point]:
    half = TRIANGLE_RADIUS * sqrt(3) / 2
    base = CENTER + TRIANGLE_RADIUS / 2
    return (CENTER, CENTER - TRIANGLE_RADIUS), (CENTER + half, base), (CENTER - half, base)


def _half_width_at(y: float, triangle: tuple[Point, Point, Point]) -> float:
    """Half the triangle's width at height ``y`` (0 above the apex)."""
    (_, top), (right, base), _ = triangle
    return max(0.0, (right - CENTER) * (y - top) / (base - top))


def _box(text: str, size: int, xy: Point, anchor: str) -> Box:
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    return probe.textbbox(xy, text, font=_font(size), anchor=anchor)


def _fits_triangle(box: Box, triangle: tuple[Point, Point, Point]) -> bool:
    left, top, right, bottom = box
    # The triangle narrows upwards: the box's top corners are the test.
    half = _half_width_at(top, triangle) - MARGIN
    return bottom <= triangle[1][1] - MARGIN and CENTER - left <= half and right - CENTER <= half


def layout(milestone: Milestone, unit: str | None = None) -> Layout:
    """The number as large as fits inside the triangle, sitting on its base;
    the unit (``unit``: in the member's language; English without) in the
    band between the base and the ring."""
    triangle = _triangle()
    base = triangle[1][1]
    ring_radius = CENTER - RING - RING_WIDTH
    number, english = milestone.chip_text
    unit = unit or english
    size = NUMBER_SIZE
    while True:
        number_box = _box(number, size, (CENTER, base - MARGIN - 4), "ms")
        if _fits_triangle(number_box, triangle) or size <= 12:
            break
        size -= 2
    unit_size = UNIT_SIZE
    unit_box = _box(unit, unit_size, (CENTER, base + RING_WIDTH + MARGIN), "mt")
    return Layout(ring_radius, triangle, number, size, number_box, unit, unit_size, unit_box)


def render_chip(milestone: Milestone, unit: str | None = None) -> bytes:
    fill, rim = COLOURS.get(milestone.code, YEARS)
    ink = _ink(fill)
    plan = layout(milestone, unit)
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((RIM, RIM, SIZE - RIM, SIZE - RIM), fill=rim)
    draw.ellipse((FACE, FACE, SIZE - FACE, SIZE - FACE), fill=fill)
    draw.ellipse((RING, RING, SIZE - RING, SIZE - RING), outline=rim, width=RING_WIDTH)
    # The triangle of the traditional chip, its base above the unit.
    draw.polygon(plan.triangle, outline=rim, width=2)
    draw.text(
        (CENTER, plan.base_y - MARGIN - 4),
        plan.number,
        fill=ink,
        font=_font(plan.number_size),
        anchor="ms",
    )
    draw.text(
        (CENTER, plan.base_y + RING_WIDTH + MARGIN),
        plan.unit,
        fill=ink,
        font=_font(plan.unit_size),
        anchor="mt",
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def chip_file(milestone: Milestone, unit: str | None = None) -> File:
    """The chip as a PNG; ``unit`` is ``DAYS`` in the member's language."""
    return File(f"chip-{milestone.code}.png", render_chip(milestone, unit), "image/png")
