"""The /checkin summary chart reads as a member expects: mood and craving each
on its own labelled scale, days without a check-in left as gaps, dated, and no
dot cut off at an edge — for a week and for a month, extremes included."""

from __future__ import annotations

import io
from datetime import date, timedelta
from itertools import pairwise

import pytest
from PIL import Image

from cogs.checkins import chart
from cogs.checkins.arithmetic import Point

TODAY = date(2026, 11, 21)


def day(n: int) -> date:
    """``n`` days before today."""
    return TODAY - timedelta(days=n)


def columns(layout: chart.Layout, run) -> list[float]:
    width = (chart.WIDTH - chart.LEFT - chart.RIGHT) / layout.days
    return [round((b[0] - a[0]) / width, 6) for a, b in pairwise(run)]


#: Days without a check-in in the month below.
GAPS = {3, 4, 10, 17, 18, 19, 25}


def month_day(n: int) -> Point:
    """The extremes on the first and last days; a one-tap mood (no craving) on day 12."""
    if n == 29:
        return Point(day(n), 1, 10)
    if n == 0:
        return Point(day(n), 5, 0)
    return Point(day(n), 1 + n % 5, None if n == 12 else n % 11)


MONTH = sorted((month_day(n) for n in range(30) if n not in GAPS), key=lambda p: p.day)
WEEK = [Point(day(6), 5, 0), Point(day(5), 3, 4), Point(day(3), 2, 7), Point(TODAY, 1, 10)]


def test_days_without_a_check_in_are_gaps_not_joined_lines():
    layout = chart.layout(MONTH, TODAY)
    mood, craving = layout.panels
    for panel in (mood, craving):
        for run in panel.runs:
            assert set(columns(layout, run)) <= {1.0}  # only neighbouring days are joined
    # Six stretches of days in a row; the one-tap day breaks the craving line only.
    assert len(mood.runs) == 5
    assert len(craving.runs) == 6
    assert sum(len(r) for r in mood.runs) == len(MONTH)
    assert sum(len(r) for r in craving.runs) == len(MONTH) - 1


def test_mood_and_craving_each_have_their_own_labelled_scale():
    mood, craving = chart.layout(MONTH, TODAY).panels
    assert mood.title.startswith("Mood") and "1" in mood.title and "5" in mood.title
    assert craving.title.startswith("Craving") and "0" in craving.title and "10" in craving.title
    assert (mood.ticks[0], mood.ticks[-1]) == (1, 5)
    assert (craving.ticks[0], craving.ticks[-1]) == (0, 10)
    assert mood.bottom < craving.top  # two panels, not one squeezed scale


@pytest.mark.parametrize("points", [MONTH, WEEK], ids=["month", "week"])
def test_no_dot_touches_an_edge_even_at_the_extremes(points):
    layout = chart.layout(points, TODAY)
    for panel in layout.panels:
        dots = [dot for run in panel.runs for dot in run]
        ys = [y for _, y in dots]
        assert min(ys) >= panel.top + 2 * chart.DOT  # a 5 or a 10 sits clear of the top
        assert max(ys) <= panel.bottom - 2 * chart.DOT  # a 1 or a 0 clear of the bottom
        xs = [x for x, _ in dots]
        assert min(xs) >= chart.LEFT + 2 * chart.DOT
        assert max(xs) <= chart.WIDTH - chart.RIGHT - 2 * chart.DOT
    mood, craving = layout.panels
    assert {round(mood.y(v)) for v in (1, 5)} <= {round(y) for r in mood.runs for _, y in r}
    assert {round(craving.y(v)) for v in (0, 10)} <= {round(y) for r in craving.runs for _, y in r}


def test_a_month_is_dated_week_by_week_up_to_today():
    layout = chart.layout(MONTH, TODAY)
    assert (layout.first, layout.days) == (day(29), 30)
    labels = [label for _, label in layout.dates]
    assert labels == ["24 Oct", "31 Oct", "7 Nov", "14 Nov", "21 Nov"]
    assert "23 Oct" in layout.title and "21 Nov 2026" in layout.title


def test_a_newcomers_week_is_not_squeezed_into_a_month_and_every_day_is_dated():
    layout = chart.layout(WEEK, TODAY)
    assert (layout.first, layout.days) == (day(6), 7)
    assert [label for _, label in layout.dates] == [
        "Sun 15",
        "Mon 16",
        "Tue 17",
        "Wed 18",
        "Thu 19",
        "Fri 20",
        "Sat 21",
    ]
    three_days = chart.layout([Point(day(2), 3, 3), Point(TODAY, 4, None)], TODAY)
    assert three_days.days == 7  # at least a week, the check-ins at its end
    for points in (WEEK, MONTH, [Point(TODAY, 3, None)]):
        image = Image.open(io.BytesIO(chart.render(points, TODAY)))
        assert image.format == "PNG" and image.size == (chart.WIDTH, chart.HEIGHT)
