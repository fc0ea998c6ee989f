"""Issue #15 item 11: a wrong encryption key is refused at start-up — found in
any table with encrypted text, not only notes — before anything is written
under it; and key rotation never overwrites an edit made while it runs."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Text, select, type_coerce
from sqlmodel import select as orm_select

import bot.rotation
from bot import crypto
from bot.app import Haven
from bot.cli import main
from bot.config import Secret, Settings
from bot.crypto import Keyring, WrongKeyError
from bot.rotation import encrypted_columns, rotate_keys
from cogs.checkins.models import CheckIn
from tests.conftest import TEST_KEY

MEETING_ONLY = """\
:as mona mod
/mod channel announcements #announcements
/meeting add title:"Harbour circle" day:sat time:10:00 tz:UTC
"""


async def stored(db) -> dict[str, list[str]]:
    """Every encrypted value as the database holds it."""
    async with db.engine.connect() as conn:
        return {
            f"{table.name}.{column.name}": list(
                await conn.scalars(
                    select(type_coerce(column, Text))
                    .where(column.isnot(None))
                    .order_by(*table.primary_key)
                )
            )
            for table, column in encrypted_columns()
        }


async def refused_start(settings: Settings) -> WrongKeyError:
    """Start Haven the way ``haven run`` does and return why it refused."""
    app = Haven(settings)
    app.load_cogs()
    try:
        with pytest.raises(WrongKeyError) as refused:
            await app.start()
    finally:
        await app.stop()
    return refused.value


def with_keys(settings: Settings, *keys: str) -> Settings:
    from dataclasses import replace

    crypto.set_keyring(None)  # start-up builds the keyring from the settings
    return replace(settings, encryption_keys=tuple(Secret(k) for k in keys))


async def test_a_wrong_key_is_refused_at_start_up_when_only_a_meeting_is_encrypted(
    make_harness, settings
):
    first = await make_harness(settings=with_keys(settings, TEST_KEY))
    await first.run(MEETING_ONLY)  # no member notes at all: only a meeting title
    await first.close()
    before = await stored(first.db)

    wrong = Fernet.generate_key().decode()
    message = str(await refused_start(with_keys(settings, wrong)))
    assert "HAVEN_ENCRYPTION_KEY" in message and "meeting.title" in message
    assert "haven keys rotate" in message  # what to do
    assert wrong not in message and TEST_KEY not in message
    assert await stored(first.db) == before  # nothing written under the wrong key


async def test_removing_the_old_key_before_rotating_is_refused_too(make_harness, settings):
    first = await make_harness(settings=with_keys(settings, TEST_KEY))
    await first.run(
        ":as alice\n/haven consent agree\n/haven timezone UTC\n/sober set 2025-01-02 label:nicotine"
    )
    await first.close()
    new = Fernet.generate_key().decode()
    assert "member.display_name" in str(await refused_start(with_keys(settings, new)))
    # new first, old after it: Haven starts, and the member's data reads
    haven = await make_harness(settings=with_keys(settings, new, TEST_KEY))
    out = await haven.run(":as alice\n/sober show label:nicotine")
    assert "nicotine" in out[-1].text and not out[-1].error


def test_haven_db_upgrade_with_a_wrong_key_exits_with_a_clear_message(
    make_harness, settings, monkeypatch, capsys, tmp_path
):
    import asyncio

    async def write() -> None:
        harness = await make_harness(settings=with_keys(settings, TEST_KEY))
        await harness.run(MEETING_ONLY)
        await harness.close()

    asyncio.run(write())
    wrong = Fernet.generate_key().decode()
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HAVEN_ENCRYPTION_KEY", wrong)
    assert main(["--env-file", str(tmp_path / "none.env"), "db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert "HAVEN_ENCRYPTION_KEY cannot read" in err and wrong not in err


async def test_rotation_keeps_an_edit_made_while_it_runs(make_harness, pg_url, monkeypatch):
    """PostgreSQL: members write while the rotation runs (on SQLite the rotation's
    batch holds the write lock, so an edit waits for it instead)."""
    haven = await make_harness(settings=Settings(database_url=pg_url))
    out = await haven.run(
        ":as alice\n/haven consent agree\n/haven timezone UTC\n"
        '/checkin mood:3 craving:2 note:"before the rotation"'
    )
    assert not out[-1].error, out[-1].text
    new = Fernet.generate_key().decode()
    crypto.set_keyring(Keyring([new, TEST_KEY]))  # every process runs with new,old
    original, edited = bot.rotation._rotate_row, []

    async def edit_first(conn, table, column, *args):
        if table.name == "checkin" and column.name == "note" and not edited:
            # between the rotation's read and its write, alice edits her note
            await haven.run(':as alice\n/checkin mood:3 craving:2 note:"edited meanwhile"')
            edited.append(True)
        return await original(conn, table, column, *args)

    monkeypatch.setattr(bot.rotation, "_rotate_row", edit_first)
    await rotate_keys(haven.app.database, Keyring([new, TEST_KEY]))

    assert edited
    crypto.set_keyring(Keyring([new]))
    async with haven.app.database.unscoped_session("test", readonly=True) as session:
        notes = (await session.exec(orm_select(CheckIn.note))).all()
        assert list(notes) == ["edited meanwhile"]  # the edit survived, under the new key
