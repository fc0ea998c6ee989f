"""PostgreSQL test helpers."""

from __future__ import annotations

import asyncio

from sqlalchemy import URL, make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

#: Suffixes of the databases beside the test one: the migrated template and
#: the copy a test gets.
TEMPLATE, COPY = "_template", "_migrated"


async def reset_database(url: str) -> None:
    """Empty the test database: drop and recreate the public schema."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


def _beside(url: str, suffix: str) -> URL:
    base = make_url(url)
    return base.set(database=f"{base.database}{suffix}")


async def admin(url: str, *statements: str) -> None:
    """Run database-level statements (outside a transaction) from ``url``'s server."""
    engine = create_async_engine(make_url(url), isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            for statement in statements:
                await conn.execute(text(statement))
    finally:
        await engine.dispose()


def worker_database(url: str, worker: str) -> str:
    """``url``'s database with ``_<worker>`` appended, created if missing: each
    pytest-xdist worker has its own."""
    own = _beside(url, f"_{worker}")

    async def go() -> None:
        engine = create_async_engine(make_url(_server(url)), isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as conn:
                found = await conn.scalar(
                    text("SELECT 1 FROM pg_database WHERE datname = :name"),
                    {"name": own.database},
                )
                if not found:
                    await conn.execute(text(f'CREATE DATABASE "{own.database}"'))
        finally:
            await engine.dispose()

    asyncio.run(go())
    return own.render_as_string(hide_password=False)


def migrate_template(url: str) -> str:
    """Create ``<database>_template`` beside ``url``'s database and migrate it
    with every cog's migrations; its URL."""
    from bot.app import Haven
    from bot.config import Settings
    from bot.plugins import discover_cogs

    template = _beside(url, TEMPLATE)
    name = template.database

    async def go() -> None:
        await admin(
            _server(url),
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            f'CREATE DATABASE "{name}"',
        )
        shown = template.render_as_string(hide_password=False)
        app = Haven(Settings(database_url=shown))
        app.load_cogs(discover_cogs())
        await app.database.upgrade(app.registry.migration_dirs())
        await app.database.dispose()

    asyncio.run(go())
    return template.render_as_string(hide_password=False)


async def copy_template(template: str) -> str:
    """A fresh copy of the migrated template (``<database>_migrated``); its URL."""
    name = make_url(template).database or ""
    copy = make_url(template).set(database=name.removesuffix(TEMPLATE) + COPY)
    await admin(
        _server(template),
        f'DROP DATABASE IF EXISTS "{copy.database}" WITH (FORCE)',
        f'CREATE DATABASE "{copy.database}" TEMPLATE "{name}"',
    )
    return copy.render_as_string(hide_password=False)


def _server(url: str) -> str:
    """``url`` pointed at the server's ``postgres`` database (a database cannot
    be copied while a connection to it is open)."""
    return make_url(url).set(database="postgres").render_as_string(hide_password=False)
