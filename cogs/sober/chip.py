"""The milestone chip: a small coin-style PNG with the number and the unit.

People in recovery collect chips and keytags; the colours follow the familiar
keytag sequence (white to start, orange at 30 days, green at 60, red at 90,
blue at 6 months, yellow at 9, glowing at a year, grey at 18 months, black
for every year after).
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from bot.messages import File

from .days import Milestone

SIZE = 256
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


def render_chip(milestone: Milestone) -> bytes:
    fill, rim = COLOURS.get(milestone.code, YEARS)
    ink = _ink(fill)
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=rim)
    draw.ellipse((22, 22, SIZE - 22, SIZE - 22), fill=fill)
    draw.ellipse((34, 34, SIZE - 34, SIZE - 34), outline=rim, width=3)
    # The triangle of the traditional chip, faint behind the number.
    draw.polygon(((SIZE / 2, 56), (SIZE - 62, SIZE - 80), (62, SIZE - 80)), outline=rim, width=2)
    number, unit = milestone.chip_text
    center = SIZE / 2
    draw.text((center, center - 14), number, fill=ink, font=_font(72), anchor="mm")
    draw.text((center, center + 44), unit, fill=ink, font=_font(26), anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def chip_file(milestone: Milestone) -> File:
    return File(f"chip-{milestone.code}.png", render_chip(milestone), "image/png")
