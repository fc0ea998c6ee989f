"""One error vocabulary (bot/errors.py): a refusal is plain text, a usage error
adds the usage line; either undoes the handler's writes and is said privately.
On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot import cooldown, errors, options, parsing
from bot.community_settings import CommunitySettings
from bot.config import Settings
from bot.context import Context
from bot.errors import LimitReached, NotAllowed, NotFound, Refusal, UsageError
from bot.messages import Button, Message
from bot.models import AuditLog
from bot.options import Opt, Text
from bot.plugins import Cog, action, command
from tests.support.harness import COMMUNITY


class StrictSettings(CommunitySettings, namespace="strict"):
    note: str | None = None


class Strict(Cog):
    name = "strict"

    @command("strict note", options=[Opt("text", Text())], consent=False)
    async def note(self, ctx: Context, text: str) -> Message:
        ctx.update_settings(StrictSettings, note=text)
        if text == "again":
            raise LimitReached("you have 3 notes; the most is 3", limit=3)
        if text == "typo":
            raise UsageError("that reads like a typo")
        return Message(text="noted")

    @command("strict close", consent=False)
    async def close(self, ctx: Context) -> Message:
        raise NotAllowed("only the member who opened the pod can close it")

    @command("strict ask", consent=False)
    async def ask(self, ctx: Context) -> Message:
        return Message(text="close it?", buttons=(Button("strict:close", "Close"),))

    @action("strict:close", consent=False)
    async def close_button(self, ctx: Context) -> Message:
        raise NotAllowed("only the member who opened the pod can close it")

    @command("strict away", consent=False, needs_db=False)
    async def away(self, ctx: Context) -> Message:
        raise NotFound("there is no helpline for that country yet")


@pytest.fixture(params=["sqlite", "postgres"])
def url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")


def test_the_old_names_are_the_same_errors():
    assert parsing.UsageError is errors.UsageError
    assert options.OptionError is errors.OptionError
    assert issubclass(errors.OptionError, errors.UsageError)
    assert cooldown.TooSoon is errors.TooSoon and issubclass(errors.TooSoon, Refusal)
    assert all(
        issubclass(e, errors.HavenError) for e in (Refusal, NotFound, LimitReached, NotAllowed)
    )


async def note(console) -> str | None:
    community = await console.app.community(COMMUNITY)
    return StrictSettings.from_stored(community.settings).note


async def test_a_refusal_or_usage_error_undoes_the_handlers_writes(make_harness, url):
    console = await make_harness(settings=Settings(database_url=url), extra_cogs=[Strict])
    await console.run(":as alice")
    assert (await console.say("/strict note kept")).text == "noted"

    capped = await console.say("/strict note again")
    assert capped.error and capped.ephemeral
    assert capped.text == "you have 3 notes; the most is 3"
    assert await note(console) == "kept"

    typo = await console.say("/strict note typo")
    assert typo.error and typo.text.startswith(
        "that reads like a typo\nUsage: `/strict note <text>`"
    )
    assert await note(console) == "kept"


async def test_not_allowed_is_plain_text_and_audited_as_denied(make_harness, url):
    console = await make_harness(settings=Settings(database_url=url), extra_cogs=[Strict])
    refused = await console.say(":as alice\n/strict close")
    assert refused.error and refused.text == "only the member who opened the pod can close it"
    await console.run("/strict ask")
    pressed = await console.say(":click Close")
    assert pressed.error and pressed.text == refused.text
    community = await console.app.community(COMMUNITY)
    async with console.db.session(community.id) as session:
        rows = (await session.exec(select(AuditLog))).all()
    assert sorted((r.action, r.outcome, r.actor_id) for r in rows) == [
        ("button strict:close", "denied", "alice"),
        ("strict close", "denied", "alice"),
    ]


async def test_a_command_without_the_database_refuses_the_same_way(make_harness):
    console = await make_harness(extra_cogs=[Strict])
    refused = await console.say(":as alice\n/strict away")
    assert refused.error and refused.text == "there is no helpline for that country yet"
