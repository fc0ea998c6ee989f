"""The real discord.py client on the fake gateway: login, intents, guilds,
reconnects that never double anything."""

from __future__ import annotations

from sqlmodel import select

from bot.adapters import CommunityKey
from bot.models import Community


def _bodies(fake, method: str, pattern: str):
    import re

    return [r for r in fake.requests if r.method == method and re.fullmatch(pattern, r.path)]


async def test_logs_in_with_the_guilds_intent_only(env):
    fake = env.fake
    assert [r.path for r in fake.requests[:2]] == ["/users/@me", "/oauth2/applications/@me"]
    [identify] = fake.identifies
    assert identify["intents"] == 1  # GUILDS; no members, presences or message content
    assert env.client.is_ready()
    assert [g.id for g in env.client.guilds] == [int(fake.guild_id)]


async def test_joining_a_guild_creates_its_community_and_leaving_starts_the_purge(env):
    fake, app = env.fake, env.app
    async with app.database.unscoped_session("test") as session:
        rows = (await session.exec(select(Community).where(Community.platform == "discord"))).all()
    assert [(c.workspace_id, c.removed_at) for c in rows] == [(fake.guild_id, None)]

    fake.dispatch("GUILD_DELETE", {"id": fake.guild_id}, guild_id=fake.guild_id)
    key = CommunityKey("discord", fake.guild_id)

    async def removed():
        return (await app.community(key)).removed_at

    await env.until(lambda: env.client.get_guild(int(fake.guild_id)) is None)
    await _settle(env, removed, lambda v: v is not None)
    assert await removed() == app.clock.now()

    fake.dispatch("GUILD_CREATE", fake.guild_create(), guild_id=fake.guild_id)
    await _settle(env, removed, lambda v: v is None)


async def _settle(env, probe, ok):
    import asyncio

    for _ in range(2000):
        if ok(await probe()):
            return
        await asyncio.sleep(0.005)
    raise AssertionError("state never settled")


async def test_reconnect_resumes_without_doubling_handlers_or_the_scheduler(env, monkeypatch):
    fake, driver = env.fake, env.driver
    starts = []
    monkeypatch.setattr(env.app.scheduler, "start", lambda *a: starts.append(a))
    before = env.client.ready_count
    await fake.reconnect()
    await env.until(lambda: fake.resumes == 1 and env.client.is_ready())
    assert fake.connections == 2 and len(fake.identifies) == 1

    seen = await driver.shown_after_command("alice", "/contract ephemeral")
    assert [(s.kind, s.content) for s in seen] == [("reply", "only you see this")]
    callbacks = _bodies(fake, "POST", r"/interactions/\d+/[^/]+/callback")
    assert len(callbacks) == 1  # one handler answered, once

    # A session Discord forgets: a fresh IDENTIFY, still one answer per command.
    # (discord.py waits 5 s before a repeated IDENTIFY, Discord's limit; not here.)
    async def no_wait(*args, **kwargs):
        return None

    env.client.before_identify_hook = no_wait
    await fake.invalidate(resumable=False)
    await env.until(lambda: len(fake.identifies) == 2 and env.client.ready_count == before + 1)
    seen = await driver.shown_after_command("bob", "/contract public")
    assert [(s.kind, s.visible_to) for s in seen] == [("reply", "all")]
    assert len(_bodies(fake, "POST", r"/interactions/\d+/[^/]+/callback")) == 2
    assert starts == []  # the scheduler is the app's, started once before the client
    assert fake.command_puts == ["global"]  # setup_hook (and sync) ran once


async def test_interactions_are_answered_within_the_deadline_with_the_right_flags(env):
    fake, driver = env.fake, env.driver
    await driver.shown_after_command("alice", "/contract ephemeral")
    await driver.shown_after_command("alice", "/contract public")
    first, second = (r.body for r in _bodies(fake, "POST", r"/interactions/\d+/[^/]+/callback"))
    assert first["type"] == 4 and first["data"]["flags"] == 64
    assert first["data"]["content"] == "only you see this"
    assert second["type"] == 4 and not (second["data"].get("flags") or 0) & 64
    for inter in fake.interactions.values():
        assert inter.answered_at - inter.sent_at < fake.deadline
