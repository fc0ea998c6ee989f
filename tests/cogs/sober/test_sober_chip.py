"""The chip a member receives: the number inside the triangle, the unit on a
clean band below it, nothing drawn through either."""

from __future__ import annotations

import io
from math import hypot

import pytest
from PIL import Image

from cogs.sober.chip import CENTER, MARGIN, layout, render_chip
from cogs.sober.days import parse_milestone

CODES = ("1d", "7d", "30d", "1y", "18m", "10y", "25y")


def _inside_triangle(point, triangle) -> bool:
    """Whether ``point`` is on the inner side of all three edges."""

    def side(a, b, p):
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])

    a, b, c = triangle
    signs = [side(a, b, point), side(b, c, point), side(c, a, point)]
    return all(s > 0 for s in signs) or all(s < 0 for s in signs)


def _corners(box):
    left, top, right, bottom = box
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


@pytest.mark.parametrize("code", CODES)
def test_every_digit_sits_inside_the_triangle(code):
    plan = layout(parse_milestone(code))
    assert plan.number == parse_milestone(code).chip_text[0]
    for corner in _corners(plan.number_box):
        assert _inside_triangle(corner, plan.triangle), (code, corner, plan)
    assert plan.number_box[3] <= plan.base_y - MARGIN  # clear of the base line


@pytest.mark.parametrize("code", CODES)
def test_no_line_crosses_the_unit_and_it_stays_on_the_face(code):
    plan = layout(parse_milestone(code))
    left, top, right, bottom = plan.unit_box
    assert plan.unit == parse_milestone(code).chip_text[1]
    # The triangle ends at its base, above the unit ...
    assert top >= plan.base_y + MARGIN
    # ... and the ring runs around it, never through it.
    for x, y in _corners(plan.unit_box):
        assert hypot(x - CENTER, y - CENTER) <= plan.ring_radius - MARGIN / 2, (code, plan)
    assert right - left > 0 and bottom - top > 0


def test_the_chip_is_a_256_pixel_png():
    image = Image.open(io.BytesIO(render_chip(parse_milestone("18m"))))
    assert image.format == "PNG" and image.size == (256, 256)
