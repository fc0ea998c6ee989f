"""What an upgrade does to members who chose before the change: nothing they
did not ask for becomes public."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from bot.db import Database
from bot.migrate import alembic_config
from tests.bot.test_migrations import cog_migration_dirs
from tests.conftest import START


@pytest.fixture(params=["sqlite", "postgres"])
def migrated_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    return request.getfixturevalue("pg_url")


async def _before(db: Database, revision: str, *statements: str) -> None:
    """The schema at ``revision``, a community, alice, and ``statements``."""

    def to(conn) -> None:
        cfg = alembic_config(cog_migration_dirs())
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)

    async with db.engine.begin() as conn:
        await conn.run_sync(to)
        await conn.execute(
            text(
                "INSERT INTO community (id, platform, workspace_id, enterprise_id, name, "
                "settings, created_at) VALUES (1, 'console', 'w', '', '', '{}', :at)"
            ),
            {"at": START},
        )
        await conn.execute(
            text(
                "INSERT INTO member (id, community_id, platform_user_id, display_name, "
                "settings) VALUES (1, 1, 'alice', '', '{}')"
            )
        )
        for statement in statements:
            await conn.execute(text(statement), {"at": START})


async def test_members_who_shared_before_the_upgrade_get_no_roles_until_they_ask(migrated_url):
    db = Database(migrated_url)
    try:
        await _before(
            db,
            "sober_0002",
            "INSERT INTO sober_prefs (id, community_id, member_id, share, count_from, morning) "
            "VALUES (1, 1, 1, 'named', 0, '09:00')",
        )
        await db.upgrade(cog_migration_dirs())  # as `haven db upgrade` does it
        async with db.engine.begin() as conn:
            rows = await conn.execute(text("SELECT share, roles FROM sober_prefs"))
            assert [(share, bool(roles)) for share, roles in rows.all()] == [("named", False)]
    finally:
        await db.dispose()


async def test_counters_from_before_the_upgrade_keep_sharing_as_chosen(migrated_url):
    db = Database(migrated_url)
    try:
        await _before(
            db,
            "sober_0003",
            "INSERT INTO sober_counter (id, community_id, member_id, label, label_hash, "
            "created_at) VALUES (1, 1, 1, 'x', 'h', :at)",
        )
        await db.upgrade(cog_migration_dirs())
        async with db.engine.begin() as conn:
            rows = await conn.execute(text("SELECT share_paused FROM sober_counter"))
            assert [bool(paused) for (paused,) in rows.all()] == [False]
    finally:
        await db.dispose()
