"""Moderation through the real adapters: the community's country for /crisis,
and the audit log's bounds — discord.py against the fake Discord and bolt
against the fake Slack, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import Settings
from bot.models import AuditLog
from tests.e2e.conftest import _discord_world, _slack_world, failed_deliveries
from tests.e2e.rows import rows_of


@pytest.fixture(params=["discord", "slack"])
async def world(request, database_url):
    """A world whose scenarios answer only privately (no DM, so nothing goes
    through the shared limiter that the matrix's own fixture expects)."""
    make = _discord_world if request.param == "discord" else _slack_world
    async with make(Settings(database_url=database_url)) as built:
        yield built
        assert await failed_deliveries(built.app) == []


async def audit(world) -> list[tuple[str, str, str]]:
    return [
        (world.name_of(r.actor_id), r.action, r.outcome) for r in await rows_of(world, AuditLog)
    ]


async def test_a_country_puts_its_numbers_first_and_only_moderators_set_it(world):
    await world.agree("alice")
    refused = await world.command("alice", "/mod country GB")
    assert refused.reply.error and "for moderators" in refused.reply.text

    chosen = await world.command(world.mod, "/mod country GB")
    assert chosen.ok and "the United Kingdom" in chosen.reply.text, chosen.seen
    crisis = await world.command("alice", "/crisis")
    text = crisis.reply.text
    assert "call 999" in text and "Samaritans" in text and "116 123" in text
    assert "988" not in text and "not counselling" in text

    wrong = await world.command(world.mod, "/mod country xx")
    assert wrong.reply.error and "/mod country" in wrong.reply.text
    assert "116 123" in (await world.command("alice", "/crisis")).reply.text  # kept
    assert await audit(world) == [
        ("alice", "mod country", "denied"),
        (world.mod, "mod country", "ok"),
    ]


async def test_repeated_refusals_are_audited_once_an_hour(world):
    await world.agree("alice")
    for _ in range(4):
        out = await world.command("alice", "/mod channel announcements #general")
        assert out.reply.error and "for moderators" in out.reply.text  # refused every time
    assert await audit(world) == [("alice", "mod channel", "denied")]
    await world.run_until(world.app.clock.now() + timedelta(hours=1, minutes=1))
    await world.command("alice", "/mod channel announcements #general")
    assert len(await audit(world)) == 2  # an hour on, recorded again


async def test_discord_private_threads_open_under_the_announcements_channel(database_url):
    """The engine's ``channels`` setting, read typed by the Discord adapter:
    before a moderator sets it, pods' threads open under the system channel."""

    def parents(world) -> list[str]:
        channels = world.fake.channels.values()
        return [str(c["parent_id"]) for c in channels if c.get("type") == 12]

    async with _discord_world(Settings(database_url=database_url)) as world:
        await world.agree(world.mod, "alice", "bob", "carol", "dan")
        await world.command("alice", "/partner request @bob")
        assert (await world.press("bob", "Accept")).ok
        system = str(world.fake.general["id"])
        assert parents(world) == [system]

        announcements = world.channel_id("announcements")
        assert announcements != system
        setup = await world.command(
            world.mod, f"/mod channel announcements {world.channel('announcements')}"
        )
        assert setup.ok, setup.seen
        await world.command("carol", "/partner request @dan")
        assert (await world.press("dan", "Accept")).ok
        assert parents(world) == [system, str(announcements)]
        assert await failed_deliveries(world.app) == []
