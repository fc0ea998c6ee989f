"""Events API: App Home, retried events, uninstall; and Socket Mode envelopes."""

from __future__ import annotations

import asyncio
import json

from slack_bolt.adapter.socket_mode.async_internals import run_async_bolt_app
from slack_sdk.socket_mode.request import SocketModeRequest

from bot.adapters import CommunityKey
from tests.fakes.slack.driver import read_text


async def until(condition, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met in time")


def envelope(event: dict, event_id: str = "Ev0001") -> dict:
    return {
        "token": "legacy",
        "team_id": "T0001",
        "api_app_id": "AHAVEN",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": 1700000000,
        "event": event,
        "authorizations": [{"team_id": "T0001", "user_id": "UHAVENBOT", "is_bot": True}],
    }


HOME = {"type": "app_home_opened", "user": "UALICE", "channel": "DUALICE", "tab": "home"}


async def test_app_home_shows_the_member_their_own_state(world):
    d = world.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    await d.command("alice", "/sober set 2026-01-01")
    status, _ = await d.post_json(envelope(HOME))
    assert status == 200
    await until(lambda: "UALICE" in world.fake.homes)
    view = world.fake.homes["UALICE"]
    text = json.dumps(view)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert "Sober days" in text and "324 days" in text
    assert "Mood 4" in text  # today's check-in, one tap away
    # refreshed after a relevant change
    await d.command("alice", "/checkin mood:4 craving:1")
    assert "1 day" in json.dumps(world.fake.homes["UALICE"]) or "Day 1" in json.dumps(
        world.fake.homes["UALICE"]
    )


async def test_home_before_consent_stores_nothing_and_points_to_the_notice(world):
    await world.driver.post_json(envelope(HOME))
    await until(lambda: "UALICE" in world.fake.homes)
    assert "/haven consent" in json.dumps(world.fake.homes["UALICE"])


async def test_retried_events_are_handled_once(world):
    d = world.driver
    await d.post_json(envelope(HOME, "EvRETRY"))
    await until(lambda: world.fake.of("views.publish"))
    for attempt in (1, 2):
        retry = {"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_timeout"}
        status, _ = await d.post_json(envelope(HOME, "EvRETRY"), headers=retry)
        assert status == 200
    await asyncio.sleep(0.1)
    await world.adapter.tracker.drain()
    assert len(world.fake.of("views.publish")) == 1


async def test_uninstall_starts_the_purge_grace_period(world):
    key = CommunityKey("slack", "T0001")
    await world.driver.command("alice", "/contract ephemeral")
    await world.driver.post_json(envelope({"type": "app_uninstalled"}, "EvGONE"))
    await until(lambda: False if world.adapter.tracker._running else True)

    async def removed():
        return (await world.app.community(key)).removed_at

    for _ in range(200):
        if await removed():
            break
        await asyncio.sleep(0.01)
    assert await removed() == world.app.clock.now()


async def test_only_user_tokens_revoked_keeps_the_community(world):
    key = CommunityKey("slack", "T0001")
    event = {"type": "tokens_revoked", "tokens": {"oauth": ["UALICE"], "bot": []}}
    await world.driver.post_json(envelope(event, "EvTOK"))
    await asyncio.sleep(0.1)
    assert (await world.app.community(key)).removed_at is None
    event = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["BHAVEN"]}}
    await world.driver.post_json(envelope(event, "EvTOK2"))
    for _ in range(200):
        if (await world.app.community(key)).removed_at:
            break
        await asyncio.sleep(0.01)
    assert (await world.app.community(key)).removed_at is not None


async def test_socket_mode_envelopes_reach_the_same_listeners(world):
    d = world.driver
    fields = dict(
        pair.split("=", 1) for pair in d.command_body("alice", "/contract ephemeral").split("&")
    )
    from urllib.parse import unquote_plus

    payload = {k: unquote_plus(v) for k, v in fields.items()}
    request = SocketModeRequest(type="slash_commands", envelope_id="env-1", payload=payload)
    response = await run_async_bolt_app(world.runtime.bolt, request)
    assert response.status == 200
    await world.adapter.tracker.drain()
    [reply] = world.fake.of("response_url")
    assert read_text(reply.args) == "only you see this" and reply.user == "UALICE"


async def test_app_home_shows_no_streak_to_a_member_who_turned_them_off(world):
    d = world.driver
    for line in ("/haven consent agree", "/haven timezone UTC", "/checkin mood:4 craving:1"):
        await d.command("alice", line)
    await d.command("alice", "/checkin streaks off")
    await d.command("alice", "/sober set 2026-01-01")  # a change that refreshes the home
    status, _ = await d.post_json(envelope(HOME))
    assert status == 200
    await until(lambda: "checked in today" in json.dumps(world.fake.homes.get("UALICE", {})))
    text = json.dumps(world.fake.homes["UALICE"])
    assert "Day 1" not in text and "in a row" not in text
    assert "You've checked in today" in text
