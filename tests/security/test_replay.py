# ruff: noqa: F811  (the Slack fixture imported from the adapter's conftest)
"""A signed Slack request replayed inside its 5-minute window acts once, even
when the copy goes to another Haven process on the same database (SQLite file,
PostgreSQL): the replay gets 200 and nothing happens."""

from __future__ import annotations

import pytest
from sqlmodel import select

from adapters.slack.models import SlackRequestSeen
from bot.config import Settings
from tests.adapters.slack.conftest import SECRET, make_world  # noqa: F401  (the Slack fixture)
from tests.fakes.slack.driver import read_text, sign


@pytest.fixture(params=["sqlite", "postgres"])
def settings(request) -> Settings:
    url = request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")
    return Settings(database_url=url)


async def test_a_replayed_command_acts_once_across_two_processes(make_world):
    first, second = await make_world(), await make_world()
    body = first.driver.command_body("alice", "/contract public")
    headers = sign(SECRET, body)  # the very request Slack sent, copied off the wire
    assert await first.driver.post(body, headers=headers) == (200, "")
    assert await second.driver.post(body, headers=headers) == (200, "")
    assert await second.driver.post(body, headers=headers) == (200, "")
    await first.adapter.tracker.drain()
    await second.adapter.tracker.drain()
    posts = [c for c in first.fake.calls if c.method == "response_url"]
    assert [read_text(p.args) for p in posts] == ["everyone sees this"]
    assert not [c for c in second.fake.calls if c.method == "response_url"]


async def test_a_replayed_button_press_acts_once(make_world):
    first, second = await make_world(), await make_world()
    d = first.driver
    await d.command("alice", "/contract button")
    body = d.click_body("alice", "Press")
    headers = sign(SECRET, body)
    before = len(first.fake.calls)
    for world in (first, second, first):
        assert await world.driver.post(body, headers=headers) == (200, "")
        await world.adapter.tracker.drain()
    pressed = [c for c in first.fake.calls[before:] if c.method == "response_url"]
    assert [read_text(p.args) for p in pressed] == ["pressed 42"]


async def test_a_new_request_with_the_same_content_still_acts(make_world):
    """Only the signed copy is refused: the member running the command again
    (a new timestamp, so a new signature) is answered."""
    world = await make_world()
    for _ in range(2):
        [seen] = await world.driver.command("alice", "/contract ephemeral")
        assert seen.text == "only you see this"


async def test_seen_signatures_expire_with_their_window(make_world):
    world = await make_world()
    body = world.driver.command_body("alice", "/contract ephemeral")
    old = sign(SECRET, body, timestamp=1_000_000_000)  # long expired (and refused: 401)
    status, _ = await world.driver.post(body, headers=old)
    assert status == 401
    guard = world.runtime.guard
    assert guard is not None
    await guard.seen.first("v0=" + "a" * 64, 1_000_000_000)  # its window is long over
    guard.seen._pruned = None
    await world.driver.command("alice", "/contract ephemeral")
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        rows = (await session.exec(select(SlackRequestSeen))).all()
    assert len(rows) == 1 and rows[0].signature != "v0=" + "a" * 64
