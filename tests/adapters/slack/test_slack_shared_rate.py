"""Channel pacing shared by Haven processes on one database, and a 429's
Retry-After holding every process back.

The second "process" is another SlackAdapter with its own Database engine on
the same SQLite file and its own Web API client.
"""

from __future__ import annotations

import asyncio

import pytest

from adapters.slack.adapter import SlackAdapter, channel_bucket
from adapters.slack.main import make_client
from bot.adapters import CommunityKey
from bot.clock import SystemClock
from bot.db import Database
from bot.messages import Message
from bot.ratelimit import RateLimiter

TEAM = CommunityKey("slack", "T0001")


@pytest.fixture
async def second_process():
    made: list[SlackAdapter] = []

    def make(world) -> SlackAdapter:
        settings = world.app.settings
        limiter = RateLimiter(Database(settings.database_url), SystemClock())
        adapter = SlackAdapter(make_client(settings), world.app.clock, pace=1.0, limiter=limiter)
        made.append(adapter)
        return adapter

    yield make
    for adapter in made:
        assert adapter.limiter is not None
        await adapter.limiter.db.dispose()


async def test_two_processes_keep_one_channel_to_its_pace_together(make_world, second_process):
    world = await make_world(pace=1.0, rate_interval=0.9)
    other = second_process(world)
    texts = {"a": ["a 0", "a 1"], "b": ["b 0", "b 1"]}
    await asyncio.gather(
        *(world.adapter.send(TEAM, "CGENERAL", Message(text=t)) for t in texts["a"]),
        *(other.send(TEAM, "CGENERAL", Message(text=t)) for t in texts["b"]),
    )
    posts = world.fake.of("chat.postMessage")
    assert [c.status for c in posts] == [200] * 4  # no 429: one pace for both
    assert sorted(c.args["text"] for c in posts) == ["a 0", "a 1", "b 0", "b 1"]


async def test_a_429_pushes_the_channel_back_for_every_process(make_world, second_process):
    world = await make_world(pace=1.0, rate_interval=1.0)
    other = second_process(world)
    # Another client of the app posted here a moment ago: Slack answers 429,
    # Retry-After: 1.
    world.fake._last_post["CGENERAL"] = world.fake.now()
    limiter = world.adapter.limiter
    assert limiter is not None
    before = limiter.now()
    await world.adapter.send(TEAM, "CGENERAL", Message(text="reminder"))
    posts = world.fake.of("chat.postMessage")
    assert [c.status for c in posts] == [429, 200]
    assert [c.args["text"] for c in posts if c.ok] == ["reminder"]  # retried once, not lost
    assert other.limiter is not None and other.channel_rate is not None
    slot = await other.limiter.acquire(channel_bucket("CGENERAL"), other.channel_rate)
    assert slot >= before + 1.0  # the other process waits out the Retry-After too
