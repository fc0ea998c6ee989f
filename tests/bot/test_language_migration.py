"""Migration 0011_member_language (issue #22) on SQLite and PostgreSQL: a
member's language column comes and goes, and every member — and what hangs on
them — stays."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from bot.config import Settings
from bot.migrate import alembic_config


@pytest.fixture(params=["sqlite", "postgres"])
def url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")


async def test_the_language_column_comes_and_goes_and_members_stay(make_harness, url):
    console = await make_harness(settings=Settings(database_url=url))
    await console.agree("alice")
    await console.run("/haven language fr\n/sober set 2026-11-01")
    app = console.app
    dirs = app.registry.migration_dirs()

    def migrate(conn, to: str, up: bool) -> None:
        cfg = alembic_config(dirs)
        cfg.attributes["connection"] = conn
        (command.upgrade if up else command.downgrade)(cfg, to)

    def columns(sync) -> set[str]:
        return {c["name"] for c in inspect(sync).get_columns("member")}

    async with app.database.engine.begin() as conn:
        await conn.run_sync(migrate, "0010_settings_namespaces", False)
        assert "language" not in await conn.run_sync(columns)
        members = (await conn.execute(text("SELECT platform_user_id FROM member"))).all()
        assert [m[0] for m in members] == ["alice"]
        counters = (await conn.execute(text("SELECT count(*) FROM sober_counter"))).scalar()
        assert counters == 1  # no batch copy of member took its rows with it
        await conn.run_sync(migrate, "heads", True)
        assert "language" in await conn.run_sync(columns)
    assert "You're not alone" in (await console.say("/crisis")).text  # the choice went with it
