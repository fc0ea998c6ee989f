"""Buttons and forms in Haven's DMs, through discord.py and the fake Discord.

A DM interaction carries no guild id (the fake sends it as Discord does from a
bot DM): the components of a DM name the community they were sent for, and
Haven acts there only for a member of it.
"""

from __future__ import annotations

from datetime import timedelta

import discord
from sqlmodel import select

from adapters.discord.adapter import NOT_A_MEMBER
from adapters.discord.render import render
from bot.adapters import CommunityKey, Ref
from bot.messages import Button, Message
from bot.models import Community, Member
from cogs.checkins.messages import prompt_message
from cogs.me import EXPORT_ACTION
from tests.cogs.checkins.checkins_support import checkins_of
from tests.conftest import START

OTHER_GUILD = "424242424242424242"  # a server where nobody here has a member row


def _key(fake, guild: str | None = None) -> CommunityKey:
    return CommunityKey("discord", guild or fake.guild_id)


async def _agree(env, *users: str) -> None:
    for user in users:
        [done] = await env.driver.command(user, "/haven consent agree")
        await env.driver.command(user, "/haven timezone UTC")
        assert not done.error, done


def _dm_shown(fake, user: str):
    uid = fake.user_id(user)
    return [s for s in fake.shown if s.kind == "dm" and s.visible_to == [uid]]


def _last_interaction(fake):
    return list(fake.interactions.values())[-1]


async def test_partner_accept_pressed_in_the_dm_forms_the_partnership(env):
    fake, driver = env.fake, env.driver
    await _agree(env, "alice", "bob")
    seen = await driver.command("alice", "/partner request @bob")
    [request] = [s for s in seen if s.kind == "dm"]
    assert request.visible_to == ["bob"] and request.buttons == ["Accept", "Decline"]
    [shown] = _dm_shown(fake, "bob")
    assert shown.buttons[0]["custom_id"].startswith(f"@{fake.guild_id}:partner:accept:")

    seen = await driver.click("bob", "Accept")
    inter = _last_interaction(fake)
    assert inter.guild_id == "" and inter.channel_id == fake.dm_channels[fake.user_id("bob")]
    answer, then = [s for s in seen if s.kind == "reply"]
    assert answer.visible_to == ["bob"] and not answer.error
    assert answer.text == "You and Alice are partners now."
    assert then.text.startswith("Your private space: ") and "Alice knows you said yes" in then.text
    told = [s for s in seen if s.kind == "dm" and s.visible_to == ["alice"]]
    assert len(told) == 1 and "Bob accepted — you're partners now." in told[0].text
    [space] = [s for s in seen if s.kind == "space"]
    assert sorted(space.visible_to) == ["alice", "bob"]

    listing = await driver.command("alice", "/partner list")
    assert "Bob" in listing[0].text


async def test_partner_decline_pressed_in_the_dm_is_neutral(env):
    fake, driver = env.fake, env.driver
    await _agree(env, "alice", "bob")
    await driver.command("alice", "/partner request @bob")
    seen = await driver.click("bob", "Decline")
    assert _last_interaction(fake).guild_id == ""
    assert seen[-1].visible_to == ["bob"] and not seen[-1].error
    assert seen[-1].text == "Declined. Alice only hears that you're not available right now."
    [note] = [s for s in seen if s.kind == "dm"]
    assert note.visible_to == ["alice"] and note.text == "Bob isn't available right now."
    assert not any(s.kind == "space" for s in seen)
    # The request is answered: its buttons do nothing any more.
    again = await driver.click("bob", "Accept")
    assert again[-1].error and "no longer open" in again[-1].text


async def test_the_daily_prompt_is_answered_in_the_dm_and_its_form_too(env):
    fake, driver = env.fake, env.driver
    await _agree(env, "alice")
    [set_up] = await driver.command("alice", "/checkin remind 10:00")
    assert not set_up.error, set_up
    await env.app.scheduler.run_until(START + timedelta(hours=1, minutes=5))
    [prompt] = _dm_shown(fake, "alice")
    assert [b["label"] for b in prompt.buttons] == ["1", "2", "3", "4", "5"]

    [answer] = await driver.click("alice", "4")
    assert _last_interaction(fake).guild_id == ""
    assert answer.visible_to == ["alice"] and not answer.error
    assert answer.text.startswith("Checked in for Saturday 21 November: mood 4/5")
    assert answer.buttons == ["Add craving and a note"]
    [row] = await checkins_of(env, fake.user_id("alice"))
    assert (row.mood, row.craving) == (4, None)

    # The reply in the DM offers the rest as a form; it opens and is saved there.
    [form] = await driver.click("alice", "Add craving and a note")
    assert form.kind == "form"
    modal = fake.shown[-1].modal
    assert modal["custom_id"] == f"@{fake.guild_id}:checkin:more"
    [saved] = await driver.submit("alice", {"craving": "2", "sober": "yes", "note": "ok"})
    assert _last_interaction(fake).guild_id == ""
    assert not saved.error and saved.visible_to == ["alice"]
    assert saved.text.startswith("Added to today's check-in: mood 4/5")
    [row] = await checkins_of(env, fake.user_id("alice"))
    assert (row.mood, row.craving, row.sober) == (4, 2, True)


async def test_an_export_button_pressed_in_the_dm_sends_the_file(env):
    fake, driver, adapter = env.fake, env.driver, env.adapter
    await _agree(env, "alice")
    # The export's choice (sent where DMs are kept, e.g. Slack) arriving as a DM.
    offer = Message(
        text="Your export",
        buttons=(
            Button(f"{EXPORT_ACTION}:full", "Send with notes"),
            Button(f"{EXPORT_ACTION}:withheld", "Send without notes"),
        ),
    )
    await adapter.send_dm(_key(fake), fake.user_id("alice"), offer)
    shown = await driver.shown_after_click("alice", "Send without notes")
    assert _last_interaction(fake).guild_id == ""
    [reply] = shown
    assert reply.visible_to == [fake.user_id("alice")] and reply.ephemeral
    assert reply.content.startswith("Here is everything Haven holds about you in this community.")
    assert reply.attachments == ["haven-export.json"]


async def test_a_dm_button_for_a_server_without_the_presser_changes_nothing(env):
    fake, driver, adapter = env.fake, env.driver, env.adapter
    await _agree(env, "alice")
    alice, carol = fake.user_id("alice"), fake.user_id("carol")

    # Alice is a member of this server only; a button naming another one.
    await adapter.send_dm(_key(fake, OTHER_GUILD), alice, prompt_message(False))
    [refused] = await driver.click("alice", "3")
    assert refused.text == NOT_A_MEMBER and refused.visible_to == ["alice"]
    # Carol never joined Haven: a button naming this server does nothing for her.
    await adapter.send_dm(_key(fake), carol, prompt_message(False))
    [refused] = await driver.click("carol", "3")
    assert refused.text == NOT_A_MEMBER and refused.visible_to == ["carol"]

    assert await checkins_of(env, alice) == []
    async with env.app.database.unscoped_session("test") as session:
        communities = (await session.exec(select(Community.workspace_id))).all()
        members = (await session.exec(select(Member.platform_user_id))).all()
    assert OTHER_GUILD not in communities
    assert carol not in members


async def test_a_dm_button_sent_before_tags_resolves_the_members_only_server(env):
    fake, driver, adapter = env.fake, env.driver, env.adapter
    await _agree(env, "alice")
    alice = fake.user_id("alice")
    # A prompt as Haven sent it before DM components named their server.
    channel_id = await adapter._open_dm(alice)
    channel = env.client.get_partial_messageable(channel_id, type=discord.ChannelType.private)
    await channel.send(**render(prompt_message(False)))
    assert _dm_shown(fake, "alice")[-1].buttons[0]["custom_id"] == "checkin:quick:1"
    [answer] = await driver.click("alice", "2")
    assert answer.text.startswith("Checked in for Saturday 21 November: mood 2/5")
    # Carol has no member row anywhere: the same old button is refused.
    channel_id = await adapter._open_dm(fake.user_id("carol"))
    channel = env.client.get_partial_messageable(channel_id, type=discord.ChannelType.private)
    await channel.send(**render(prompt_message(False)))
    [refused] = await driver.click("carol", "2")
    assert refused.text == NOT_A_MEMBER


async def test_interaction_replies_kept_for_edits_stay_bounded(env):
    fake, driver, adapter = env.fake, env.driver, env.adapter
    adapter.max_replies = 5
    for _ in range(12):
        [seen] = await driver.command("alice", "/contract ephemeral")
        assert seen.text == "only you see this"
    assert len(adapter._replies) == 5

    # The latest reply is still editable through its interaction token.
    last = fake.shown[-1]
    ref = Ref("discord", fake.guild_id, f"{last.channel_id}:{last.message_id}")
    await adapter.edit(ref, Message(text="edited"))
    edited = fake.shown[-1]
    assert (edited.kind, edited.content, edited.visible_to) == (
        "edit",
        "edited",
        [fake.user_id("alice")],
    )
    assert fake.requests[-1].path.startswith("/webhooks/")

    # Past the token's 15 minutes every kept reply is forgotten.
    env.app.clock.advance(timedelta(minutes=16))
    await driver.command("alice", "/contract ephemeral")
    assert len(adapter._replies) == 1
