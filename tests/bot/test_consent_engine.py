"""Consent is the engine's own (bot/consent_handlers.py): no cog, turned off by
the operator or by a community, can take the notice, Agree, Decline or
withdrawing away. The notice lists what the cogs serving the community store,
from each cog's ``privacy`` line, in registry order. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from bot.api import Cog, Context, Message, command
from bot.config import ConfigError, Settings
from bot.consent import ENGINE_STORES, notice, stored
from bot.consent_handlers import CONSENT_COG, Consent
from bot.plugins import ENGINE_COGS, discover_cogs
from tests.support.harness import COMMUNITY

#: What the default cogs store, as the v1 notice has always listed it.
DEFAULT_STORED = "your time zone, partners, check-ins, meeting RSVPs and sober dates"
OPTIONAL = sorted(cls.name for cls in discover_cogs() if cls.name not in ENGINE_COGS)


@pytest.fixture(params=["sqlite", "postgres"])
def url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")


class Gardening(Cog):
    name = "gardening"
    privacy = "  the plants\nyou grow "

    @command("garden", help="Note a plant", example="/garden")
    async def garden(self, ctx: Context) -> Message:
        return Message(text="Noted.")


async def notice_text(console, user: str = "newcomer") -> str:
    shown = await console.say(f":as {user}\n/haven consent")
    assert [a["label"] for a in shown.actions] == ["Agree", "Decline"]
    return shown.text


def test_the_stored_list_reads_as_a_sentence():
    assert stored([]) == ENGINE_STORES
    assert stored(["partners"]) == "your time zone and partners"
    assert stored(["a", "", " b\n c ", "a"]) == "your time zone, a and b c"
    text = notice(lines=["sober dates"]).text
    assert "Haven stores what you give it here: your time zone and sober dates — in this" in text


def test_consent_is_an_engine_cog_the_engine_loads_itself():
    assert CONSENT_COG in ENGINE_COGS
    with pytest.raises(ConfigError, match="consent cannot be turned off"):
        Settings(disabled_cogs=frozenset({CONSENT_COG}))
    from bot.app import Haven

    app = Haven(Settings(database_url="sqlite+aiosqlite://"))
    app.load_cogs([])  # not one discovered cog: consent is still there
    assert isinstance(app.registry.cogs[CONSENT_COG], Consent)
    assert app.registry.commands[("haven", "consent")].cog.name == CONSENT_COG
    for prefix in ("consent:agree", "consent:decline", "consent:withdraw", "me:delete"):
        assert app.registry.actions[prefix].cog.name == CONSENT_COG


async def test_the_notice_lists_the_default_cogs_lines_in_registry_order(console):
    text = await notice_text(console)
    assert f"Haven stores what you give it here: {DEFAULT_STORED} — in this community only." in (
        text
    )
    assert "privacy notice v1" in text and "peer support, not counselling" in text
    assert "`/haven export`" in text and "`/haven delete`" in text and "`/crisis`" in text


async def test_a_new_cogs_line_joins_the_notice_without_an_engine_change(make_harness):
    console = await make_harness(extra_cogs=[Gardening])
    assert f"{DEFAULT_STORED[: -len(' and sober dates')]}, sober dates and the plants you grow" in (
        await notice_text(console)
    )


async def test_a_cog_turned_off_leaves_the_notice(make_harness, settings):
    dormant = await make_harness(
        settings=dataclasses.replace(settings, disabled_cogs=frozenset({"meetings"}))
    )
    assert "your time zone, partners, check-ins and sober dates —" in await notice_text(dormant)

    console = await make_harness()
    community = await console.app.community(COMMUNITY)
    async with console.db.session(community.id) as session:
        community.settings = {"engine": {"disabled_cogs": ["sober", "accountability"]}}
        session.add(community)
        await session.commit()
    assert "your time zone, check-ins and meeting RSVPs —" in await notice_text(console)


async def test_with_every_other_cog_off_consent_still_asks_agrees_declines_and_withdraws(
    make_harness, url
):
    settings = Settings(database_url=url, disabled_cogs=frozenset(OPTIONAL))
    console = await make_harness(settings=settings)
    community = await console.app.community(COMMUNITY)
    async with console.db.session(community.id) as session:  # and the community tries too
        community.settings = {
            "engine": {"disabled_cogs": [CONSENT_COG, *sorted(ENGINE_COGS), *OPTIONAL]}
        }
        session.add(community)
        await session.commit()

    text = await notice_text(console, "dana")
    assert "Haven stores what you give it here: your time zone — in this community only." in text

    asked = await console.say(":as dana\n/haven timezone Asia/Tokyo")
    assert asked.actions[0]["label"] == "Agree"
    agreed = await console.run(":click Agree")
    assert "you're in" in agreed[0].text and "Asia/Tokyo" in agreed[-1].text

    await console.say(":as erin\n/haven export")
    declined = await console.run(":click Decline")
    assert "So I did not run `/haven export`." in declined[-1].text

    withdrawing = await console.say(":as dana\n/haven consent withdraw")
    assert [a["label"] for a in withdrawing.actions] == ["Erase everything", "Keep my data"]
    erased = await console.run(":click Erase everything")
    assert "is erased" in erased[-1].text
    again = await console.say("/haven consent")
    assert "You have not agreed yet" in again.text


async def test_a_mistyped_haven_command_lists_consent_where_help_does(console):
    """The engine registers its consent cog last; /haven's commands still
    read in /help's order (by name), consent among them."""
    listed = (await console.say("/haven consnet")).text
    usages = [line.split("`")[1] for line in listed.splitlines() if line.startswith("`")]
    assert usages == sorted(usages) and "/haven consent [agree|withdraw]" in usages
