"""Slack's users.info (paced at about 100 a minute a workspace) is asked only
when the answer depends on whether the member is a workspace admin: a burst of
new members is not held up behind it."""

from __future__ import annotations


async def test_members_commands_do_not_wait_for_users_info(world):
    before = len(world.fake.calls)
    seen = await world.driver.command("alice", "/crisis")
    assert "988" in seen[-1].text
    await world.driver.command("alice", "/sober show")
    assert [c for c in world.fake.calls[before:] if c.method == "users.info"] == []


async def test_a_workspace_admin_is_still_a_moderator(world):
    before = len(world.fake.calls)
    seen = await world.driver.command("mod", "/mod stats")
    assert not seen[-1].error and "is for moderators" not in seen[-1].text
    assert [c.method for c in world.fake.calls[before:]].count("users.info") == 1
    refused = await world.driver.command("alice", "/mod stats")
    assert "is for moderators" in refused[-1].text
