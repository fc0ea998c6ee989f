"""Channel pacing shared by Haven processes on one database, and a 429's
Retry-After holding every process back.

The second "process" is another SlackAdapter with its own Database engine on
the same SQLite file and its own Web API client.
"""

from __future__ import annotations

import asyncio

import pytest

from adapters.slack.adapter import SlackAdapter, channel_bucket, method_bucket
from adapters.slack.main import make_client
from bot import metrics
from bot.adapters import CommunityKey
from bot.clock import SystemClock
from bot.db import Database
from bot.messages import Message
from bot.ratelimit import Rate, RateLimiter

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
        await adapter.limiter.dispose()
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
    registry, labels = metrics.current().registry, {"platform": "slack"}
    limited = registry.get_sample_value("haven_rate_limited_total", labels) or 0.0
    waits = registry.get_sample_value("haven_rate_limit_wait_seconds_count", labels) or 0.0
    await world.adapter.send(TEAM, "CGENERAL", Message(text="reminder"))
    posts = world.fake.of("chat.postMessage")
    assert [c.status for c in posts] == [429, 200]
    # /metrics: the 429, and the retry's wait for the slot after its Retry-After
    assert registry.get_sample_value("haven_rate_limited_total", labels) == limited + 1
    waited = registry.get_sample_value("haven_rate_limit_wait_seconds_count", labels)
    assert waited is not None and waited >= waits + 1
    assert [c.args["text"] for c in posts if c.ok] == ["reminder"]  # retried once, not lost
    assert other.limiter is not None and other.channel_rate is not None
    slot = await other.limiter.acquire(channel_bucket("CGENERAL"), other.channel_rate)
    assert slot >= before + 1.0  # the other process waits out the Retry-After too


PEOPLE = ["UALICE", "UBOB", "UCAROL", "UDAN", "UERIN", "UFAY", "UGUS", "UHAL"]


async def test_a_burst_of_dm_opens_keeps_to_the_method_tier_across_processes(
    make_world, second_process
):
    # conversations.open is Tier 3 (50/min per workspace); lowered here to 300/min
    # (one per 0.2 s) so the burst lasts about 1.5 s. The fake answers 429 to a
    # workspace opening two conversations less than 0.15 s apart.
    world = await make_world(pace=1.0, rate_interval=0.9)
    other = second_process(world)
    for adapter in (world.adapter, other):
        adapter.tiers["conversations.open"] = 300
    world.fake.method_intervals["conversations.open"] = 0.15
    await asyncio.gather(
        *(world.adapter.send_dm(TEAM, u, Message(text=f"hi {u}")) for u in PEOPLE[:4]),
        *(other.send_dm(TEAM, u, Message(text=f"hi {u}")) for u in PEOPLE[4:]),
    )
    opens = world.fake.of("conversations.open")
    assert [c.status for c in opens] == [200] * 8  # spread at the tier: no 429
    assert sorted(c.args["users"] for c in opens) == sorted(PEOPLE)
    delivered = sorted(c.args["text"] for c in world.fake.of("chat.postMessage") if c.ok)
    assert delivered == sorted(f"hi {u}" for u in PEOPLE)


async def test_methods_without_a_shared_limiter_are_not_held_back(make_world):
    world = await make_world()  # pace 0: no limiter, the tiers are not applied
    world.fake.method_intervals["conversations.open"] = 0.15
    await asyncio.gather(*(world.adapter.send_dm(TEAM, u, Message(text="hi")) for u in PEOPLE[:3]))
    opens = world.fake.of("conversations.open")
    assert 429 in [c.status for c in opens]  # the fake does enforce it
    assert len([c for c in opens if c.ok]) == 3  # and the SDK's retry still got through


async def test_a_429_on_a_tiered_method_pushes_its_bucket_back_for_every_process(
    make_world, second_process
):
    world = await make_world(pace=1.0, rate_interval=1.0)
    other = second_process(world)
    world.fake.limit_next["conversations.open"] = 1  # Retry-After: 1
    limiter = world.adapter.limiter
    assert limiter is not None and other.limiter is not None
    before = limiter.now()
    await world.adapter.send_dm(TEAM, "UALICE", Message(text="hello"))
    opens = world.fake.of("conversations.open")
    assert [c.status for c in opens] == [429, 200]  # retried once, not lost
    assert [c.args["text"] for c in world.fake.of("chat.postMessage") if c.ok] == ["hello"]
    key = method_bucket("conversations.open", TEAM.workspace_id)
    slot = await other.limiter.acquire(key, Rate(per_second=50 / 60))
    assert slot >= before + 1.0  # the other process waits out the Retry-After too
    # another method's bucket, or another workspace's, is not held back
    asked = other.limiter.now()
    free = await other.limiter.acquire(method_bucket("conversations.open", "T0002"), Rate(1.0))
    assert free < asked + 0.5
