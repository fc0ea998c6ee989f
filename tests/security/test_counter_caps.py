"""A member's counters and their history stay bounded (issue #15, item 10).

Every ``/sober reset`` adds a run to the counter's history, which ``/sober
history``, ``/sober set`` and the export read whole (decrypting each note) on
the shared event loop: a script resetting in a loop must not grow it without
end. Counters (20 per member) and runs (MAX_RUNS per counter) are counted
under the community's lock, so commands sent at the same moment cannot pass
the check together — on a SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from sqlmodel import func, select

from adapters.console.adapter import COMMUNITY
from bot.adapters import Invocation
from bot.config import Settings
from cogs.sober.cog import MAX_COUNTERS, MAX_RUNS
from cogs.sober.models import SoberCounter, SoberRun
from tests.conftest import START

WENT_WRONG = "Something went wrong"


@pytest.fixture(params=["sqlite", "postgres"])
def caps_settings(request) -> Settings:
    if request.param == "sqlite":
        return Settings(database_url=request.getfixturevalue("db_url"))
    return Settings(database_url=request.getfixturevalue("pg_migrated_url"))


def bob(line: str) -> Invocation:
    name, _, text = line.removeprefix("/").partition(" ")
    return Invocation(
        community=COMMUNITY, user_id="bob", user_name="bob", channel_id="general",
        command=name, text=text,
    )  # fmt: skip


async def count(app, model, **where) -> int:
    community = await app.community(COMMUNITY)
    async with app.database.session(community.id, readonly=True) as session:
        query = select(func.count(model.id))
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return (await session.exec(query)).one()


async def add_past_runs(app, how_many: int) -> None:
    """``how_many`` ended runs before bob's current one (years of history)."""
    community = await app.community(COMMUNITY)
    async with app.database.session(community.id) as session:
        counter = (await session.exec(select(SoberCounter))).one()
        first = date(1990, 1, 1)
        for n in range(how_many):
            session.add(
                SoberRun(
                    counter_id=counter.id,
                    member_id=counter.member_id,
                    start_date=first + timedelta(days=n),
                    end_date=first + timedelta(days=n + 1),
                    milestones_after=START,
                    created_at=START,
                    ended_at=START,
                )
            )
        await session.commit()


async def concurrently(h, lines: list[str]) -> list:
    before = len(h.outputs)
    await asyncio.gather(*(h.app.handle(bob(line)) for line in lines))
    replies = h.outputs[before:]
    assert len(replies) == len(lines)
    assert not any(WENT_WRONG in r.text for r in replies), [r.text for r in replies]
    return replies


async def test_a_counter_at_its_run_cap_refuses_a_reset_and_keeps_its_history(
    make_harness, caps_settings
):
    h = await make_harness(settings=caps_settings)
    await h.agree("bob")
    assert not (await h.say(":as bob\n/sober set 2020-01-01")).error
    await add_past_runs(h.app, MAX_RUNS - 1)

    refused = await h.say("/sober reset")
    assert refused.error and refused.ephemeral
    assert f"keeps {MAX_RUNS:,} runs, the most there can be" in refused.text
    assert "/sober set today label:<new name>" in refused.text
    assert await count(h.app, SoberRun) == MAX_RUNS
    assert not (await h.say("/sober history")).error  # the history still reads
    # A new counter for the new start works.
    assert not (await h.say("/sober set today label:fresh")).error


async def test_twenty_resets_at_once_at_the_boundary_leave_one_more_run_and_one_active(
    make_harness, caps_settings
):
    h = await make_harness(settings=caps_settings)
    await h.agree("bob")
    assert not (await h.say(":as bob\n/sober set 2020-01-01")).error
    await add_past_runs(h.app, MAX_RUNS - 2)  # with the current one: one below the cap

    replies = await concurrently(h, ["/sober reset"] * 20)

    assert len([r for r in replies if not r.error]) == 1
    assert all(f"keeps {MAX_RUNS:,} runs" in r.text for r in replies if r.error)
    assert await count(h.app, SoberRun) == MAX_RUNS
    assert await count(h.app, SoberRun, end_date=None) == 1  # one current run
    assert not (await h.say("/sober show")).error  # and the counter still answers


async def test_twenty_new_counters_at_once_at_the_boundary_leave_exactly_the_cap(
    make_harness, caps_settings
):
    h = await make_harness(settings=caps_settings)
    await h.agree("bob")
    await h.run(":as bob")
    for n in range(MAX_COUNTERS - 1):
        assert not (await h.say(f"/sober set 2020-01-01 label:old{n}")).error

    replies = await concurrently(h, [f"/sober set today label:new{n}" for n in range(20)])

    assert len([r for r in replies if not r.error]) == 1
    assert all(f"you have {MAX_COUNTERS} counters" in r.text for r in replies if r.error)
    assert await count(h.app, SoberCounter) == MAX_COUNTERS
