"""The fakes hold Haven to Slack's and Discord's published specs (issue #16, 3–5).

Requests go through the real clients (slack_sdk's AsyncWebClient, discord.py's
HTTPClient) to the fakes, which check them against ``../shared/specs/``: a
request the platform would refuse is refused the platform's way *and* fails
the test that made it (the autouse check in tests/conftest.py). Here the
violations are provoked on purpose and taken, so they do not fail these tests.
"""

from __future__ import annotations

import re

import discord
import pytest
from discord.http import HTTPClient, Route, handle_message_parameters
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from tests import conftest
from tests.fakes import conformance
from tests.fakes.discord.server import FakeDiscord
from tests.fakes.discord.spec import published as discord_spec
from tests.fakes.slack import rules
from tests.fakes.slack.server import FakeSlack
from tests.fakes.slack.spec import published as slack_spec

TOKEN = "xoxb-spec-token"

needs_specs = pytest.mark.skipif(
    not (conformance.SPECS / "slack").is_dir() and not conformance.in_ci(),
    reason=f"platform specs not found at {conformance.SPECS} (they are mandatory in CI)",
)


def test_the_published_specs_are_there_in_ci():
    """CI lays shared/ beside the checkout: the checks must run there."""
    if not conformance.SPECS.is_dir():
        if conformance.in_ci():
            pytest.fail(f"CI needs the platform specs at {conformance.SPECS.resolve()}")
        pytest.skip(f"platform specs not found at {conformance.SPECS}: spec checks are off")
    assert slack_spec() is not None and discord_spec() is not None


def test_missing_specs_fail_loudly_in_ci_and_warn_once_locally(monkeypatch, tmp_path):
    monkeypatch.setattr(conformance, "SPECS", tmp_path / "nowhere")
    monkeypatch.setattr(conformance, "_warned", [])
    conformance.load.cache_clear()
    try:
        monkeypatch.setenv("CI", "true")
        with pytest.raises(conformance.SpecsMissing, match="mandatory in CI"):
            conformance.load("slack/web_openapi_v2.json")
        monkeypatch.setenv("CI", "")
        with pytest.warns(UserWarning, match="not checked against the platforms"):
            assert conformance.load("slack/web_openapi_v2.json") is None
        assert conformance.load("discord/openapi.json") is None  # no second warning
    finally:
        conformance.load.cache_clear()


def test_a_recorded_violation_fails_the_test_that_made_it():
    check = conftest._platform_specs_kept.__wrapped__()
    next(check)
    conformance.record("slack", "chat.postMessage", ["unknown argument 'colour'"])
    with pytest.raises(pytest.fail.Exception, match=r"chat\.postMessage: unknown argument"):
        next(check)


# -- Slack ------------------------------------------------------------------


@pytest.fixture
async def slack():
    fake = await FakeSlack(TOKEN, rate_interval=0.0).start()
    fake.add_user("UALICE", "alice")
    client = AsyncWebClient(token=TOKEN, base_url=fake.api_url)
    yield fake, client
    await fake.close()


async def _slack_refuses(call, error: str) -> str:
    with pytest.raises(SlackApiError) as refused:
        await call
    assert refused.value.response["error"] == error
    found = conformance.take()
    assert found, "the violation was not recorded"
    return "\n".join(found)


@needs_specs
async def test_slack_refuses_a_parameter_its_method_does_not_take(slack):
    fake, client = slack
    found = await _slack_refuses(
        client.chat_postMessage(channel="CGENERAL", text="hi", colour="red"), "invalid_arguments"
    )
    assert "slack: chat.postMessage: unknown argument 'colour'" in found
    assert not fake.messages  # nothing was posted


@needs_specs
async def test_slack_refuses_a_missing_required_parameter(slack):
    _, client = slack
    found = await _slack_refuses(
        client.api_call("chat.postEphemeral", json={"channel": "CGENERAL", "text": "hi"}),
        "invalid_arguments",
    )
    assert "missing required argument 'user'" in found


@needs_specs
async def test_slack_checks_types_in_form_and_json_bodies(slack):
    _, client = slack
    found = await _slack_refuses(
        client.api_call("conversations.create", params={"name": "pod", "is_private": "maybe"}),
        "invalid_arguments",
    )
    assert "argument 'is_private' must be boolean" in found
    found = await _slack_refuses(
        client.api_call("chat.postMessage", json={"channel": "CGENERAL", "text": 42}),
        "invalid_arguments",
    )
    assert "argument 'text' must be string" in found


@needs_specs
async def test_slack_counts_the_bearer_token_and_refuses_unknown_methods(slack):
    _, client = slack
    assert (await client.auth_test())["ok"]  # token only in the Authorization header
    assert conformance.take() == []
    found = await _slack_refuses(client.api_call("chat.postMessagez"), "unknown_method")
    assert "no method 'chat.postMessagez'" in found


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        ({"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}, "more than 3000"),
        ({"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}, "more than 150"),
        ({"type": "header", "text": {"type": "mrkdwn", "text": "*x*"}}, "must be plain_text"),
        (
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "x" * 76},
                        "action_id": "a",
                    }
                ],
            },
            "more than 75",
        ),
        (
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "ok"},
                        "action_id": "a" * 256,
                        "value": "v" * 2001,
                    }
                ],
            },
            "action_id is 256 characters, more than 255",
        ),
        ({"type": "section", "text": {"type": "mrkdwn", "text": ""}}, "text is empty"),
        ({"type": "banner", "text": "x"}, "not a block type"),
    ],
)
@needs_specs
async def test_slack_refuses_blocks_over_block_kit_limits(slack, block, problem):
    fake, client = slack
    found = await _slack_refuses(
        client.chat_postMessage(channel="CGENERAL", text="fallback", blocks=[block]),
        "invalid_blocks",
    )
    assert problem in found
    assert not fake.messages


@needs_specs
async def test_slack_refuses_more_than_50_blocks_in_a_message(slack):
    _, client = slack
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}] * 51
    found = await _slack_refuses(
        client.chat_postMessage(channel="CGENERAL", text="x", blocks=blocks), "invalid_blocks"
    )
    assert "51 blocks, more than 50" in found


@needs_specs
async def test_slack_refuses_views_over_their_limits(slack):
    fake, client = slack
    trigger = fake.new_trigger("UALICE")
    modal = {
        "type": "modal",
        "title": {"type": "plain_text", "text": "A title longer than 24 chars"},
        "blocks": [
            {
                "type": "input",
                "block_id": "note",
                "label": {"type": "plain_text", "text": "Note"},
                "element": {"type": "plain_text_input", "action_id": "v", "max_length": 5000},
            }
        ],
    }
    found = await _slack_refuses(
        client.views_open(trigger_id=trigger, view=modal), "invalid_arguments"
    )
    assert "view.title.text is 28 characters, more than 24" in found
    assert "max_length 5000 is outside 0..3000" in found
    assert "view.submit is required" in found
    home = {"type": "home", "blocks": [{"type": "divider"}] * 101}
    found = await _slack_refuses(
        client.views_publish(user_id="UALICE", view=home), "invalid_arguments"
    )
    assert "101 blocks, more than 100" in found


def test_every_method_the_fake_slack_serves_is_in_the_spec_or_the_rules():
    spec = slack_spec()
    if spec is None:
        pytest.skip("platform specs not found")
    served = {
        name.removeprefix("m_").replace("_", ".", 1)
        for name in dir(FakeSlack)
        if name.startswith("m_")
    }
    served |= {"oauth.v2.access", "apps.connections.open"}
    assert served - spec.methods.keys() == set()
    assert set(rules.NEWER_METHODS) <= spec.methods.keys()


# -- Discord ----------------------------------------------------------------


@pytest.fixture
async def discord_http(monkeypatch):
    fake = await FakeDiscord().start()
    monkeypatch.setattr(Route, "BASE", fake.api_base)
    http = HTTPClient(None)  # discord.py's own REST client
    await http.static_login(fake.token)
    yield fake, http
    await http.close()
    await fake.close()


def _discord_refused(exc: discord.HTTPException) -> str:
    assert (exc.status, exc.code) == (400, 50035)  # Discord's "Invalid Form Body"
    found = conformance.take()
    assert found, "the violation was not recorded"
    return "\n".join(found)


@needs_specs
async def test_discord_refuses_a_message_over_the_specs_limits(discord_http):
    fake, http = discord_http
    channel = int(fake.general["id"])
    row = {"type": 1, "components": [{"type": 2, "style": 1, "label": "x" * 81, "custom_id": "a"}]}
    with pytest.raises(discord.HTTPException) as refused:
        await http.request(
            Route("POST", "/channels/{channel_id}/messages", channel_id=channel),
            json={"content": "hi", "components": [row]},
        )
    found = _discord_refused(refused.value)
    assert "POST /channels/{channel_id}/messages: body.components[0].components[0].label" in found
    assert not fake.shown  # nobody saw it


@needs_specs
async def test_discord_refuses_unknown_fields_and_wrong_enums(discord_http):
    fake, http = discord_http
    channel = int(fake.general["id"])
    with pytest.raises(discord.HTTPException) as refused:
        await http.request(
            Route("POST", "/channels/{channel_id}/messages", channel_id=channel),
            json={"content": "hi", "ephemeral": True},
        )
    assert "'ephemeral' was unexpected" in _discord_refused(refused.value)
    with pytest.raises(discord.HTTPException) as refused:
        await http.request(
            Route("POST", "/channels/{channel_id}/threads", channel_id=channel),
            json={"name": "pod", "type": 99},
        )
    assert "body.type" in _discord_refused(refused.value)


@needs_specs
async def test_discord_checks_the_command_registration_payload(discord_http):
    fake, http = discord_http
    commands = [
        {"name": "sober", "description": "d" * 101, "type": 1},
        {"name": "checkin", "description": "Check in", "type": 1, "options": [{"type": 99}]},
    ]
    with pytest.raises(discord.HTTPException) as refused:
        await http.bulk_upsert_global_commands(int(fake.app_id), commands)
    found = _discord_refused(refused.value)
    assert "PUT /applications/{application_id}/commands: body[0].description" in found
    assert "body[1].options[0]" in found
    assert fake.commands.get("global") is None  # nothing registered


@needs_specs
async def test_discord_accepts_what_discord_py_sends(discord_http):
    fake, http = discord_http
    params = handle_message_parameters(content="hello", embeds=[discord.Embed(description="x")])
    await http.send_message(int(fake.general["id"]), params=params)
    assert conformance.take() == []
    assert ("discord", "POST /channels/{channel_id}/messages") in conformance.VALIDATED


@needs_specs
async def test_discord_refuses_routes_it_does_not_have(discord_http):
    _, http = discord_http
    with pytest.raises(discord.HTTPException):
        await http.request(Route("POST", "/channels/{channel_id}/nudge", channel_id=1))
    assert any("no such route" in v for v in conformance.take())


def test_every_route_the_fake_discord_serves_is_an_operation_of_the_spec():
    spec = discord_spec()
    if spec is None:
        pytest.skip("platform specs not found")
    examples = {r"(\d+)": "1", r"([^/]+)": "token", r"(@original|\d+)": "2"}
    fake = FakeDiscord.__new__(FakeDiscord)
    for pattern, method, _ in FakeDiscord._routes(fake):
        path = pattern
        for regex, example in examples.items():
            path = path.replace(regex, example)
        route = spec.route(path)
        assert route is not None, f"{method} {pattern}"
        operation = spec.document["paths"][route.template].get(method.lower())
        assert operation is not None, f"{method} {route.template}"
        if method in ("POST", "PATCH") and not re.search(r"/gateway", path):
            assert "requestBody" in operation, f"{method} {route.template} has no body schema"
