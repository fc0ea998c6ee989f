"""A deployment from before scheduled work was rows gets its ``due`` rows
built from its data when it upgrades (issue #19), on SQLite and PostgreSQL:
members' prompts, milestones, meeting reminders and the community's pod
matching are all planned, exactly as the cogs declare them, and then sent."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import func, inspect, select

from bot.config import Settings
from bot.due import TABLE
from bot.migrate import alembic_config
from tests.bot.test_due_declarations import differences

SCRIPT = """\
:as mona mod
/mod channel announcements #general
/meeting add title:"Tuesday circle" day:tue time:18:00 tz:Europe/London channel:#general
/partner schedule mon 18:00
:as alice
/haven consent agree
/haven timezone Europe/Helsinki
/checkin remind 08:30
/sober set 2026-11-15
"""


async def to_before_due(app) -> None:
    """Undo the migration that made ``due``: the schema of an older Haven."""
    dirs = app.registry.migration_dirs()

    def down(conn) -> None:
        cfg = alembic_config(dirs)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_due-1")

    async with app.db.engine.begin() as conn:
        await conn.run_sync(down)
        assert not await conn.run_sync(lambda sync: inspect(sync).has_table("due"))


async def check(make_harness, settings: Settings | None) -> None:
    kw = {"settings": settings} if settings else {}
    old = await make_harness(**kw)
    await old.run(SCRIPT)
    await to_before_due(old.app)
    await old.close()

    upgraded = await make_harness(**kw)  # migrates, then builds the rows
    async with upgraded.db.engine.connect() as conn:
        kinds = dict(
            (await conn.execute(select(TABLE.c.kind, func.count()).group_by(TABLE.c.kind))).all()
        )
    assert kinds == {
        "checkin:prompt": 1,
        "sober:milestone": 1,
        "meeting:remind": 2,  # its two default leads
        "partner:match": 1,
    }
    assert await differences(upgraded.app) == []
    out = await upgraded.run(":as alice\n:advance 8d")
    dms = [o.text for o in out if o.kind == "dm" and o.to == "alice"]
    assert sum("How are you today?" in text for text in dms) >= 7  # a prompt a day
    assert any("1 week" in text or "7 days" in text for text in dms)  # the milestone
    assert any(o.kind == "message" and "Tuesday circle" in o.text for o in out)


async def test_an_upgraded_sqlite_deployment_plans_its_existing_work(make_harness):
    await check(make_harness, None)


@pytest.mark.usefixtures("pg_url")
async def test_an_upgraded_postgresql_deployment_plans_its_existing_work(make_harness, pg_url):
    await check(make_harness, Settings(database_url=pg_url))
