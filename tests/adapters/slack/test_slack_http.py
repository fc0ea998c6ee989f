"""bolt's HTTP endpoint: signatures, every command group, buttons, modals."""

from __future__ import annotations

import asyncio
import json
import time
from urllib.parse import urlencode

from adapters.slack.adapter import FORM_TOO_LATE
from adapters.slack.manifest import slack_groups
from bot.adapters import CommunityKey
from tests.adapters.slack.conftest import SECRET
from tests.fakes.slack.driver import read_text


async def test_tampered_wrong_secret_and_stale_requests_get_401_and_run_nothing(world):
    d = world.driver
    body = d.command_body("alice", "/contract public")
    tampered = body.replace("public", "dm")
    cases = [
        await d.post(tampered, signed_body=body),
        await d.post(body, secret="not-the-" + SECRET),
        await d.post(body, timestamp=int(time.time()) - 6 * 60),
        await d.post(body, headers={"X-Slack-Signature": "v0=" + "0" * 64}),
    ]
    await world.adapter.tracker.drain()
    assert [status for status, _ in cases] == [401, 401, 401, 401]
    assert not [c for c in world.fake.calls if c.method in ("response_url", "chat.postMessage")]
    ok, _ = await d.post(body)  # the same request, correctly signed, is answered
    await world.adapter.tracker.drain()
    assert ok == 200 and world.fake.of("response_url")


async def test_every_command_group_answers_through_its_own_slash_command(world):
    groups = [g for g, _ in slack_groups(world.app.registry)]
    assert {"sober", "checkin", "meeting", "partner", "sos", "haven", "mod", "crisis"} <= set(
        groups
    )
    assert "help" not in groups and "me" not in groups  # reserved by Slack
    for group in groups:
        status_before = len(world.fake.calls)
        seen = await world.driver.command("alice", f"/{group}")
        assert world.driver.last_ack == (200, ""), group  # acked at once, empty body
        assert seen, f"/{group} showed nothing"
        assert all(s.visible_to == ["alice"] for s in seen), (group, seen)
        assert "not a command I know" not in seen[0].text or group == "contract"
        assert len(world.fake.calls) > status_before


async def test_crisis_answers_with_helplines(world):
    [seen] = await world.driver.command("alice", "/crisis")
    assert "988" in seen.text and seen.ephemeral


async def test_moderator_commands_follow_slack_admin_status(world):
    [denied] = await world.driver.command("alice", "/mod setup")
    assert denied.error and "moderators" in denied.text
    [allowed] = await world.driver.command("mod", "/mod setup")
    assert not allowed.error


async def test_checkin_modal_errors_come_back_in_the_ack_by_block_id(world):
    d = world.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone Europe/Helsinki")
    [opened] = await d.command("alice", "/checkin")
    assert opened.kind == "form"
    _, view = d.open_view("alice")
    assert [b["block_id"] for b in view["blocks"]] == [
        "mood",
        "craving",
        "sober",
        "note",
        "triggers",
    ]
    mood, craving, sober, note, triggers = (b["element"] for b in view["blocks"])
    assert triggers["type"] == "multi_static_select" and len(triggers["options"]) == 8
    assert mood["type"] == "radio_buttons" and len(mood["options"]) == 5
    assert mood["options"][0]["text"]["text"] == "1 · very low"
    assert (craving["type"], craving["min_value"], craving["max_value"]) == (
        "number_input",
        "0",
        "10",
    )
    assert sober["type"] == "checkboxes" and [o["value"] for o in sober["options"]] == ["yes"]
    assert note["type"] == "plain_text_input" and note["multiline"]
    status, body = await d.post(
        d.submission_body("alice", {"mood": "9", "craving": "2"}, forged=True)
    )
    assert status == 200
    ack = json.loads(body)
    assert ack["response_action"] == "errors" and set(ack["errors"]) == {"mood"}
    assert "1 to 5" in ack["errors"]["mood"]
    [done] = await d.submit(
        "alice", {"mood": "4", "craving": "2", "sober": "yes", "triggers": "boredom,place"}
    )
    assert done.kind == "reply" and done.visible_to == ["alice"] and "mood 4/5" in done.text
    assert "Triggers noted, only for you: boredom, place" in done.text


async def test_expired_trigger_gives_a_private_note_instead_of_a_form(world):
    d = world.driver
    body = d.command_body("alice", "/contract form")
    world.fake.advance(4)  # Slack took longer than the trigger's 3 s
    before = len(world.fake.calls)
    await d.post(body)
    await world.adapter.tracker.drain()
    [failed] = [c for c in world.fake.calls[before:] if c.method == "views.open"]
    assert failed.error == "expired_trigger_id"
    [note] = [c for c in world.fake.calls[before:] if c.method == "response_url"]
    assert note.args["text"] == FORM_TOO_LATE and note.args["response_type"] == "ephemeral"


async def test_buttons_in_a_dm_route_by_action_id(world):
    d = world.driver
    await d.command("alice", "/haven consent agree")
    seen = await d.command("alice", "/haven delete")
    assert seen[0].buttons == ["Erase everything", "Keep my data"]
    [kept] = await d.click("alice", "Keep my data")
    assert kept.visible_to == ["alice"] and not kept.error


async def test_enterprise_grid_installs_are_keyed_by_enterprise_and_team(make_world):
    world = await make_world(team="T0GRID", enterprise="E0ORG")
    [seen] = await world.driver.command("alice", "/contract ephemeral")
    assert seen.text == "only you see this"
    community = await world.app.community(CommunityKey("slack", "T0GRID", "E0ORG"))
    assert community.id is not None and community.enterprise_id == "E0ORG"


async def test_unknown_payloads_do_not_crash_the_endpoint(world):
    status, _ = await world.driver.post(urlencode({"payload": json.dumps({"type": "shortcut"})}))
    assert status in (200, 404)


async def test_the_ack_comes_before_the_work(world, monkeypatch):
    release = asyncio.Event()
    original = world.app.handle

    async def slow(invocation):
        await release.wait()  # the work is stuck, yet Slack already has its ack
        return await original(invocation)

    monkeypatch.setattr(world.app, "handle", slow)
    status, body = await world.driver.post(
        world.driver.command_body("alice", "/contract ephemeral")
    )
    assert (status, body) == (200, "")
    assert not world.fake.of("response_url")
    release.set()
    await world.adapter.tracker.drain()
    [reply] = world.fake.of("response_url")
    assert read_text(reply.args) == "only you see this"
