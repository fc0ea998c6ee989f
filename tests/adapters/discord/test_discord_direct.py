"""Commands in a direct message with Haven, through discord.py and the fake.

Personal commands are registered for servers and Haven's DMs (``contexts``
0 and 1, guild install only) and act in the member's own server; the rest
stay in servers. A member of several Haven servers is asked which one.
"""

from __future__ import annotations

import pytest

from adapters.discord.direct import EXPIRED, NO_SERVER, WHICH
from bot.adapters import CommunityKey
from bot.models import Member
from tests.conftest import START

OTHER_GUILD = "424242424242424242"
PERSONAL = {"checkin", "crisis", "haven", "help", "sober", "sos"}


async def _in_dm(env, user: str, line: str):
    """``user`` runs ``line`` in their DM with Haven; what they were shown."""
    channel_id = str(await env.adapter._open_dm(env.fake.user_id(user)))
    data = env.driver.command_data(line)
    data.pop("guild_id")  # a global command run outside a server
    return env.driver.seen(await env.driver.interact(user, 2, data, channel_id=channel_id))


async def _member_elsewhere(env, user: str, name: str = "Sober Coders") -> None:
    """``user`` also answered Haven's notice in another server."""
    community = await env.app.community(CommunityKey("discord", OTHER_GUILD, "", name))
    async with env.app.database.unscoped_session("test") as session:
        session.add(
            Member(
                community_id=community.id,
                platform_user_id=env.fake.user_id(user),
                consent_version=1,
                consented_at=START,
            )
        )
        await session.commit()


async def test_commands_declare_where_they_work(env):
    registered = {c["name"]: c for cmds in env.fake.commands.values() for c in cmds}
    assert set(registered) >= PERSONAL | {"meeting", "mod", "partner"}
    for name, cmd in registered.items():
        assert cmd["integration_types"] == [0], name  # installed to servers only
        assert cmd["contexts"] == ([0, 1] if name in PERSONAL else [0]), name


async def test_personal_commands_in_a_dm_act_in_the_members_server(env):
    driver = env.driver
    await driver.command("alice", "/haven consent agree")
    await driver.command("alice", "/haven timezone UTC")
    await driver.command("alice", "/sober set 2025-01-02")
    [shown] = await _in_dm(env, "alice", "/sober show")
    assert shown.visible_to == ["alice"] and not shown.error
    assert "days" in shown.text
    [streak] = await _in_dm(env, "alice", "/checkin streak")
    assert streak.visible_to == ["alice"] and not streak.error
    [crisis] = await _in_dm(env, "carol", "/crisis")  # never joined: helplines all the same
    assert "988" in crisis.text and crisis.visible_to == ["carol"]


async def test_a_server_command_in_a_dm_says_where_to_run_it(env):
    await env.driver.command("alice", "/haven consent agree")
    await env.driver.command("alice", "/haven timezone UTC")
    [refused] = await _in_dm(env, "alice", "/sober roles 90d off")
    assert refused.text == "`/sober roles` works inside your server, not here: run it there."
    with pytest.raises(AssertionError, match="does not offer /partner"):
        await _in_dm(env, "alice", "/partner list")


async def test_a_member_of_several_servers_is_asked_which(env):
    driver = env.driver
    await driver.command("alice", "/haven consent agree")
    await driver.command("alice", "/haven timezone UTC")
    await driver.command("alice", "/sober set 2025-01-02")
    await _member_elsewhere(env, "alice")
    [asked] = await _in_dm(env, "alice", "/sober show")
    assert asked.text == WHICH and asked.visible_to == ["alice"]
    assert sorted(asked.buttons) == sorted([env.fake.guild_name, "Sober Coders"])
    [shown] = await driver.click("alice", env.fake.guild_name)
    assert "days" in shown.text and shown.visible_to == ["alice"]
    [again] = await driver.click("alice", env.fake.guild_name)
    assert again.text == EXPIRED  # a choice runs its command once


async def test_someone_haven_does_not_know_in_several_servers_is_told_how_to_start(env):
    await env.app.community(CommunityKey("discord", OTHER_GUILD, "", "Sober Coders"))
    [told] = await _in_dm(env, "carol", "/sober show")
    assert told.text == NO_SERVER and told.visible_to == ["carol"]
    assert "Sober Coders" not in told.text  # never which other servers use Haven
