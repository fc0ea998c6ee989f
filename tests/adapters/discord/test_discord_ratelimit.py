"""Bulk sends under the token's global limit, shared by Haven processes.

Two "processes": two Havens, each with its own Database engine on one SQLite
file, its own DiscordAdapter and its own discord.py client (REST only, logged
in to the fake; bulk sends need no gateway). The fake enforces a real global
window (at most N requests in any sliding second, global 429s past that).
"""

from __future__ import annotations

import asyncio
from collections import Counter

import discord
import pytest

from adapters.discord.adapter import GLOBAL_BUCKET, DiscordAdapter
from adapters.discord.client import configure_endpoints
from bot import metrics
from bot.adapters import CommunityKey
from bot.app import Haven
from bot.clock import VirtualClock
from bot.messages import Message
from bot.ratelimit import Rate
from tests.conftest import START
from tests.fakes.discord.server import FakeDiscord

from .conftest import discord_settings


@pytest.fixture
async def processes(fake: FakeDiscord, settings):
    configured = discord_settings(settings, fake)
    configure_endpoints(configured)
    made: list[DiscordAdapter] = []

    async def make(count: int, rate: Rate) -> list[DiscordAdapter]:
        for _ in range(count):
            adapter = DiscordAdapter(Haven(configured, clock=VirtualClock(START)))
            client = discord.Client(intents=discord.Intents.none(), http_trace=adapter.rate_trace())
            await client.login(fake.token)
            adapter.client = client
            adapter.global_rate = rate
            made.append(adapter)
        return made[-count:]

    yield make
    for adapter in made:
        assert adapter.client is not None
        await adapter.client.close()
        await adapter.app.limiter.dispose()
        await adapter.app.database.dispose()


def _community(fake: FakeDiscord) -> CommunityKey:
    return CommunityKey("discord", fake.guild_id)


async def _fan_out(fake: FakeDiscord, adapters: list[DiscordAdapter], per_process: int) -> None:
    users = [u["id"] for u in fake.users.values()]
    community = _community(fake)
    await asyncio.gather(
        *(
            adapter.send_dm(community, users[n % len(users)], Message(text=f"p{p} dm {n}"))
            for p, adapter in enumerate(adapters)
            for n in range(per_process)
        )
    )


def _delivered(fake: FakeDiscord) -> Counter:
    return Counter(s.content for s in fake.shown if s.kind == "dm")


async def test_two_processes_sharing_the_bucket_never_hit_the_global_limit(fake, processes):
    fake.global_per_second = 20
    adapters = await processes(2, Rate(per_second=16, batch=3))
    await _fan_out(fake, adapters, 12)
    assert fake.global_429s == 0
    delivered = _delivered(fake)
    assert sorted(delivered) == sorted(f"p{p} dm {n}" for p in range(2) for n in range(12))
    assert set(delivered.values()) == {1}  # none lost, none twice


async def test_without_shared_pacing_the_limit_bites_yet_nothing_is_lost(fake, processes):
    fake.global_per_second = 10
    adapters = await processes(2, Rate(per_second=1000, batch=5))  # far above Discord's
    await _fan_out(fake, adapters, 6)
    assert fake.global_429s > 0
    assert sum(a.global_429s for a in adapters) == fake.global_429s  # every one seen
    delivered = _delivered(fake)
    assert len(delivered) == 12 and set(delivered.values()) == {1}


def counted_429s(platform: str) -> float:
    """429s as /metrics counts them (bot/metrics.py)."""
    labels = {"platform": platform}
    return metrics.current().registry.get_sample_value("haven_rate_limited_total", labels) or 0.0


async def test_a_global_429_holds_back_the_other_process(fake, processes):
    first, second = await processes(2, Rate(per_second=50, batch=5))
    bob = fake.users["bob"]["id"]
    await first.send_dm(_community(fake), bob, Message(text="warm up"))  # DM channel open
    fake.rate_limit_next("POST", r"/channels/\d+/messages", retry_after=0.4, is_global=True)
    counted = counted_429s("discord")
    before = first.limiter.now()
    await first.send_dm(_community(fake), bob, Message(text="after a 429"))
    assert first.global_429s == 1
    slot = await second.limiter.acquire(GLOBAL_BUCKET, second.global_rate)
    assert slot >= before + 0.4  # the other process waited out the Retry-After too
    assert counted_429s("discord") == counted + 1  # /metrics counts the 429
    assert _delivered(fake) == Counter({"warm up": 1, "after a 429": 1})
