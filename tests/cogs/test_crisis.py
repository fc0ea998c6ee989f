"""/crisis always answers, even with the database down (P10)."""

import asyncio

from bot.adapters import Invocation
from bot.db import Database
from tests.support.harness import COMMUNITY


async def test_crisis_gives_helplines_privately(console):
    out = await console.say("/crisis")
    assert "988" in out.text and "1-800-662-4357" in out.text
    assert "emergency" in out.text
    assert out.ephemeral and not out.error


async def test_community_resources_are_added(console):
    await console.run(":as mona mod\n/mod resources Helsinki crisis line: 09 2525 0111")
    out = await console.say(":as alice\n/crisis")
    assert "Helsinki crisis line: 09 2525 0111" in out.text
    assert "988" in out.text


async def test_crisis_answers_when_the_database_is_unreachable(console, tmp_path):
    await console.app.database.dispose()
    console.app.database = Database(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/haven.db")
    out = await console.app.dispatch(
        Invocation(community=COMMUNITY, user_id="alice", command="crisis")
    )
    assert "988" in out.text and "1-800-662-4357" in out.text
    # and a data command says plainly that storage is away, not a traceback
    broken = await console.app.dispatch(
        Invocation(community=COMMUNITY, user_id="alice", command="me", text="export")
    )
    assert broken.error and broken.text.startswith("Haven can't reach its storage right now")


async def test_a_country_set_by_a_moderator_puts_its_numbers_first(console):
    out = await console.say(":as mona mod\n/mod country GB")
    assert not out.error and "the United Kingdom" in out.text
    out = await console.say(":as alice\n/crisis")
    assert "**If you are in danger right now, call 999** (the United Kingdom)" in out.text
    assert "Samaritans" in out.text and "116 123" in out.text
    assert "988" not in out.text  # not a US list for a UK community
    assert "findahelpline.com" in out.text and "not counselling" in out.text


async def test_a_country_without_a_verified_helpline_shows_its_emergency_number_only(console):
    out = await console.say(":as mona mod\n/mod country mx\n")
    assert "no verified national helpline for Mexico" in out.text and "/mod resources" in out.text
    await console.run("/mod resources Línea local: 55 0000 0000")
    out = await console.say(":as alice\n/crisis")
    assert "call 911**" in out.text and "Línea local: 55 0000 0000" in out.text


async def test_the_country_can_be_cleared_and_a_wrong_code_is_refused(console):
    await console.run(":as mona mod\n/mod country de")
    refused = await console.say("/mod country xx")
    assert refused.error and "/mod country" in refused.text
    assert "0800 111 0 111" in (await console.say(":as alice\n/crisis")).text  # kept
    await console.run(":as mona mod\n/mod country off")
    assert "1-800-662-4357" in (await console.say(":as alice\n/crisis")).text


async def test_sos_shows_the_countrys_numbers_first(console):
    await console.run(":as mona mod\n/mod country au")
    await console.agree("alice")
    out = await console.run(":as alice\n/sos")
    assert "call 000**" in out[0].text and "13 11 14" in out[0].text


async def test_crisis_does_not_wait_on_slow_storage(console, monkeypatch):
    """The community's own resources are read briefly (Context.read_briefly):
    storage that takes longer than HAVEN_BRIEF_READ_MS gets Haven's defaults."""
    await console.run(":as mona mod\n/mod resources Helsinki crisis line: 09 2525 0111")

    async def slow(key):
        await asyncio.sleep(30)

    monkeypatch.setattr(console.app, "community", slow)
    loop = asyncio.get_running_loop()
    started = loop.time()
    out = await console.app.dispatch(
        Invocation(community=COMMUNITY, user_id="alice", command="crisis")
    )
    assert loop.time() - started < console.app.settings.brief_read_ms / 1000 + 0.5
    assert "988" in out.text and "Helsinki" not in out.text
