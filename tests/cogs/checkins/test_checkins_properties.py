"""Property tests: any /checkin text is either recorded faithfully or refused
privately with a usage line — never a crash, never a half-stored check-in."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cogs.checkins.arithmetic import Point, craving_trend, period, streak
from tests.cogs.checkins.checkins_support import checkins_of

FAILURE = "Something went wrong"
SETTINGS = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

WORD = st.text(alphabet=st.sampled_from(list("mood:craving:sober:note:yesno-+\"' 0123456789xé")))
SUB = st.sampled_from(["", "remind ", "pause ", "share ", "weekly ", "streak ", "resume "])


@pytest.fixture
async def alice(console):
    await console.agree("alice")
    return console


@SETTINGS
@given(sub=SUB, text=WORD)
async def test_any_checkin_text_is_handled_without_a_crash(alice, sub, text):
    before = [(r.mood, r.craving, r.sober, r.note) for r in await checkins_of(alice, "alice")]
    produced = await alice.run(f"/checkin {sub}{text}".replace("\n", " "))
    assert produced, "every line gets an answer (a reply or a form)"
    for out in produced:
        assert FAILURE not in out.text
        assert out.visible_to == ["alice"]  # nothing public by default
        if out.error:
            assert "Usage: `/checkin" in out.text and "Example:" in out.text
    after = [(r.mood, r.craving, r.sober, r.note) for r in await checkins_of(alice, "alice")]
    if any(out.error for out in produced):
        assert after == before  # a refusal changes nothing
    assert len(after) <= 1  # one check-in per local day


NOTE = st.text(alphabet=string.ascii_letters + string.digits + " .,!?'", min_size=1, max_size=80)


@SETTINGS
@given(
    mood=st.integers(1, 5),
    craving=st.integers(0, 10),
    sober=st.sampled_from([None, "yes", "no"]),
    note=st.one_of(st.none(), NOTE.filter(lambda s: s.strip())),
)
async def test_valid_arguments_are_stored_exactly(alice, mood, craving, sober, note):
    line = f"/checkin mood:{mood} craving:{craving}"
    if sober:
        line += f" sober:{sober}"
    if note is not None:
        line += f' note:"{note}"'
    previous = await checkins_of(alice, "alice")
    out = await alice.say(line)
    assert not out.error, out.text
    assert f"mood {mood}/5" in out.text and f"craving {craving}/10" in out.text
    [row] = await checkins_of(alice, "alice")
    assert (row.mood, row.craving) == (mood, craving)
    if sober:
        assert row.sober is (sober == "yes")
    if note is not None:
        assert row.note == note.strip()
    elif previous:
        assert row.note == previous[0].note  # kept from the earlier check-in today


@SETTINGS
@given(mood=st.integers(-1000, 1000), craving=st.integers(-1000, 1000))
async def test_out_of_range_numbers_are_refused(alice, mood, craving):
    out = await alice.say(f"/checkin mood:{mood} craving:{craving}")
    valid = 1 <= mood <= 5 and 0 <= craving <= 10
    assert out.error is (not valid)
    if not valid:
        assert "Usage:" in out.text


TODAY = date(2026, 11, 21)


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(0, 40)))
def test_streak_is_the_run_of_days_ending_today_or_yesterday(offsets):
    days = {TODAY - timedelta(days=n) for n in offsets}
    start = 0 if 0 in offsets else 1
    expected = 0
    while start + expected in offsets:
        expected += 1
    assert streak(days, TODAY) == expected


def test_streak_examples():
    week = [TODAY - timedelta(days=n) for n in range(7)]
    assert streak(week, TODAY) == 7
    assert streak(week[1:], TODAY) == 6  # not yet today: still counts
    assert streak(week[2:], TODAY) == 0  # yesterday missed: a new start
    assert streak([], TODAY) == 0


def test_periods_and_trend():
    points = [Point(TODAY - timedelta(days=n), 3, 8 if n >= 7 else 2) for n in range(30)]
    week, month = period(points, TODAY, 7), period(points, TODAY, 30)
    assert (week.checked_in, week.mood, week.craving) == (7, 3.0, 2.0)
    assert month.checked_in == 30
    assert craving_trend(points, TODAY) == "lower"
    assert craving_trend(points[:7], TODAY) is None  # nothing earlier to compare with
    quick_only = [Point(TODAY, 4, None)]
    assert period(quick_only, TODAY, 7).craving is None
