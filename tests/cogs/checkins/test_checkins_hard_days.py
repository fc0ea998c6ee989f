"""A hard day — a very low mood, a strong craving, not sober today — gets the
same gentle pointer to /sos and /crisis, without judgement, and changes nothing
the member did not ask to change."""

from __future__ import annotations

import re

import pytest

POINTER = "`/sos` reaches your partners and `/crisis` lists helplines"
#: Words a member in a hard moment must never read from Haven.
JUDGING = re.compile(r"\b(fail\w*|relapsed?|broke|ruin\w*|lost|disappoint\w*|should)\b", re.I)


@pytest.mark.parametrize(
    ("ordinary", "hard", "kind_word"),
    [
        ("/checkin mood:2 craving:2", "/checkin mood:1 craving:2", "A very low day is hard"),
        ("/checkin mood:3 craving:7", "/checkin mood:3 craving:8", "Cravings that strong are hard"),
        (
            "/checkin mood:3 craving:2 sober:yes",
            "/checkin mood:3 craving:2 sober:no",
            "A slip is part of many recoveries",
        ),
    ],
    ids=["very-low-mood", "high-craving", "not-sober"],
)
async def test_a_hard_day_is_met_kindly_with_where_help_is(console, ordinary, hard, kind_word):
    await console.agree("alice")
    out = await console.say(ordinary)
    assert not out.error and POINTER not in out.text and kind_word not in out.text
    out = await console.say(hard)  # the same day: the check-in is updated
    assert not out.error and out.visible_to == ["alice"]
    assert kind_word in out.text
    assert out.text.count(POINTER) == 1
    assert not JUDGING.search(out.text), out.text


async def test_everything_hard_at_once_gets_one_pointer(console):
    await console.agree("alice")
    out = await console.say("/checkin mood:1 craving:10 sober:no")
    assert "very low day" in out.text and "Cravings" in out.text and "slip" in out.text
    assert out.text.count(POINTER) == 1


async def test_a_one_tap_very_low_mood_gets_the_pointer_too(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n:advance 1d\n:in dm")
    out = await console.say(":click 1")
    assert "A very low day is hard" in out.text and POINTER in out.text


async def test_not_sober_today_leaves_the_sober_counter_as_the_member_set_it(console):
    await console.agree("alice")
    await console.run("/sober set 2026-10-22")
    before = (await console.say("/sober show")).text
    out = await console.say("/checkin mood:2 craving:4 sober:no")
    assert "stays as it is unless you choose" in out.text and "`/sober reset`" in out.text
    assert (await console.say("/sober show")).text == before
    assert "30 days" in before
