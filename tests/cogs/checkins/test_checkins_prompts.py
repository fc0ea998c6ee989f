"""The daily prompt: at the member's local time across DST, once a day, never
after a check-in, paused and resumed, answered in one tap, once across restarts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.cogs.checkins.checkins_support import checkins_of, dms, prefs_of

HELSINKI = ZoneInfo("Europe/Helsinki")


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def fired_at(outputs, user: str = "alice") -> list[datetime]:
    """The minute each prompt arrived (prompts are spread within their minute)."""
    return [datetime.fromisoformat(o.at).replace(second=0) for o in dms(outputs, user)]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # Spring forward on Sunday 29 March 2026: 08:30 is 06:30 UTC before, 05:30 after.
        (
            utc(2026, 3, 27, 12, 0),
            [utc(2026, 3, 28, 6, 30), utc(2026, 3, 29, 5, 30), utc(2026, 3, 30, 5, 30)],
        ),
        # Fall back on Sunday 25 October 2026: 08:30 is 05:30 UTC before, 06:30 after.
        (
            utc(2026, 10, 23, 12, 0),
            [utc(2026, 10, 24, 5, 30), utc(2026, 10, 25, 6, 30), utc(2026, 10, 26, 6, 30)],
        ),
    ],
    ids=["spring-forward", "fall-back"],
)
async def test_prompt_comes_at_0830_helsinki_once_a_day_across_dst(make_harness, start, expected):
    harness = await make_harness(start=start)
    await harness.agree("alice")
    out = await harness.say("/haven timezone Europe/Helsinki\n/checkin remind 08:30")
    assert "08:30 (Europe/Helsinki)" in out.text
    produced = await harness.run(":advance 3d")
    assert fired_at(produced) == expected
    for when in fired_at(produced):
        assert f"{when.astimezone(HELSINKI):%H:%M}" == "08:30"
    prompt = dms(produced, "alice")[0]
    assert prompt.visible_to == ["alice"]
    day = f"{expected[0].astimezone(HELSINKI):%Y-%m-%d}"  # the buttons name the day asked about
    assert [a["id"] for a in prompt.actions] == [f"checkin:quick:{m}:{day}" for m in range(1, 6)]


@pytest.mark.parametrize(
    ("start", "days"),
    [
        (utc(2026, 3, 28, 0, 0), ["2026-03-28", "2026-03-29", "2026-03-30"]),  # 03:30 skipped
        (utc(2026, 10, 24, 0, 0), ["2026-10-24", "2026-10-25", "2026-10-26"]),  # 03:30 twice
    ],
    ids=["gap-hour", "repeated-hour"],
)
async def test_a_prompt_inside_the_dst_hour_fires_once_each_local_day(make_harness, start, days):
    harness = await make_harness(start=start)
    await harness.agree("alice")
    await harness.run("/haven timezone Europe/Helsinki\n/checkin remind 03:30")
    produced = await harness.run(":advance 3d")
    local_days = [f"{w.astimezone(HELSINKI):%Y-%m-%d}" for w in fired_at(produced)]
    assert local_days == days


async def test_no_prompt_on_a_day_already_checked_in(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n:at 2026-11-22T07:00:00+00:00")
    await console.run("/checkin mood:4 craving:1")
    produced = await console.run(":advance 2d")
    assert fired_at(produced) == [utc(2026, 11, 23, 8, 30)]


async def test_pause_stops_prompts_until_the_date_and_resume_restarts_them(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30")
    out = await console.say("/checkin pause 2026-11-24")
    assert "No prompts until Tuesday 24 November 2026" in out.text
    produced = await console.run(":at 2026-11-25T09:00:00+00:00")
    assert fired_at(produced) == [utc(2026, 11, 24, 8, 30), utc(2026, 11, 25, 8, 30)]
    await console.run("/checkin pause 2026-12-01")
    assert fired_at(await console.run(":advance 2d")) == []
    out = await console.say("/checkin resume")
    assert "back on" in out.text
    produced = await console.run(":advance 1d")
    assert fired_at(produced) == [utc(2026, 11, 28, 8, 30)]


async def test_remind_off_stops_prompts(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n:advance 1d")
    out = await console.say("/checkin remind off")
    assert "off" in out.text
    assert fired_at(await console.run(":advance 3d")) == []
    assert (await prefs_of(console, "alice")).remind_at is None


async def test_quick_answer_records_a_check_in_in_one_tap_then_offers_the_rest(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n:advance 1d")  # 2026-11-22 09:00 UTC
    await console.run(":in dm")
    out = await console.say(":click 4")
    assert not out.error and "mood 4/5" in out.text
    assert [a["label"] for a in out.actions] == ["Add craving and a note"]
    [row] = await checkins_of(console, "alice")
    assert (row.local_date, row.mood, row.craving) == (date(2026, 11, 22), 4, None)
    form = await console.say(":click Add craving and a note")
    assert form.kind == "form" and [a["id"] for a in form.actions] == [
        "craving",
        "sober",
        "note",
        "triggers",
    ]
    out = await console.say(':submit craving=3 sober=yes note="slow morning"')
    assert "Added to today's check-in" in out.text and "craving 3/10" in out.text
    [row] = await checkins_of(console, "alice")
    assert (row.mood, row.craving, row.sober, row.note) == (4, 3, True, "slow morning")
    # Checked in today: no second prompt, and tomorrow's comes as usual.
    assert fired_at(await console.run(":advance 1d")) == [utc(2026, 11, 23, 8, 30)]


async def test_a_second_tap_updates_the_same_day(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n:advance 1d\n:click 2")
    out = await console.say(":click 3")
    assert "updated" in out.text
    [row] = await checkins_of(console, "alice")
    assert row.mood == 3


async def test_exactly_one_prompt_across_a_restart(console, make_harness):
    await console.agree("alice")
    await console.run("/checkin remind 08:30")
    first = await console.run(":at 2026-11-22T08:31:00+00:00")
    assert fired_at(first) == [utc(2026, 11, 22, 8, 30)]
    # A restarted Haven on the same database, at the same instant, finds the
    # prompt due on start-up: it was claimed already, so nothing is sent again.
    second = await make_harness(start=utc(2026, 11, 22, 8, 31))
    assert dms(second.outputs, "alice") == []
    assert "checkin:prompt:" in " ".join(await second.app.scheduler.jobs())  # its row is kept
    # Both keep running: tomorrow's prompt goes out once, from whichever fires first.
    seen = len(console.outputs)
    await second.app.scheduler.run_until(utc(2026, 11, 23, 9, 0))
    await console.app.scheduler.run_until(utc(2026, 11, 23, 9, 0))
    assert fired_at(second.outputs) == [utc(2026, 11, 23, 8, 30)]
    assert fired_at(console.outputs[seen:]) == []


async def test_the_prompt_follows_a_time_zone_change_at_once_when_checkin_is_used(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n/haven timezone Europe/Helsinki\n/checkin streak")
    produced = await console.run(":advance 2d")
    assert fired_at(produced) == [utc(2026, 11, 22, 6, 30), utc(2026, 11, 23, 6, 30)]


async def test_the_prompt_follows_a_time_zone_change_at_once(console):
    await console.agree("alice")
    await console.run("/checkin remind 08:30\n/haven timezone Europe/Helsinki")
    produced = await console.run(":advance 3d")
    # /haven timezone re-plans the prompt: from the next morning it comes at
    # 08:30 Helsinki time (never at 10:30 there, the 08:30 UTC it was built for).
    assert fired_at(produced) == [
        utc(2026, 11, 22, 6, 30),
        utc(2026, 11, 23, 6, 30),
        utc(2026, 11, 24, 6, 30),
    ]
    local_days = {w.astimezone(HELSINKI).date() for w in fired_at(produced)}
    assert len(local_days) == 3  # never two on one local day


async def test_a_late_prompt_says_so_gently(console, make_harness):
    await console.agree("alice")
    await console.run("/checkin remind 08:30")
    await console.close()
    # Haven comes back at 08:50: within the grace window, so the prompt goes out late.
    later = await make_harness(start=utc(2026, 11, 22, 8, 50))
    [prompt] = dms(later.outputs, "alice")
    assert "a little late" in prompt.text


async def test_weekly_summary_arrives_on_the_chosen_day(console):
    await console.agree("alice")  # Saturday 21 November 2026
    await console.run("/checkin mood:4 craving:2\n/checkin weekly sun")
    produced = await console.run(":advance 2d")
    [summary] = dms(produced, "alice")
    assert summary.at == "2026-11-22T18:00:00+00:00"
    assert "Last 7 days" in summary.text and summary.files
    await console.run("/checkin weekly off")
    assert dms(await console.run(":advance 8d"), "alice") == []


async def test_prompts_for_the_same_minute_are_spread_across_it(make_harness):
    harness = await make_harness(start=utc(2026, 11, 21, 6, 0))
    for name in [f"m{n}" for n in range(12)]:
        await harness.agree(name)
        await harness.run("/checkin remind 08:30")
    produced = await harness.run(":advance 3h")
    prompts = [o for o in produced if o.kind == "dm"]
    assert len(prompts) == 12
    seconds = [datetime.fromisoformat(o.at) for o in prompts]
    assert all(s.replace(second=0) == utc(2026, 11, 21, 8, 30) for s in seconds)
    assert len(set(seconds)) >= 6  # not one burst
