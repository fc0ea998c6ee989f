"""Haven on the real discord.py client, connected to a local fake Discord."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from adapters.discord.adapter import DiscordAdapter
from adapters.discord.main import serve
from adapters.discord.settings import DiscordSection
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from tests.conftest import START
from tests.fakes.discord.driver import DiscordDriver
from tests.fakes.discord.server import FakeDiscord
from tests.support.contract import ContractCog


@dataclass
class DiscordEnv:
    fake: FakeDiscord
    app: Haven
    settings: Settings
    task: asyncio.Task | None = None

    @property
    def adapter(self) -> DiscordAdapter:
        return self.app.adapters["discord"]  # type: ignore[return-value]

    @property
    def client(self):
        return self.adapter.client

    @property
    def driver(self) -> DiscordDriver:
        return DiscordDriver(self.fake, self.adapter)

    async def start(self, extra_cogs=(ContractCog,)) -> DiscordEnv:
        self.app = Haven(self.settings, clock=VirtualClock(START))
        self.app.load_cogs()
        self.app.load_cogs(extra_cogs)
        await self.app.start()
        self.task = asyncio.create_task(serve(self.app, self.settings))
        await self.until(
            lambda: (
                "discord" in self.app.adapters
                and self.client is not None
                and self.client.is_ready()
            )
        )
        return self

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            try:
                await self.task
            except (asyncio.CancelledError, Exception):
                pass
            self.task = None
        await self.app.stop()

    async def until(self, check, limit: float = 15.0) -> None:
        loop = asyncio.get_running_loop()
        end = loop.time() + limit
        while not check():
            if self.task is not None and self.task.done():
                self.task.result()  # raise what stopped the client
            assert loop.time() < end, "condition never became true"
            await asyncio.sleep(0.005)


def discord_settings(settings: Settings, fake: FakeDiscord, **kw) -> Settings:
    """``settings`` on the fake Discord; ``kw`` are more of DiscordSection's fields."""
    section = DiscordSection(
        token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url, **kw
    )
    return settings.with_section(section)


@pytest.fixture(autouse=True)
def _quick_ready(monkeypatch):
    """discord.py waits 2 s after READY for more GUILD_CREATEs; the fake sends them
    at once, so tests wait 10 ms instead."""
    import adapters.discord.main as main

    original = main.build_client

    def build(adapter, settings):
        client = original(adapter, settings)
        client._connection.guild_ready_timeout = 0.01
        return client

    monkeypatch.setattr(main, "build_client", build)


@pytest.fixture
async def fake():
    server = await FakeDiscord().start()
    yield server
    await server.close()


@pytest.fixture
async def env(fake, settings):
    environment = DiscordEnv(fake, None, discord_settings(settings, fake))  # type: ignore[arg-type]
    await environment.start()
    yield environment
    await environment.stop()
    assert fake.problems == [], fake.problems
