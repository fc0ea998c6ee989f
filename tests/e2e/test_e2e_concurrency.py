"""Fifteen members on one community at the same moment, writing: consent,
counters, check-ins, reminders, and the daily prompt answered by all of them.
Every one gets their normal answer; every row is stored."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from cogs.checkins.models import CheckIn, CheckinPrefs
from cogs.sober.models import SoberCounter
from tests.conftest import START
from tests.e2e.rows import members, rows_of

WENT_WRONG = "Something went wrong"


async def all_at_once(world, action, users) -> list:
    outcomes = await asyncio.gather(*(action(user, i) for i, user in enumerate(users)))
    for outcome in outcomes:
        assert outcome.ok, outcome.seen
        assert not any(WENT_WRONG in s.text for s in outcome.seen), outcome.seen
    return outcomes


async def test_fifteen_members_writing_at_the_same_moment(world):
    users = world.members
    assert len(users) == 15

    await all_at_once(world, lambda u, i: world.command(u, "/haven consent agree"), users)
    await all_at_once(world, lambda u, i: world.command(u, "/haven timezone UTC"), users)
    stored = await members(world)
    assert all(stored[u].consented for u in users)

    counters = await all_at_once(
        world, lambda u, i: world.command(u, f"/sober set 2026-11-{1 + i:02d}"), users
    )
    for i, outcome in enumerate(counters):
        assert f"{20 - i} days" in outcome.reply.text, outcome.reply.text
    assert len(await rows_of(world, SoberCounter)) == 15

    checkins = await all_at_once(
        world,
        lambda u, i: world.command(u, f"/checkin mood:{1 + i % 5} craving:{i % 11}"),
        users,
    )
    for i, outcome in enumerate(checkins):
        assert f"mood {1 + i % 5}/5" in outcome.reply.text
    rows = await rows_of(world, CheckIn)
    assert sorted((r.mood, r.craving) for r in rows) == sorted(
        (1 + i % 5, i % 11) for i in range(15)
    )

    await all_at_once(world, lambda u, i: world.command(u, "/checkin remind 10:00"), users)
    assert len(await rows_of(world, CheckinPrefs)) == 15

    # Tomorrow's prompts all fall due at 10:00: fifteen DMs through the shared
    # limiter, then fifteen members press a mood at once.
    await world.run_until(START + timedelta(days=1, hours=1, minutes=5))
    for user in users:
        prompts = [p for p in world.dms(user) if p.buttons == ["1", "2", "3", "4", "5"]]
        assert len(prompts) == 1, (user, [p.text for p in world.dms(user)])
    answers = await all_at_once(world, lambda u, i: world.press(u, str(1 + (i + 2) % 5)), users)
    for i, outcome in enumerate(answers):
        assert f"mood {1 + (i + 2) % 5}/5" in outcome.reply.text
    rows = await rows_of(world, CheckIn)
    assert len(rows) == 30
    tomorrow = [r for r in rows if r.local_date.isoformat() == "2026-11-22"]
    assert sorted(r.mood for r in tomorrow) == sorted(1 + (i + 2) % 5 for i in range(15))
