"""A fake Slack Web API on 127.0.0.1 (aiohttp, ephemeral port).

Implements the methods Haven calls, records every call (and every
response_url POST) in :attr:`FakeSlack.calls`, and enforces what Slack
enforces: Bearer auth, required fields, about one message per second per
channel (429 + Retry-After), conversations.open's 8-user limit, and trigger_ids
that expire after 3 s of the fake's own clock (:meth:`FakeSlack.advance`).

Several workspaces: every bot token belongs to one workspace (or, Enterprise
Grid org-wide, to one org), each call records whose token it carried
(:attr:`Call.auth`), and members of another workspace are not found. OAuth:
``GET /oauth/v2/authorize`` plays the member approving the install (it
redirects to the app's redirect URL with a one-time code) and
``oauth.v2.access`` exchanges the code, checking the client id and secret
(HTTP Basic), for a new bot token of that workspace.

Socket Mode: ``apps.connections.open`` (app-level ``xapp-…`` tokens only) and
the WebSocket it points to — see :mod:`tests.fakes.slack.socket_mode`
(:attr:`FakeSlack.socket`).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import math
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from tests.fakes import conformance

from .socket_mode import Signal, SocketMode
from .spec import published, response_url_problems

TRIGGER_SECONDS = 3.0
BOT_USER = "UHAVENBOT"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    ok: bool
    error: str = ""
    status: int = 200
    #: the member a response_url, an ephemeral message or a view is for
    user: str = ""
    channel: str = ""
    result: dict[str, Any] = field(default_factory=dict)
    #: whose bot token the call carried: a team id, or an org id (org-wide install)
    auth: str = ""
    #: when the fake received it (time.monotonic())
    at: float = field(default_factory=time.monotonic)


@dataclass
class Workspace:
    """What one bot token is for."""

    token: str
    team: str  # "" for an org-wide install
    enterprise: str = ""
    installer: str = ""

    @property
    def org_wide(self) -> bool:
        return not self.team

    @property
    def key(self) -> str:
        return self.team or self.enterprise


@dataclass
class Channel:
    id: str
    kind: str  # public | private | im | mpim
    members: set[str] = field(default_factory=set)
    name: str = ""
    archived: bool = False
    bot_member: bool = True


@dataclass
class Trigger:
    user: str
    issued: float
    used: bool = False


class FakeSlack:
    def __init__(
        self,
        token: str = "xoxb-test-token",
        *,
        team: str = "T0001",
        rate_interval: float = 1.0,
    ) -> None:
        self.token = token
        self.team = team
        self.rate_interval = rate_interval
        #: bot token → its workspace (the constructor's token is ``team``'s)
        self.workspaces: dict[str, Workspace] = {}
        if token:
            self.workspaces[token] = Workspace(token, team)
        self.orgs: dict[str, str] = {}  # team → its Enterprise Grid org
        self.client_id = ""
        self.client_secret = ""
        self.redirect_uri = ""
        self.codes: dict[str, Workspace] = {}
        self.authorize_requests: list[dict[str, str]] = []
        self._ws = None
        #: woken on every recorded call and every Socket Mode change
        self.signal = Signal()
        self.calls: list[Call] = _CallLog(self.signal)
        self.socket = SocketMode(self)
        self.users: dict[str, dict[str, Any]] = {}
        #: each member's Slack locale (users.info with include_locale)
        self.locales: dict[str, str] = {}
        #: Do Not Disturb by user id, as dnd.info answers it (unset: off).
        self.dnd: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, Channel] = {
            "CGENERAL": Channel("CGENERAL", "public", name="general"),
        }
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.triggers: dict[str, Trigger] = {}
        self.response_urls: dict[str, tuple[str, str]] = {}  # token → (user, channel)
        self.views: dict[str, tuple[str, dict]] = {}  # view id → (user, view)
        self.homes: dict[str, dict] = {}
        self.uploads: dict[str, bytes] = {}
        self._last_post: dict[str, float] = {}
        #: method → the least seconds between two calls of it by one workspace
        #: (a method tier, enforced with 429 + Retry-After); none by default
        self.method_intervals: dict[str, float] = {}
        self._last_call: dict[tuple[str, str], float] = {}
        #: method → Retry-After seconds for its next call (one 429, then served)
        self.limit_next: dict[str, int] = {}
        #: method → the error its next call answers with (``{"ok": false,
        #: "error": …}``, as Slack does; once, then served)
        self.fail_next: dict[str, str] = {}
        #: Methods answered only once their gate is set (:meth:`hold`): a slow Slack.
        self._holds: dict[str, tuple[asyncio.Event, asyncio.Event]] = {}
        #: Members Haven cannot DM, with the error conversations.open answers
        #: (from Slack's published errors: user_disabled, user_not_visible …).
        self.dm_refusals: dict[str, str] = {}
        #: HTTP statuses the next response_url POSTs answer with (404, 500, …),
        #: one per POST, then they are served
        self.response_url_fail: list[int] = []
        self._offset = 0.0
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0
        #: Slack's published Web API description (None: specs missing locally)
        self.spec = published()

    # -- life -------------------------------------------------------------

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.add_routes(
            [
                web.post("/api/{method}", self._api),
                web.get("/api/{method}", self._api),
                web.post("/response/{token}", self._response_url),
                web.post("/upload/{file_id}", self._upload),
                web.get("/oauth/v2/authorize", self._authorize),
                web.get("/link/", self.socket.link),
            ]
        )
        # Slack's own access log is not Haven's (tests read Haven's logs).
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        self.socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    # -- the test's controls ----------------------------------------------

    def now(self) -> float:
        return time.monotonic() + self._offset

    def advance(self, seconds: float) -> None:
        self._offset += seconds

    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        admin: bool = False,
        team: str | None = None,
        tz: str | None = None,
        locale: str = "en-US",
    ) -> None:
        """A member; ``tz`` is their profile's zone and ``locale`` their Slack
        language, as users.info tells them (the locale only when asked with
        ``include_locale``, as Slack does)."""
        team = team or self.team
        self.users[user_id] = {"id": user_id, "name": name, "is_admin": admin, "team_id": team}
        if tz:
            self.users[user_id]["tz"] = tz
        self.locales[user_id] = locale

    def add_team(self, team: str, *, enterprise: str = "") -> None:
        """A workspace (of a Grid org) that can install the app."""
        if enterprise:
            self.orgs[team] = enterprise

    def enable_oauth(self, client_id: str, client_secret: str, redirect_uri: str) -> None:
        """The app's credentials and its configured Redirect URL."""
        self.client_id, self.client_secret, self.redirect_uri = (
            client_id,
            client_secret,
            redirect_uri,
        )

    def grant(self, team: str, *, installer: str = "UINSTALLER") -> str:
        """A member approved the install: a one-time code for ``team``, or —
        given an org id (``E…``) — for an org-wide install."""
        code = f"{next(self._ids)}.{secrets.token_hex(8)}"
        if team.startswith("E"):
            self.codes[code] = Workspace("", "", team, installer)
        else:
            self.codes[code] = Workspace("", team, self.orgs.get(team, ""), installer)
        return code

    def tokens_of(self, key: str) -> list[str]:
        """The live bot tokens of a team (or an org)."""
        return [t for t, ws in self.workspaces.items() if ws.key == key]

    def revoke(self, key: str) -> None:
        """The app was uninstalled: its tokens for ``key`` stop working."""
        for token in self.tokens_of(key):
            del self.workspaces[token]

    def sees(self, ws: Workspace, user_id: str) -> bool:
        """Whether a member is in the token's workspace (org-wide: in the org)."""
        user = self.users.get(user_id)
        if user is None:
            return True  # members the test did not declare are not checked
        if ws.org_wide:
            return self.orgs.get(user["team_id"], "") == ws.enterprise
        return user["team_id"] == ws.team

    def new_trigger(self, user: str) -> str:
        trigger = f"{next(self._ids)}.{int(self.now() * 1000)}.trigger"
        self.triggers[trigger] = Trigger(user, self.now())
        return trigger

    def new_response_url(self, user: str, channel: str) -> str:
        token = f"r{next(self._ids)}"
        self.response_urls[token] = (user, channel)
        return f"{self.base}/response/{token}"

    def audience(self, channel_id: str) -> list[str] | str:
        channel = self.channels.get(channel_id)
        if channel is None or channel.kind == "public":
            return "all"
        return sorted(channel.members)

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def until(self, condition):
        """The first truthy ``condition()``, re-checked on every recorded call
        and every Socket Mode change (no polling)."""
        return await self.signal.until(condition)

    def recorded_text(self) -> str:
        """Everything Haven ever sent to Slack, as one string (for leak scans)."""
        calls = [json.dumps(c.args, ensure_ascii=False, default=str) for c in self.calls]
        files = [data.decode("utf-8", "replace") for data in self.uploads.values()]
        return "\n".join(calls + files)

    # -- HTTP -------------------------------------------------------------

    async def _args(self, request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(dict(await request.post()))
        return args

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await self._args(request)
        auth = request.headers.get("Authorization", "")
        self._ws: Workspace | None = None
        refused = self._against_spec(method, args, auth, request.content_type)
        if refused is not None:
            return refused
        if method == "oauth.v2.access":
            return self._oauth_access(args, auth)
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else args.get("token")
        args.pop("token", None)
        if not token:
            return self._fail(method, args, "not_authed")
        if method == "apps.connections.open" or token.startswith("xapp-"):
            # Slack: "send the token in the Authorization header, not as a parameter"
            return self._app_level(method, args, token if auth.startswith("Bearer ") else "")
        ws = self.workspaces.get(token)
        if ws is None:
            return self._fail(method, args, "invalid_auth")
        self._ws = ws
        handler = getattr(self, "m_" + method.replace(".", "_"), None)
        if handler is None:
            return self._fail(method, args, "unknown_method")
        held = self._holds.get(method)
        if held is not None:
            gate, arrived = held
            arrived.set()
            await gate.wait()
            self._ws = ws  # other requests were answered meanwhile
        failing = self.fail_next.pop(method, None)
        if failing:
            return self._fail(method, args, failing)
        try:
            self._tier(method)
            result = handler(args)
        except _Problem as problem:
            if problem.retry_after is not None:
                self.calls.append(Call(method, args, False, "ratelimited", 429))
                return web.json_response(
                    {"ok": False, "error": "ratelimited"},
                    status=429,
                    headers={"Retry-After": str(problem.retry_after)},
                )
            return self._fail(method, args, problem.error)
        user = result.pop("_user", "")
        self.calls.append(Call(method, args, True, user=user, result=result, auth=self._ws.key))
        return web.json_response({"ok": True, **result})

    def _against_spec(
        self, method: str, args: dict, auth: str, content_type: str
    ) -> web.Response | None:
        """Slack's answer to a call its published spec refuses (recorded as a
        violation for the test that made it), or None."""
        if self.spec is None:
            return None
        given = dict(args)
        if auth.startswith("Bearer "):
            given["token"] = auth.removeprefix("Bearer ")
        elif auth.startswith("Basic "):  # oauth.v2.access: the client's id and secret
            given.update(client_id="…", client_secret="…")
        error, problems = self.spec.check(method, given, as_json=content_type == "application/json")
        if not problems:
            conformance.validated("slack", method)
            return None
        conformance.record("slack", method, problems)
        shown = {k: v for k, v in args.items() if k != "token"}
        self.calls.append(Call(method, shown, False, error))
        messages = [f"[ERROR] {problem}" for problem in problems]
        return web.json_response(
            {"ok": False, "error": error, "response_metadata": {"messages": messages}}
        )

    def _app_level(self, method: str, args: dict, token: str) -> web.Response:
        """App-level tokens open Socket Mode connections and nothing else;
        nothing else opens them."""
        if not token:
            return self._fail(method, args, "not_authed")
        if method != "apps.connections.open" or not token.startswith("xapp-"):
            return self._fail(method, args, "not_allowed_token_type")
        if token not in self.socket.app_tokens:
            return self._fail(method, args, "invalid_auth")
        url = self.socket.open_url()
        self.calls.append(Call(method, args, True, result={"url": url}, auth="app"))
        return web.json_response({"ok": True, "url": url})

    def _fail(self, method: str, args: dict, error: str) -> web.Response:
        ws = self._ws
        self.calls.append(Call(method, args, False, error, auth=ws.key if ws else ""))
        return web.json_response({"ok": False, "error": error})

    # -- OAuth ------------------------------------------------------------

    async def _authorize(self, request: web.Request) -> web.Response:
        """Slack's install page, with the member pressing Allow at once."""
        query = dict(request.query)
        self.authorize_requests.append(query)
        if not self.client_id or query.get("client_id") != self.client_id:
            return web.Response(status=400, text="invalid_client_id")
        if not query.get("scope"):
            return web.Response(status=400, text="invalid_scope")
        redirect = query.get("redirect_uri") or self.redirect_uri
        if not redirect:
            return web.Response(status=400, text="bad_redirect_uri")
        code = self.grant(query.get("team") or self.team)
        target = redirect + "?" + urlencode({"code": code, "state": query.get("state", "")})
        return web.Response(status=302, headers={"Location": target})

    def _oauth_access(self, args: dict, auth: str) -> web.Response:
        method = "oauth.v2.access"
        client_id, client_secret = args.pop("client_id", ""), args.pop("client_secret", "")
        if auth.startswith("Basic "):
            client_id, _, client_secret = (
                base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
            )
        if not client_id or client_id != self.client_id:
            return self._fail(method, {}, "invalid_client_id")
        if client_secret != self.client_secret:
            return self._fail(method, {}, "bad_client_secret")
        pending = self.codes.pop(str(args.get("code", "")), None)
        if pending is None:
            return self._fail(method, {}, "invalid_code")
        token = f"xoxb-{pending.key}-{secrets.token_hex(12)}"
        ws = Workspace(token, pending.team, pending.enterprise, pending.installer)
        self.workspaces[token] = ws
        authorize = self.authorize_requests[-1] if self.authorize_requests else {}
        enterprise = (
            {"id": ws.enterprise, "name": f"Org {ws.enterprise}"} if ws.enterprise else None
        )
        result = {
            "ok": True,
            "access_token": token,
            "token_type": "bot",
            "scope": authorize.get("scope") or "commands,chat:write",
            "bot_user_id": BOT_USER,
            "app_id": "AHAVEN",
            "team": None if ws.org_wide else {"id": ws.team, "name": f"Team {ws.team}"},
            "enterprise": enterprise,
            "is_enterprise_install": ws.org_wide,
            "authed_user": {"id": ws.installer},
        }
        self.calls.append(Call(method, {"code": "…"}, True, result={"team": ws.key}))
        return web.json_response(result)

    async def _response_url(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        body = await request.json()
        if token not in self.response_urls:
            self.calls.append(Call("response_url", body, False, "no_such_url", 404))
            return web.Response(status=404, text="no_such_url")
        user, channel = self.response_urls[token]
        if self.spec is not None:
            problems = response_url_problems(body)
            if problems:
                conformance.record("slack", "response_url", problems)
                self.calls.append(Call("response_url", body, False, "invalid_blocks", 400))
                return web.Response(status=400, text="invalid_blocks")
            conformance.validated("slack", "response_url")
        if self.response_url_fail:
            status = self.response_url_fail.pop(0)
            self.calls.append(Call("response_url", body, False, "failed", status, user, channel))
            return web.Response(status=status, text="failed")
        if not (body.get("text") or body.get("blocks")):
            self.calls.append(Call("response_url", body, False, "no_text", 400, user, channel))
            return web.Response(status=400, text="no_text")
        self.calls.append(Call("response_url", body, True, user=user, channel=channel))
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        self.uploads[file_id] = await request.read()
        self.calls.append(
            Call("upload", {"file_id": file_id, "size": len(self.uploads[file_id])}, True)
        )
        return web.Response(text=f"OK - {len(self.uploads[file_id])}")

    # -- methods ----------------------------------------------------------

    def m_auth_test(self, args):
        ws = self._ws
        result = {
            "url": "https://haven-test.slack.com/",
            "team": "Haven test",
            "user": "haven",
            "team_id": ws.team or ws.enterprise,
            "user_id": BOT_USER,
            "bot_id": "BHAVEN",
            "is_enterprise_install": ws.org_wide,
        }
        if ws.enterprise:
            result["enterprise_id"] = ws.enterprise
        if ws.org_wide:
            result["url"] = f"https://{ws.enterprise.lower()}.enterprise.slack.com/"
        return result

    def hold(self, method: str) -> asyncio.Event:
        """Answer ``method`` only once the returned event is set (a Slack slow
        to answer, or a call paced behind others)."""
        gate = asyncio.Event()
        self._holds[method] = (gate, asyncio.Event())
        return gate

    async def asked(self, method: str) -> None:
        """Until a call of the held ``method`` has arrived."""
        await self._holds[method][1].wait()

    def m_users_info(self, args):
        user = self.users.get(_need(args, "user"))
        if user is None or not self.sees(self._ws, user["id"]):
            raise _Problem("user_not_found")
        shown = dict(user)
        if str(args.get("include_locale", "")).lower() in ("1", "true"):
            shown["locale"] = self.locales.get(user["id"], "en-US")
        return {"user": shown}

    def m_dnd_info(self, args):
        user = self.users.get(args.get("user") or "")
        if user is None or not self.sees(self._ws, user["id"]):
            raise _Problem("user_not_found")
        status = {
            "dnd_enabled": False,
            "next_dnd_start_ts": 1,
            "next_dnd_end_ts": 1,
            "snooze_enabled": False,
        }
        status.update(self.dnd.get(user["id"], {}))
        return status

    def set_dnd(
        self,
        user_id: str,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        snooze_until: datetime | None = None,
    ) -> None:
        """``user_id``'s Do Not Disturb: a scheduled window and/or a snooze."""
        status: dict[str, Any] = {}
        if start is not None and end is not None:
            status.update(
                dnd_enabled=True,
                next_dnd_start_ts=int(start.timestamp()),
                next_dnd_end_ts=int(end.timestamp()),
            )
        if snooze_until is not None:
            status.update(snooze_enabled=True, snooze_endtime=int(snooze_until.timestamp()))
        self.dnd[user_id] = status

    def _channel(self, channel_id: str) -> Channel:
        channel = self.channels.get(channel_id)
        if channel is None:
            raise _Problem("channel_not_found")
        if channel.archived:
            raise _Problem("is_archived")
        return channel

    def _tier(self, method: str) -> None:
        forced = self.limit_next.pop(method, None)
        if forced is not None:
            raise _Problem("ratelimited", retry_after=forced)
        interval = self.method_intervals.get(method)
        if not interval:
            return
        now = self.now()
        key = (self._ws.key, method)
        last = self._last_call.get(key)
        if last is not None and now - last < interval:
            raise _Problem("ratelimited", retry_after=max(1, math.ceil(interval - (now - last))))
        self._last_call[key] = now

    def _pace(self, channel_id: str) -> None:
        now = self.now()
        last = self._last_post.get(channel_id)
        if last is not None and now - last < self.rate_interval:
            raise _Problem(
                "ratelimited", retry_after=max(1, math.ceil(self.rate_interval - (now - last)))
            )
        self._last_post[channel_id] = now

    def _content(self, args) -> None:
        if not (args.get("text") or args.get("blocks")):
            raise _Problem("no_text")
        blocks = args.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if blocks and len(blocks) > 50:
            raise _Problem("invalid_blocks")

    def m_chat_postMessage(self, args):
        channel = self._channel(_need(args, "channel"))
        self._content(args)
        if channel.kind in ("public", "private") and not channel.bot_member:
            raise _Problem("not_in_channel")
        if channel.kind == "im" and set(channel.members) & set(self.dm_refusals):
            raise _Problem("channel_not_found")  # the member's DM is no longer there
        self._pace(channel.id)
        ts = f"{int(time.time())}.{next(self._ids):06d}"
        self.messages[(channel.id, ts)] = dict(args)
        return {"channel": channel.id, "ts": ts, "message": {"text": args.get("text", "")}}

    def m_chat_postEphemeral(self, args):
        channel = self._channel(_need(args, "channel"))
        user = _need(args, "user")
        self._content(args)
        if channel.kind != "public" and user not in channel.members:
            raise _Problem("user_not_in_channel")
        return {"message_ts": f"{int(time.time())}.{next(self._ids):06d}", "_user": user}

    def m_chat_update(self, args):
        channel = _need(args, "channel")
        ts = _need(args, "ts")
        self._content(args)
        if (channel, ts) not in self.messages:
            raise _Problem("message_not_found")
        self.messages[(channel, ts)] = dict(args)
        return {"channel": channel, "ts": ts}

    def m_conversations_open(self, args):
        users = [u for u in str(_need(args, "users", "users_list_not_supplied")).split(",") if u]
        if len(users) > 8:
            raise _Problem("too_many_users")
        if not all(self.sees(self._ws, u) for u in users):
            raise _Problem("user_not_found")
        members = set(users)
        if len(members) == 1 and users[0] in self.dm_refusals:
            raise _Problem(self.dm_refusals[users[0]])
        if len(members) == 1:
            channel_id = "D" + users[0]
            self.channels.setdefault(channel_id, Channel(channel_id, "im", members))
        else:
            found = next(
                (c for c in self.channels.values() if c.kind == "mpim" and c.members == members),
                None,
            )
            channel_id = found.id if found else f"G{next(self._ids):08d}"
            self.channels.setdefault(channel_id, Channel(channel_id, "mpim", members))
        return {"channel": {"id": channel_id}}

    def m_conversations_create(self, args):
        name = _need(args, "name")
        if name != name.lower() or len(name) > 80 or any(c in name for c in " .,#@"):
            raise _Problem("invalid_name_specials")
        if any(c.name == name for c in self.channels.values()):
            raise _Problem("name_taken")
        private = str(args.get("is_private", "")).lower() in ("true", "1")
        channel_id = f"C{next(self._ids):08d}"
        self.channels[channel_id] = Channel(
            channel_id, "private" if private else "public", name=name
        )
        return {"channel": {"id": channel_id, "name": name, "is_private": private}}

    def m_conversations_invite(self, args):
        channel = self._channel(_need(args, "channel"))
        users = [u for u in str(_need(args, "users")).split(",") if u]
        if channel.kind in ("im", "mpim"):
            raise _Problem("method_not_supported_for_channel_type")
        channel.members.update(users)
        return {"channel": {"id": channel.id}}

    def m_conversations_archive(self, args):
        channel = self._channel(_need(args, "channel"))
        if channel.kind in ("im", "mpim"):
            raise _Problem("method_not_supported_for_channel_type")
        channel.archived = True
        return {}

    def m_conversations_leave(self, args):
        channel = self._channel(_need(args, "channel"))
        if channel.kind in ("im", "mpim"):
            raise _Problem("method_not_supported_for_channel_type")
        channel.bot_member = False
        return {}

    def m_conversations_close(self, args):
        channel = self.channels.get(_need(args, "channel"))
        if channel is None:
            raise _Problem("channel_not_found")
        if channel.kind not in ("im", "mpim"):
            raise _Problem("method_not_supported_for_channel_type")
        channel.bot_member = False
        return {}

    def _view(self, args, kind: str) -> dict:
        view = _need(args, "view")
        if isinstance(view, str):
            view = json.loads(view)
        if view.get("type") != kind:
            raise _Problem("invalid_arguments")
        if len(view.get("blocks", [])) > 100:
            raise _Problem("invalid_arguments")
        if kind == "modal" and len(view.get("title", {}).get("text", "")) > 24:
            raise _Problem("invalid_arguments")
        return view

    def m_views_open(self, args):
        trigger_id = _need(args, "trigger_id")
        view = self._view(args, "modal")
        trigger = self.triggers.get(trigger_id)
        if trigger is None:
            raise _Problem("invalid_trigger_id")
        if trigger.used:
            raise _Problem("exchanged_trigger_id")
        if self.now() - trigger.issued > TRIGGER_SECONDS:
            raise _Problem("expired_trigger_id")
        trigger.used = True
        view_id = f"V{next(self._ids):08d}"
        self.views[view_id] = (trigger.user, view)
        return {"view": {**view, "id": view_id}, "_user": trigger.user}

    def m_views_publish(self, args):
        user = _need(args, "user_id")
        view = self._view(args, "home")
        self.homes[user] = view
        return {"view": {**view, "id": f"V{next(self._ids):08d}"}, "_user": user}

    def m_files_getUploadURLExternal(self, args):
        _need(args, "filename")
        _need(args, "length")
        file_id = f"F{next(self._ids):08d}"
        return {"upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}

    def m_files_completeUploadExternal(self, args):
        files = _need(args, "files")
        if isinstance(files, str):
            files = json.loads(files)
        for f in files:
            if f["id"] not in self.uploads:
                raise _Problem("file_not_found")
        if args.get("channel_id"):
            self._channel(args["channel_id"])
        return {"files": [{"id": f["id"], "title": f.get("title", "")} for f in files]}


class _CallLog(list):
    """The recorded calls; appending one wakes whoever awaits :meth:`FakeSlack.until`."""

    def __init__(self, signal: Signal) -> None:
        super().__init__()
        self._signal = signal

    def append(self, call: Call) -> None:
        super().append(call)
        self._signal.poke()


class _Problem(Exception):
    def __init__(self, error: str, retry_after: int | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.retry_after = retry_after


def _need(args: dict, name: str, error: str | None = None) -> Any:
    value = args.get(name)
    if value in (None, ""):
        if error is None:
            error = "channel_not_found" if name == "channel" else f"missing_{name}"
        raise _Problem(error)
    return value
