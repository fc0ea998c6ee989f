"""Private spaces: a group DM up to 8 members, a private channel beyond; closing."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError

from bot.adapters import CommunityKey
from bot.messages import Message

TEAM = CommunityKey("slack", "T0001")
PEOPLE = [f"U{n:03d}" for n in range(10)]


async def test_up_to_eight_members_get_a_group_dm(world):
    space = await world.adapter.create_private_space(TEAM, "Pod 3", PEOPLE[:8], Message("hi all"))
    channel = world.fake.channels[space.id]
    assert channel.kind == "mpim" and channel.members == set(PEOPLE[:8])
    [welcome] = world.fake.of("chat.postMessage")
    assert welcome.args["channel"] == space.id and welcome.args["text"] == "hi all"
    await world.adapter.close_space(space)
    assert world.fake.of("conversations.close")[-1].ok


async def test_more_than_eight_get_a_private_channel_and_closing_archives_it(world):
    with pytest.raises(SlackApiError):  # what Slack says, and why the adapter does not ask
        await world.adapter.client.conversations_open(users=",".join(PEOPLE[:9]))
    space = await world.adapter.create_private_space(TEAM, "Pod 3", PEOPLE, Message("welcome"))
    channel = world.fake.channels[space.id]
    assert channel.kind == "private" and channel.members == set(PEOPLE)
    assert channel.name == "pod-3"
    again = await world.adapter.create_private_space(TEAM, "Pod 3", PEOPLE, Message("welcome"))
    assert world.fake.channels[again.id].name == "pod-3-2"
    await world.adapter.post_in_space(space, Message("a note for the pod"))
    await world.adapter.close_space(space)
    assert channel.archived


async def test_can_post_learns_from_refusals(world):
    from tests.fakes.slack.server import Channel

    world.fake.channels["CQUIET"] = Channel("CQUIET", "public", bot_member=False)
    assert await world.adapter.can_post(TEAM, "CQUIET")
    with pytest.raises(SlackApiError):
        await world.adapter.send(TEAM, "CQUIET", Message("hello"))
    assert not await world.adapter.can_post(TEAM, "CQUIET")


async def test_edit_updates_the_message_in_place(world):
    ref = await world.adapter.send(TEAM, "CGENERAL", Message("3 going"))
    await world.adapter.edit(ref, Message("4 going"))
    [update] = world.fake.of("chat.update")
    assert update.ok and update.args["text"] == "4 going"


async def test_files_go_to_the_members_dm(world):
    d = world.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone Europe/Helsinki")
    await d.command("alice", "/checkin mood:4 craving:1")
    seen = await d.command("alice", "/checkin summary")
    assert seen[0].ephemeral and "direct messages" in seen[0].text
    [done] = world.fake.of("files.completeUploadExternal")
    assert done.args["channel_id"] == "DUALICE"
    assert next(iter(world.fake.uploads.values())).startswith(b"\x89PNG")
