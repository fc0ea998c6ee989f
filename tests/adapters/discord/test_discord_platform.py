"""Threads, DMs, roles, deferrals and rate limits, against the fake's rules."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from types import SimpleNamespace

import discord
import pytest

import adapters.discord.interactions as interactions
from bot.adapters import CommunityKey, Ref
from bot.context import Context
from bot.messages import Button, Message, public
from bot.plugins import Cog, action, command
from tests.support.contract import ContractCog


def _requests(fake, method, pattern):
    return [r for r in fake.requests if r.method == method and re.fullmatch(pattern, r.path)]


def _key(fake):
    return CommunityKey("discord", fake.guild_id)


async def test_private_thread_has_exactly_the_right_members(env):
    fake = env.fake
    alice, bob = fake.user_id("alice"), fake.user_id("bob")
    seen = await env.driver.shown_after_command("alice", "/contract space @bob")
    [thread_req] = _requests(fake, "POST", r"/channels/\d+/threads")
    assert thread_req.body["type"] == 12 and thread_req.body["invitable"] is False
    thread_id = next(s.channel_id for s in seen if s.kind == "space")
    added = [
        r.path.rsplit("/", 1)[1]
        for r in _requests(fake, "PUT", r"/channels/\d+/thread-members/\d+")
    ]
    assert added == [alice, bob]
    assert sorted(fake.thread_members[thread_id]) == sorted([fake.app_id, alice, bob])
    assert "carol" not in env.driver.names(seen[0].visible_to)


async def test_spaces_are_unarchived_before_posting_and_archived_and_locked_on_close(env):
    fake, adapter = env.fake, env.adapter
    alice, bob = fake.user_id("alice"), fake.user_id("bob")
    space = await adapter.create_private_space(
        _key(fake), "pod-1", [alice, bob], Message(text="welcome")
    )
    await adapter.close_space(space)
    meta = fake.channels[space.id]["thread_metadata"]
    assert meta["archived"] and meta["locked"]
    await env.until(lambda: getattr(env.client.get_channel(int(space.id)), "archived", True))
    ref = await adapter.post_in_space(space, Message(text="still here?"))
    assert not meta["archived"]
    patches = [r.body for r in _requests(fake, "PATCH", rf"/channels/{space.id}")]
    assert patches == [{"archived": True, "locked": True}, {"archived": False}]
    assert fake.shown[-1].kind == "space" and fake.shown[-1].content == "still here?"
    assert ref.id.startswith(f"{space.id}:")


async def test_closed_dms_are_not_retried_and_the_member_is_told_privately(env):
    fake, driver = env.fake, env.driver
    fake.dms_closed.add(fake.user_id("alice"))
    seen = await driver.command("alice", "/contract dm")
    assert [s.kind for s in seen] == ["reply", "reply"]
    assert seen[0].text == "could not DM you (closed)"  # the platform said no: not claimed
    assert "DMs are closed" in seen[1].text and seen[1].visible_to == ["alice"]
    attempts = len(_requests(fake, "POST", r"/channels/\d+/messages"))
    assert attempts == 1  # the one that got 50007

    seen = await driver.command("alice", "/contract dm")
    assert [s.text for s in seen] == ["could not DM you (closed)"]  # told once, no new attempt
    assert len(_requests(fake, "POST", r"/channels/\d+/messages")) == attempts
    other = await driver.command("bob", "/contract dm")
    assert [s.kind for s in other] == ["dm", "reply"]


async def test_roles_are_granted_by_name_or_id(env):
    fake, adapter = env.fake, env.adapter
    role_id = next(r["id"] for r in fake.roles.values() if r["name"] == "30 days")
    alice = fake.user_id("alice")
    await adapter.grant_role(_key(fake), alice, "30 days")
    assert fake.member_roles[alice] == [role_id]
    await adapter.grant_role(_key(fake), fake.user_id("bob"), f"<@&{role_id}>")
    assert fake.member_roles[fake.user_id("bob")] == [role_id]
    await adapter.grant_role(_key(fake), alice, "No such role")  # logged, nothing sent
    assert len(_requests(fake, "PUT", r"/guilds/\d+/members/\d+/roles/\d+")) == 2


async def test_rate_limits_per_route_and_global_lose_no_message(env):
    fake, adapter = env.fake, env.adapter
    channel = fake.announcements["id"]
    fake.rate_limit_next("POST", rf"/channels/{channel}/messages", retry_after=0.05)
    fake.rate_limit_next("POST", rf"/channels/{channel}/messages", retry_after=0.05, is_global=True)
    refs = [await adapter.send(_key(fake), channel, public(f"meeting {n}")) for n in range(3)]
    posted = [s.content for s in fake.shown if s.kind == "message"]
    assert posted == ["meeting 0", "meeting 1", "meeting 2"]
    statuses = [r.status for r in _requests(fake, "POST", rf"/channels/{channel}/messages")]
    assert statuses == [429, 429, 200, 200, 200]
    assert len({r.id for r in refs}) == 3


async def test_a_rate_limited_interaction_reply_still_arrives_once(env):
    fake = env.fake
    fake.rate_limit_next("POST", r"/interactions/\d+/[^/]+/callback", retry_after=0.05)
    seen = await env.driver.command("alice", "/contract ephemeral")
    assert [s.text for s in seen] == ["only you see this"]


async def test_edits_change_the_posted_message(env):
    fake, adapter = env.fake, env.adapter
    ref = await adapter.send(_key(fake), fake.announcements["id"], public("Going: 0"))
    await adapter.edit(ref, public("Going: 1"))
    message_id = ref.id.split(":")[1]
    assert fake.messages[message_id]["content"] == "Going: 1"


class SlowCog(Cog):
    name = "slowpoke"

    @command("slow wait", consent=False)
    async def wait(self, ctx: Context) -> Message:
        await asyncio.sleep(0.3)
        return Message(text="finally")

    @command("slow share", consent=False, ephemeral=False)
    async def share(self, ctx: Context) -> Message:
        await asyncio.sleep(0.3)
        return public("done, for everyone")


async def test_slow_handlers_are_deferred_then_completed(fake, settings, monkeypatch):
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings

    monkeypatch.setattr(interactions, "DEFER_AFTER", 0.05)  # 1.5 s in production
    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start(
        extra_cogs=(SlowCog, ContractCog)
    )
    try:
        seen = await env.driver.shown_after_command("alice", "/slow wait")
        [callback] = _requests(fake, "POST", r"/interactions/\d+/[^/]+/callback")
        assert callback.body == {"type": 5, "data": {"flags": 64}}
        [edit] = _requests(fake, "PATCH", r"/webhooks/\d+/[^/]+/messages/@original")
        assert edit.body["content"] == "finally"
        assert [(s.kind, s.content, s.ephemeral) for s in seen] == [("reply", "finally", True)]

        seen = await env.driver.shown_after_command("alice", "/slow share")
        assert _requests(fake, "POST", r"/interactions/\d+/[^/]+/callback")[-1].body == {"type": 5}
        assert [(s.content, s.visible_to) for s in seen] == [("done, for everyone", "all")]
    finally:
        await env.stop()
    assert fake.problems == []


async def test_buttons_keep_working_after_a_restart(fake, settings):
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings

    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start()
    [_shown] = await env.driver.command("alice", "/contract button")
    await env.stop()
    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start()
    try:
        [pressed] = await env.driver.click("alice", "Press")
        assert pressed.text == "pressed 42" and pressed.ephemeral
    finally:
        await env.stop()


async def test_consent_buttons_replay_the_command_the_member_asked_for(env):
    driver = env.driver
    [notice] = await driver.command("carol", "/sober show")
    assert "Agree" in notice.buttons and notice.ephemeral
    seen = await driver.click("carol", "Agree")
    assert len(seen) >= 2 and all(s.visible_to == ["carol"] for s in seen)
    assert env.fake.problems == []


async def test_form_errors_offer_to_reopen_the_form_with_the_answers(env):
    driver = env.driver
    await driver.command("alice", "/contract form")
    [bad] = await driver.submit("alice", {"mood": "900"})
    assert bad.error and bad.buttons == ["Try again"]
    [again] = await driver.click("alice", "Try again")
    assert again.kind == "form"
    modal = env.fake.shown[-1].modal
    assert modal["components"][0]["component"]["value"] == "900"


async def test_can_post(env):
    fake, adapter = env.fake, env.adapter
    assert await adapter.can_post(_key(fake), fake.general["id"]) is True
    assert await adapter.can_post(_key(fake), "999") is False
    assert Ref("discord", fake.guild_id, "1:2")  # refs are plain values


class ChoiceCog(Cog):
    name = "choices"

    @command("pick many", consent=False)
    async def many(self, ctx: Context) -> Message:
        return Message(
            text="Which group?",
            buttons=tuple(Button(f"pick:group:{n}", f"Group {n}") for n in range(1, 8)),
        )

    @command("pick few", consent=False)
    async def few(self, ctx: Context) -> Message:
        return Message(text="Yes?", buttons=(Button("pick:group:yes", "Yes"),))

    @action("pick:group", consent=False)
    async def chosen(self, ctx: Context, which: str) -> Message:
        return Message(text=f"you chose {which}")


async def test_a_long_choice_list_is_a_select_menu_that_routes_like_buttons(fake, settings):
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings

    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start(
        extra_cogs=(ChoiceCog,)
    )
    try:
        [menu] = await env.driver.command("alice", "/pick many")
        assert menu.buttons == [f"Group {n}" for n in range(1, 8)]
        message = fake.messages[fake.shown[-1].message_id]
        [[select]] = [row["components"] for row in message["components"]]
        assert select["type"] == 3
        assert [o["value"] for o in select["options"]] == [f"pick:group:{n}" for n in range(1, 8)]
        # The member picks "Group 6": INTERACTION_CREATE with component_type 3 and
        # values ["pick:group:6"], dispatched as that action.
        [chosen] = await env.driver.click("alice", "Group 6")
        assert chosen.text == "you chose 6" and chosen.visible_to == ["alice"]
        pressed = await env.driver.shown_after_command("alice", "/pick few")
        assert pressed[0].buttons[0]["type"] == 2  # a short list stays buttons
    finally:
        await env.stop()
    assert fake.problems == []


@pytest.mark.parametrize(
    ("reached_after", "defer_in"),
    [(0.0, 1.5), (0.2, 1.3), (1.0, 0.5), (2.5, 0.0), (-5.0, 1.5)],
)
def test_a_late_interaction_is_deferred_sooner(reached_after, defer_in):
    """Discord counts its 3 s from the interaction's creation: one that reached
    a busy handler late leaves the deferral its margin (a clock behind
    Discord's gives the plain wait)."""
    created = discord.utils.utcnow() - timedelta(seconds=reached_after)
    assert interactions.defer_after(SimpleNamespace(created_at=created)) == pytest.approx(
        defer_in, abs=0.05
    )
