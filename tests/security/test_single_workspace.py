# ruff: noqa: F811  (the Slack fixture imported from the adapter's conftest)
"""With one bot token (SLACK_BOT_TOKEN, no OAuth) Haven answers only the
token's own workspace: a correctly signed request from another team gets a
private refusal (a command) or nothing, and no community is made for it."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from sqlmodel import select

from adapters.slack.app import OTHER_WORKSPACE
from bot.models import Community
from tests.adapters.slack.conftest import make_world  # noqa: F401  (the Slack fixture)


async def workspaces(world) -> list[str]:
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        return [c.workspace_id for c in (await session.exec(select(Community))).all()]


async def test_a_command_from_another_workspace_is_refused_privately(make_world):
    world = await make_world()  # the token belongs to T0001
    d = world.driver
    d.team = "T0STRANGER"
    status, body = await d.post(d.command_body("alice", "/contract public"))
    await world.adapter.tracker.drain()
    assert status == 200
    answer = json.loads(body)
    assert answer == {"response_type": "ephemeral", "text": OTHER_WORKSPACE}
    assert not [c for c in world.fake.calls if c.method in ("response_url", "chat.postMessage")]
    assert await workspaces(world) == []

    d.team = "T0001"  # its own workspace is served as before
    [seen] = await d.command("alice", "/contract ephemeral")
    assert seen.text == "only you see this"
    assert await workspaces(world) == ["T0001"]


async def test_presses_and_events_from_another_workspace_do_nothing(make_world):
    world = await make_world()
    d = world.driver
    payload = {
        "type": "block_actions",
        "team": {"id": "T0STRANGER"},
        "user": {"id": "UALICE", "team_id": "T0STRANGER"},
        "response_url": world.fake.new_response_url("UALICE", "CGENERAL"),
        "actions": [{"action_id": "contract:press:1"}],
    }
    assert await d.post(urlencode({"payload": json.dumps(payload)})) == (200, "")
    event = {
        "type": "event_callback",
        "team_id": "T0STRANGER",
        "event_id": "Ev1",
        "event": {"type": "app_uninstalled"},
    }
    status, _ = await d.post_json(event)
    assert status == 200
    await world.adapter.tracker.drain()
    assert not [c for c in world.fake.calls if c.method == "response_url"]
    assert await workspaces(world) == []
