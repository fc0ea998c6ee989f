"""The meetings mirror as Discord Guild Scheduled Events, through the fake."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import unquote

from adapters.discord.adapter import NO_LINK_LOCATION, ScheduledEventLimit
from bot.adapters import Capability, CommunityKey

ADD = (
    '/meeting add title:"Monday circle" day:mon time:18:00 tz:Europe/London '
    'link:https://meet.example.org/m about:"Bring tea"'
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def when(event, key="scheduled_start_time") -> datetime:
    return datetime.fromisoformat(event[key])


def event_requests(fake, method):
    return [
        r
        for r in fake.requests
        if r.method == method and re.fullmatch(r"/guilds/\d+/scheduled-events(/\d+)?", r.path)
    ]


async def _setup(env) -> None:
    env.fake.now = env.app.clock.now  # Discord refuses events that start in the past
    [done] = await env.driver.command("mona", "/mod channel announcements #announcements")
    assert not done.error, done


async def test_mirror_on_creates_one_event_per_meeting_at_its_next_start(env):
    fake, driver = env.fake, env.driver
    assert Capability.SCHEDULED_EVENTS in env.adapter.capabilities
    await _setup(env)
    [on] = await driver.command("mona", "/meeting mirror on")
    assert not on.error and "Mirror on" in on.text
    [added] = await driver.command("mona", ADD)
    assert "mirrored as a scheduled event" in added.text

    [event] = fake.scheduled_events.values()
    assert event["name"] == "Monday circle"
    assert when(event) == utc("2026-11-23T18:00")  # the first Monday 18:00 London (GMT)
    assert when(event, "scheduled_end_time") == utc("2026-11-23T19:00")
    assert (event["entity_type"], event["privacy_level"], event["channel_id"]) == (3, 2, None)
    assert event["entity_metadata"] == {"location": "https://meet.example.org/m"}
    assert event["description"] == "Bring tea"
    [create] = event_requests(fake, "POST")
    assert unquote(create.headers.get("X-Audit-Log-Reason", "")) == "Haven meeting mirror"

    # At the start the event moves on to the next Monday: the same event, edited.
    await env.app.scheduler.run_until(utc("2026-11-23T18:00"))
    await env.adapter.idle()
    assert list(fake.scheduled_events.values()) == [event]
    assert when(event) == utc("2026-11-30T18:00")
    assert len(event_requests(fake, "POST")) == 1 and len(event_requests(fake, "PATCH")) == 1

    [removed] = await driver.command("mona", "/meeting remove 1")
    assert not removed.error
    assert fake.scheduled_events == {}
    assert fake.problems == []


async def test_mirror_off_deletes_the_events(env):
    fake, driver = env.fake, env.driver
    await _setup(env)
    await driver.command("mona", ADD)
    [second] = await driver.command(
        "mona", "/meeting add title:Second day:tue time:19:00 tz:Europe/Helsinki"
    )
    assert not second.error, second
    assert fake.scheduled_events == {}  # off by default
    [on] = await driver.command("mona", "/meeting mirror on")
    assert "(2 of 2 now)" in on.text
    assert sorted(e["entity_metadata"]["location"] for e in fake.scheduled_events.values()) == [
        NO_LINK_LOCATION,
        "https://meet.example.org/m",
    ]
    [off] = await driver.command("mona", "/meeting mirror off")
    assert not off.error
    assert fake.scheduled_events == {}
    assert len(event_requests(fake, "DELETE")) == 2
    [denied] = await driver.command("alice", "/meeting mirror on")
    assert denied.error and fake.scheduled_events == {}
    assert fake.problems == []


async def test_an_event_deleted_on_discord_is_made_again_and_limits_are_kept(env):
    fake, adapter = env.fake, env.adapter
    fake.now = env.app.clock.now
    key = CommunityKey("discord", fake.guild_id)
    start, end = utc("2026-11-23T18:00"), utc("2026-11-23T19:00")
    first = await adapter.upsert_scheduled_event(
        key, "haven-meeting-1", "x" * 150, start, end, "https://e.org/" + "a" * 120, "y" * 1200
    )
    event = fake.scheduled_events[first]
    assert len(event["name"]) == 100 and event["name"].endswith("…")
    # A link too long for the location moves to the description, whole.
    assert event["entity_metadata"]["location"] == NO_LINK_LOCATION
    assert event["description"].startswith("https://e.org/" + "a" * 120 + "\n\n")
    assert len(event["description"]) == 1000

    del fake.scheduled_events[first]  # a moderator deleted it in Discord
    again = await adapter.upsert_scheduled_event(
        key, "haven-meeting-1", "Circle", start, end, None, None, event_id=first
    )
    assert again != first and fake.scheduled_events[again]["name"] == "Circle"
    await adapter.delete_scheduled_event(key, first)  # already gone: not an error
    await adapter.delete_scheduled_event(key, again)
    assert fake.scheduled_events == {}
    assert fake.problems == []


async def test_discords_100_event_limit_is_reported_not_crashed(env, caplog):
    fake, driver = env.fake, env.driver
    await _setup(env)
    for n in range(100):
        fake.scheduled_events[str(n)] = {"id": str(n), "status": 1, "creator_id": "1"}
    await driver.command("mona", "/meeting mirror on")
    [added] = await driver.command("mona", ADD)
    assert not added.error and "couldn't update its scheduled event" in added.text
    assert "maximum of 100 upcoming scheduled events" in caplog.text
    assert [r.status for r in event_requests(fake, "POST")] == [400]
    key = CommunityKey("discord", fake.guild_id)
    try:
        await env.adapter.upsert_scheduled_event(
            key, "k", "t", utc("2026-11-23T18:00"), utc("2026-11-23T19:00"), None, None
        )
    except ScheduledEventLimit:
        pass
    else:
        raise AssertionError("the limit was not reported")
