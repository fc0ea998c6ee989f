"""Key rotation (P3): ``haven keys rotate`` re-encrypts every note under the
newest key; the old key alone no longer reads them; a wrong key fails loudly."""

from __future__ import annotations

import asyncio

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Text, select, type_coerce
from sqlmodel import select as orm_select

from bot import crypto
from bot.cli import main
from bot.crypto import DecryptionError, Keyring
from bot.plugins import discover_cogs
from bot.rotation import encrypted_columns, rotate_keys
from cogs.checkins.models import CheckIn
from cogs.sober.models import SoberRun
from tests.conftest import START, TEST_KEY
from tests.support.harness import build_harness

KEY_A = TEST_KEY  # what the harness writes with
NOTE = "a-quiet-note-about-tuesday"
SCRIPT = f"""\
:as alice
/haven consent agree
/haven timezone UTC
/sober set 2025-01-02 note:"{NOTE} (counter)"
/checkin mood:3 craving:4 note:"{NOTE} (check-in)"
:as mona mod
/mod channel announcements #announcements
/meeting add title:"Tuesday circle" day:tue time:19:00 tz:UTC about:"{NOTE} (meeting)"
"""


async def raw_tokens(db) -> dict[str, list[str]]:
    """Every stored encrypted value, as the database holds it."""
    tokens: dict[str, list[str]] = {}
    async with db.engine.connect() as conn:
        for table, column in encrypted_columns():
            query = select(type_coerce(column, Text)).where(column.isnot(None))
            found = [row[0] for row in await conn.execute(query.order_by(*table.primary_key))]
            tokens[f"{table.name}.{column.name}"] = found
    return tokens


async def notes(db) -> list[str]:
    """The notes, read back through the ORM (decrypted with the active keyring)."""
    async with db.unscoped_session("test") as session:
        runs = [r.note for r in (await session.exec(orm_select(SoberRun))).all()]
        checks = [c.note for c in (await session.exec(orm_select(CheckIn))).all()]
    return runs + checks


def test_encrypted_columns_are_found_in_every_cog():
    discover_cogs()  # imports every cog's tables
    names = {f"{t.name}.{c.name}" for t, c in encrypted_columns()}
    assert {"checkin.note", "sober_run.note", "sober_run.end_note", "meeting.title"} <= names
    assert {"sober_counter.label", "member.display_name"} <= names  # no longer plaintext
    assert "slack_installation.bot_token" in names  # install tokens rotate with the notes


async def test_rotation_moves_every_note_to_the_newest_key(console):
    await console.run(SCRIPT)
    before = await raw_tokens(console.db)
    # title, about, two notes, the counter's label and alice's display name
    assert sum(map(len, before.values())) == 6
    assert len(before["sober_counter.label"]) == len(before["member.display_name"]) == 1
    key_b = Fernet.generate_key().decode()

    report = await rotate_keys(console.db, Keyring([key_b, KEY_A]), batch_size=2)
    assert report.total_rotated == sum(map(len, before.values()))
    assert report.rotated["checkin.note"] == 1 and report.rotated["meeting.title"] == 1

    after = await raw_tokens(console.db)
    for name, tokens in before.items():
        assert len(after[name]) == len(tokens)
        assert not set(after[name]) & set(tokens), f"{name} was not re-encrypted"

    crypto.set_keyring(Keyring([key_b]))  # the new key alone reads everything
    assert sorted(await notes(console.db)) == [f"{NOTE} (check-in)", f"{NOTE} (counter)"]
    out = await console.run(":as alice\n/checkin summary\n/sober show")
    assert not any(o.error for o in out)

    crypto.set_keyring(Keyring([KEY_A]))  # the old key alone reads nothing
    with pytest.raises(DecryptionError):
        await notes(console.db)

    # a second run finds nothing left to do
    again = await rotate_keys(console.db, Keyring([key_b, KEY_A]))
    assert again.total_rotated == 0 and again.current["checkin.note"] == 1


async def test_a_wrong_key_fails_loudly_never_with_garbage(console):
    await console.run(SCRIPT)
    wrong = Keyring([Fernet.generate_key().decode()])
    crypto.set_keyring(wrong)
    with pytest.raises(DecryptionError) as caught:
        await notes(console.db)
    assert "could not be decrypted" in str(caught.value)
    assert "HAVEN_ENCRYPTION_KEY" in str(caught.value)

    with pytest.raises(DecryptionError) as caught:  # rotation stops and says where
        await rotate_keys(console.db, wrong)
    assert "row" in str(caught.value) and "could not be decrypted" in str(caught.value)
    crypto.set_keyring(Keyring([KEY_A]))
    assert f"{NOTE} (check-in)" in await notes(console.db)  # nothing was damaged


async def test_a_member_sees_a_kind_error_not_garbage_with_a_wrong_key(console):
    await console.run(SCRIPT)
    crypto.set_keyring(Keyring([Fernet.generate_key().decode()]))
    out = await console.run(":as alice\n/haven export")
    assert out[-1].error and NOTE not in out[-1].text and not out[-1].files


def test_haven_keys_rotate_cli(settings, monkeypatch, capsys, tmp_path):
    async def write() -> None:
        harness = await build_harness(settings, start=START, files_dir=tmp_path)
        await harness.run(SCRIPT)
        await harness.close()

    asyncio.run(write())
    key_b = Fernet.generate_key().decode()
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HAVEN_ENCRYPTION_KEY", f"{key_b},{KEY_A}")
    crypto.set_keyring(None)
    assert main(["--env-file", str(tmp_path / "none.env"), "keys", "rotate"]) == 0
    printed = capsys.readouterr().out
    assert "checkin.note: 1 re-encrypted" in printed
    assert key_b not in printed and KEY_A not in printed

    async def read() -> list[str]:
        from bot.db import Database

        db = Database(settings.database_url)
        try:
            return await notes(db)
        finally:
            await db.dispose()

    crypto.set_keyring(Keyring([key_b]))
    assert f"{NOTE} (counter)" in asyncio.run(read())
    crypto.set_keyring(Keyring([KEY_A]))
    with pytest.raises(DecryptionError):
        asyncio.run(read())


def test_keys_rotate_with_an_unreadable_note_names_the_problem(
    settings, monkeypatch, capsys, tmp_path
):
    async def write() -> None:
        harness = await build_harness(settings, start=START, files_dir=tmp_path)
        await harness.run(SCRIPT)
        await harness.close()

    asyncio.run(write())
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    wrong = Fernet.generate_key().decode()
    monkeypatch.setenv("HAVEN_ENCRYPTION_KEY", wrong)
    assert main(["--env-file", str(tmp_path / "none.env"), "keys", "rotate"]) == 2
    err = capsys.readouterr().err
    # refused before any row is written, naming the variable and the columns, not the key
    assert "HAVEN_ENCRYPTION_KEY cannot read" in err and "checkin.note" in err
    assert wrong not in err


async def test_slack_install_tokens_rotate_too(console):
    from adapters.slack.models import SlackInstallation

    async with console.db.unscoped_session("test") as session:
        session.add(SlackInstallation(team_id="T1", bot_token="xoxb-test-1", installed_at=START))
        await session.commit()
    key_b = Fernet.generate_key().decode()
    report = await rotate_keys(console.db, Keyring([key_b, KEY_A]))
    assert report.rotated["slack_installation.bot_token"] == 1
    crypto.set_keyring(Keyring([key_b]))
    async with console.db.unscoped_session("test") as session:
        [row] = (await session.exec(orm_select(SlackInstallation))).all()
    assert row.bot_token == "xoxb-test-1"
