"""Issue 23 item 4, through the real adapters: the morning pledge and the evening
review arrive as private DMs with their buttons, a tap on Pledge records the
day's pledge (a double tap, one), a review tap fills in and then updates the
day's check-in, and a third very hard evening in a row offers partner contact
(the /sos button) and /crisis — once."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from cogs.checkins.models import CheckIn, CheckinPledge
from tests.e2e.rows import rows_of


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def labelled(world, user: str, buttons: list[str]) -> list:
    return [p for p in world.dms(user) if p.buttons == buttons]


REVIEW_BUTTONS = ["Easy", "Okay", "Hard", "Very hard"]


async def test_pledge_and_review_prompts_and_a_run_of_hard_days(world):
    await world.agree("alice", "bob")
    assert (await world.command("alice", "/partner request @bob")).ok
    assert (await world.press("bob", "Accept")).ok
    for line in ("/checkin pledge 08:00", "/checkin review 21:00"):
        done = await world.command("alice", line)
        assert done.ok, (line, done.seen)
    bad = await world.command("alice", "/checkin pledge 25:00")
    assert bad.reply.error and "/checkin pledge 07:30" in world.plain(bad.reply.text)

    # Saturday evening: the review; alice had checked in with a craving and a note.
    assert (await world.command("alice", '/checkin mood:3 craving:5 note:"quiet day"')).ok
    await world.run_until(utc(2026, 11, 21, 21, 5))
    [review] = labelled(world, "alice", REVIEW_BUTTONS)
    assert "how was today" in world.plain(review.text)
    answered = await world.press("alice", "Very hard")
    assert answered.ok, answered.seen
    assert "updated it: mood 1/5" in answered.reply.text, answered.reply.text
    [row] = await rows_of(world, CheckIn, "alice")
    assert (row.mood, row.craving, row.note) == (1, 5, "quiet day")  # only the mood changed

    # Sunday morning: the pledge, one tap.
    await world.run_until(utc(2026, 11, 22, 8, 5))
    [pledge] = labelled(world, "alice", ["Pledge"])
    assert "just for today, i'll stay sober" in world.plain(pledge.text)
    # A double tap: two presses at once record one pledge and answer both.
    taps = await asyncio.gather(world.press("alice", "Pledge"), world.press("alice", "Pledge"))
    assert all(tap.ok for tap in taps), [tap.seen for tap in taps]
    answers = {seen.text for tap in taps for seen in tap.replies}  # both taps' answers
    assert len(answers) == 2, answers
    assert any("Pledged for today, Sunday 22 November" in a for a in answers), answers
    assert any("already pledged for today" in a for a in answers), answers
    [row] = await rows_of(world, CheckinPledge, "alice")
    assert row.local_date == date(2026, 11, 22)

    # Two more very hard evenings: the third offers partners and /crisis, once.
    texts = []
    for evening in (22, 23):
        await world.run_until(utc(2026, 11, evening, 21, 5))
        answered = await world.press("alice", "Very hard")
        assert answered.ok, answered.seen
        texts.append(answered.reply.text)
    assert "very hard days in a row" not in texts[0]
    assert "3 very hard days in a row" in texts[1] and "/crisis" in texts[1]
    assert answered.reply.buttons[0] == "Let my partners know", answered.reply.buttons
    told = await world.press("alice", "Let my partners know")
    assert told.ok, told.seen
    assert any("alice could use a call" in world.plain(p.text) for p in world.dms("bob"))
    again = await world.press("alice", "Very hard")  # the same evening again: no second offer
    assert "very hard days in a row" not in again.reply.text
    assert [r.mood for r in await rows_of(world, CheckIn, "alice")] == [1, 1, 1]
    assert len(labelled(world, "alice", ["Pledge"])) == 2  # Sunday's and Monday's, one a day
