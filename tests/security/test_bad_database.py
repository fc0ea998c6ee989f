"""A database Haven cannot use is a clear message, never a traceback or a hang
(issue #15, item 6): a DATABASE_URL with a bad port is a configuration error
that names the variable; a server that accepts connections and never answers
fails ``haven db upgrade`` within HAVEN_DB_CONNECT_TIMEOUT_SECONDS, saying so;
a running Haven whose database stops answering falls back to its degraded
mode (bot/storage.py) within HAVEN_DB_STATEMENT_TIMEOUT_SECONDS and comes back
when it answers again. The timeouts are set to 1 s here; the hang guards
around them are far longer and only stop a broken build from hanging."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot import cli, storage
from bot.config import Settings
from bot.db import Database, DatabaseTimeout
from tests.support.harness import build_harness

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Z3cr3tDbPa55"
T0 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
#: A hang guard, not a speed goal: an unfixed Haven waits 60 s and more.
GUARD = 45


@pytest.fixture
async def silent_port() -> AsyncIterator[int]:
    """A TCP server that accepts connections and never says a word."""
    held: list[asyncio.StreamWriter] = []

    async def hold(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    for writer in held:
        writer.close()
    server.close()
    await server.wait_closed()


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch):
    monkeypatch.setattr(storage, "FIRST_RETRY", 0.05)
    monkeypatch.setattr(storage, "LONGEST_RETRY", 0.2)


@pytest.mark.parametrize("port", ["99999", "abc", "0"])
def test_a_bad_port_is_a_configuration_error_naming_database_url(
    monkeypatch, capsys, tmp_path, port
):
    url = f"postgresql+asyncpg://haven:{PASSWORD}@localhost:{port}/haven"
    monkeypatch.setenv("DATABASE_URL", url)

    code = cli.main(["--env-file", str(tmp_path / "absent.env"), "db", "upgrade"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("haven: configuration problem — DATABASE_URL: ")
    assert "(example: DATABASE_URL=postgresql+asyncpg://" in err
    assert PASSWORD not in err and port not in err.split("(example")[0]


async def test_a_silent_database_fails_start_up_with_a_clear_message(silent_port, tmp_path):
    url = f"postgresql+asyncpg://haven:{PASSWORD}@127.0.0.1:{silent_port}/haven"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "DATABASE_URL": url,
        "HAVEN_DB_CONNECT_TIMEOUT_SECONDS": "1",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "--env-file", str(tmp_path / "absent.env"),
        "db", "upgrade",
        cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        out, err = await asyncio.wait_for(proc.communicate(), GUARD)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    shown = (out + err).decode()
    assert proc.returncode == 2, shown
    assert f"the database at 127.0.0.1:{silent_port} did not answer within 1 s" in shown
    assert "HAVEN_DB_CONNECT_TIMEOUT_SECONDS" in shown
    assert "Traceback" not in shown and PASSWORD not in shown


async def test_a_silent_database_at_start_up_leaves_discord_answering(silent_port, caplog):
    """``haven run`` does not stop for its database (PRIVACY.md): through the
    real discord.py client, /crisis still answers and other commands say that
    storage is away, after the connect timeout rather than a minute."""
    from adapters.discord import main as discord_main
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings
    from tests.fakes.discord.server import FakeDiscord

    original = discord_main.build_client

    def build(adapter, settings):  # the fake sends every guild at once
        client = original(adapter, settings)
        client._connection.guild_ready_timeout = 0.01
        return client

    settings = Settings(
        database_url=f"postgresql+asyncpg://haven:{PASSWORD}@127.0.0.1:{silent_port}/haven",
        database_connect_timeout=1,
    )
    fake = await FakeDiscord().start()
    env = DiscordEnv(fake, None, discord_settings(settings, fake))  # type: ignore[arg-type]
    discord_main.build_client = build
    try:
        async with asyncio.timeout(GUARD):
            await env.start()
            assert env.app.storage.down
            crisis = await env.driver.command("alice", "/crisis")
            assert "988" in crisis[-1].text and crisis[-1].ephemeral
            away = await env.driver.command("alice", "/sober show")
            assert away[-1].error
            assert away[-1].text.startswith("Haven can't reach its storage right now")
    finally:
        discord_main.build_client = original
        await env.stop()
        await fake.close()
    said = caplog.text
    assert f"the database at 127.0.0.1:{silent_port} did not answer within 1 s" in said
    assert PASSWORD not in said
    assert fake.problems == [], fake.problems


async def test_a_statement_that_never_finishes_is_a_database_timeout(pg_url):
    db = Database(pg_url, statement_timeout=1)
    try:
        async with asyncio.timeout(GUARD):
            with pytest.raises(DatabaseTimeout) as caught:
                async with db.engine.connect() as conn:
                    await conn.execute(text("SELECT pg_sleep(600)"))
            assert storage.is_database_error(caught.value)
            assert "did not finish a statement within 1 s" in str(caught.value)
            async with db.engine.connect() as conn:  # and the next one is fine
                assert (await conn.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await db.dispose()


async def test_a_database_that_stops_answering_at_run_time_means_degraded_mode(
    pg_url, tmp_path, caplog
):
    """Another session holds a lock on every community row: Haven's statements
    wait for it, give up after the statement timeout, and members are told
    storage is away — /crisis still answers; once the lock goes, all is back."""
    caplog.set_level(logging.INFO)
    settings = Settings(database_url=pg_url, database_statement_timeout=1)
    harness = await build_harness(settings, start=T0, files_dir=tmp_path)
    blocker = Database(pg_url)
    try:
        async with asyncio.timeout(GUARD):
            await harness.agree("alice")
            await harness.run("/sober set 2026-11-01")
            async with blocker.engine.connect() as conn:
                await conn.execute(text("BEGIN"))
                await conn.execute(text("LOCK TABLE community IN ACCESS EXCLUSIVE MODE"))
                away = await harness.say("/sober show")
                assert away.error
                assert away.text.startswith("Haven can't reach its storage right now")
                crisis = await harness.say("/crisis")
                assert "988" in crisis.text and not crisis.error
                await conn.execute(text("ROLLBACK"))
            await harness.app.storage.wait_until_up()
            back = await harness.say("/sober show")
            assert "20 days" in back.text  # nothing was lost
    finally:
        await blocker.dispose()
        await harness.close()
    assert "did not finish a statement within 1 s" in caplog.text
