"""Issue 18 item 3, the other half: ``HAVEN_BOT_NAME`` renames Haven's own
wording only. A member's reason, a counter's label, a meeting's title or a
moderator's crisis resources that say "Haven" show exactly as written — on
Discord and Slack (read back from the fakes' own records of Haven's calls)
and on the console — while Haven's words say "Wellbeing"; and no escape or
invisible mark is left behind in either.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.naming import DEFAULT as DEFAULT_NAME
from bot.naming import set_name
from tests.e2e.conftest import _discord_world, _slack_world
from tests.e2e.test_e2e_discreet import everything_shown
from tests.e2e.worlds import World

#: What members and moderators wrote, each with "Haven" in it: a counter's
#: note, a reason, a meeting's title, the community's crisis resources.
#: (A counter's label is lower-cased, so it never says "Haven".)
THEIRS = ("after the Haven weekend", "Coffee at Haven Park", "Haven Hall circle", "the Haven Line")
#: Residue a mark would leave: an escape, or an invisible character, before the word.
RESIDUE = re.compile(r"[\\\u200b\u2060\u2063\ufeff]Haven")


async def their_words_and_ours(say, announcements: str) -> None:
    """The scenario, as ``say(user, line)`` of a platform or the console."""
    for line in (
        f"/mod channel announcements {announcements}",
        '/meeting add title:"Haven Hall circle" day:mon time:18:00 tz:Europe/London',
        "/mod resources Call the Haven Line: 0800 123 456",
    ):
        await say("mod", line)
    for line in (
        '/sober set 2026-11-01 label:"Haven House" note:"after the Haven weekend"',
        "/sober show",
        "/sober history",
        "/haven reasons add Coffee at Haven Park",
        "/haven reasons list",
        "/meeting list",
        "/crisis",
        "/haven help",
    ):
        await say("alice", line)


def check(shown: list[str]) -> None:
    """Their words as written, ours renamed, nothing left over."""
    joined = "\n".join(shown)
    for words in THEIRS:
        assert words in joined, (words, shown)
        renamed = words.replace("Haven", "Wellbeing")
        assert renamed not in joined, (renamed, shown)
    assert RESIDUE.search(joined) is None, RESIDUE.search(joined)
    ours = re.sub("|".join(re.escape(w) for w in THEIRS), "", joined)
    assert re.search(r"(?<![/\w])Haven\b", ours) is None, ours
    assert "haven house" in joined  # the label, lower-cased as every label is
    assert "Wellbeing commands" in joined  # /help's title: Haven's own words


@pytest.fixture(params=["discord", "slack"])
async def wellbeing(request, database_url) -> AsyncIterator[World]:
    settings = Settings(database_url=database_url, bot_name="Wellbeing")
    make = _discord_world if request.param == "discord" else _slack_world
    try:
        async with make(settings) as built:
            yield built
    finally:
        set_name(DEFAULT_NAME)  # the name is the process's


async def test_others_words_keep_haven_while_ours_say_the_configured_name(wellbeing):
    world = wellbeing
    await world.agree(world.mod, "alice")

    async def say(user: str, line: str) -> None:
        done = await world.command(world.mod if user == "mod" else user, line)
        assert done.ok, (line, done.seen)

    await their_words_and_ours(say, world.channel("announcements"))
    check(everything_shown(world))


async def test_on_the_console_too(make_harness, settings):
    from dataclasses import replace

    console = await make_harness(settings=replace(settings, bot_name="Wellbeing"))
    try:
        await console.agree("mona", mod=True)
        await console.agree("alice")
        shown: list[str] = []

        async def say(user: str, line: str) -> None:
            who = "mona mod" if user == "mod" else user
            for out in await console.run(f":as {who}\n{line}"):
                assert not out.error, (line, out.text)
                shown.extend([out.text, *(a["label"] for a in out.actions)])

        await their_words_and_ours(say, "#general")
        check(shown)
    finally:
        set_name(DEFAULT_NAME)
