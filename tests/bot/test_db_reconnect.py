"""PostgreSQL connections that died in the pool (the server restarted, a
firewall dropped them) cost members nothing: the pool does not ping every
connection it hands out (bot/db.py), yet the next command answers normally
and nothing stored is lost — a command's first statement is sent again on a
fresh connection, and a connection idle for a while is pinged first."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from bot import db as db_module
from bot.config import Settings
from bot.db import Database
from tests.support.harness import build_harness

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


async def _restart_connections(pg_migrated_url: str) -> int:
    """What a server restart does to Haven's pooled connections: end them all."""
    killer = Database(pg_migrated_url)
    try:
        async with killer.engine.connect() as conn:
            ended = await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            count = len(ended.all())
    finally:
        await killer.dispose()
    await asyncio.sleep(0.2)  # the server closes the sockets
    return count


@pytest.fixture
async def harness(pg_migrated_url, tmp_path):
    h = await build_harness(Settings(database_url=pg_migrated_url), start=T0, files_dir=tmp_path)
    await h.agree("alice")
    await h.run("/sober set 2026-11-01")
    yield h
    await h.close()


async def test_a_restarted_server_is_invisible_to_the_next_command(harness, pg_migrated_url):
    assert await _restart_connections(pg_migrated_url) >= 1
    shown = await harness.say("/sober show")
    assert not shown.error, shown.text
    assert "20 days" in shown.text
    assert not harness.app.storage.down
    checked = await harness.say("/checkin mood:4 craving:2")
    assert not checked.error and "4" in checked.text


async def test_an_idle_connection_is_pinged_and_replaced_before_use(
    harness, pg_migrated_url, monkeypatch
):
    monkeypatch.setattr(db_module, "IDLE_PING_SECONDS", 0.0)
    pings: list[bool] = []
    dialect = harness.app.database.engine.sync_engine.dialect
    ping = dialect.do_ping

    def counted(dbapi_connection):
        try:
            result = ping(dbapi_connection)
        except Exception:
            pings.append(False)
            raise
        pings.append(True)
        return result

    monkeypatch.setattr(dialect, "do_ping", counted)
    assert await _restart_connections(pg_migrated_url) >= 1
    shown = await harness.say("/sober show")
    assert not shown.error, shown.text
    assert "20 days" in shown.text
    assert False in pings  # the dead connection was found by its ping, not by the command


async def test_busy_connections_are_not_pinged(harness, monkeypatch):
    pings: list[object] = []
    dialect = harness.app.database.engine.sync_engine.dialect
    monkeypatch.setattr(dialect, "do_ping", pings.append)
    for _ in range(3):
        assert not (await harness.say("/sober show")).error
    assert pings == []
