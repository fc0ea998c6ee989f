"""A small PNG chart of the last 30 days: mood (1-5) and craving (0-10)."""

from __future__ import annotations

import io
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFont

from .arithmetic import Point

WIDTH, HEIGHT = 600, 240
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 28, 32
MOOD_COLOUR = (46, 125, 200)
CRAVING_COLOUR = (220, 120, 40)
GRID = (225, 225, 225)


def render(points: list[Point], today: date, days: int = 30) -> bytes:
    """Both series on one 0-100 % scale (mood 1-5, craving 0-10), days on x."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    first = today - timedelta(days=days - 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return LEFT + plot_w * (day - first).days / max(days - 1, 1)

    def y(share: float) -> float:
        return TOP + plot_h * (1 - share)

    for step in range(5):
        level = y(step / 4)
        draw.line([(LEFT, level), (WIDTH - RIGHT, level)], fill=GRID)
    draw.text((LEFT, 8), "mood (1-5)", fill=MOOD_COLOUR, font=font)
    draw.text((LEFT + 110, 8), "craving (0-10)", fill=CRAVING_COLOUR, font=font)
    draw.text((LEFT, HEIGHT - BOTTOM + 8), first.isoformat(), fill="grey", font=font)
    draw.text((WIDTH - RIGHT - 60, HEIGHT - BOTTOM + 8), today.isoformat(), fill="grey", font=font)

    inside = sorted((p for p in points if first <= p.day <= today), key=lambda p: p.day)
    mood = [(x(p.day), y((p.mood - 1) / 4)) for p in inside]
    craving = [(x(p.day), y(p.craving / 10)) for p in inside if p.craving is not None]
    for series, colour in ((mood, MOOD_COLOUR), (craving, CRAVING_COLOUR)):
        if len(series) > 1:
            draw.line(series, fill=colour, width=2)
        for cx, cy in series:
            draw.ellipse([cx - 3, cy - 3, cx + 3, cy + 3], fill=colour)

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
