""" "Just for today": the morning pledge and the evening review — at the member's
local time across DST, once a day, a tap recorded, a review filling in or
updating the day's check-in, a run of very hard days met once with partner
contact and /crisis, pause and off honoured, once across a restart, on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import func, select

from bot.config import Settings
from bot.models import Member
from cogs.checkins.models import CheckinPledge, CheckinTrigger
from tests.cogs.checkins.checkins_support import checkins_of, dms, prefs_of
from tests.cogs.checkins.test_checkins_hard_days import JUDGING

HELSINKI = ZoneInfo("Europe/Helsinki")
PLEDGE = "Just for today, I'll stay sober."
REVIEW = "How was today"
OFFER = "very hard days in a row"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def prompts(outputs, words: str, user: str = "alice") -> list:
    return [o for o in dms(outputs, user) if words in o.text]


def arrived(outputs, words: str) -> list[datetime]:
    """The minute each such prompt arrived (prompts are spread within their minute)."""
    return [datetime.fromisoformat(o.at).replace(second=0) for o in prompts(outputs, words)]


async def triggers_of(harness, checkin_id: int) -> list[str]:
    async with harness.db.unscoped_session("test") as session:
        rows = await session.exec(
            select(CheckinTrigger.tag).where(CheckinTrigger.checkin_id == checkin_id)
        )
        return sorted(rows.all())


async def all_pledges(harness) -> int:
    async with harness.db.unscoped_session("test") as session:
        return (await session.exec(select(func.count(CheckinPledge.id)))).one()


async def pledges_of(harness, user: str) -> list[date]:
    async with harness.db.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).first()
        rows = await session.exec(
            select(CheckinPledge.local_date)
            .where(CheckinPledge.member_id == member.id)
            .order_by(CheckinPledge.local_date)
        )
        return list(rows.all())


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request) -> str:
    """SQLite, and PostgreSQL (HAVEN_TEST_DATABASE_URL)."""
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
async def harness(make_harness, database_url):
    """The console Haven on :func:`database_url`."""
    return await make_harness(settings=Settings(database_url=database_url))


# -- the morning pledge ------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # Fall back on Sunday 25 October 2026: 07:30 Helsinki is 04:30 UTC, then 05:30.
        (
            utc(2026, 10, 23, 12, 0),
            [utc(2026, 10, 24, 4, 30), utc(2026, 10, 25, 5, 30), utc(2026, 10, 26, 5, 30)],
        ),
        # Spring forward on Sunday 29 March 2026: 05:30 UTC, then 04:30.
        (
            utc(2026, 3, 27, 12, 0),
            [utc(2026, 3, 28, 5, 30), utc(2026, 3, 29, 4, 30), utc(2026, 3, 30, 4, 30)],
        ),
    ],
    ids=["fall-back", "spring-forward"],
)
async def test_pledge_prompt_comes_at_0730_helsinki_once_a_day_across_dst(
    make_harness, start, expected
):
    h = await make_harness(start=start)
    await h.agree("alice")
    out = await h.say("/haven timezone Europe/Helsinki\n/checkin pledge 07:30")
    assert "07:30 (Europe/Helsinki)" in out.text and "`/checkin pledge now`" in out.text
    produced = await h.run(":advance 3d")
    assert arrived(produced, PLEDGE) == expected
    for when in expected:
        assert f"{when.astimezone(HELSINKI):%H:%M}" == "07:30"
    first = prompts(produced, PLEDGE)[0]
    assert first.visible_to == ["alice"]
    day = f"{expected[0].astimezone(HELSINKI):%Y-%m-%d}"
    assert [(a["id"], a["label"]) for a in first.actions] == [(f"checkin:pledge:{day}", "Pledge")]


async def test_both_prompts_follow_a_time_zone_change_at_once(console):
    await console.agree("alice")
    await console.run(
        "/checkin pledge 07:30\n/checkin review 21:00\n/haven timezone Europe/Helsinki"
    )
    produced = await console.run(":advance 2d")  # from Saturday 09:00 UTC
    assert arrived(produced, PLEDGE) == [utc(2026, 11, 22, 5, 30), utc(2026, 11, 23, 5, 30)]
    assert arrived(produced, REVIEW) == [utc(2026, 11, 21, 19, 0), utc(2026, 11, 22, 19, 0)]


async def test_tapping_pledge_records_today_warmly_and_a_second_tap_changes_nothing(harness):
    await harness.agree("alice")
    await harness.run("/checkin pledge 08:00\n:advance 1d\n:in dm")  # Sunday 22 November
    out = await harness.say(":click Pledge")
    assert not out.error and out.visible_to == ["alice"]
    assert out.text.startswith("Pledged for today, Sunday 22 November"), out.text
    assert "glad you're here" in out.text and not JUDGING.search(out.text)
    assert await pledges_of(harness, "alice") == [date(2026, 11, 22)]
    again = await harness.say(":click Pledge")
    assert "already pledged for today" in again.text
    assert await pledges_of(harness, "alice") == [date(2026, 11, 22)]


async def test_pledge_now_counts_for_today_and_the_morning_prompt_then_stays_away(console):
    await console.agree("alice")  # Saturday 21 November, 09:00 UTC
    await console.run("/checkin pledge 08:00")  # today's 08:00 has passed already
    out = await console.say("/checkin pledge now")
    assert out.text.startswith("Pledged for today, Saturday 21 November")
    await console.run(":at 2026-11-22T07:00:00+00:00")
    out = await console.say("/checkin pledge now")  # Sunday, before its prompt
    assert "2 days of pledges in a row" in out.text
    produced = await console.run(":advance 2d")  # to Tuesday 07:00
    assert arrived(produced, PLEDGE) == [utc(2026, 11, 23, 8, 0)]  # Monday's, not Sunday's
    assert await pledges_of(console, "alice") == [date(2026, 11, 21), date(2026, 11, 22)]


async def test_a_prompt_pressed_after_its_day_pledges_for_the_day_it_is_pressed(console):
    await console.agree("alice")
    await console.run("/checkin pledge 08:00\n:advance 1d\n:in dm")  # Sunday's prompt
    await console.run(":at 2026-11-23T07:00:00+00:00")  # Monday, before Monday's prompt
    out = await console.say(":click Pledge")
    assert "That prompt was for Sunday 22 November" in out.text
    assert "counts for today, Monday 23 November" in out.text
    assert await pledges_of(console, "alice") == [date(2026, 11, 23)]
    # Pledged already: Monday's own prompt does not come.
    assert arrived(await console.run(":advance 1h"), PLEDGE) == []


async def test_streaks_off_pledges_say_no_count(console):
    await console.agree("alice")
    await console.run("/checkin streaks off\n/checkin pledge now\n:advance 1d")
    out = await console.say("/checkin pledge now")
    assert "Pledged for today" in out.text and "in a row" not in out.text


async def test_pause_and_off_stop_both_prompts(console):
    await console.agree("alice")
    await console.run("/checkin pledge 08:00\n/checkin review 21:00")
    paused = await console.say("/checkin pause 2026-11-24")
    assert "No prompts until Tuesday 24 November" in paused.text
    assert "no daily prompt set" not in paused.text  # the pledge and review are prompts too
    produced = await console.run(":at 2026-11-24T22:00:00+00:00")
    # Saturday 21:00 is before the pause's end too: nothing until Tuesday 24th.
    assert arrived(produced, PLEDGE) == [utc(2026, 11, 24, 8, 0)]
    assert arrived(produced, REVIEW) == [utc(2026, 11, 24, 21, 0)]
    out = await console.say("/checkin pledge off")
    assert "off" in out.text and "`/checkin pledge now`" in out.text
    await console.run("/checkin review off")
    produced = await console.run(":advance 3d")
    assert arrived(produced, PLEDGE) == arrived(produced, REVIEW) == []
    prefs = await prefs_of(console, "alice")
    assert (prefs.pledge_at, prefs.review_at) == (None, None)


async def test_a_time_that_is_not_a_time_gets_a_usage_line(console):
    await console.agree("alice")
    for line in ("/checkin pledge 25:00", "/checkin review 7.30", "/checkin review now"):
        out = await console.say(line)
        assert out.error and out.visible_to == ["alice"], (line, out.text)
        assert "HH:MM" in out.text and "/checkin" in out.text, out.text
    assert await prefs_of(console, "alice") is None


# -- the evening review -------------------------------------------------------


async def test_review_arrives_in_the_evening_and_a_tap_fills_in_the_day(harness):
    await harness.agree("alice")
    out = await harness.say("/checkin review 21:30")
    assert "21:30 (UTC)" in out.text and "Very hard 1" in out.text
    produced = await harness.run(":at 2026-11-21T21:31:00+00:00")
    [prompt] = prompts(produced, REVIEW)
    assert prompt.at.startswith("2026-11-21T21:30") and prompt.visible_to == ["alice"]
    assert [a["label"] for a in prompt.actions] == ["Easy", "Okay", "Hard", "Very hard"]
    await harness.run(":in dm")
    out = await harness.say(":click Easy")
    assert out.text.startswith("Checked in for Saturday 21 November: mood 4/5"), out.text
    [row] = await checkins_of(harness, "alice")
    assert (row.local_date, row.mood, row.craving) == (date(2026, 11, 21), 4, None)


async def test_review_updates_the_mood_and_keeps_what_the_member_wrote(console):
    await console.agree("alice")
    await console.run(
        '/checkin review 21:30\n/checkin mood:4 craving:6 sober:yes note:"long shift" '
        "triggers:stress\n:at 2026-11-21T21:31:00+00:00\n:in dm"
    )
    out = await console.say(":click Hard")
    assert "updated it: mood 2/5 (low), craving 6/10, sober today" in out.text, out.text
    [row] = await checkins_of(console, "alice")
    assert (row.mood, row.craving, row.sober, row.note) == (2, 6, True, "long shift")
    assert await triggers_of(console, row.id) == ["stress"]  # named with the check-in, kept


async def test_a_review_answered_the_next_morning_is_for_the_evening_it_asked_about(console):
    await console.agree("alice")
    await console.run("/checkin review 21:30\n:at 2026-11-22T08:00:00+00:00\n:in dm")
    out = await console.say(":click Okay")
    assert out.text.startswith("Saved for yesterday, Saturday 21 November: mood 3/5"), out.text
    [row] = await checkins_of(console, "alice")
    assert row.local_date == date(2026, 11, 21)


async def test_three_very_hard_days_offer_partners_and_crisis_once_per_run(console):
    await console.agree("bob")
    await console.agree("alice")
    await console.run("/partner request @bob\n:as bob\n:click Accept")
    await console.run(":as alice\n/checkin review 21:00\n:at 2026-11-21T21:01:00+00:00\n:in dm")
    offers = []
    for evening in range(6):
        out = await console.say(":click Very hard")
        assert "A very low day is hard" in out.text and not JUDGING.search(out.text), out.text
        offers.append(OFFER in out.text)
        if OFFER in out.text:
            offered = out
        if evening == 2:  # the third evening, answered twice: still one offer
            again = await console.say(":click Very hard")
            assert OFFER not in again.text and "`/crisis` lists helplines" in again.text
        await console.run(":advance 1d")
    assert offers == [False, False, True, False, False, False]
    assert "That's 3 very hard days in a row" in offered.text
    assert "`/crisis`" in offered.text and "tells them privately" in offered.text
    assert offered.text.count("/crisis") == 1  # the offer stands in for the usual pointer
    assert [a["label"] for a in offered.actions] == [
        "Let my partners know",
        "Add craving and a note",
    ]
    # The button is /sos: bob hears, privately.
    await console.say(":click Let my partners know")
    assert any("alice" in o.text for o in dms(console.outputs, "bob"))

    # A better day ends the run; three very hard days again are a new run.
    await console.say(":click Okay")
    await console.run(":advance 1d")
    offers = []
    for _ in range(3):
        offers.append(OFFER in (await console.say(":click Very hard")).text)
        await console.run(":advance 1d")
    assert offers == [False, False, True]


async def test_without_partners_the_offer_names_how_to_find_one(console):
    await console.agree("alice")
    await console.run(
        "/checkin mood:1 craving:3\n:advance 1d\n/checkin mood:1 craving:3\n"
        "/checkin review 21:00\n:at 2026-11-23T21:01:00+00:00\n:in dm"
    )
    out = await console.say(":click Very hard")
    assert "That's 3 very hard days in a row" in out.text
    assert "`/partner request @member`" in out.text and "`/crisis`" in out.text
    assert [a["label"] for a in out.actions] == ["Add craving and a note"]


async def test_a_review_due_in_quiet_hours_comes_in_the_morning_for_the_evening_before(console):
    await console.agree("alice")
    await console.run("/haven quiet 22:00-07:00\n/checkin review 22:30")
    assert prompts(await console.run(":at 2026-11-22T06:59:00+00:00"), "How was") == []
    [prompt] = prompts(await console.run(":at 2026-11-22T07:05:00+00:00"), "How was")
    assert "How was yesterday, Saturday 21 November?" in prompt.text, prompt.text
    await console.run(":in dm")
    out = await console.say(":click Okay")
    assert out.text.startswith("Saved for yesterday, Saturday 21 November: mood 3/5"), out.text


# -- consent, export, erasure -------------------------------------------------


async def test_nothing_is_stored_before_consent(console):
    for line in ("/checkin pledge now", "/checkin pledge 07:00", "/checkin review 21:00"):
        [*_, out] = await console.run(f":as newcomer\n{line}")
        assert "privacy" in out.text.lower(), out.text
    assert await all_pledges(console) == 0
    assert await prefs_of(console, "newcomer") is None


async def test_export_has_the_pledges_and_prompt_times_and_erasure_takes_them(console):
    await console.agree("alice")
    await console.run("/checkin pledge 07:00\n/checkin review 21:30\n/checkin pledge now")
    [*_, out] = await console.run("/haven export")
    data = json.loads(Path(out.files[0]).read_text())["checkins"]
    assert data["pledges"] == [{"date": "2026-11-21", "pledged_at": "2026-11-21T09:00:00+00:00"}]
    assert (data["preferences"]["pledge_at"], data["preferences"]["review_at"]) == (
        "07:00",
        "21:30",
    )
    [*_, out] = await console.run("/haven delete confirm")
    assert "erased" in out.text
    assert await all_pledges(console) == 0
    assert not [j for j in await console.app.scheduler.jobs() if j.startswith("checkin:")]


# -- across a restart ---------------------------------------------------------


async def test_each_prompt_once_across_a_restart(harness, make_harness):
    await harness.agree("alice")
    await harness.run("/checkin pledge 07:30\n/checkin review 21:00")
    first = await harness.run(":at 2026-11-22T07:31:00+00:00")
    assert arrived(first, REVIEW) == [utc(2026, 11, 21, 21, 0)]
    assert arrived(first, PLEDGE) == [utc(2026, 11, 22, 7, 30)]
    # A restarted Haven on the same database at the same instant sends nothing again.
    second = await make_harness(start=utc(2026, 11, 22, 7, 31), settings=harness.app.settings)
    assert dms(second.outputs, "alice") == []
    jobs = " ".join(await second.app.scheduler.jobs())
    assert "checkin:pledge:" in jobs and "checkin:review:" in jobs
    # The restarted one carries on: the evening's review, the next morning's pledge.
    await second.app.scheduler.run_until(utc(2026, 11, 23, 8, 0))
    assert arrived(second.outputs, REVIEW) == [utc(2026, 11, 22, 21, 0)]
    assert arrived(second.outputs, PLEDGE) == [utc(2026, 11, 23, 7, 30)]
    assert len(prompts(harness.outputs, REVIEW)) == 1  # the first one's, before the restart
