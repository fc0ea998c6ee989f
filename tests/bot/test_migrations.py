"""Migrations build exactly the schema the models describe, on both databases."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from bot.db import Database
from bot.migrate import alembic_config
from bot.plugins import Registry, discover_cogs


def cog_migration_dirs():
    registry = Registry()
    for cls in discover_cogs():
        registry.add(cls(app=None))
    return registry.migration_dirs()


async def schema_drift(db: Database) -> list:
    def compare(conn):
        return compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)

    async with db.engine.connect() as conn:
        return await conn.run_sync(compare)


async def heads(db: Database) -> set[str]:
    def read(conn):
        return set(MigrationContext.configure(conn).get_current_heads())

    async with db.engine.connect() as conn:
        return await conn.run_sync(read)


async def check_database(url: str) -> None:
    db = Database(url)
    try:
        dirs = cog_migration_dirs()
        await db.upgrade(dirs)
        first = await heads(db)
        await db.upgrade(dirs)  # a second run (another process, a restart) changes nothing
        assert await heads(db) == first
        script = ScriptDirectory.from_config(alembic_config(dirs))
        assert first == set(script.get_heads())  # every branch (engine and cogs) applied
        assert await schema_drift(db) == []
    finally:
        await db.dispose()


async def test_sqlite_migrations_match_the_models(tmp_path):
    await check_database(f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}")


async def test_postgresql_migrations_match_the_models(pg_url):
    await check_database(pg_url)


async def test_sqlite_connections_use_wal_and_foreign_keys(db_url):
    from sqlalchemy import text

    db = Database(db_url)
    try:
        async with db.engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar() == 30000
    finally:
        await db.dispose()
