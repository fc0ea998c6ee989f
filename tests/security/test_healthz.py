# ruff: noqa: F811  (the Slack fixture imported from the adapter's conftest)
"""``GET /readyz`` tells the truth: 200 only while the database answers and
Slack requests reach Haven; else 503 with a short JSON body naming which
(nothing more: it is served without authentication). ``GET /healthz`` only
says the process is alive: degraded mode (the database away) is not ready,
not dead (bot/ops/server.py)."""

from __future__ import annotations

import asyncio
import dataclasses
import socket

import aiohttp
import pytest

from adapters.slack import main as slack_main
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Settings
from tests.adapters.slack.conftest import make_world  # noqa: F401  (the Slack fixture)
from tests.conftest import START

#: Nothing listens here: a database that is gone.
GONE = "postgresql+asyncpg://postgres@127.0.0.1:1/gone"


async def healthz(base: str, path: str = "/healthz") -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}{path}") as response:
            return response.status, await response.json()


async def readyz(base: str) -> tuple[int, dict]:
    return await healthz(base, "/readyz")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=["sqlite", "postgres"])
def settings(request) -> Settings:
    if request.param == "gone":
        return Settings(database_url=GONE)
    url = request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")
    return Settings(database_url=url)


async def test_healthy_once_serving_and_503_when_the_database_goes(make_world):
    world = await make_world()
    # Before Slack requests reach Haven (serve_http not yet listening): not ready.
    status, body = await readyz(world.base)
    assert (status, body) == (503, {"status": "not ready", "slack": "not connected"})
    assert await healthz(world.base) == (200, {"status": "ok"})  # but alive

    # haven run: serve() confirms the token and listens; then healthy.
    port = free_port()
    settings = dataclasses.replace(world.app.settings, http_port=port)
    app = Haven(settings, clock=VirtualClock(START))
    app.load_cogs()
    await app.start()
    task = asyncio.create_task(slack_main.serve(app, settings))
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(500):
            try:
                status, body = await readyz(base)
                if status == 200:
                    break
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.01)
        assert (status, body) == (200, {"status": "ready"})

        # The database stops answering, and does not come back while we look.
        async def still_away() -> None:
            raise ConnectionError("still away")

        app.storage.recover = still_away
        app.storage.lost(ConnectionError("gone"))
        status, body = await readyz(base)
        assert (status, body) == (503, {"status": "not ready", "database": "away"})
        assert await healthz(base) == (200, {"status": "ok"})  # degraded, not dead
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await app.stop()


@pytest.mark.parametrize("settings", ["gone"], indirect=True)
async def test_503_when_haven_starts_without_its_database(make_world):
    world = await make_world()
    assert world.app.storage.down  # degraded: /crisis still answers
    world.runtime.ready = True
    status, body = await readyz(world.base)
    assert (status, body) == (503, {"status": "not ready", "database": "away"})
    assert await healthz(world.base) == (200, {"status": "ok"})
    [crisis] = await world.driver.command("alice", "/crisis")
    assert "988" in crisis.text
