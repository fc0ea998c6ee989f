"""Issue #15 item 2: nothing a member or moderator writes reaches the database
in plaintext — counter labels and display names included — on SQLite (the
file and its write-ahead log, as bytes) and PostgreSQL (every text column of
every table, read with raw SQL), before and after a key rotation; labels are
still found, unique per member, exported and erased; and a database written
before the change is converted by its migrations.

Rule: everything a person types into Haven about themselves or their meetings
is encrypted (notes, reasons, counter labels, cached display names, meeting
titles, places and links). Community configuration that moderators write for
everyone to see (crisis-resource text, a role's name) and names the platform
supplies (the workspace's) stay plain.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from sqlmodel import select

from adapters.console.adapter import COMMUNITY
from bot import crypto
from bot.adapters import Invocation
from bot.columns import UTCDateTime
from bot.config import Settings
from bot.crypto import Keyring
from bot.db import Database, _upgrade_sqlite
from bot.lookup import matches
from bot.migrate import alembic_config
from bot.rotation import rotate_keys
from cogs.sober.models import SoberCounter, SoberRun
from tests.conftest import TEST_KEY
from tests.privacy.member_data_support import raw_bytes
from tests.support.harness import Harness

#: Every free-text field, each with a marker that must never be stored readable.
DISPLAY_NAME = "Quokka Displayname Marker"
LABEL = "quokkalabelmarker"
TEXTS = {
    "sober note": "quokka-sober-note-marker",
    "reset note": "quokka-reset-note-marker",
    "check-in note": "quokka-checkin-note-marker",
    "reason": "quokka-reason-marker",
    "meeting title": "Quokka Meeting Title Marker",
    "meeting about": "quokka-meeting-about-marker",
    "meeting link": "https://quokka-link-marker.example/room",
}
MARKERS = [DISPLAY_NAME, LABEL, *TEXTS.values()]


async def say(console: Harness, user: str, line: str, *, name: str = "", mod: bool = False):
    """One command as ``user`` whose platform display name is ``name``."""
    before = len(console.outputs)
    command, _, rest = line[1:].partition(" ")
    await console.app.handle(
        Invocation(
            community=COMMUNITY,
            user_id=user,
            user_name=name or user,
            channel_id="general",
            command=command,
            text=rest,
            is_admin=mod,
        )
    )
    out = console.outputs[before:]
    assert out and not out[-1].error, (line, [o.text for o in out])
    return out[-1]


async def write_everything(console: Harness) -> None:
    await say(console, "mona", "/mod channel announcements #announcements", mod=True)
    await say(
        console,
        "mona",
        f'/meeting add title:"{TEXTS["meeting title"]}" day:sat time:10:00 tz:UTC '
        f'link:{TEXTS["meeting link"]} about:"{TEXTS["meeting about"]}"',
        mod=True,
    )
    lines = [
        "/haven consent agree",
        "/haven timezone Europe/Helsinki",
        f'/sober set 2025-01-02 label:{LABEL} note:"{TEXTS["sober note"]}"',
        f'/sober reset label:{LABEL} date:2026-11-20 note:"{TEXTS["reset note"]}"',
        f'/checkin mood:4 craving:2 note:"{TEXTS["check-in note"]}"',
        f"/haven reasons add {TEXTS['reason']}",
    ]
    for line in lines:
        await say(console, "alice", line, name=DISPLAY_NAME)


def found_in(data: bytes) -> list[str]:
    data = data.lower()
    return [m for m in MARKERS if m.lower().encode() in data]


async def pg_dump_text(db: Database) -> bytes:
    """Every row of every table as PostgreSQL renders it (``row::text``)."""
    async with db.engine.connect() as conn:
        tables = (
            await conn.execute(
                sa.text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            )
        ).scalars()
        dump = []
        for table in list(tables):
            rows = await conn.execute(sa.text(f'SELECT CAST(t AS text) FROM "{table}" t'))
            dump.extend(rows.scalars())
    return "\n".join(dump).encode()


async def counters(console: Harness) -> list[SoberCounter]:
    async with console.db.unscoped_session("test", readonly=True) as session:
        return list((await session.exec(select(SoberCounter))).all())


async def check_lookups_and_export(console: Harness) -> None:
    shown = await say(console, "alice", "/sober show label:QuokkaLabelMarker")
    assert LABEL in shown.text
    # the same label, typed with other case and spacing, is the same counter
    await say(console, "alice", "/sober set 2026-11-21 label:QUOKKALABELMARKER")
    assert [c.label for c in await counters(console)] == [LABEL]
    export = await say(console, "alice", "/haven export")
    exported = Path(export.files[0]).read_text()
    assert LABEL in exported and TEXTS["check-in note"] in exported
    assert json.loads(exported)["member"]["display_name"] == DISPLAY_NAME


async def rotate_and_read_with_the_new_key_alone(console: Harness) -> None:
    new = Fernet.generate_key().decode()
    await rotate_keys(console.db, Keyring([new, TEST_KEY]))
    crypto.set_keyring(Keyring([new]))  # the lookup hashes moved to the new key too
    shown = await say(console, "alice", "/sober show label:quokkalabelmarker")
    assert LABEL in shown.text
    await say(console, "alice", "/sober set 2026-11-21 label:quokkalabelmarker")
    assert len(await counters(console)) == 1


async def test_sqlite_file_and_wal_hold_no_member_text(console):
    await write_everything(console)
    data = await raw_bytes(console)
    assert b"alice" in data  # the scan sees what is stored in plaintext (user ids)
    assert not found_in(data), f"plaintext in the SQLite file: {found_in(data)}"
    await check_lookups_and_export(console)
    await rotate_and_read_with_the_new_key_alone(console)
    data = await raw_bytes(console)
    assert not found_in(data), f"plaintext after rotation: {found_in(data)}"

    await say(console, "alice", "/haven delete confirm")
    assert await counters(console) == []


async def test_postgresql_text_columns_hold_no_member_text(make_harness, pg_url):
    console = await make_harness(settings=Settings(database_url=pg_url))
    await write_everything(console)
    dump = await pg_dump_text(console.db)
    assert b"alice" in dump
    assert not found_in(dump), f"plaintext in PostgreSQL: {found_in(dump)}"
    await check_lookups_and_export(console)
    await rotate_and_read_with_the_new_key_alone(console)
    dump = await pg_dump_text(console.db)
    assert not found_in(dump), f"plaintext after rotation: {found_in(dump)}"


# -- existing databases are converted ------------------------------------------


async def _migrate(db: Database, step) -> None:
    dirs = _cog_dirs()

    def run(conn, _dirs, _plan=None):
        from alembic import command

        cfg = alembic_config(dirs)
        cfg.attributes["connection"] = conn
        step(command, cfg)

    async with db.engine.connect() as conn:
        if db.is_sqlite:
            await conn.run_sync(_upgrade_sqlite, run, dirs)
        else:
            async with conn.begin():
                await conn.run_sync(run, dirs)


async def _write_plaintext_rows(db: Database) -> None:
    """What Haven stored before labels and names were encrypted."""
    types = {"settings": sa.JSON(), "start_date": sa.Date()}
    types |= {name: UTCDateTime() for name in ("created_at", "milestones_after")}
    at = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    async with db.engine.begin() as conn:

        async def insert(table: str, **values) -> int:
            columns = [sa.column(name, types.get(name)) for name in values]
            stmt = sa.insert(sa.table(table, *columns)).values(values)
            return (await conn.execute(stmt.returning(sa.column("id")))).scalar_one()

        community = await insert(
            "community", platform="console", workspace_id="w", enterprise_id="", name="",
            settings={}, created_at=at,
        )  # fmt: skip
        member = await insert(
            "member", community_id=community, platform_user_id="alice",
            display_name=DISPLAY_NAME, settings={},
        )  # fmt: skip
        counter = await insert(
            "sober_counter", community_id=community, member_id=member, label=LABEL, created_at=at
        )
        await insert(
            "sober_run", community_id=community, counter_id=counter, member_id=member,
            start_date=date(2025, 1, 2), milestones_after=at, created_at=at,
        )  # fmt: skip


async def check_conversion(url: str, scan) -> None:
    db = Database(url)
    try:
        await db.upgrade(_cog_dirs())
        # back to the schema before this change, with plaintext rows in it
        await _migrate(db, lambda command, cfg: command.downgrade(cfg, "sober_0001"))
        await _migrate(db, lambda command, cfg: command.downgrade(cfg, "0003_rate_buckets"))
        await _write_plaintext_rows(db)
        assert found_in(await scan(db)) == [DISPLAY_NAME, LABEL]

        await db.upgrade(_cog_dirs())
        assert not found_in(await scan(db))
        async with db.unscoped_session("test", readonly=True) as session:
            [counter] = (await session.exec(select(SoberCounter))).all()
            assert counter.label == LABEL
            found = select(SoberCounter).where(matches(SoberCounter.label_hash, LABEL, 1))
            assert (await session.exec(found)).one().id == counter.id
            # rebuilding the table on SQLite did not cascade into the counter's runs
            assert len((await session.exec(select(SoberRun))).all()) == 1
    finally:
        await db.dispose()


def _cog_dirs():
    from tests.bot.test_migrations import cog_migration_dirs

    return cog_migration_dirs()


async def _sqlite_scan(db: Database) -> bytes:
    async with db.engine.connect() as conn:
        await conn.execute(sa.text("PRAGMA wal_checkpoint(FULL)"))
    path = Path(db.url.database)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


async def test_sqlite_migration_encrypts_existing_labels_and_names(tmp_path):
    await check_conversion(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}", _sqlite_scan)


async def test_postgresql_migration_encrypts_existing_labels_and_names(pg_url):
    await check_conversion(pg_url, pg_dump_text)


@pytest.mark.parametrize("typed", ["Alcohol", "  alcohol ", "ALCOHOL"])
def test_lookup_hash_normalises_like_the_label_option(typed):
    keyring = Keyring([TEST_KEY])
    assert keyring.lookup(typed, 7) == keyring.lookup("alcohol", 7)
    assert keyring.lookup(typed, 8) != keyring.lookup("alcohol", 7)  # per member
