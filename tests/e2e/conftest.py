"""The end-to-end matrix: every scenario on {Discord, Slack} × {SQLite, PostgreSQL}.

``world`` is one community on a real adapter (see :mod:`tests.e2e.worlds`):

* Discord — the real discord.py client against the fake Discord (gateway + REST);
* Slack — bolt's AsyncApp in HTTP mode behind a local aiohttp server, fed
  signed requests, its Web API client pointed at the fake Slack;

on a SQLite file (a copy of the migrated template) or PostgreSQL (the
``pg_url`` fixture: skipped without HAVEN_TEST_DATABASE_URL, failed under CI).
Platform calls are paced by the real shared rate limiter (``app.limiter``,
bot/ratelimit.py); on Slack with a short channel pace and method tiers raised
so the matrix stays fast — the limiter's database path is the same.

After each test the fake platform must have found nothing wrong in Haven's
calls, and no scheduled work may be recorded as failed.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import pytest
from aiohttp import web
from sqlmodel import select

from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from bot.ledger import FAILED
from bot.models import Delivery
from tests.conftest import START
from tests.e2e.worlds import CHANNELS, MEMBERS, MOD, DiscordWorld, SlackWorld, World

SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SLACK_TOKEN = "xoxb-test-token"
SLACK_TEAM = "T0001"
#: Seconds between two posts in one Slack channel (Slack: about 1; 1.08 in
#: production). Short here: a scenario posts several times in one channel.
SLACK_PACE = 0.05
#: Slack's method tiers (per minute) multiplied by this: 15 members' DMs open
#: at once without waiting out Tier 3's 1.2 s per call.
TIER_FACTOR = 100
#: /crisis's and /sos's read of helplines and language may take this long here
#: (a loaded test machine can take over the default 0.5 s): these worlds test
#: what the read finds; answering without it is tested on its own
#: (tests/cogs/test_crisis.py, the adapters' degraded tests).
BRIEF_READ_MS = 2500


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request) -> str:
    if request.param == "sqlite":
        return request.getfixturevalue("db_url")
    return request.getfixturevalue("pg_migrated_url")


@pytest.fixture(autouse=True)
def _quick_ready(monkeypatch):
    """discord.py waits 2 s after READY for more GUILD_CREATEs; the fake sends
    them at once."""
    import adapters.discord.main as main

    original = main.build_client

    def build(adapter, settings):
        client = original(adapter, settings)
        client._connection.guild_ready_timeout = 0.01
        return client

    monkeypatch.setattr(main, "build_client", build)


async def _until(check, task: asyncio.Task | None = None, limit: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    while not check():
        if task is not None and task.done():
            task.result()
        assert loop.time() < end, "the adapter never became ready"
        await asyncio.sleep(0.005)


async def discord_fake() -> Any:
    """The fake Discord every world starts with, running."""
    from tests.fakes.discord.server import FakeDiscord

    fake = FakeDiscord(users=(*MEMBERS, MOD))
    fake.moderators = {fake.user_id(MOD)}
    for position, name in enumerate(CHANNELS):
        if name != "announcements":
            fake._text_channel(name, 2 + position)
    await fake.start()
    return fake


async def slack_fake() -> Any:
    """The fake Slack every world starts with, running."""
    from tests.fakes.slack.server import Channel, FakeSlack

    fake = await FakeSlack(SLACK_TOKEN, team=SLACK_TEAM, rate_interval=0.0).start()
    for name in MEMBERS:
        fake.add_user("U" + name.upper(), name)
    fake.add_user("U" + MOD.upper(), MOD, admin=True)
    for name in CHANNELS:
        cid = "C" + name.upper()
        fake.channels[cid] = Channel(cid, "public", name=name)
    return fake


@asynccontextmanager
async def _discord_world(
    settings: Settings, start: datetime = START, fake: Any = None
) -> AsyncIterator[World]:
    """Haven on the fake Discord from ``start``. Given a ``fake`` (from
    :func:`discord_fake`), Haven uses it and leaves it running: a second Haven
    on the same fake and database is a restart."""
    from adapters.discord.main import serve

    restart = fake is not None
    if fake is None:
        fake = await discord_fake()
    settings = dataclasses.replace(
        settings,
        brief_read_ms=BRIEF_READ_MS,
        sections=(
            DiscordSection(
                token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url
            ),
        ),
    )
    app = Haven(settings, clock=VirtualClock(start))
    app.load_cogs()
    task: asyncio.Task | None = None
    try:
        await app.start()
        fake.now = app.clock.now  # Discord refuses scheduled events in the past
        task = asyncio.create_task(serve(app, settings))

        def ready() -> bool:
            adapter = app.adapters.get("discord")
            client = getattr(adapter, "client", None)
            return client is not None and client.is_ready()

        await _until(ready, task)
        world = DiscordWorld(app, fake, app.adapters["discord"])
        yield world
        await world.settle()
        assert fake.problems == [], fake.problems
    finally:
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await app.stop()
        if not restart:
            await fake.close()


@asynccontextmanager
async def _slack_world(
    settings: Settings, start: datetime = START, fake: Any = None
) -> AsyncIterator[World]:
    """Haven on the fake Slack from ``start``; given a ``fake`` (from
    :func:`slack_fake`), a restart is possible (see :func:`_discord_world`)."""
    from adapters.slack.main import EVENTS_PATH, build
    from tests.fakes.slack.driver import SlackDriver

    restart = fake is not None
    if fake is None:
        fake = await slack_fake()
    settings = dataclasses.replace(
        settings,
        brief_read_ms=BRIEF_READ_MS,
        sections=(
            SlackSection(
                bot_token=Secret(SLACK_TOKEN),
                signing_secret=Secret(SLACK_SECRET),
                mode="http",
                api_url=fake.api_url,
            ),
        ),
    )
    app = Haven(settings, clock=VirtualClock(start))
    app.load_cogs()
    runner: web.AppRunner | None = None
    try:
        await app.start()
        runtime = build(app, settings, pace=SLACK_PACE)
        adapter = runtime.adapter
        assert adapter.limiter is app.limiter  # the shared limiter, not the in-process pacer
        adapter.tiers = {method: rate * TIER_FACTOR for method, rate in adapter.tiers.items()}
        runner = web.AppRunner(runtime.web_app())
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}{EVENTS_PATH}"
        driver = SlackDriver(fake, url, SLACK_SECRET, adapter, team=SLACK_TEAM)
        world = SlackWorld(app, fake, adapter, driver)
        yield world
        await world.settle()
    finally:
        if runner is not None:
            await runner.cleanup()
        await app.stop()
        if not restart:
            await fake.close()


@pytest.fixture(params=["discord", "slack"])
async def world(request, database_url) -> AsyncIterator[World]:
    settings = Settings(database_url=database_url)
    make = _discord_world if request.param == "discord" else _slack_world
    async with make(settings) as built:
        yield built
        # Every scenario sends through the shared limiter's database buckets.
        assert built.app.limiter.round_trips > 0
        failed = await failed_deliveries(built.app)
        assert failed == [], failed


async def failed_deliveries(app: Haven) -> list[tuple[str, str]]:
    async with app.database.unscoped_session("test", readonly=True) as session:
        rows = await session.exec(select(Delivery).where(Delivery.status == FAILED))
        return [(row.key, row.note) for row in rows.all()]
