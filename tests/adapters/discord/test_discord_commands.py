"""The registry as Discord app commands: types, permissions, group roots, sync."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import discord
from sqlmodel import select

from adapters.discord.commands import zone_choices
from adapters.discord.main import PERMISSIONS
from bot.cli import main as haven
from bot.context import Context
from bot.messages import Message
from bot.plugins import Cog, command
from cogs.checkins.models import CheckIn


def _command(fake, name):
    return next(c for c in fake.commands["global"] if c["name"] == name)


def _sub(command, name):
    return next(o for o in command["options"] if o["name"] == name)


def _opt(sub, name):
    return next(o for o in sub["options"] if o["name"] == name)


async def test_every_group_is_one_top_level_command_with_typed_options(env):
    fake = env.fake
    names = sorted(c["name"] for c in fake.commands["global"])
    assert names == sorted(env.app.registry.groups())
    checkin = _command(fake, "checkin")
    now = _sub(checkin, "now")  # the group's root, which Discord cannot invoke itself
    assert now["type"] == 1
    mood = _opt(now, "mood")
    assert (mood["type"], mood["min_value"], mood["max_value"]) == (4, 1, 5)
    assert _opt(now, "sober")["type"] == 5
    assert {o["name"] for o in checkin["options"]} >= {"now", "remind", "pause", "streak"}
    share = _opt(_sub(_command(fake, "sober"), "share"), "choice")
    assert share["type"] == 3 and [c["value"] for c in share["choices"]] == [
        "private",
        "named",
        "anonymous",
    ]
    assert _opt(_sub(_command(fake, "partner"), "request"), "member")["type"] == 6
    channel = _opt(_sub(_command(fake, "mod"), "channel"), "channel")
    assert channel["type"] == 7 and channel["channel_types"] == [0, 5]
    zone = _opt(_sub(_command(fake, "haven"), "timezone"), "zone")
    assert zone["type"] == 3 and zone["autocomplete"] is True
    crisis = _command(fake, "crisis")
    assert "options" not in crisis or crisis["options"] == []


async def test_moderator_groups_need_manage_server_and_haven_checks_anyway(env):
    fake, driver = env.fake, env.driver
    # A permission bitfield (the docs show a string; discord.py sends the number).
    assert int(_command(fake, "mod")["default_member_permissions"]) == (
        discord.Permissions(manage_guild=True).value
    )
    assert _command(fake, "meeting")["default_member_permissions"] is None  # mixed group
    [denied] = await driver.command("alice", "/mod setup")
    assert denied.error and denied.ephemeral and "for moderators" in denied.text
    [allowed] = await driver.command("mona", "/mod setup")
    assert not allowed.error and allowed.visible_to == ["mona"]


async def test_the_group_root_runs_as_now_and_opens_the_checkin_form(env):
    driver = env.driver
    await driver.command("alice", "/haven consent agree")
    await driver.command("alice", "/haven timezone Europe/Helsinki")
    [form] = await driver.command("alice", "/checkin now")
    assert form.kind == "form" and form.visible_to == ["alice"]
    modal = env.fake.shown[-1].modal
    # Discord's modal components: every input in a Label (type 18); mood a
    # radio group (21) with words, craving a string select (3) of 0-10, sober
    # today a checkbox (23), the note a paragraph text input (4), the triggers
    # a string select (3) that takes any number of the community's list.
    assert [row["type"] for row in modal["components"]] == [18, 18, 18, 18, 18]
    inputs = [row["component"] for row in modal["components"]]
    assert [(i["type"], i["custom_id"]) for i in inputs] == [
        (21, "mood"),
        (3, "craving"),
        (23, "sober"),
        (4, "note"),
        (3, "triggers"),
    ]
    mood, craving, sober, note, triggers = inputs
    assert (triggers["min_values"], triggers["max_values"], len(triggers["options"])) == (0, 8, 8)
    assert [o["label"] for o in mood["options"]] == [
        "1 · very low",
        "2 · low",
        "3 · okay",
        "4 · good",
        "5 · very good",
    ]
    assert [o["value"] for o in craving["options"]] == [str(n) for n in range(11)]
    assert craving["placeholder"] == "Choose…"  # never a number that looks chosen
    assert sober.get("default") in (None, False)
    assert modal["components"][2]["label"] == "Sober today"
    assert note["style"] == 2  # paragraph
    [saved] = await driver.submit("alice", {"mood": "4", "craving": "2", "sober": "yes"})
    assert not saved.error and saved.visible_to == ["alice"]
    async with env.app.database.unscoped_session("test") as session:
        [row] = (await session.exec(select(CheckIn))).all()
    assert (row.mood, row.craving, row.sober) == (4, 2, True)  # each component's answer arrived
    [quick] = await driver.command("alice", "/checkin now mood:3 craving:1")
    assert not quick.error and quick.ephemeral


async def test_each_command_group_answers_through_discord(env):
    driver = env.driver
    await driver.command("alice", "/haven consent agree")
    lines = [
        "/help",
        "/crisis",
        "/haven timezone Europe/Helsinki",
        "/sober set 2025-01-02",
        "/sober show",
        "/checkin streak",
        "/meeting list",
        "/partner list",
        "/sos",
    ]
    for line in lines:
        seen = await driver.command("alice", line)
        replies = [s for s in seen if s.kind == "reply"]
        assert replies and not replies[0].error, (line, seen)
        assert replies[0].visible_to == ["alice"], line
    [mod] = await driver.command("mona", "/mod stats")
    assert not mod.error
    assert env.fake.problems == []


async def test_dates_and_text_are_validated_by_haven_with_a_usage_line(env):
    driver = env.driver
    await driver.command("alice", "/haven consent agree")
    [bad] = await driver.command("alice", "/sober set 31-31-2025")
    assert bad.error and bad.ephemeral and "Usage: `/sober set" in bad.text


async def test_zone_autocomplete_suggests_iana_names():
    names = [c.value for c in zone_choices("europe/hel")]
    assert names[0] == "Europe/Helsinki" and len(zone_choices("")) == 25


async def test_commands_sync_only_when_the_tree_changed(fake, settings):
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings
    from tests.support.contract import ContractCog

    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start()
    await env.stop()
    assert fake.command_puts == ["global"]
    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start()
    await env.stop()
    assert fake.command_puts == ["global"]  # unchanged tree: no sync on restart
    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start(extra_cogs=())
    await env.stop()
    assert fake.command_puts == ["global", "global"]  # the contract cog is gone
    assert "contract" not in {c["name"] for c in fake.commands["global"]}
    dev = discord_settings(settings, fake, dev_guild=fake.guild_id)
    env = await DiscordEnv(fake, None, dev).start(extra_cogs=(ContractCog,))
    await env.stop()
    assert fake.command_puts[-1] == fake.guild_id
    assert fake.problems == []


def test_invite_url_asks_for_exactly_the_permissions_haven_uses(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCORD_APPLICATION_ID", "123456789012345678")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    out = io.StringIO()
    with redirect_stdout(out):
        assert haven(["--env-file", str(tmp_path / "none.env"), "discord", "invite-url"]) == 0
    url = out.getvalue().strip()
    assert url.startswith("https://discord.com/oauth2/authorize?client_id=123456789012345678")
    assert "scope=bot+applications.commands" in url
    value = int(url.split("permissions=")[1].split("&")[0])
    perms = discord.Permissions(value)
    assert all(getattr(perms, name) for name in PERMISSIONS)
    assert bin(value).count("1") == len(PERMISSIONS)  # nothing else
    assert not any(
        getattr(perms, name)
        for name in ("administrator", "manage_guild", "mention_everyone", "manage_messages")
    )


async def test_zone_autocomplete_answers_through_the_gateway(env):
    fake = env.fake
    me = _command(fake, "haven")
    data = {
        "id": me["id"],
        "name": "haven",
        "type": 1,
        "guild_id": fake.guild_id,
        "options": [
            {
                "name": "timezone",
                "type": 1,
                "options": [{"name": "zone", "type": 3, "value": "america/new", "focused": True}],
            }
        ],
    }
    iid = fake.interaction("alice", 4, data)
    await env.driver.settled(iid)
    [choices] = fake.autocomplete_answers
    assert choices[0] == {"name": "America/New_York", "value": "America/New_York"}


async def test_a_shard_count_alone_runs_every_shard_in_this_process(fake, settings, monkeypatch):
    from adapters.discord.client import HavenShardedClient
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings

    async def no_wait(self, shard_id, *, initial=False):
        return None  # discord.py waits 5 s between IDENTIFYs, Discord's limit

    monkeypatch.setattr(HavenShardedClient, "before_identify_hook", no_wait)
    env = DiscordEnv(fake, None, discord_settings(settings, fake, shard_count=2))
    await env.start()
    try:
        assert isinstance(env.client, HavenShardedClient)
        assert sorted(tuple(i["shard"]) for i in fake.identifies) == [(0, 2), (1, 2)]
        assert all(i["intents"] == 1 for i in fake.identifies)
        [seen] = await env.driver.command("alice", "/contract ephemeral")
        assert seen.text == "only you see this"
    finally:
        await env.stop()


def test_explicit_shard_ownership_comes_from_the_settings(settings):
    from adapters.discord.adapter import DiscordAdapter
    from adapters.discord.client import HavenClient, HavenShardedClient, build_client
    from adapters.discord.settings import DiscordSection
    from bot.app import Haven

    def shards(ids):
        return settings.with_section(DiscordSection(shard_count=4, shard_ids=ids))

    adapter = DiscordAdapter(Haven(settings))
    one = build_client(adapter, shards((2,)))
    assert isinstance(one, HavenClient) and (one.shard_id, one.shard_count) == (2, 4)
    two = build_client(adapter, shards((0, 1)))
    assert isinstance(two, HavenShardedClient) and list(two.shard_ids) == [0, 1]
    plain = build_client(adapter, settings)
    assert type(plain) is HavenClient and plain.shard_count is None


class LocalizedCog(Cog):
    name = "localized"

    @command(
        "kriisi",
        help="Crisis help",
        consent=False,
        localizations={"fi": "Kriisiapu", "es": "Ayuda en crisis", "xx": "not a locale"},
    )
    async def kriisi(self, ctx: Context) -> Message:
        return Message(text="apua")

    @command("lang hello", help="Say hello", consent=False, localizations={"sv-SE": "Säg hej"})
    async def hello(self, ctx: Context) -> Message:
        return Message(text="hej")

    @command("lang plain", help="Not translated", consent=False)
    async def plain(self, ctx: Context) -> Message:
        return Message(text="plain")


async def test_localized_descriptions_reach_discord_where_given(fake, settings):
    from tests.adapters.discord.conftest import DiscordEnv, discord_settings

    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start(
        extra_cogs=(LocalizedCog,)
    )
    try:
        kriisi = _command(fake, "kriisi")
        assert kriisi["description"] == "Crisis help"
        assert kriisi["description_localizations"] == {
            "fi": "Kriisiapu",
            "es-419": "Ayuda en crisis",
            "es-ES": "Ayuda en crisis",
        }
        lang = _command(fake, "lang")
        assert _sub(lang, "hello")["description_localizations"] == {"sv-SE": "Säg hej"}
        assert not _sub(lang, "plain").get("description_localizations")
        crisis = _command(fake, "crisis")  # from the catalogues (#22), names English
        assert crisis["name"] == "crisis" and not crisis.get("name_localizations")
        assert set(crisis["description_localizations"]) == {"es-ES", "es-419", "pt-BR", "fr", "de"}
        [seen] = await env.driver.command("alice", "/kriisi")
        assert seen.text == "apua"
    finally:
        await env.stop()
    assert fake.problems == []
    # Unchanged localizations: the next start does not sync again.
    puts = list(fake.command_puts)
    env = await DiscordEnv(fake, None, discord_settings(settings, fake)).start(
        extra_cogs=(LocalizedCog,)
    )
    await env.stop()
    assert fake.command_puts == puts


async def test_a_form_reopened_after_errors_keeps_the_chosen_option(env):
    driver = env.driver
    await driver.command("alice", "/haven consent agree")
    await driver.command("alice", "/haven timezone Europe/Helsinki")
    await driver.command("alice", "/checkin now")
    answers = {
        "mood": "9",
        "craving": "7",
        "sober": "yes",
        "note": "x" * 1001,
        "triggers": "stress,people",
    }
    [bad] = await driver.submit("alice", answers, forged=True)  # a modified client
    assert bad.error and bad.buttons == ["Try again"]
    [again] = await driver.click("alice", "Try again")
    assert again.kind == "form"
    mood, craving, sober, note, triggers = [
        row["component"] for row in env.fake.shown[-1].modal["components"]
    ]
    # The community's triggers again, with the two picked still picked.
    assert triggers["type"] == 3 and len(triggers["options"]) == 8
    assert [o["value"] for o in triggers["options"] if o.get("default")] == ["stress", "people"]
    assert not any(o.get("default") for o in mood["options"])  # 9 is not a choice
    assert [o["value"] for o in craving["options"] if o.get("default")] == ["7"]
    assert sober["default"] is True and note["value"] == "x" * 1000
    assert env.fake.problems == []
