"""Rate limits: the SDK's 429 retry handler, and the adapter's per-channel pace."""

from __future__ import annotations

import asyncio

from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler

from bot.adapters import CommunityKey
from bot.messages import Message

TEAM = CommunityKey("slack", "T0001")


async def test_a_429_is_retried_after_retry_after_and_no_message_is_lost(make_world):
    world = await make_world(pace=0.0, rate_interval=1.0)  # no pacing: Slack's limit bites
    assert any(
        isinstance(h, AsyncRateLimitErrorRetryHandler) for h in world.adapter.client.retry_handlers
    )
    await asyncio.gather(
        *(world.adapter.send(TEAM, "CGENERAL", Message(text=f"post {n}")) for n in range(2))
    )
    posts = world.fake.of("chat.postMessage")
    assert [c.status for c in posts].count(429) >= 1
    delivered = sorted(c.args["text"] for c in posts if c.ok)
    assert delivered == ["post 0", "post 1"]


async def test_bulk_sends_keep_to_the_channel_pace_and_never_hit_429(make_world):
    world = await make_world(pace=1.0, rate_interval=0.9)
    texts = [f"reminder {n}" for n in range(3)]
    await asyncio.gather(
        *(world.adapter.send(TEAM, "CGENERAL", Message(text=t)) for t in texts),
        world.adapter.send_dm(TEAM, "UBOB", Message(text="another channel")),
    )
    posts = world.fake.of("chat.postMessage")
    assert all(c.ok for c in posts if c.args["channel"] == "CGENERAL")
    assert [c.args["text"] for c in posts if c.args["channel"] == "CGENERAL"] == texts
    assert [c.args["text"] for c in posts if c.args["channel"] == "DUBOB"] == ["another channel"]
