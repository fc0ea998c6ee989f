"""A prompt answered the next morning is saved for the day it asked about.

Monday's 21:00 prompt, tapped at 08:00 on Tuesday, is Monday's check-in while
Monday has none, and the reply says so; when Monday already has one, the
answer is today's, and the reply says that.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.cogs.checkins.checkins_support import checkins_of

MONDAY = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # 07:00 in New York


async def test_yesterdays_prompt_answered_this_morning_is_saved_for_yesterday(make_harness):
    h = await make_harness(start=MONDAY, tz="America/New_York")
    await h.agree("alice")
    await h.run("/checkin remind 21:00\n:at 2026-12-01T13:00:00+00:00")  # Tue 08:00 in NY
    out = await h.say(":click 3")
    assert out.text.startswith("Saved for yesterday, Monday 30 November: mood 3/5"), out.text
    [row] = await checkins_of(h, "alice")
    assert (row.local_date, row.mood) == (date(2026, 11, 30), 3)

    # The rest of it goes to Monday's check-in too; today is still open.
    form = await h.say(":click Add craving and a note")
    assert form.kind == "form"
    out = await h.say(":submit craving=2")
    assert out.text.startswith("Added to Monday 30 November's check-in"), out.text
    [row] = await checkins_of(h, "alice")
    assert (row.local_date, row.craving) == (date(2026, 11, 30), 2)
    today = await h.say("/checkin mood:4 craving:1")
    assert today.text.startswith("Checked in for Tuesday 01 December"), today.text


async def test_a_late_answer_for_a_day_already_checked_in_is_saved_for_today(make_harness):
    h = await make_harness(start=MONDAY, tz="America/New_York")
    await h.agree("alice")
    # The prompt comes at 21:00; alice checks in with the command at 21:30 instead.
    await h.run("/checkin remind 21:00\n:at 2026-12-01T02:30:00+00:00")
    await h.run("/checkin mood:4 craving:2\n:at 2026-12-01T13:00:00+00:00")
    out = await h.say(":click 2")
    assert out.text.startswith("Saved for today, Tuesday 01 December: mood 2/5"), out.text
    rows = await checkins_of(h, "alice")
    assert [(r.local_date, r.mood) for r in rows] == [
        (date(2026, 11, 30), 4),
        (date(2026, 12, 1), 2),
    ]
