"""Slack's tables belong to the Slack platform's migration branch
(``adapters/slack/migrations``): a database that already has them from the core
history (0002, 0004) keeps them and their rows; one without them gets them."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from adapters.slack.main import Slack
from bot.config import platform_migrations
from bot.db import Database
from bot.migrate import alembic_config
from tests.bot.test_migrations import cog_migration_dirs, heads, schema_drift
from tests.conftest import START

TABLES = {"slack_installation", "slack_oauth_state", "slack_request_seen"}


@pytest.fixture(params=["sqlite", "postgres"])
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    return request.getfixturevalue("pg_url")


async def _before_the_branch(db: Database) -> None:
    """A deployment from before the Slack branch: every other head applied."""

    def to(conn) -> None:
        cfg = alembic_config(cog_migration_dirs())
        cfg.attributes["connection"] = conn
        for head in ScriptDirectory.from_config(cfg).get_heads():
            if head != "slack_0001":
                command.upgrade(cfg, head)

    async with db.engine.begin() as conn:
        await conn.run_sync(to)


async def _tables(db: Database) -> set[str]:
    async with db.engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


def test_the_slack_branch_is_installed_with_the_platform():
    assert Slack.migrations in platform_migrations()
    assert (Slack.migrations / "slack_0001_take_over_tables.py").exists()


async def test_an_older_deployment_keeps_its_slack_tables_and_rows(url):
    db = Database(url)
    try:
        await _before_the_branch(db)
        assert TABLES <= await _tables(db) and "slack_0001" not in await heads(db)
        async with db.engine.begin() as conn:
            await conn.execute(
                text("INSERT INTO slack_oauth_state (id, state, expires_at) VALUES (7, 's', :at)"),
                {"at": START},
            )
        await db.upgrade(cog_migration_dirs())  # `haven db upgrade`
        assert "slack_0001" in await heads(db)
        async with db.engine.connect() as conn:
            kept = (await conn.execute(text("SELECT state FROM slack_oauth_state"))).all()
        assert kept == [("s",)]
        assert await schema_drift(db) == []
    finally:
        await db.dispose()


async def test_a_database_without_the_tables_gets_them_from_the_branch(url):
    db = Database(url)
    try:
        await _before_the_branch(db)
        async with db.engine.begin() as conn:
            for table in sorted(TABLES):
                await conn.execute(text(f"DROP TABLE {table}"))
        await db.upgrade(cog_migration_dirs())
        assert TABLES <= await _tables(db)
        assert await schema_drift(db) == []
    finally:
        await db.dispose()
