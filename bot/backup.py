"""``haven backup FILE`` and ``haven restore FILE``: a consistent snapshot, and
getting it back.

What a backup is depends on the database:

* **SQLite** — a SQLite file written with ``VACUUM INTO``: one consistent
  snapshot while Haven keeps running, compacted, and without the freed pages
  a plain file copy would carry. Restored with SQLite's online backup API.
* **PostgreSQL** — ``pg_dump --format=custom`` when ``pg_dump`` is installed
  (restored with ``pg_restore``); otherwise, or with ``--logical``, a logical
  export through SQLAlchemy: gzip'd JSON lines, every table's rows read in one
  ``REPEATABLE READ`` transaction, so also one consistent snapshot. Restored by
  migrating the target to the backup's revisions, inserting the rows, moving
  the id sequences on, and upgrading to this Haven's revisions.

Either way the rows are copied as stored: members' notes stay Fernet
ciphertext, readable only with ``HAVEN_ENCRYPTION_KEY`` — which is therefore
**not** in the backup and must be kept separately (both commands say so).
Backup files are created readable by their owner only: they hold health data.

``restore`` refuses a target that already holds data (any row outside
``alembic_version``) unless ``force``: then the target's tables are dropped
first. After a restore the configured keys are checked against what was
restored, so a wrong key is found now and not by the first member.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection

from bot.db import Database

log = logging.getLogger("haven.backup")

#: What each format of backup file starts with.
SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
GZIP_MAGIC = b"\x1f\x8b"
LOGICAL_FORMAT = "haven-logical-backup"
LOGICAL_VERSION = 1
BATCH = 500

KEY_WARNING = (
    "IMPORTANT: members' notes in this backup are encrypted with HAVEN_ENCRYPTION_KEY "
    "(in development: the key file HAVEN_DEV_KEY_FILE). The key is NOT in the backup. "
    "Back it up separately, somewhere other than this file: without it the notes "
    "can never be read, and with it anyone holding the backup can read them."
)
RESTORE_KEY_WARNING = (
    "IMPORTANT: the restored notes can only be read with the HAVEN_ENCRYPTION_KEY they "
    "were written with. Keep that key (it is not in the backup) in this Haven's settings."
)


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


class ToolFailed(BackupError):
    """``pg_dump`` or ``pg_restore`` exited non-zero. The message (shown to the
    operator who ran the command) carries the tool's last line; logs get only
    ``what`` and ``status``, since a tool's output may quote stored data."""

    def __init__(self, what: str, status: int, detail: str) -> None:
        super().__init__(f"{what} failed: {detail or status}")
        self.what, self.status = what, status


@dataclass(frozen=True)
class Report:
    format: str  # "sqlite", "pg_dump" or "logical"
    path: Path
    tables: int = 0
    rows: int = 0
    #: Why the format is not the one first tried, for the operator's terminal.
    note: str = ""

    def line(self, verb: str) -> str:
        what = {
            "sqlite": "a SQLite snapshot",
            "pg_dump": "a pg_dump archive (custom format)",
            "logical": "a logical export",
        }[self.format]
        counted = f" ({self.rows} rows in {self.tables} tables)" if self.tables else ""
        why = f" ({self.note})" if self.note else ""
        return f"{verb} {what}{counted}: {self.path}{why}"


# -- backup --------------------------------------------------------------------


async def backup(db: Database, path: Path, *, force: bool = False, logical: bool = False) -> Report:
    """Write a consistent snapshot of ``db`` to ``path``."""
    path = Path(path)
    if _exists(path) and not force:
        raise BackupError(f"{path} already exists; choose a new file or pass --force to replace it")
    if db.is_sqlite:
        if db.in_memory:
            raise BackupError("an in-memory SQLite database cannot be backed up")
        return await _private_write(path, lambda tmp: _vacuum_into(db, tmp), "sqlite")
    if not logical and shutil.which("pg_dump"):
        try:
            return await _private_write(path, lambda tmp: _pg_dump(db.url, tmp), "pg_dump")
        except ToolFailed as exc:  # e.g. a pg_dump older than the server
            log.warning(
                "%s exited with status %s; writing a logical export instead", exc.what, exc.status
            )
            report = await _private_write(path, lambda tmp: _export(db, tmp), "logical")
            return replace(report, note=str(exc))
    return await _private_write(path, lambda tmp: _export(db, tmp), "logical")


async def _private_write(path: Path, write, fmt: str) -> Report:
    """Write next to ``path`` under a temporary name, owner-only, then move it
    into place: a failed backup never leaves a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    os.unlink(tmp)  # VACUUM INTO and pg_dump want to create the file themselves
    try:
        counted = await write(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        if _exists(tmp):
            os.unlink(tmp)
    tables, rows = counted if isinstance(counted, tuple) else (0, 0)
    return Report(fmt, path, tables, rows)


async def _vacuum_into(db: Database, target: Path) -> None:
    """One read transaction: a consistent snapshot while Haven keeps writing."""

    def vacuum() -> None:
        conn = sqlite3.connect(db.url.database or "", timeout=30)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        finally:
            conn.close()

    await asyncio.to_thread(vacuum)


def libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI for ``url`` (no password in it: that goes in the
    environment, as command lines are visible to other users)."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = URL.create("postgresql", url.username, None, url.host, url.port, url.database, query={})
    return plain.render_as_string(hide_password=False), env


async def _run(args: list[str], env: dict[str, str], what: str) -> None:
    process = await asyncio.create_subprocess_exec(
        *args, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _, err = await process.communicate()
    if process.returncode != 0:
        detail = err.decode(errors="replace").strip().splitlines()
        raise ToolFailed(what, process.returncode or 0, detail[-1] if detail else "")


async def _pg_dump(url: URL, target: Path) -> None:
    uri, env = libpq(url)
    await _run(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}", uri],
        env,
        "pg_dump",
    )


async def _export(db: Database, target: Path) -> tuple[int, int]:
    engine = db.engine.execution_options(isolation_level="REPEATABLE READ")
    async with engine.connect() as conn:
        return await conn.run_sync(_write_logical, target)


def _write_logical(conn: Connection, target: Path) -> tuple[int, int]:
    meta = sa.MetaData()
    meta.reflect(conn)  # the stored types: encrypted columns are read as ciphertext
    tables = [t for t in meta.sorted_tables if t.name != "alembic_version"]
    revisions = _revisions(conn)
    rows = 0
    with gzip.open(target, "wt", encoding="utf-8") as out:
        head = {
            "format": LOGICAL_FORMAT,
            "version": LOGICAL_VERSION,
            "dialect": conn.dialect.name,
            "revisions": revisions,
            "tables": [t.name for t in tables],
            "created": datetime.now(UTC).isoformat(),
        }
        out.write(json.dumps(head) + "\n")
        for table in tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(sa.select(table).order_by(*order)).mappings():
                record = {name: _encode(value) for name, value in row.items()}
                out.write(json.dumps({"t": table.name, "r": record}) + "\n")
                rows += 1
    return len(tables), rows


def _revisions(conn: Connection) -> list[str]:
    if not sa.inspect(conn).has_table("alembic_version"):
        return []
    return sorted(r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version"))


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dict | list):
        return {"$json": value}
    return value


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    [(tag, raw)] = value.items()
    return {
        "$datetime": datetime.fromisoformat,
        "$date": date.fromisoformat,
        "$time": time.fromisoformat,
        "$bytes": base64.b64decode,
        "$decimal": Decimal,
        "$json": lambda v: v,
    }[tag](raw)


# -- restore -------------------------------------------------------------------


def format_of(path: Path) -> str:
    """Which format of backup ``path`` is; a clear error for anything else."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        raise BackupError(f"{path} does not exist") from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "pg_dump"
    if head.startswith(GZIP_MAGIC):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                first = json.loads(f.readline())
            if first.get("format") == LOGICAL_FORMAT:
                return "logical"
        except (OSError, ValueError):
            pass
    raise BackupError(f"{path} is not a Haven backup (made by `haven backup`)")


async def restore(
    db: Database, path: Path, migration_dirs: Iterable[Path], *, force: bool = False
) -> Report:
    """Restore ``path`` into ``db``; refuses a target holding data unless ``force``."""
    path = Path(path)
    fmt = format_of(path)
    dialect = "sqlite" if db.is_sqlite else "postgresql"
    made_on = {"sqlite": "sqlite", "pg_dump": "postgresql"}.get(fmt) or _logical_dialect(path)
    if made_on != dialect:
        raise BackupError(
            f"{path} is a backup of a {_engine_name(made_on)} database and DATABASE_URL names "
            f"a {_engine_name(dialect)} one; restore it into {_engine_name(made_on)}"
        )
    filled = await _tables_with_rows(db)
    if filled and not force:
        shown = ", ".join(filled[:5]) + (" …" if len(filled) > 5 else "")
        raise BackupError(
            f"the target database already holds data (in {shown}); restore into an empty "
            "database, or pass --force to replace everything in it"
        )
    if fmt == "sqlite":
        report = await _restore_sqlite(db, path)
    elif fmt == "pg_dump":
        if not shutil.which("pg_restore"):
            raise BackupError("this backup needs pg_restore (PostgreSQL's client tools)")
        await _drop_all(db)
        uri, env = libpq(db.url)
        args = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
        await _run([*args, f"--dbname={uri}", str(path)], env, "pg_restore")
        report = Report("pg_dump", path)
    else:
        await _drop_all(db)
        report = await _import(db, path, migration_dirs)
    await db.upgrade(migration_dirs)  # a backup from an older Haven is brought up to date
    return report


def _engine_name(dialect: str) -> str:
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(dialect, dialect)


def _logical_dialect(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.loads(f.readline()).get("dialect", "")


async def _tables_with_rows(db: Database) -> list[str]:
    def look(conn: Connection) -> list[str]:
        meta = sa.MetaData()
        meta.reflect(conn)
        return [
            t.name
            for t in meta.sorted_tables
            if t.name != "alembic_version"
            and conn.execute(sa.select(sa.literal(1)).select_from(t).limit(1)).first()
        ]

    if db.is_sqlite and not db.in_memory and not _exists(db.url.database or ""):
        return []
    async with db.engine.connect() as conn:
        return await conn.run_sync(look)


async def _restore_sqlite(db: Database, path: Path) -> Report:
    target = Path(db.url.database or "")
    await db.dispose()  # no pooled connection may hold the file while it is replaced
    if not _exists(target):
        from bot.filemodes import create_private

        create_private(target)

    def copy() -> None:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()

    await asyncio.to_thread(copy)
    return Report("sqlite", path)


async def _drop_all(db: Database) -> None:
    """Drop every table of a PostgreSQL target (``--force``; a no-op when empty)."""

    def drop(conn: Connection) -> None:
        meta = sa.MetaData()
        meta.reflect(conn)
        for table in reversed(meta.sorted_tables):
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))

    async with db.engine.begin() as conn:
        await conn.run_sync(drop)


def _lines(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


async def _import(db: Database, path: Path, migration_dirs: Iterable[Path]) -> Report:
    from bot.migrate import alembic_config

    dirs = list(migration_dirs)
    lines = _lines(path)
    head = next(lines)
    if head.get("version") != LOGICAL_VERSION:
        raise BackupError(f"{path} was written by a newer Haven; restore it with that version")

    def load(conn: Connection) -> tuple[int, int]:
        from alembic import command

        cfg = alembic_config(dirs)
        cfg.attributes["connection"] = conn
        for revision in head["revisions"]:  # the schema the rows were read from
            command.upgrade(cfg, revision)
        meta = sa.MetaData()
        meta.reflect(conn)
        missing = [name for name in head["tables"] if name not in meta.tables]
        if missing:
            raise BackupError(
                f"this Haven does not know the table(s) {', '.join(missing)} of the backup; "
                "restore it with the Haven version (and cogs) that made it"
            )
        rows, batch, current = 0, [], None
        for line in lines:
            if line["t"] != current and batch:
                conn.execute(meta.tables[current].insert(), batch)
                batch = []
            current = line["t"]
            batch.append({k: _decode(v) for k, v in line["r"].items()})
            rows += 1
            if len(batch) >= BATCH:
                conn.execute(meta.tables[current].insert(), batch)
                batch = []
        if batch:
            conn.execute(meta.tables[current].insert(), batch)
        _advance_sequences(conn, [meta.tables[n] for n in head["tables"]])
        return len(head["tables"]), rows

    async with db.engine.begin() as conn:
        tables, rows = await conn.run_sync(load)
    return Report("logical", path, tables, rows)


def _advance_sequences(conn: Connection, tables: list[sa.Table]) -> None:
    """Rows came with their ids: move each id sequence past the largest, so the
    next row Haven adds gets a fresh id."""
    for table in tables:
        for column in table.primary_key.columns:
            sequence = conn.execute(
                sa.text("SELECT pg_get_serial_sequence(:t, :c)"),
                {"t": f'"{table.name}"', "c": column.name},
            ).scalar()
            if sequence:
                conn.execute(
                    sa.text(
                        f'SELECT setval(:s, COALESCE(MAX("{column.name}"), 1), '
                        f'MAX("{column.name}") IS NOT NULL) FROM "{table.name}"'
                    ),
                    {"s": sequence},
                )


def _exists(path: str | os.PathLike) -> bool:
    """A local stat (a CLI command: nothing else waits on this loop)."""
    return os.path.exists(path)
