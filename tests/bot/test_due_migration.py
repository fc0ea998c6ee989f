"""A deployment from before scheduled work was rows gets its ``due`` rows built
from its data by the upgrade itself (issue #19), on SQLite and PostgreSQL:
``haven db upgrade`` plans every member's prompt, every milestone, every
meeting reminder and the pods' work exactly as the cogs declare them — the same
rows the running Haven had written — once; Haven then starts without building
anything and everything is sent at its time. A cog installed later, or turned
on again after being off, gets its rows from the data at the next start, once.
"""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta

import pytest
from alembic import command
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import inspect, text
from sqlmodel import col, select

from bot import cli
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from bot.db import Database
from bot.due import TABLE
from bot.due_plan import PLANNED
from bot.messages import Message
from bot.migrate import LOCK_ID, alembic_config
from bot.models import Member
from bot.plugins import Cog, job
from bot.scheduler import JobSpec
from tests.bot.test_due_declarations import differences
from tests.conftest import START, TEST_KEY

SCRIPT = """\
:as mona mod
/mod channel announcements #general
/mod channel milestones #general
/meeting add title:"Tuesday circle" day:tue time:18:00 tz:Europe/London channel:#general
/partner schedule mon 18:00
:as alice
/haven consent agree
/haven timezone Europe/Helsinki
/checkin remind 08:30
/sober set 2026-11-15
/meeting rsvp 1 going remind:30
:as bob
/haven consent agree
/haven timezone America/New_York
/checkin remind 07:00
/checkin weekly sun
/sober set 2026-10-25 label:gambling
/sober morning 07:30
:as alice
/partner request @bob
:as bob
:click Accept
"""

#: What the next eight days send (UTC), as the deployment had planned it.
WEEK = [
    ("2026-11-21T12:00:36", "bob", "How are you today?"),
    ("2026-11-22T06:30:50", "alice", "How are you today?"),
    ("2026-11-22T07:00:00", "alice", "**1 week** on your **sobriety** counter"),
    ("2026-11-22T12:00:36", "bob", "How are you today?"),
    ("2026-11-23T06:30:50", "alice", "How are you today?"),
    ("2026-11-23T12:00:36", "bob", "How are you today?"),
    ("2026-11-24T06:30:50", "alice", "How are you today?"),
    ("2026-11-24T12:00:36", "bob", "How are you today?"),
    ("2026-11-24T12:30:00", "bob", "**30 days** on your **gambling** counter"),
    ("2026-11-24T17:00:00", "#general", "**Tuesday circle**\nStarts in 1 hour"),
    ("2026-11-24T17:30:00", "alice", "**Tuesday circle** starts in 30 minutes"),
    ("2026-11-24T17:50:00", "#general", "**Tuesday circle**\nStarts in 10 minutes"),
    *(
        item
        for day in range(25, 29)
        for item in (
            (f"2026-11-{day}T06:30:50", "alice", "How are you today?"),
            (f"2026-11-{day}T12:00:36", "bob", "How are you today?"),
        )
    ),
    ("2026-11-29T06:30:50", "alice", "How are you today?"),
]


@pytest.fixture(params=["sqlite", "postgres"])
def url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")


async def to_before_due(app) -> None:
    """Undo the migrations that made ``due``: the schema of an older Haven."""
    dirs = app.registry.migration_dirs()

    def down(conn) -> None:
        cfg = alembic_config(dirs)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_due-1")

    async with app.database.engine.begin() as conn:
        await conn.run_sync(down)
        assert not await conn.run_sync(lambda sync: inspect(sync).has_table("due"))


async def rows(app, *, ids: bool = False) -> dict[str, tuple]:
    """Every ``due`` row: its job, when it runs, and what it was declared as."""
    columns = [TABLE.c.kind, TABLE.c.member_id, TABLE.c.run_at, TABLE.c.fire_at]
    columns += [TABLE.c.signature, TABLE.c.declared, *([TABLE.c.id] if ids else [])]
    async with app.database.engine.connect() as conn:
        found = await conn.execute(select(TABLE.c.job_id, *columns))
        return {job_id: tuple(rest) for job_id, *rest in found.all()}


async def planned(app) -> dict[str, object]:
    """When each cog's rows were built from its data (``due_planned``)."""
    async with app.database.engine.connect() as conn:
        return dict((await conn.execute(select(PLANNED.c.cog, PLANNED.c.planned_at))).all())


def sent(outputs) -> list[tuple[str, str, str]]:
    return [(o.at[:19], o.to, o.text) for o in outputs if o.kind in ("dm", "message")]


async def test_haven_db_upgrade_builds_the_rows_of_an_older_deployment_once(
    make_harness, url, capsys
):
    settings = Settings(database_url=url, encryption_keys=(Secret(TEST_KEY),))
    old = await make_harness(settings=settings)
    await old.run(SCRIPT)
    written = await rows(old.app)  # what the running Haven wrote as members set things up
    assert len(written) == 10
    await to_before_due(old.app)
    await old.close()
    capsys.readouterr()

    assert await cli._upgrade(settings, clock=VirtualClock(START)) == 0  # `haven db upgrade`
    said = capsys.readouterr().out
    assert "The database is up to date." in said
    assert (
        "built the scheduled work of accountability, checkins, meetings, sober from existing "
        "data: 10 rows in 1 community" in said
    )

    later = START + timedelta(minutes=5)
    started = await make_harness(start=later, settings=settings)
    assert await rows(started.app) == written  # exactly the rows the declarations imply
    assert await differences(started.app) == []
    assert set((await planned(started.app)).values()) == {START}  # the start built nothing
    again = await cli._upgrade(settings, clock=VirtualClock(later))  # nor does a second upgrade
    assert again == 0 and "built" not in capsys.readouterr().out

    week = sent(await started.run(":advance 8d"))
    assert [(at, to) for at, to, _ in week] == [(at, to) for at, to, _ in WEEK]
    for (_, _, said), (_, _, words) in zip(week, WEEK, strict=True):
        assert words in said


class Tips(Cog):
    """A cog installed into a running deployment: a daily tip to each member
    who agreed — work implied by data that was there before it."""

    name = "tips"
    job_sources = (Member,)

    @job("tips:daily")
    async def tip(self, ctx, due) -> None:
        await ctx.send_dm(ctx.user_id, Message(text="Tip: drink some water."))

    async def jobs_for(self, ctx, scope):
        query = select(Member).where(col(Member.consent_version).is_not(None))
        return [
            JobSpec(
                job_id=f"tips:{member.id}",
                kind="tips:daily",
                trigger=CronTrigger(hour=10, timezone="UTC"),
                community_id=ctx.community.id,
                member_id=member.id,
            )
            for member in (await ctx.db.exec(query)).all()
            if member.consented
        ]


async def test_a_cog_installed_later_plans_the_work_its_data_implies_once(make_harness, url):
    settings = Settings(database_url=url)
    first = await make_harness(settings=settings)
    await first.run(SCRIPT)
    await first.close()

    installed = await make_harness(start=first.clock.now(), settings=settings, extra_cogs=[Tips])
    tips = {job_id for job_id, row in (await rows(installed.app)).items() if row[0] == "tips:daily"}
    assert len(tips) == 2  # alice and bob, who agreed before the cog was there
    assert await differences(installed.app) == []
    tips_planned = (await planned(installed.app))["tips"]
    day = [(to, text) for at, to, text in sent(await installed.run(":advance 1d")) if "Tip" in text]
    assert sorted(day) == [("alice", "Tip: drink some water."), ("bob", "Tip: drink some water.")]
    await installed.close()

    again = await make_harness(start=installed.clock.now(), settings=settings, extra_cogs=[Tips])
    assert (await planned(again.app))["tips"] == tips_planned  # built once, not at each start
    assert await differences(again.app) == []


async def test_a_feature_turned_on_again_plans_its_work_from_what_changed_while_off(
    make_harness, url
):
    settings = Settings(database_url=url)
    first = await make_harness(settings=settings)
    await first.run(SCRIPT)
    await first.close()

    off = dataclasses.replace(settings, disabled_cogs=frozenset({"sober"}))
    dormant = await make_harness(start=first.clock.now(), settings=off)
    assert "sober" not in await planned(dormant.app)
    # While sober is off, bob moves: his milestone morning (07:30 his time) moves too.
    await dormant.run(":as bob\n/haven timezone Europe/Helsinki")
    await dormant.close()

    on = await make_harness(start=dormant.clock.now(), settings=settings)
    assert await differences(on.app) == []  # sober's rows declared again, in bob's new zone
    milestones = [
        (at, text)
        for at, to, text in sent(await on.run(":advance 4d"))
        if to == "bob" and "counter" in text
    ]
    assert [at for at, _ in milestones] == ["2026-11-24T05:30:00"]
    when = (await planned(on.app))["sober"]
    await on.close()
    later = await make_harness(start=on.clock.now(), settings=settings)
    assert (await planned(later.app))["sober"] == when  # once


async def test_a_process_starting_during_a_long_upgrade_waits_past_its_statement_timeout(
    pg_url, caplog
):
    """Another process holds the upgrade lock (building a large deployment's rows
    takes minutes): this one waits for it, says so, and then upgrades."""
    first = Database(pg_url)
    second = Database(pg_url, statement_timeout=1)
    try:
        async with first.engine.connect() as holder:
            await holder.execute(text(f"SELECT pg_advisory_lock({LOCK_ID})"))
            waiting = asyncio.create_task(second.upgrade())
            await asyncio.sleep(2.5)  # over twice the statement timeout
            assert not waiting.done()
            await holder.execute(text(f"SELECT pg_advisory_unlock({LOCK_ID})"))
            await asyncio.wait_for(waiting, 60)
        assert "another Haven process is upgrading the database; waiting for it" in caplog.text
    finally:
        await first.dispose()
        await second.dispose()


async def test_an_upgrade_whose_building_fails_changes_nothing(make_harness, url):
    """One transaction: the schema stays as the older Haven left it, and the
    next upgrade starts over."""
    settings = Settings(database_url=url)
    old = await make_harness(settings=settings)
    await old.run(SCRIPT)
    await to_before_due(old.app)
    await old.close()

    app = Haven(settings, clock=VirtualClock(START))
    app.load_cogs()

    async def broken(conn):
        await app.plan_due(conn)
        raise RuntimeError("the disk filled up")

    try:
        with pytest.raises(RuntimeError, match="the disk filled up"):
            await app.database.upgrade(app.registry.migration_dirs(), plan=broken)
        async with app.database.engine.connect() as conn:
            assert not await conn.run_sync(lambda sync: inspect(sync).has_table("due"))
            assert not await conn.run_sync(lambda sync: inspect(sync).has_table("due_planned"))
        planned = await app.database.upgrade(app.registry.migration_dirs(), plan=app.plan_due)
        assert planned.rows == 10
    finally:
        await app.database.dispose()
