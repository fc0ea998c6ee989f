"""Backups that restore (``haven backup`` / ``haven restore``), proven by a
drill: members use Haven, the operator backs up, restores into a fresh
database, and every member's ``/haven export`` is the same as before — on
SQLite and on PostgreSQL (pg_dump and the logical export). Notes stay
encrypted in the file, a database holding data is not overwritten without
``--force``, and both commands say loudly that the key is not in the backup."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot import backup as backups
from bot.cli import main
from bot.config import Settings
from tests.conftest import START, TEST_KEY
from tests.support.harness import build_harness
from tests.support.postgres import reset_database

NOTE = "the-walk-by-the-river-helped"
MEMBERS = ("alice", "bob", "carol", "dan")
SCENARIO = f"""\
:as mona mod
/haven consent agree
/mod channel announcements #announcements
/meeting add title:"Tuesday circle" day:tue time:19:00 tz:UTC about:"bring {NOTE}"
:as bob
/haven consent agree
/haven timezone America/New_York
:as alice
/haven consent agree
/haven timezone Europe/Helsinki
/sober set 2025-01-02 note:"{NOTE} (alice)"
/checkin mood:3 craving:4 note:"{NOTE} (check-in)"
/haven reasons add my sister
/partner request @bob
:as bob
:click Accept
/sober set 2025-06-01
/checkin mood:4 craving:1
:as carol
/haven consent agree
/haven timezone Asia/Tokyo
/checkin mood:2 craving:5 note:"{NOTE} (carol)"
:advance 2d
:as dan
/haven consent agree
/haven timezone UTC
/sober set 2025-12-01
:as alice
/checkin mood:4 craving:2 note:"{NOTE} (later)"
"""


async def exports(settings: Settings, tmp_path: Path, at) -> dict[str, dict]:
    """Every member's ``/haven export``, as they would download it."""
    harness = await build_harness(settings, start=at, files_dir=tmp_path)
    try:
        found = {}
        for member in (*MEMBERS, "mona"):
            [out] = [o for o in await harness.run(f":as {member}\n/haven export") if o.files]
            found[member] = json.loads(Path(out.files[0]).read_text())
        return found
    finally:
        await harness.close()


async def play(settings: Settings, tmp_path: Path):
    harness = await build_harness(settings, start=START, files_dir=tmp_path)
    try:
        outputs = await harness.run(SCENARIO)
        assert not [o.text for o in outputs if o.error], "the scenario went wrong"
        return harness.clock.now()
    finally:
        await harness.close()


async def haven(env: dict[str, str], monkeypatch, tmp_path: Path, *argv: str) -> int:
    """The ``haven`` command, as an operator runs it (its own event loop)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HAVEN_ENCRYPTION_KEY", TEST_KEY)
    return await asyncio.to_thread(main, ["--env-file", str(tmp_path / "none.env"), *argv])


async def drill(
    source: str, target: str, tmp_path: Path, monkeypatch, capsys, *extra: str
) -> tuple[Path, str]:
    """Scenario on ``source``; backup; restore into ``target``; same exports."""
    at = await play(Settings(database_url=source), tmp_path)
    before = await exports(Settings(database_url=source), tmp_path, at)
    assert NOTE in json.dumps(before)  # the exports carry the notes, decrypted

    file = tmp_path / "backups" / "haven.backup"
    assert (
        await haven({"DATABASE_URL": source}, monkeypatch, tmp_path, "backup", str(file), *extra)
        == 0
    )
    said = capsys.readouterr()
    assert "HAVEN_ENCRYPTION_KEY" in said.err and "NOT in the backup" in said.err
    assert stat.S_IMODE(os.stat(file).st_mode) == 0o600  # health data: the owner's only
    assert await haven({"DATABASE_URL": target}, monkeypatch, tmp_path, "restore", str(file)) == 0
    said = capsys.readouterr()
    assert "HAVEN_ENCRYPTION_KEY" in said.err
    assert "reads the restored notes" in said.out

    after = await exports(Settings(database_url=target), tmp_path, at)
    assert set(after) == {*MEMBERS, "mona"}
    assert after == before
    return file, said.out


async def test_restore_drill_on_sqlite(db_url, tmp_path, monkeypatch, capsys):
    target = f"sqlite+aiosqlite:///{tmp_path / 'restored.db'}"
    file, said = await drill(db_url, target, tmp_path, monkeypatch, capsys)
    assert backups.format_of(file) == "sqlite" and "a SQLite snapshot" in said
    assert NOTE.encode() not in file.read_bytes()  # notes stay Fernet ciphertext
    assert stat.S_IMODE(os.stat(tmp_path / "restored.db").st_mode) == 0o600


@pytest.fixture
async def fresh_pg(pg_url) -> str:
    """A second, empty PostgreSQL database beside the test one (``<name>2``)."""
    url = make_url(pg_url)
    target = url.set(database=f"{url.database}2")
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            exists = await conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": target.database}
            )
            if not exists:
                await conn.execute(text(f'CREATE DATABASE "{target.database}"'))
    finally:
        await admin.dispose()
    shown = target.render_as_string(hide_password=False)
    await reset_database(shown)
    return shown


@pytest.mark.parametrize("how", ["pg_dump", "logical"])
async def test_restore_drill_on_postgresql(how, pg_url, fresh_pg, tmp_path, monkeypatch, capsys):
    extra = ("--logical",) if how == "logical" else ()
    file, said = await drill(pg_url, fresh_pg, tmp_path, monkeypatch, capsys, *extra)
    assert backups.format_of(file) == how
    if how == "logical":
        content = gzip.decompress(file.read_bytes()).decode()
        assert NOTE not in content and "gAAAAA" in content  # Fernet tokens, as stored
        assert "rows in" in said
    # The restored database goes on: new rows get fresh ids (sequences moved on).
    harness = await build_harness(
        Settings(database_url=fresh_pg), start=START + timedelta(days=3), files_dir=tmp_path
    )
    try:
        out = await harness.run(":as erin\n/haven consent agree\n/checkin mood:3 craving:1")
        assert not any(o.error for o in out), [o.text for o in out]
    finally:
        await harness.close()


async def test_a_database_holding_data_is_not_overwritten_without_force(
    db_url, tmp_path, monkeypatch, capsys
):
    at = await play(Settings(database_url=db_url), tmp_path)
    before = await exports(Settings(database_url=db_url), tmp_path, at)
    file = tmp_path / "first.backup"
    assert await haven({"DATABASE_URL": db_url}, monkeypatch, tmp_path, "backup", str(file)) == 0
    # Someone else's Haven, with members of its own.
    other = f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"
    harness = await build_harness(Settings(database_url=other), start=START, files_dir=tmp_path)
    await harness.run(":as zed\n/haven consent agree")
    await harness.close()
    capsys.readouterr()

    assert await haven({"DATABASE_URL": other}, monkeypatch, tmp_path, "restore", str(file)) == 2
    err = capsys.readouterr().err
    assert "already holds data" in err and "--force" in err
    assert "zed" in json.dumps(await exports_of(other, "zed", tmp_path, at))  # untouched

    assert (
        await haven({"DATABASE_URL": other}, monkeypatch, tmp_path, "restore", str(file), "--force")
        == 0
    )
    assert await exports(Settings(database_url=other), tmp_path, at) == before

    # A backup never silently replaces a file either.
    assert await haven({"DATABASE_URL": db_url}, monkeypatch, tmp_path, "backup", str(file)) == 2
    assert "already exists" in capsys.readouterr().err


async def exports_of(url: str, member: str, tmp_path: Path, at) -> dict:
    harness = await build_harness(Settings(database_url=url), start=at, files_dir=tmp_path)
    try:
        [out] = [o for o in await harness.run(f":as {member}\n/haven export") if o.files]
        return json.loads(Path(out.files[0]).read_text())
    finally:
        await harness.close()


async def test_what_is_not_a_backup_or_the_wrong_engine_is_refused(
    db_url, tmp_path, monkeypatch, capsys
):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup")
    assert await haven({"DATABASE_URL": db_url}, monkeypatch, tmp_path, "restore", str(junk)) == 2
    assert "is not a Haven backup" in capsys.readouterr().err
    missing = tmp_path / "nowhere.backup"
    assert (
        await haven({"DATABASE_URL": db_url}, monkeypatch, tmp_path, "restore", str(missing)) == 2
    )
    assert "does not exist" in capsys.readouterr().err

    file = tmp_path / "sqlite.backup"
    assert await haven({"DATABASE_URL": db_url}, monkeypatch, tmp_path, "backup", str(file)) == 0
    with pytest.raises(backups.BackupError, match="backup of a SQLite database"):
        from bot.db import Database

        pg = Database("postgresql+asyncpg://postgres@127.0.0.1:1/none")
        try:
            await backups.restore(pg, file, [])
        finally:
            await pg.dispose()


async def test_a_pg_dump_that_cannot_dump_this_server_falls_back_to_a_logical_export(
    pg_url, fresh_pg, tmp_path, monkeypatch, capsys, caplog
):
    """An older pg_dump refuses a newer server; the backup is still made."""
    at = await play(Settings(database_url=pg_url), tmp_path)
    before = await exports(Settings(database_url=pg_url), tmp_path, at)
    tools = tmp_path / "bin"
    tools.mkdir()
    old = tools / "pg_dump"
    old.write_text(
        "#!/bin/sh\necho 'pg_dump: error: aborting because of server version mismatch' >&2\n"
        "echo 'DETAIL: Key (note)=(my private words) already exists' >&2\n"
        "exit 1\n"
    )
    old.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    file = tmp_path / "fallback.backup"
    assert await haven({"DATABASE_URL": pg_url}, monkeypatch, tmp_path, "backup", str(file)) == 0
    said = capsys.readouterr()
    # The log says which tool failed and how; what it printed (it may quote
    # stored data) goes only to the operator's own terminal.
    assert "pg_dump exited with status 1; writing a logical export instead" in caplog.text
    assert "private words" not in caplog.text
    assert backups.format_of(file) == "logical" and "a logical export" in said.out
    assert "pg_dump failed: DETAIL: Key (note)=(my private words) already exists" in said.out
    assert [p.name for p in tmp_path.glob(".fallback.backup.*")] == []  # nothing half-written
    assert await haven({"DATABASE_URL": fresh_pg}, monkeypatch, tmp_path, "restore", str(file)) == 0
    assert await exports(Settings(database_url=fresh_pg), tmp_path, at) == before
