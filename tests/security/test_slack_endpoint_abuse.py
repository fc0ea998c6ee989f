# ruff: noqa: F811  (fixtures imported from the adapters' conftests)
"""Malformed and forged input at Haven's endpoints gets 400/401 or a polite
"that button no longer does anything" — never a 500, a traceback or a query
with a number no row could have.

Slack: the real bolt app behind its HTTP endpoint, fed signed (or unsigned)
requests. Discord: discord.py against the fake Discord, pressing components
whose custom_id a client forged. Both on SQLite and PostgreSQL (an id beyond
INTEGER fails a PostgreSQL query outright).
"""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlencode

import aiohttp
import pytest
from sqlmodel import select

from adapters.slack import oauth
from adapters.slack.models import SlackOAuthState
from bot.adapters import CommunityKey
from bot.config import Settings
from bot.models import Community
from tests.adapters.discord.conftest import _quick_ready, env, fake  # noqa: F401  (Discord fixtures)
from tests.adapters.slack.conftest import SECRET, make_world  # noqa: F401  (the Slack fixture)
from tests.fakes.slack.driver import read_text, sign

EXPIRED = "That button no longer does anything"
TOO_BIG = "999999999999999999999999"


@pytest.fixture(params=["sqlite", "postgres"])
def settings(request) -> Settings:
    url = request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")
    return Settings(database_url=url)


async def post_raw(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, headers=headers) as response:
            return response.status, await response.text()


def form_headers(body: str, **overrides: str) -> dict[str, str]:
    headers = sign(SECRET, body)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers.update(overrides)
    return headers


async def acted(world) -> list:
    await world.adapter.tracker.drain()
    return [c for c in world.fake.calls if c.method in ("response_url", "chat.postMessage")]


# -- the HTTP request itself ---------------------------------------------------


async def test_a_non_numeric_timestamp_is_401_not_500(make_world):
    world = await make_world()
    body = world.driver.command_body("alice", "/contract public")
    for stamp in ("abc", "", "1e9", "١٧٠٠٠٠٠٠٠٠", "9" * 40):
        status, text = await post_raw(
            world.url, body.encode(), form_headers(body, **{"X-Slack-Request-Timestamp": stamp})
        )
        assert status == 401, (stamp, status, text)
        assert "Traceback" not in text
    assert await acted(world) == []


async def test_an_unsigned_payload_that_is_not_json_is_401_not_500(make_world):
    world = await make_world()
    for body in (b"payload=notjson", b"payload=%7B", b"\xff\xfe", b"{not json"):
        status, _ = await post_raw(
            world.url, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert status == 401, body
    assert await acted(world) == []


async def test_a_signed_payload_that_is_not_a_json_object_is_400(make_world):
    world = await make_world()
    for payload in ("[1]", '"x"', "1", "null", "notjson"):
        status, text = await world.driver.post(urlencode({"payload": payload}))
        assert (status, "object" in text) == (400, True), (payload, status, text)
    status, _ = await post_raw(
        world.url, b"[1]", {**sign(SECRET, "[1]"), "Content-Type": "application/json"}
    )
    assert status == 400
    assert await acted(world) == []


async def test_commands_and_presses_without_a_user_or_team_are_400_and_make_no_community(
    make_world,
):
    world = await make_world()
    d = world.driver
    command = dict(
        pair.split("=", 1) for pair in d.command_body("alice", "/contract public").split("&")
    )
    for missing in ("user_id", "team_id"):
        body = "&".join(f"{k}={v}" for k, v in command.items() if k != missing)
        status, text = await d.post(body)
        assert status == 400 and missing in text, (missing, status, text)
    press = {
        "type": "block_actions",
        "team": {"id": "T0001"},
        "user": {"id": "UALICE", "team_id": "T0001"},
        "actions": [{"action_id": "contract:press:42"}],
    }
    broken = [
        {k: v for k, v in press.items() if k != "user"},
        {**press, "team": None, "user": {"id": "UALICE"}},
        {**press, "user": "UALICE"},
        {**press, "actions": []},
        {**press, "actions": [1]},
        {"type": "view_submission", "team": {"id": "T0001"}, "user": {"id": "UALICE"}},
        {**press, "type": "view_submission", "view": "x"},
    ]
    for payload in broken:
        status, _ = await d.post(urlencode({"payload": json.dumps(payload)}))
        assert status == 400, payload
    assert await acted(world) == []
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        assert [c.workspace_id for c in (await session.exec(select(Community))).all()] == []


async def test_odd_field_types_in_a_signed_press_get_an_answer_not_a_crash(make_world):
    world = await make_world()
    payload = {
        "type": "block_actions",
        "team": {"id": "T0001"},
        "user": {"id": "UALICE", "team_id": "T0001", "username": 5},
        "container": "not an object",
        "channel": [],
        "response_url": world.fake.new_response_url("UALICE", "CGENERAL"),
        "actions": [{"action_id": "contract:press:42", "block_id": 7}],
    }
    status, _ = await world.driver.post(urlencode({"payload": json.dumps(payload)}))
    assert status == 200
    [reply] = await acted(world)
    assert read_text(reply.args) == "pressed 42"


# -- button, form and block ids --------------------------------------------------


def press_body(world, action_id: str, user: str = "alice") -> str:
    uid = "U" + user.upper()
    payload = {
        "type": "block_actions",
        "team": {"id": world.driver.team, "domain": "haven-test"},
        "user": {"id": uid, "username": user, "team_id": world.driver.team},
        "trigger_id": world.fake.new_trigger(uid),
        "container": {"type": "message", "channel_id": "CGENERAL", "is_ephemeral": True},
        "response_url": world.fake.new_response_url(uid, "CGENERAL"),
        "actions": [{"action_id": action_id, "block_id": "b1", "type": "button"}],
    }
    return urlencode({"payload": json.dumps(payload)})


FORGED = [
    "contract:press:1:2:3",  # more segments than the handler takes
    "contract:press",  # fewer than it needs
    f"partner:accept:{TOO_BIG}",  # beyond BIGINT: int overflow in the query
    "partner:accept:2147483648",  # beyond PostgreSQL INTEGER
    f"partner:here:{TOO_BIG}",
    f"meeting:rsvp:{TOO_BIG}:going",
    "partner:accept:¹",  # a digit to str.isdigit, not to int()
    "partner:accept::",
    "x" * 300,
    "no:such:button",
]


async def test_forged_button_ids_on_slack_get_the_expired_answer_privately(make_world):
    world = await make_world()
    d = world.driver
    await d.command("alice", "/haven consent agree")
    for action_id in FORGED:
        before = len(world.fake.calls)
        status, body = await d.post(press_body(world, action_id))
        assert (status, body) == (200, ""), action_id
        await world.adapter.tracker.drain()
        [reply] = [c for c in world.fake.calls[before:] if c.method == "response_url"]
        assert read_text(reply.args).startswith(EXPIRED), (action_id, read_text(reply.args))
        assert reply.args["response_type"] == "ephemeral"
    [ok] = await d.exchange("alice", press_body(world, "contract:press:42"))
    assert ok.text == "pressed 42"


async def test_a_forged_form_callback_id_says_the_form_expired(make_world):
    world = await make_world()
    d = world.driver
    await d.command("alice", "/contract form")
    view_id, view = d.open_view("alice")
    for callback in (f"contract:{TOO_BIG}", "contract:form:x:y:z", "ü"):
        payload = {
            "type": "view_submission",
            "team": {"id": "T0001"},
            "user": {"id": "UALICE", "team_id": "T0001"},
            "view": {
                "id": view_id,
                "type": "modal",
                "callback_id": callback,
                "private_metadata": view.get("private_metadata", ""),
                "state": {"values": {"mood:1:2": {"x": {"type": "plain_text_input", "value": 3}}}},
            },
        }
        before = len(world.fake.calls)
        status, _ = await d.post(urlencode({"payload": json.dumps(payload)}))
        assert status == 200, callback
        await world.adapter.tracker.drain()
        texts = [read_text(c.args) for c in world.fake.calls[before:]]
        assert any("form has expired" in t for t in texts), (callback, texts)


# -- the same forged ids through Discord ----------------------------------------


async def test_forged_custom_ids_on_discord_get_the_expired_answer_privately(env):
    d = env.driver
    await d.command("alice", "/haven consent agree")
    for custom_id in FORGED[:-2]:
        shown = await d.interact("alice", 3, {"custom_id": custom_id, "component_type": 2})
        seen = d.seen(shown)
        assert [s.text[: len(EXPIRED)] for s in seen] == [EXPIRED], (custom_id, seen)
        assert seen[0].ephemeral and seen[0].visible_to == ["alice"]
    [ok] = d.seen(
        await d.interact("alice", 3, {"custom_id": "contract:press:7", "component_type": 2})
    )
    assert ok.text == "pressed 7"
    # a forged DM tag naming a huge guild does not reach a query either
    seen = d.seen(
        await d.interact(
            "alice", 3, {"custom_id": f"@{TOO_BIG}:partner:accept:1", "component_type": 2}
        )
    )
    assert seen and seen[0].ephemeral
    key = CommunityKey("discord", env.fake.guild_id)
    assert (await env.app.community(key)).id is not None


# -- /slack/install: one client cannot grow the state table -----------------------


async def install_visit(world) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{world.base}/slack/install", allow_redirects=False) as response:
            return response.status


async def states(world) -> int:
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        return len((await session.exec(select(SlackOAuthState))).all())


async def test_one_client_starts_a_few_installs_then_waits(make_world):
    world = await make_world(oauth=True)
    allowed = oauth.INSTALLS_PER_CLIENT.times
    assert [await install_visit(world) for _ in range(allowed)] == [302] * allowed
    assert [await install_visit(world) for _ in range(20)] == [429] * 20
    assert await states(world) == allowed
    world.clock.advance(oauth.INSTALLS_PER_CLIENT.per + timedelta(seconds=1))
    assert await install_visit(world) == 302
    assert await states(world) == 1  # the expired ones went with the new one


async def test_outstanding_install_states_are_capped_for_everyone(make_world, monkeypatch):
    monkeypatch.setattr(oauth, "MAX_STATES", 3)
    world = await make_world(oauth=True)
    assert [await install_visit(world) for _ in range(5)] == [302, 302, 302, 429, 429]
    assert await states(world) == 3
    world.clock.advance(timedelta(seconds=oauth.STATE_SECONDS + 1))
    assert await install_visit(world) == 302
