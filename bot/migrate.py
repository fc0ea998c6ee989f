"""Alembic, driven from code: ``haven db upgrade`` and start-up call this,
and end each upgrade by planning scheduled work (bot/due_plan.py).

The engine's migrations live in ``bot/migrations/versions``; a cog with tables
ships its own folder (declared as ``Cog.migrations``), a branch rooted at the
engine's first revision, and so does a platform (``Platform.migrations``, every
installed one's always included); ``upgrade heads`` applies them all.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection
from sqlalchemy.util import await_only

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
LOCK_ID = 7_342_511  # PostgreSQL advisory lock: one migrator at a time
LOCK_POLL_SECONDS = 1.0
log = logging.getLogger("haven.migrate")


def alembic_config(extra_dirs: Iterable[Path] = ()) -> Config:
    """The engine's migrations, every installed platform's, and ``extra_dirs``
    (the cogs')."""
    from bot.config import platform_migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    locations = [MIGRATIONS_DIR / "versions", *platform_migrations()]
    locations += [Path(d) for d in extra_dirs if Path(d) not in locations]
    cfg.set_main_option("version_locations", " ".join(str(p) for p in locations))
    cfg.set_main_option("path_separator", "space")
    return cfg


def upgrade(
    connection: Connection,
    extra_dirs: Iterable[Path] = (),
    plan: Callable[[], Awaitable[Any]] | None = None,
) -> Any:
    """Every branch to its head, then ``plan()`` — the app's building of the
    ``due`` rows its data implies and no row holds yet (bot/due_plan.py) — in
    the same transaction, under the same lock; returns what ``plan`` does.

    ``plan`` runs after the last migration, not in one: the cogs' declarations
    read their tables through their models, which match them only at the heads.
    Alembic runs inside ``run_sync`` (SQLAlchemy's greenlet), so the async
    ``plan`` is awaited here with ``await_only``, on this connection.
    """
    if connection.dialect.name == "postgresql":
        _one_at_a_time(connection)
    cfg = alembic_config(extra_dirs)
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "heads")
    return None if plan is None else await_only(plan())


def _one_at_a_time(connection: Connection) -> None:
    """Several processes may start at once: one upgrades, the others wait for
    it, then find nothing to do. The wait is polled, not one statement: an
    upgrade that builds a large deployment's rows outlasts the statement timeout
    (``HAVEN_DB_STATEMENT_TIMEOUT_SECONDS``) a single wait would run into."""
    told = False
    while not connection.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({LOCK_ID})").scalar():
        if not told:
            log.warning("another Haven process is upgrading the database; waiting for it")
            told = True
        await_only(asyncio.sleep(LOCK_POLL_SECONDS))


def current_heads(connection: Connection, extra_dirs: Iterable[Path] = ()) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    return set(MigrationContext.configure(connection).get_current_heads())


BATCH = 1000


def encrypt_in_place(table: str, column: str, *, lookup: tuple[str, str] | None = None) -> None:
    """The data step of a migration that encrypts ``table.column``: encrypt each
    plaintext value with the active keyring and, given ``lookup`` (hash column,
    scope column), fill its lookup hash (bot/lookup.py)."""
    from alembic import op

    from bot.crypto import get_keyring, looks_encrypted

    extra = list(lookup) if lookup else []
    rows = sa.table(table, *(sa.column(name) for name in ("id", column, *extra)))
    conn = op.get_bind()
    for batch in _batches(conn, rows, column, lookup[1] if lookup else None):
        keyring = get_keyring()  # only asked for when there is something to encrypt
        for ident, text, scope in batch:
            if looks_encrypted(text):
                continue
            values = {column: keyring.encrypt(text)}
            if lookup:
                values[lookup[0]] = keyring.lookup(text, scope)
            conn.execute(sa.update(rows).where(rows.c.id == ident).values(values))


def decrypt_in_place(table: str, column: str) -> None:
    """The data step of undoing :func:`encrypt_in_place`."""
    from alembic import op

    from bot.crypto import get_keyring, looks_encrypted

    rows = sa.table(table, sa.column("id"), sa.column(column))
    conn = op.get_bind()
    for batch in _batches(conn, rows, column, None):
        keyring = get_keyring()
        for ident, token, _ in batch:
            if looks_encrypted(token):
                text = keyring.decrypt(token)
                conn.execute(sa.update(rows).where(rows.c.id == ident).values({column: text}))


def _batches(conn: Connection, rows: sa.TableClause, column: str, scope: str | None):
    """``(id, value, scope)`` of non-null values, a batch at a time, in id order."""
    last = None
    while True:
        query = sa.select(rows.c.id, rows.c[column], rows.c[scope] if scope else sa.null()).where(
            rows.c[column].isnot(None)
        )
        if last is not None:
            query = query.where(rows.c.id > last)
        batch = conn.execute(query.order_by(rows.c.id).limit(BATCH)).all()
        if not batch:
            return
        yield batch
        last = batch[-1][0]
