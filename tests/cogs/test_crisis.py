"""/crisis always answers, even with the database down (P10)."""

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
    await console.app.db.dispose()
    console.app.db = Database(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/haven.db")
    out = await console.app.dispatch(
        Invocation(community=COMMUNITY, user_id="alice", command="crisis")
    )
    assert "988" in out.text and "1-800-662-4357" in out.text
    # and a data command says plainly that storage is away, not a traceback
    broken = await console.app.dispatch(
        Invocation(community=COMMUNITY, user_id="alice", command="me", text="export")
    )
    assert broken.error and broken.text.startswith("Haven can't reach its storage right now")
