"""Plays Slack members against Haven's HTTP endpoint, as Slack would.

Sends signed slash commands, block_actions and view_submission payloads to
``POST /slack/events``, waits for the work after the ack, and turns what the
fake Slack recorded into :class:`~tests.support.contract.Seen` values per
member: ephemeral replies and DMs are the member's, group DMs and private
channels their members', posts in public channels everyone's.

:class:`SocketDriver` plays the same members through Socket Mode: the same
payloads, delivered as envelopes over the fake's WebSocket instead of signed
HTTP requests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp

from tests.fakes.slack.server import Call, FakeSlack
from tests.fakes.slack.socket_mode import Ack, Delivery
from tests.support.contract import Seen

GENERAL = "CGENERAL"


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 request signature headers."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


@dataclass
class Shown:
    """One thing a member saw, with what is needed to press its buttons."""

    seen: Seen
    buttons: dict[str, str]  # label → action_id
    channel: str
    ts: str = ""


def uid(name: str) -> str:
    return "U" + name.upper()


def name_of(user_id: str) -> str:
    return user_id[1:].lower() if user_id.startswith("U") else user_id


def shown_text(args: dict[str, Any]) -> str:
    """What a member reads of a message: its blocks, as Slack shows them; the
    fallback ``text`` only when there are none (with blocks, Slack puts the
    ``text`` in notifications only — see :func:`notified_text`)."""
    blocks = args.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    parts = [] if blocks else [args.get("text") or ""]
    for block in blocks:
        text = block.get("text")
        if isinstance(text, dict):
            parts.append(text.get("text") or "")
        for item in block.get("fields") or []:
            parts.append(item.get("text") or "")
        for item in block.get("elements") or []:
            if block.get("type") == "context" and isinstance(item, dict):
                parts.append(item.get("text") or "")
    return "\n".join(p for p in parts if p)


def read_text(args: dict[str, Any]) -> str:
    """The message as a member reads it once open, in the fallback's flat form
    where that fallback carries the message; a discreet message's fallback is
    a neutral line only (bot.discretion), so then its blocks are read."""
    text = args.get("text") or ""
    blocks = _blocks(args)
    sections = [
        b["text"]["text"]
        for b in blocks
        if b.get("type") == "section" and isinstance(b.get("text"), dict)
    ]
    if sections and sections[0].strip() and sections[0] not in text:
        return shown_text(args)
    return text


def notified_text(args: dict[str, Any]) -> str:
    """What a push notification of the message shows: its top-level ``text``."""
    return args.get("text") or ""


def _blocks(args: dict[str, Any]) -> list[dict]:
    blocks = args.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def _buttons(blocks: list[dict]) -> dict[str, str]:
    return {
        el["text"]["text"]: el["action_id"]
        for block in blocks
        if block.get("type") == "actions"
        for el in block.get("elements", [])
        if el.get("type") == "button"
    }


def _is_error(blocks: list[dict]) -> bool:
    return bool(blocks) and blocks[0].get("block_id") == "haven-error"


class SlackDriver:
    def __init__(
        self,
        fake: FakeSlack,
        url: str,
        secret: str,
        adapter,
        *,
        team: str = "T0001",
        enterprise: str = "",
        org_wide: bool = False,
    ) -> None:
        self.fake = fake
        self.url = url
        self.secret = secret
        self.adapter = adapter
        self.team = team
        self.enterprise = enterprise
        #: the app is installed org-wide (Enterprise Grid): payloads say so
        self.org_wide = org_wide
        self.channel = GENERAL
        self.shown: list[Shown] = []
        self.last_ack: tuple[int, str] = (0, "")

    # -- HTTP -------------------------------------------------------------

    async def post(
        self,
        body: str,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
        headers: dict[str, str] | None = None,
        signed_body: str | None = None,
    ) -> tuple[int, str]:
        sent = sign(secret or self.secret, body if signed_body is None else signed_body, timestamp)
        sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        async with aiohttp.ClientSession() as session:
            async with session.post(self.url, data=body.encode(), headers=sent) as response:
                self.last_ack = (response.status, await response.text())
        return self.last_ack

    async def post_json(self, payload: dict, **kw) -> tuple[int, str]:
        body = json.dumps(payload)
        sent = sign(self.secret, body)
        sent["Content-Type"] = "application/json"
        sent.update(kw.get("headers") or {})
        async with aiohttp.ClientSession() as session:
            async with session.post(self.url, data=body.encode(), headers=sent) as response:
                self.last_ack = (response.status, await response.text())
        return self.last_ack

    async def exchange(self, user: str, body: str) -> list[Seen]:
        before = len(self.fake.calls)
        status, text = await self.post(body)
        assert status == 200, (status, text)
        await self.adapter.tracker.drain()
        return self.seen_since(before, user, json.loads(text) if text.startswith("{") else None)

    def seen_since(self, before: int, user: str, ack: dict | None) -> list[Seen]:
        """What members saw from the calls after ``before``; ``ack``: the
        acknowledgement's body (a modal's field errors come back in it)."""
        seen: list[Seen] = []
        if ack and ack.get("response_action") == "errors":
            seen.append(Seen("form", "\n".join(ack["errors"].values()), [user], True, True))
        for call in self.fake.calls[before:]:
            shown = self._shown(call)
            if shown is not None:
                self.shown.append(shown)
                seen.append(shown.seen)
        return seen

    # -- what a call showed ------------------------------------------------

    def _shown(self, call: Call) -> Shown | None:
        if not call.ok:
            return None
        args = call.args
        if call.method == "response_url":
            blocks = _blocks(args)
            public = args.get("response_type") == "in_channel"
            return Shown(
                Seen(
                    "reply",
                    read_text(args),
                    "all" if public else [name_of(call.user)],
                    not public,
                    _is_error(blocks),
                    list(_buttons(blocks)),
                ),
                _buttons(blocks),
                call.channel,
            )
        if call.method == "chat.postEphemeral":
            blocks = _blocks(args)
            return Shown(
                Seen(
                    "reply",
                    read_text(args),
                    [name_of(args["user"])],
                    True,
                    _is_error(blocks),
                    list(_buttons(blocks)),
                ),
                _buttons(blocks),
                args["channel"],
            )
        if call.method == "chat.postMessage":
            blocks = _blocks(args)
            channel = self.fake.channels[args["channel"]]
            audience = self.fake.audience(channel.id)
            kind = {"im": "dm", "mpim": "space", "private": "space"}.get(channel.kind, "message")
            visible = audience if audience == "all" else [name_of(u) for u in audience]
            return Shown(
                Seen(
                    kind,
                    read_text(args),
                    visible,
                    False,
                    _is_error(blocks),
                    list(_buttons(blocks)),
                ),
                _buttons(blocks),
                channel.id,
                call.result.get("ts", ""),
            )
        if call.method == "views.open":
            view = args["view"] if isinstance(args["view"], dict) else json.loads(args["view"])
            return Shown(Seen("form", view["title"]["text"], [name_of(call.user)], True), {}, "")
        return None

    # -- the Driver protocol ----------------------------------------------

    def command_body(self, user: str, line: str, channel: str | None = None) -> str:
        command, _, text = line.partition(" ")
        text = re.sub(
            r"(?<!\S)@([A-Za-z0-9_.-]+)", lambda m: f"<@{uid(m.group(1))}|{m.group(1)}>", text
        )
        channel = channel or self.channel
        fields = {
            "token": "legacy-verification-token",
            "team_id": self.team,
            "team_domain": "haven-test",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": uid(user),
            "user_name": user,
            "command": command,
            "text": text,
            "api_app_id": "AHAVEN",
            "response_url": self.fake.new_response_url(uid(user), channel),
            "trigger_id": self.fake.new_trigger(uid(user)),
        }
        if self.enterprise:
            fields["enterprise_id"] = self.enterprise
        if self.org_wide:
            fields["is_enterprise_install"] = "true"
        return urlencode(fields)

    async def command(self, user: str, line: str) -> list[Seen]:
        return await self.exchange(user, self.command_body(user, line))

    async def click(self, user: str, label: str) -> list[Seen]:
        return await self.exchange(user, self.click_body(user, label))

    def click_body(self, user: str, label: str) -> str:
        """The block_actions request a press of ``label`` sends (not sent)."""
        for shown in reversed(self.shown):
            visible = shown.seen.visible_to
            if label in shown.buttons and (visible == "all" or user in visible):
                break
        else:
            raise AssertionError(f"no button {label!r} visible to {user}")
        payload = {
            "type": "block_actions",
            "team": {"id": self.team, "domain": "haven-test"},
            "user": {"id": uid(user), "username": user, "team_id": self.team},
            "api_app_id": "AHAVEN",
            "trigger_id": self.fake.new_trigger(uid(user)),
            "container": {
                "type": "message",
                "message_ts": shown.ts or "1700000000.000001",
                "channel_id": shown.channel or self.channel,
                "is_ephemeral": shown.seen.ephemeral,
            },
            "channel": {"id": shown.channel or self.channel},
            "response_url": self.fake.new_response_url(uid(user), shown.channel or self.channel),
            "actions": [
                {
                    "action_id": shown.buttons[label],
                    "block_id": "b1",
                    "type": "button",
                    "value": shown.buttons[label],
                    "action_ts": "1700000000.000002",
                }
            ],
        }
        if self.enterprise:
            payload["enterprise"] = {"id": self.enterprise}
        if self.org_wide:
            payload["is_enterprise_install"] = True
        return urlencode({"payload": json.dumps(payload)})

    def open_view(self, user: str) -> tuple[str, dict]:
        for view_id, (owner, view) in reversed(list(self.fake.views.items())):
            if owner == uid(user):
                return view_id, view
        raise AssertionError(f"no form is open for {user}")

    def submission_body(self, user: str, values: dict[str, str], forged: bool = False) -> str:
        """A view_submission of the open form; ``forged``: with values the form
        does not offer, as a modified client could send."""
        view_id, view = self.open_view(user)
        state: dict[str, dict] = {}
        for block in view["blocks"]:
            if block.get("type") != "input":
                continue
            element = block["element"]
            value = values.get(block["block_id"])
            offered = [o["value"] for o in element.get("options") or []]
            if element["type"] in ("static_select", "radio_buttons"):
                assert forged or value in offered or not value, f"{value!r} is not offered"
                entry = {
                    "type": element["type"],
                    "selected_option": {"value": value} if value else None,
                }
            elif element["type"] == "multi_static_select":  # the member picks those named
                picks = [p for p in (value or "").split(",") if p]
                for picked in picks:
                    assert forged or picked in offered, f"{picked!r} is not offered"
                entry = {
                    "type": "multi_static_select",
                    "selected_options": [{"value": p} for p in picks],
                }
            elif element["type"] == "checkboxes":  # the member ticks the boxes named
                picked = [o for o in element["options"] if o["value"] == value]
                entry = {"type": "checkboxes", "selected_options": picked}
            else:
                entry = {"type": element["type"], "value": value}
            state[block["block_id"]] = {element["action_id"]: entry}
        payload = {
            "type": "view_submission",
            "team": {"id": self.team, "domain": "haven-test"},
            "user": {"id": uid(user), "username": user, "team_id": self.team},
            "api_app_id": "AHAVEN",
            "trigger_id": self.fake.new_trigger(uid(user)),
            "view": {
                "id": view_id,
                "type": "modal",
                "callback_id": view["callback_id"],
                "private_metadata": view.get("private_metadata", ""),
                "state": {"values": state},
            },
        }
        if self.enterprise:
            payload["enterprise"] = {"id": self.enterprise}
        if self.org_wide:
            payload["is_enterprise_install"] = True
        return urlencode({"payload": json.dumps(payload)})

    async def submit(self, user: str, values: dict[str, str], forged: bool = False) -> list[Seen]:
        return await self.exchange(user, self.submission_body(user, values, forged))


class SocketDriver(SlackDriver):
    """The same members, their commands, buttons, forms and events delivered as
    Socket Mode envelopes (:attr:`FakeSlack.socket`) instead of signed HTTP."""

    def __init__(self, fake: FakeSlack, adapter, **kw) -> None:
        super().__init__(fake, "", "", adapter, **kw)
        self.last_delivery: Delivery | None = None
        self.last_envelope_ack: Ack | None = None

    @staticmethod
    def envelope_of(body: str) -> tuple[str, dict[str, Any]]:
        """An HTTP-mode body as Socket Mode carries it: a slash command's form
        fields as a JSON object (``slash_commands``), an interactive payload
        as itself (``interactive``)."""
        fields = dict(parse_qsl(body, keep_blank_values=True))
        if set(fields) == {"payload"}:
            return "interactive", json.loads(fields["payload"])
        return "slash_commands", fields

    async def send(self, body: str, *, cut: bool = False) -> Delivery:
        """Deliver without waiting for anything (``cut``: the connection dies
        right after, so Slack never hears the ack)."""
        kind, payload = self.envelope_of(body)
        self.last_delivery = await self.fake.socket.deliver(kind, payload, cut=cut)
        return self.last_delivery

    async def exchange(self, user: str, body: str) -> list[Seen]:
        before = len(self.fake.calls)
        delivery = await self.send(body)
        ack = await self.fake.socket.acked(delivery)
        self.last_envelope_ack = ack
        # the work after the ack is tracked from before the ack is sent
        await self.adapter.tracker.drain()
        return self.seen_since(before, user, ack.payload)

    def event_payload(self, event: dict[str, Any], event_id: str) -> dict[str, Any]:
        """The Events API wrapper (``event_callback``) around ``event``."""
        payload: dict[str, Any] = {
            "token": "legacy-verification-token",
            "team_id": self.team,
            "api_app_id": "AHAVEN",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1700000000,
            "authorizations": [
                {
                    "enterprise_id": self.enterprise or None,
                    "team_id": self.team,
                    "user_id": "UHAVENBOT",
                    "is_bot": True,
                    "is_enterprise_install": self.org_wide,
                }
            ],
        }
        if self.enterprise:
            payload["enterprise_id"] = self.enterprise
        return payload

    async def event(self, event: dict[str, Any], event_id: str) -> Delivery:
        """An Events API event; events are acked at once and worked on after."""
        self.last_delivery = await self.fake.socket.deliver(
            "events_api", self.event_payload(event, event_id)
        )
        return self.last_delivery
