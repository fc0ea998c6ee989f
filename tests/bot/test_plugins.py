"""Cogs declare commands, buttons, forms and jobs; the registry routes them."""

import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.forms import validate
from bot.messages import Form, FormField, Message
from bot.plugins import Cog, Registry, action, command, discover_cogs, job
from tests.support.harness import COMMUNITY


class Sample(Cog):
    name = "sample"

    @command("sample show")
    async def show(self, ctx) -> Message:
        return Message(text="shown")

    @command("sample")
    async def root(self, ctx) -> Message:
        return Message(text="root")

    @action("sample:rsvp")
    async def rsvp(self, ctx, meeting, answer) -> Message:
        return Message(text=f"{meeting} {answer}")

    @job("sample:tick")
    async def tick(self, ctx, due) -> None:
        pass


def registry() -> Registry:
    reg = Registry()
    reg.add(Sample(app=None))
    return reg


def test_longest_command_path_wins():
    spec, rest = registry().find_command(["sample", "show", "extra"])
    assert spec.name == "sample show" and rest == ["extra"]
    spec, rest = registry().find_command(["sample", "mood:4"])
    assert spec.name == "sample" and rest == ["mood:4"]
    assert registry().find_command(["other"]) is None


def test_actions_route_by_prefix_and_pass_the_rest():
    spec, args = registry().find_action("sample:rsvp:3:going")
    assert spec.prefix == "sample:rsvp" and args == ["3", "going"]
    assert registry().find_action("nothing:here") is None


def test_handlers_are_bound_to_their_cog():
    reg = registry()
    assert reg.commands[("sample", "show")].cog is reg.cogs["sample"]
    assert reg.jobs["sample:tick"].cog is reg.cogs["sample"]


def test_duplicate_declarations_are_refused():
    class Clash(Cog):
        name = "clash"

        @command("sample show")
        async def show(self, ctx):
            pass

    reg = registry()
    with pytest.raises(ValueError, match="declared twice"):
        reg.add(Clash(app=None))


def test_a_handler_cannot_shadow_a_cog_hook():
    class Shadow(Cog):
        name = "shadow"

        @command("shadow stats")
        async def stats(self, ctx):
            pass

    with pytest.raises(ValueError, match="cog hook"):
        Registry().add(Shadow(app=None))


def test_builtin_cogs_are_discovered_and_features_can_be_disabled():
    names = {cls.name for cls in discover_cogs()}
    assert {"help", "crisis", "me", "moderation"} <= names
    assert "sober" not in {cls.name for cls in discover_cogs(disabled={"sober"})}


def test_the_engines_own_cogs_cannot_be_disabled():
    with pytest.raises(ValueError, match="crisis cannot be turned off"):
        discover_cogs(disabled={"crisis"})
    with pytest.raises(ConfigError, match="HAVEN_DISABLED_COGS: help cannot be turned off"):
        Settings(disabled_cogs=frozenset({"help"}))
    with pytest.raises(ConfigError) as refused:
        load_settings(
            {"HAVEN_DISABLED_COGS": "checkins, me,crisis", "DISCORD_TOKEN": "tok-3f9a-secret"},
            env_file=None,
        )
    message = str(refused.value)
    assert message.startswith("HAVEN_DISABLED_COGS: crisis, me cannot be turned off")
    assert "consent" in message and "/crisis" in message
    assert "tok-3f9a-secret" not in message and "checkins" not in message


async def test_a_community_can_turn_a_feature_off_but_never_consent_or_erasure(console):
    community = await console.app.community(COMMUNITY)
    async with console.db.session(community.id) as session:
        community.settings = {"engine": {"disabled_cogs": ["sober", "me", "help"]}}
        session.add(community)
        await session.commit()
    await console.agree("alice")
    out = await console.say("/sober show")
    assert out.error and "sober is turned off in this community" in out.text
    exported = await console.say("/haven export")
    assert not exported.error and exported.files
    help_text = (await console.say("/help")).text
    assert "/sober" not in help_text and "/haven export" in help_text


FORM = Form(
    "f",
    "Check in",
    (
        FormField("mood", "Mood", input="int", min_value=1, max_value=5),
        FormField("note", "Note", required=False, max_length=10),
        FormField("sober", "Sober today", input="choice", choices=("yes", "no")),
    ),
)


def test_forms_are_validated_field_by_field():
    clean, errors = validate(FORM, {"mood": "4", "note": "", "sober": "Yes"})
    assert clean == {"mood": 4, "note": None, "sober": "yes"} and errors == {}
    _, errors = validate(FORM, {"mood": "9", "note": "x" * 11, "sober": "maybe"})
    assert set(errors) == {"mood", "note", "sober"}
    assert errors["mood"] == "Mood must be from 1 to 5."
