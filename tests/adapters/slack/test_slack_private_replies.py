"""Private replies fail closed on Slack.

When Slack will not show a private reply (its response_url answers 404/500,
chat.postEphemeral refuses), nothing of the reply goes to a DM or a channel
instead — workspace owners can export DMs. The member is told privately,
without any of it, that Haven could not show the reply; if even that fails, a
content-free warning is logged and nothing else happens. Every reply path:
slash commands, buttons, form submissions, App Home."""

from __future__ import annotations

import json
import logging
from urllib.parse import urlencode

import pytest

from adapters.slack.adapter import NOT_SHOWN
from bot.context import Context
from bot.messages import Button, Form, FormField, Message
from bot.plugins import Cog, action, command, form
from tests.support.contract import ContractCog

#: What the member wrote and the reply echoes: it must appear nowhere else.
SECRET = "craving 9 after the funeral"
FORM = Form("secret:form", "Tonight", (FormField("note", "Note"),))


class SecretCog(Cog):
    name = "secret"

    @command("secret tell", consent=False)
    async def tell(self, ctx: Context) -> Message:
        return Message(text=SECRET, buttons=(Button("secret:press:1", "Press"),))

    @action("secret:press", consent=False)
    async def press(self, ctx: Context, number: str) -> Message:
        return Message(text=f"{SECRET} (pressed {number})")

    @command("secret form", consent=False)
    async def open(self, ctx: Context) -> None:
        await ctx.open_form(FORM)

    @form(FORM, consent=False)
    async def submitted(self, ctx: Context, values: dict) -> Message:
        return Message(text=f"{SECRET} ({values['note']})")


@pytest.fixture
async def world(make_world):
    return await make_world(extra_cogs=(ContractCog, SecretCog))


def carrying(world, before: int) -> list:
    """The Slack calls since ``before`` whose arguments carry the secret."""
    return [
        c
        for c in world.fake.calls[before:]
        if SECRET in json.dumps(c.args, ensure_ascii=False, default=str)
    ]


def dms(world, before: int) -> list:
    return [
        c
        for c in world.fake.calls[before:]
        if c.method == "chat.postMessage" and c.args.get("channel", "").startswith("D")
    ]


def told(call) -> bool:
    return call.ok and call.args.get("text") == NOT_SHOWN


def no_secrets_logged(caplog) -> None:
    """Haven's own log lines (the fake's access log and the SDK's DEBUG lines aside)."""
    text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("haven"))
    assert SECRET not in text
    assert "/response/r" not in text  # response_urls are secrets too
    assert "xoxb-" not in text


# -- slash commands ---------------------------------------------------------------


async def test_both_private_paths_fail_the_member_is_told_by_dm_without_the_content(world, caplog):
    caplog.set_level(logging.INFO)  # the SDK logs bodies at DEBUG (see report)
    fake = world.fake
    fake.response_url_fail = [404]
    fake.fail_next["chat.postEphemeral"] = "user_not_in_channel"
    before = len(fake.calls)
    seen = await world.driver.command("alice", "/secret tell")

    # the content went only to the two private attempts, both refused
    assert [(c.method, c.ok, c.status) for c in carrying(world, before)] == [
        ("response_url", False, 404),
        ("chat.postEphemeral", False, 200),
    ]
    # the member is told in a DM, which says nothing of the reply
    [dm] = dms(world, before)
    assert told(dm) and SECRET not in json.dumps(dm.args)
    assert [(s.kind, s.text, s.visible_to) for s in seen] == [("dm", NOT_SHOWN, ["alice"])]
    assert not [c for c in fake.calls[before:] if c.args.get("channel") == "CGENERAL" and c.ok]
    no_secrets_logged(caplog)
    assert "did not show a private reply" in caplog.text  # but it is logged


async def test_a_response_url_500_is_tried_again_with_the_note_only(world):
    fake = world.fake
    fake.response_url_fail = [500]
    fake.fail_next["chat.postEphemeral"] = "channel_not_found"
    before = len(fake.calls)
    seen = await world.driver.command("alice", "/secret tell")
    urls = [c for c in fake.calls[before:] if c.method == "response_url"]
    assert [(c.status, c.ok) for c in urls] == [(500, False), (200, True)]
    assert told(urls[1]) and urls[1].args["response_type"] == "ephemeral"
    assert [c.method for c in carrying(world, before)] == ["response_url", "chat.postEphemeral"]
    assert not dms(world, before)
    assert [(s.kind, s.text, s.ephemeral) for s in seen] == [("reply", NOT_SHOWN, True)]


async def test_an_ephemeral_internal_error_is_tried_again_with_the_note_only(world):
    fake = world.fake
    fake.response_url_fail = [404]
    fake.fail_next["chat.postEphemeral"] = "internal_error"
    before = len(fake.calls)
    await world.driver.command("alice", "/secret tell")
    ephemeral = [c for c in fake.calls[before:] if c.method == "chat.postEphemeral"]
    assert [(c.ok, c.error) for c in ephemeral] == [(False, "internal_error"), (True, "")]
    assert told(ephemeral[1]) and ephemeral[1].args["user"] == "UALICE"
    assert not dms(world, before)
    assert len(carrying(world, before)) == 2  # the two failed attempts


async def test_when_every_path_fails_nothing_is_sent_and_the_warning_has_no_content(world, caplog):
    caplog.set_level(logging.INFO)  # the SDK logs bodies at DEBUG (see report)
    fake = world.fake
    fake.response_url_fail = [404]
    fake.fail_next["chat.postEphemeral"] = "user_not_in_channel"
    fake.fail_next["conversations.open"] = "user_disabled"
    before = len(fake.calls)
    seen = await world.driver.command("alice", "/secret tell")
    assert seen == []
    shows = ("response_url", "chat.postEphemeral", "chat.postMessage", "views.open")
    assert not [c for c in fake.calls[before:] if c.ok and c.method in shows]
    assert len(carrying(world, before)) == 2
    no_secrets_logged(caplog)
    assert "dropped" in caplog.text


async def test_public_replies_still_fall_back_to_the_channel(world):
    """Only private replies fail closed; a public one was meant for the channel."""
    world.fake.response_url_fail = [500]
    before = len(world.fake.calls)
    [seen] = await world.driver.command("alice", "/contract public")
    assert seen.kind == "message" and seen.text == "everyone sees this"
    assert not dms(world, before)


# -- buttons and forms ------------------------------------------------------------


async def test_button_reply_fails_closed(world):
    d, fake = world.driver, world.fake
    await d.command("alice", "/secret tell")
    fake.response_url_fail = [404]
    fake.fail_next["chat.postEphemeral"] = "user_not_in_channel"
    before = len(fake.calls)
    seen = await d.click("alice", "Press")
    assert [(c.method, c.ok) for c in carrying(world, before)] == [
        ("response_url", False),
        ("chat.postEphemeral", False),
    ]
    [dm] = dms(world, before)
    assert told(dm)
    assert [s.text for s in seen] == [NOT_SHOWN]


async def test_form_submission_reply_fails_closed(world):
    d, fake = world.driver, world.fake
    [opened] = await d.command("alice", "/secret form")
    assert opened.kind == "form"
    fake.response_url_fail = [410]
    fake.fail_next["chat.postEphemeral"] = "not_in_channel"
    before = len(fake.calls)
    seen = await d.submit("alice", {"note": "long day"})
    assert [(c.method, c.ok) for c in carrying(world, before)] == [
        ("response_url", False),
        ("chat.postEphemeral", False),
    ]
    assert [s.text for s in seen] == [NOT_SHOWN]
    assert "long day" not in json.dumps([c.args for c in dms(world, before)])


async def test_a_reply_after_a_slow_handler_fails_closed_too(world, monkeypatch):
    """Haven acks at once and replies later (the deferred follow-up): by then
    the response_url may be gone; the same rule holds."""
    fake = world.fake
    original = world.app.handle

    async def slow(invocation):
        fake.response_url_fail = [404]  # expired meanwhile
        fake.fail_next["chat.postEphemeral"] = "channel_not_found"
        return await original(invocation)

    monkeypatch.setattr(world.app, "handle", slow)
    before = len(fake.calls)
    seen = await world.driver.command("alice", "/secret tell")
    assert [s.text for s in seen] == [NOT_SHOWN]
    assert [c.ok for c in carrying(world, before)] == [False, False]


# -- App Home: no message to answer -------------------------------------------------


def home_click(world, trigger: str) -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": "T0001", "domain": "haven-test"},
        "user": {"id": "UALICE", "username": "alice", "team_id": "T0001"},
        "api_app_id": "AHAVEN",
        "trigger_id": trigger,
        "container": {"type": "view", "view_id": "VHOME"},
        "view": {"id": "VHOME", "type": "home"},
        "actions": [
            {
                "action_id": "secret:press:7",
                "block_id": "b1",
                "type": "button",
                "value": "secret:press:7",
                "action_ts": "1700000000.000002",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


async def test_app_home_button_reply_opens_a_modal_not_a_dm(world):
    fake = world.fake
    before = len(fake.calls)
    await world.driver.post(home_click(world, fake.new_trigger("UALICE")))
    await world.adapter.tracker.drain()
    [shown] = carrying(world, before)
    assert shown.method == "views.open" and shown.ok and shown.user == "UALICE"
    assert not dms(world, before)


async def test_app_home_button_with_an_expired_trigger_fails_closed(world):
    fake = world.fake
    trigger = fake.new_trigger("UALICE")
    fake.advance(4)  # the handler took longer than the trigger's 3 s
    before = len(fake.calls)
    await world.driver.post(home_click(world, trigger))
    await world.adapter.tracker.drain()
    assert [(c.method, c.error) for c in carrying(world, before)] == [
        ("views.open", "expired_trigger_id")
    ]
    [dm] = dms(world, before)
    assert told(dm)
