"""A local Discord, written from Discord's developer documentation (API v10).

It serves what Haven uses, on 127.0.0.1 with an ephemeral port:

* the **gateway** websocket (topics/gateway, topics/opcodes-and-status-codes):
  HELLO with ``heartbeat_interval``; IDENTIFY → READY (``session_id``,
  ``resume_gateway_url``, ``application``) and one GUILD_CREATE per guild of
  that shard; HEARTBEAT → HEARTBEAT_ACK; RESUME → the missed events, then
  RESUMED (or INVALID_SESSION ``false`` for an unknown session); RECONNECT (op 7)
  and INVALID_SESSION (op 9) on demand; zlib-stream transport compression when
  asked for; close 4004 for a bad token and 4014 for privileged intents;
* the **REST** routes Haven calls (resources/*, interactions/*), with the
  docs' required fields checked by hand — every problem is kept in
  :attr:`FakeDiscord.problems` and answered ``400 {code: 50035}`` like Discord;
* **rate limits** (topics/rate-limits): ``X-RateLimit-Limit/Remaining/Reset/
  Reset-After/Bucket`` on every response, and on demand a per-route or global
  ``429 {message, retry_after, global}`` with ``X-RateLimit-Scope``; with
  :attr:`FakeDiscord.global_per_second` set, the token's **global limit**: at
  most that many requests (interaction and webhook routes excepted) in any
  sliding second, the rest answered with a global 429 (counted in
  :attr:`FakeDiscord.global_429s`) whose ``retry_after`` is when the window
  frees up;
* **interaction rules**: the first response within 3 s (else ``10062 Unknown
  interaction``), only one (``40060 already acknowledged``), follow-ups on the
  token afterwards; the first follow-up after a deferral completes the deferred
  response and keeps its visibility.

Every request is recorded (:attr:`FakeDiscord.requests`) and everything a
member would see is appended to :attr:`FakeDiscord.shown`.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes import conformance

from .spec import published

API = "/api/v10"
DISCORD_EPOCH = 1420070400000
#: Modal components (Discord 2025): radio group, checkbox group, checkbox.
RADIO_GROUP, CHECKBOX_GROUP, CHECKBOX = 21, 22, 23
EPHEMERAL, SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, COMPONENTS_V2 = 64, 4, 4096, 32768
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content
HEARTBEAT_INTERVAL_MS = 41250
#: What the invite link grants Haven's role (adapters/discord/main.py PERMISSIONS):
#: view channel, send messages, embed links, attach files, manage roles, manage
#: threads, create private threads, send messages in threads, create events.
HAVEN_PERMISSIONS = 361045740544 | 1 << 44
ADMINISTRATOR, MANAGE_EVENTS, CREATE_EVENTS = 1 << 3, 1 << 33, 1 << 44
#: An app's permissions in a DM: ATTACH_FILES, EMBED_LINKS, MENTION_EVERYONE and,
#: with the app's own bot user, USE_EXTERNAL_EMOJIS (interaction object docs).
DM_APP_PERMISSIONS = 1 << 15 | 1 << 14 | 1 << 17 | 1 << 18
MAX_UPCOMING_EVENTS = 100  # SCHEDULED or ACTIVE events per guild
CALLBACK_TYPES = {1, 4, 5, 6, 7, 8, 9, 10, 12}
NAME_RE = re.compile(r"^[-_\w]{1,32}$")
#: reference#locales
LOCALES = frozenset(
    "id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs "
    "el bg ru uk hi th zh-CN ja zh-TW ko".split()
)


BODY = web.RequestKey("body", object)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON the way Discord sends it: ``Content-Type: application/json`` exactly
    (discord.py compares the header to that string)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def snowflakes():
    """Ids as Discord makes them: the creation time in their top bits (an
    interaction's 3 s are counted from it), always increasing."""
    last = 0
    while True:
        last = max(last + 1, (int(time.time() * 1000) - DISCORD_EPOCH) << 22)
        yield str(last)


def iso(ts: float | None = None) -> str:
    return datetime.fromtimestamp(ts or time.time(), UTC).isoformat()


@dataclass
class Request:
    method: str
    path: str
    body: Any
    query: dict[str, str]
    headers: dict[str, str]
    status: int = 0
    at: float = field(default_factory=time.monotonic)


@dataclass
class Shown:
    """What a member saw: ``kind`` reply | form | message | dm | space | update."""

    kind: str
    content: str
    visible_to: list[str] | str  # user ids, or "all"
    ephemeral: bool = False
    buttons: list[dict[str, Any]] = field(default_factory=list)
    embeds: list[dict[str, Any]] = field(default_factory=list)
    channel_id: str = ""
    message_id: str = ""
    interaction_id: str = ""
    user_id: str = ""
    modal: dict[str, Any] | None = None
    attachments: list[str] = field(default_factory=list)


@dataclass
class Interaction:
    id: str
    token: str
    user_id: str
    channel_id: str
    guild_id: str
    sent_at: float
    answered_at: float | None = None
    response_type: int | None = None
    deferred_ephemeral: bool = False
    original: dict[str, Any] | None = None
    completed: bool = False  # the (deferred) original has content


@dataclass
class Session:
    id: str
    shard: tuple[int, int]
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    ws: web.WebSocketResponse | None = None
    compress: Any = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class DiscordError(Exception):
    def __init__(self, status: int, code: int, message: str, errors: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors


class FakeDiscord:
    def __init__(self, *, users: tuple[str, ...] = ("alice", "bob", "carol", "mona")) -> None:
        ids = snowflakes()
        self._ids = ids
        self.app_id = next(ids)
        self.token = (
            base64.b64encode(self.app_id.encode()).decode().rstrip("=") + ".fake.token-for-tests"
        )
        self.bot = self._user(self.app_id, "Haven", bot=True)
        self.users: dict[str, dict[str, Any]] = {}
        #: each member's Discord client language, as interactions carry it (``locale``)
        self.locales: dict[str, str] = {}
        self.names: dict[str, str] = {self.app_id: "haven"}
        for name in users:
            uid = next(ids)
            self.users[name] = self._user(uid, name)
            self.names[uid] = name
        self.guild_id = next(ids)
        self.guild_name = "Recovery Circle"
        roles = [
            self._role(self.guild_id, "@everyone", 1 << 10 | 1 << 11 | 1 << 38, 0),
            self._role(next(ids), "Haven", HAVEN_PERMISSIONS, 1, managed=True),
            self._role(next(ids), "Stewards", 0, 2),
            self._role(next(ids), "30 days", 0, 3),
        ]
        self.roles = {r["id"]: r for r in roles}
        self.channels: dict[str, dict[str, Any]] = {}
        self.general = self._text_channel("general", 0)
        self.announcements = self._text_channel("announcements", 1)
        self.thread_members: dict[str, list[str]] = {}
        self.dm_channels: dict[str, str] = {}  # user id -> DM channel id
        self.messages: dict[str, dict[str, Any]] = {}
        self.member_roles: dict[str, list[str]] = {u["id"]: [] for u in self.users.values()}
        self.moderators: set[str] = {self.users["mona"]["id"]} if "mona" in self.users else set()
        self.dms_closed: set[str] = set()
        #: Accounts deleted since Haven last saw them: Discord answers 404 Unknown User.
        self.users_gone: set[str] = set()
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id
        self.command_puts: list[str] = []
        self.requests: list[Request] = []
        self.problems: list[str] = []
        self.shown: list[Shown] = []
        self.interactions: dict[str, Interaction] = {}
        self.sessions: dict[str, Session] = {}
        self.connections = 0
        self.identifies: list[dict[str, Any]] = []
        self.resumes = 0
        self.heartbeats = 0
        self.shards = 1
        self.rate_limits: list[dict[str, Any]] = []
        #: Discord's global limit per bot token (50 on Discord); None: unlimited
        self.global_per_second: int | None = None
        self.global_429s = 0
        self._global_window: deque[float] = deque()
        self.deadline = 3.0  # seconds for the first interaction response
        self.callback_seen = asyncio.Event()
        self.ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Future] = set()
        self.autocomplete_answers: list[list[dict[str, Any]]] = []
        #: Guild scheduled events by id (resources/guild-scheduled-event).
        self.scheduled_events: dict[str, dict[str, Any]] = {}
        #: When set, "now" for rules about the future (an event's start); tests
        #: point it at Haven's virtual clock.
        self.now: Any = None
        self.base = ""
        #: Discord's published OpenAPI description (None: specs missing locally)
        self.spec = published()

    # -- life cycle -----------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._middleware], client_max_size=30 * 1024 * 1024)
        app.router.add_get("/gateway-ws", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        for session in self.sessions.values():
            if session.ws is not None and not session.ws.closed:
                await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return self.base + API

    @property
    def gateway_url(self) -> str:
        return self.base.replace("http://", "ws://") + "/gateway-ws"

    # -- objects (resources/*) ------------------------------------------------

    def _user(self, uid: str, name: str, bot: bool = False) -> dict[str, Any]:
        return {
            "id": uid,
            "username": name,
            "discriminator": "0",
            "global_name": name.title(),
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
            "flags": 0,
        }

    def _role(self, rid: str, name: str, perms: int, pos: int, managed=False) -> dict[str, Any]:
        return {
            "id": rid,
            "name": name,
            "color": 0,
            "colors": {"primary_color": 0},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": pos,
            "permissions": str(perms),
            "managed": managed,
            "mentionable": False,
            "flags": 0,
        }

    def _text_channel(self, name: str, position: int) -> dict[str, Any]:
        cid = next(self._ids)
        channel = {
            "id": cid,
            "type": 0,
            "guild_id": self.guild_id,
            "name": name,
            "position": position,
            "permission_overwrites": [],
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "flags": 0,
        }
        self.channels[cid] = channel
        return channel

    def user_id(self, name: str) -> str:
        return self.users[name]["id"]

    def member(self, uid: str, *, with_user: bool = True) -> dict[str, Any]:
        user = (
            self.bot
            if uid == self.app_id
            else next(u for u in self.users.values() if u["id"] == uid)
        )
        roles = [self._haven_role()] if uid == self.app_id else self.member_roles.get(uid, [])
        data = {
            "nick": None,
            "avatar": None,
            "roles": list(roles),
            "joined_at": iso(),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = user
        return data

    def _haven_role(self) -> str:
        return next(r["id"] for r in self.roles.values() if r["name"] == "Haven")

    def permissions_of(self, uid: str) -> int:
        base = int(self.roles[self.guild_id]["permissions"])
        if uid in self.moderators:
            base |= 1 << 5  # MANAGE_GUILD
        return base

    def guild_create(self) -> dict[str, Any]:
        return {
            "id": self.guild_id,
            "name": self.guild_name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": self.user_id("mona") if "mona" in self.users else self.app_id,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": list(self.roles.values()),
            "emojis": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": self.general["id"],
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "stickers": [],
            "premium_progress_bar_enabled": False,
            "joined_at": iso(),
            "large": False,
            "unavailable": False,
            "member_count": len(self.users) + 1,
            "voice_states": [],
            "members": [self.member(self.app_id)],
            "channels": [c for c in self.channels.values() if c["type"] in (0, 5)],
            "threads": [
                c
                for c in self.channels.values()
                if c["type"] in (11, 12) and not c["thread_metadata"]["archived"]
            ],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [
                e for e in self.scheduled_events.values() if e["status"] in (1, 2)
            ],
            "soundboard_sounds": [],
        }

    def _message(
        self,
        channel_id: str,
        body: dict[str, Any],
        *,
        author=None,
        webhook_id: str | None = None,
        flags: int = 0,
    ) -> dict[str, Any]:
        mid = next(self._ids)
        msg = {
            "id": mid,
            "channel_id": channel_id,
            "author": author or self.bot,
            "content": body.get("content") or "",
            "timestamp": iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": body.get("_attachments", []),
            "embeds": body.get("embeds") or [],
            "pinned": False,
            "type": 0,
            "flags": flags,
            "components": body.get("components") or [],
        }
        if channel_id in self.channels and "guild_id" in self.channels[channel_id]:
            msg["guild_id"] = self.channels[channel_id]["guild_id"]
        if webhook_id:
            msg["webhook_id"] = webhook_id
            msg["application_id"] = self.app_id
        self.messages[mid] = msg
        return msg

    # -- the driver's side: members doing things --------------------------------

    def interaction(
        self,
        user: str,
        itype: int,
        data: dict[str, Any],
        *,
        channel_id: str | None = None,
        message: dict[str, Any] | None = None,
    ) -> str:
        """Send INTERACTION_CREATE as ``user``; returns the interaction id.

        In a DM channel (type 1) the interaction is shaped as Discord sends one
        from a bot DM (interactions/receiving-and-responding, interaction
        object): no ``guild_id``, ``guild``, ``member`` or ``guild_locale``; the
        ``user`` instead; ``context`` 1 (BOT_DM); the GUILD_INSTALL owner is
        ``"0"``; ``app_permissions`` are what an app has in a DM. Only the DM's
        recipient can interact there."""
        uid = self.user_id(user)
        channel = self.channels[channel_id or self.general["id"]]
        iid, token = next(self._ids), "itoken-" + next(self._ids)
        payload = {
            "id": iid,
            "application_id": self.app_id,
            "type": itype,
            "data": data,
            "channel_id": channel["id"],
            "channel": dict(channel),
            "token": token,
            "version": 1,
            "locale": self.locales.get(user, "en-US"),
            "entitlements": [],
            "attachment_size_limit": 10485760,
        }
        in_dm = channel["type"] == 1
        if in_dm:
            if channel["recipients"][0]["id"] != uid:
                raise AssertionError(f"{user} is not in DM channel {channel['id']}")
            if itype == 2:
                self._offered_in_dms(user, data.get("name", ""))
            payload |= {
                "user": self.users[user],
                "app_permissions": str(DM_APP_PERMISSIONS),
                "authorizing_integration_owners": {"0": "0"},
                "context": 1,
            }
        else:
            member = self.member(uid)
            member["permissions"] = str(self.permissions_of(uid))
            payload |= {
                "guild_id": self.guild_id,
                "guild": {"id": self.guild_id, "locale": "en-US", "features": []},
                "member": member,
                "app_permissions": "361045740544",
                "guild_locale": "en-US",
                "authorizing_integration_owners": {"0": self.guild_id},
                "context": 0,
            }
        if message is not None:
            payload["message"] = message
        guild_id = None if in_dm else self.guild_id
        self.interactions[iid] = Interaction(
            iid, token, uid, channel["id"], guild_id or "", time.monotonic()
        )
        self.dispatch("INTERACTION_CREATE", payload, guild_id=guild_id)
        return iid

    def _offered_in_dms(self, user: str, name: str) -> None:
        """Discord offers a command in a DM with the app only where its
        registration's ``contexts`` include 1 (BOT_DM)."""
        registered = [c for cmds in self.commands.values() for c in cmds if c["name"] == name]
        assert registered, f"/{name} is not registered"
        if not any(1 in (c.get("contexts") or [0, 1, 2]) for c in registered):
            raise AssertionError(f"Discord does not offer /{name} to {user} in a DM")

    def dispatch(self, event: str, data: dict[str, Any], *, guild_id: str | None = None) -> None:
        for session in self.sessions.values():
            if (
                guild_id is not None
                and (int(guild_id) >> 22) % session.shard[1] != session.shard[0]
            ):
                continue
            if guild_id is None and session.shard[0] != 0:
                continue
            session.seq += 1
            frame = {"op": 0, "t": event, "s": session.seq, "d": data}
            session.events.append(frame)
            if session.ws is not None and not session.ws.closed:
                self._spawn(self._send(session, frame))

    async def reconnect(self) -> None:
        """Ask every connected client to reconnect and resume (op 7)."""
        for session in self.sessions.values():
            if session.ws is not None and not session.ws.closed:
                await self._send(session, {"op": 7, "d": None})

    async def invalidate(self, resumable: bool = False) -> None:
        for session in list(self.sessions.values()):
            if session.ws is not None and not session.ws.closed:
                await self._send(session, {"op": 9, "d": resumable})
            if not resumable:
                self.sessions.pop(session.id, None)

    def rate_limit_next(
        self,
        method: str,
        path_pattern: str,
        *,
        retry_after: float = 0.05,
        is_global: bool = False,
        scope: str = "user",
    ) -> None:
        """Answer the next matching request with a 429 (topics/rate-limits)."""
        self.rate_limits.append(
            {
                "method": method,
                "pattern": re.compile(path_pattern),
                "retry_after": retry_after,
                "global": is_global,
                "scope": "global" if is_global else scope,
            }
        )

    def add_thread_member(self, thread_id: str, uid: str) -> None:
        members = self.thread_members.setdefault(thread_id, [])
        if uid not in members:
            members.append(uid)

    # -- gateway ------------------------------------------------------------------

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, session: Session, frame: dict[str, Any]) -> None:
        ws = session.ws
        if ws is None or ws.closed:
            return
        text = json.dumps(frame)
        async with session.lock:  # one writer per socket: frame order and zlib stream intact
            if session.compress is not None:
                data = session.compress.compress(text.encode()) + session.compress.flush(
                    zlib.Z_SYNC_FLUSH
                )
                await ws.send_bytes(data)
            else:
                await ws.send_str(text)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self.connections += 1
        compress = zlib.compressobj() if request.query.get("compress") == "zlib-stream" else None
        if request.query.get("v") != "10" or request.query.get("encoding") != "json":
            self.problems.append(f"gateway query {dict(request.query)}: want v=10&encoding=json")
        conn = Session(id="", shard=(0, 1), ws=ws, compress=compress)
        await self._send(
            conn,
            {"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}, "s": None, "t": None},
        )
        session: Session | None = None
        async for raw in ws:
            if raw.type is not WSMsgType.TEXT:
                continue
            msg = json.loads(raw.data)
            op, d = msg.get("op"), msg.get("d")
            if op == 1:
                self.heartbeats += 1
                await self._send(conn, {"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                session = await self._identify(conn, ws, d)
                if session is None:
                    break
            elif op == 6:
                session = await self._resume(conn, ws, d)
            else:
                self.problems.append(f"gateway op {op} not expected")
        if session is not None and session.ws is ws:
            session.ws = None
        return ws

    async def _identify(self, conn: Session, ws, d: dict[str, Any]) -> Session | None:
        self.identifies.append({k: v for k, v in d.items() if k != "token"})
        for key in ("token", "properties", "intents"):
            if key not in d:
                self.problems.append(f"IDENTIFY without {key}")
        if d.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        if int(d.get("intents", 0)) & PRIVILEGED_INTENTS:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        shard = tuple(d.get("shard") or (0, 1))
        session = Session(
            id=next(self._ids),
            shard=(int(shard[0]), int(shard[1])),
            ws=ws,
            compress=conn.compress,
            lock=conn.lock,
        )
        self.sessions[session.id] = session
        guilds = [
            g for g in (self.guild_id,) if (int(g) >> 22) % session.shard[1] == session.shard[0]
        ]
        ready = {
            "v": 10,
            "user": self.bot,
            "guilds": [{"id": g, "unavailable": True} for g in guilds],
            "session_id": session.id,
            "resume_gateway_url": self.gateway_url,
            "shard": list(session.shard),
            "application": {"id": self.app_id, "flags": 0},
        }
        self._emit(session, "READY", ready)
        for _ in guilds:
            self._emit(session, "GUILD_CREATE", self.guild_create())
        self.ready.set()
        return session

    def _emit(self, session: Session, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(frame)
        self._spawn(self._send(session, frame))

    async def _resume(self, conn: Session, ws, d: dict[str, Any]) -> Session | None:
        session = self.sessions.get(str(d.get("session_id")))
        if d.get("token") != self.token or session is None:
            await self._send(conn, {"op": 9, "d": False, "s": None, "t": None})
            return None
        self.resumes += 1
        session.ws, session.compress, session.lock = ws, conn.compress, conn.lock
        for frame in session.events:
            if frame["s"] > int(d.get("seq") or 0):
                await self._send(session, frame)
        session.seq += 1
        resumed = {"op": 0, "t": "RESUMED", "s": session.seq, "d": {}}
        session.events.append(resumed)
        await self._send(session, resumed)
        return session

    # -- REST -------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler):
        if not request.path.startswith(API):
            return await handler(request)
        body: Any = None
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type.startswith("multipart/"):
            form = await request.post()
            body = json.loads(form.get("payload_json") or "{}")
            files = [f.filename for k, f in form.items() if k.startswith("files[")]
            body["_attachments"] = [
                {"id": next(self._ids), "filename": name, "size": 1, "url": "", "proxy_url": ""}
                for name in files
            ]
        record = Request(
            request.method,
            request.path[len(API) :],
            body,
            dict(request.query),
            {k: v for k, v in request.headers.items() if k.lower() != "authorization"},
        )
        self.requests.append(record)
        request[BODY] = body
        template = re.sub(r"/\d+", "/{id}", record.path)
        bucket = f"{request.method} {template}"
        headers = {
            "Via": "1.1 google",
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "4",
            "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
            "X-RateLimit-Reset-After": "1.000",
            "X-RateLimit-Bucket": base64.b16encode(bucket.encode()).decode()[:32].lower(),
        }
        limited = self._take_limit(request.method, record.path)
        if limited is not None:
            record.status = 429
            return self._too_many(limited, headers)
        public = record.path.startswith(("/interactions/", "/webhooks/"))
        if not public and request.headers.get("Authorization") != f"Bot {self.token}":
            record.status = 401
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        if not public and self.global_per_second:
            wait = self._global_wait()
            if wait is not None:
                record.status = 429
                self.global_429s += 1
                over = {"retry_after": wait, "global": True, "scope": "global"}
                return self._too_many(over, headers)
        try:
            self._against_spec(request.method, record, request.content_type)
            response = await handler(request)
        except DiscordError as exc:
            payload = {"message": exc.message, "code": exc.code}
            if exc.errors is not None:
                payload["errors"] = exc.errors
            response = _json(payload, status=exc.status)
        record.status = response.status
        for key, value in headers.items():
            response.headers[key] = value
        return response

    def _global_wait(self) -> float | None:
        """None if the request fits the sliding second (and counts), else how
        long until it would."""
        now = time.monotonic()
        window = self._global_window
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= (self.global_per_second or 0):
            return round(window[0] + 1.0 - now, 3)
        window.append(now)
        return None

    def _take_limit(self, method: str, path: str) -> dict[str, Any] | None:
        for limit in self.rate_limits:
            if limit["method"] == method and limit["pattern"].search(path):
                self.rate_limits.remove(limit)
                return limit
        return None

    def _too_many(self, limit: dict[str, Any], headers: dict[str, str]) -> web.Response:
        retry = limit["retry_after"]
        body = {
            "message": "You are being rate limited.",
            "retry_after": retry,
            "global": limit["global"],
        }
        # Discord's API answers through Google's load balancer ("Via: 1.1 google");
        # discord.py treats a 429 without Via as a Cloudflare ban, not a rate limit.
        out = {
            "Via": "1.1 google",
            "Retry-After": str(max(1, int(retry + 0.999))),
            "X-RateLimit-Scope": limit["scope"],
        }
        if limit["global"]:
            out["X-RateLimit-Global"] = "true"
        else:
            out.update(
                headers,
                **{
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset-After": f"{retry:.3f}",
                    "X-RateLimit-Reset": f"{time.time() + retry:.3f}",
                },
            )
        return _json(body, status=429, headers=out)

    def _against_spec(self, method: str, record: Request, content_type: str) -> None:
        """Discord's 400 for a request its published spec refuses (recorded as a
        violation for the test that made it)."""
        if self.spec is None:
            return
        body = record.body
        if isinstance(body, dict) and "_attachments" in body:
            body = {k: v for k, v in body.items() if k != "_attachments"}
        call, problems = self.spec.check(method, record.path, record.query, body, content_type)
        if not problems:
            conformance.validated("discord", call)
            return
        conformance.record("discord", call, problems)
        errors = [{"code": "SPEC_VIOLATION", "message": problem} for problem in problems]
        raise DiscordError(400, 50035, "Invalid Form Body", {"_errors": errors})

    def invalid(self, where: str, why: str) -> DiscordError:
        self.problems.append(f"{where}: {why}")
        return DiscordError(400, 50035, "Invalid Form Body", {"_errors": [{"message": why}]})

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        method = request.method
        body = request[BODY]
        for pattern, route_method, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and method == route_method:
                return await handler(request, body, *match.groups())
        self.problems.append(f"unexpected {method} {path}")
        raise DiscordError(404, 0, "404: Not Found")

    def _routes(self):
        sf, tok = r"(\d+)", r"([^/]+)"
        return [
            (r"/gateway", "GET", self._get_gateway),
            (r"/gateway/bot", "GET", self._get_gateway_bot),
            (r"/users/@me", "GET", self._get_me),
            (r"/oauth2/applications/@me", "GET", self._get_app),
            (r"/applications/@me", "GET", self._get_app),
            (rf"/applications/{sf}/commands", "GET", self._get_commands),
            (rf"/applications/{sf}/commands", "PUT", self._put_commands),
            (rf"/applications/{sf}/guilds/{sf}/commands", "GET", self._get_commands),
            (rf"/applications/{sf}/guilds/{sf}/commands", "PUT", self._put_commands),
            (rf"/interactions/{sf}/{tok}/callback", "POST", self._callback),
            (rf"/webhooks/{sf}/{tok}", "POST", self._followup),
            (rf"/webhooks/{sf}/{tok}/messages/(@original|\d+)", "PATCH", self._edit_webhook),
            (rf"/webhooks/{sf}/{tok}/messages/(@original|\d+)", "GET", self._get_webhook),
            (rf"/webhooks/{sf}/{tok}/messages/(@original|\d+)", "DELETE", self._delete_webhook),
            (r"/users/@me/channels", "POST", self._open_dm),
            (rf"/channels/{sf}", "GET", self._get_channel),
            (rf"/channels/{sf}", "PATCH", self._patch_channel),
            (rf"/channels/{sf}/messages", "POST", self._post_message),
            (rf"/channels/{sf}/messages/{sf}", "PATCH", self._edit_message),
            (rf"/channels/{sf}/threads", "POST", self._start_thread),
            (rf"/channels/{sf}/thread-members/{sf}", "PUT", self._add_thread_member),
            (rf"/guilds/{sf}/members/{sf}/roles/{sf}", "PUT", self._add_role),
            (rf"/guilds/{sf}/scheduled-events", "POST", self._create_event),
            (rf"/guilds/{sf}/scheduled-events/{sf}", "GET", self._get_event),
            (rf"/guilds/{sf}/scheduled-events/{sf}", "PATCH", self._edit_event),
            (rf"/guilds/{sf}/scheduled-events/{sf}", "DELETE", self._delete_event),
            (rf"/users/{sf}", "GET", self._get_user),
        ]

    async def _get_gateway(self, request, body):
        return _json({"url": self.gateway_url})

    async def _get_gateway_bot(self, request, body):
        return _json(
            {
                "url": self.gateway_url,
                "shards": self.shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14400000,
                    "max_concurrency": 1,
                },
            }
        )

    async def _get_me(self, request, body):
        return _json({**self.bot, "verified": True, "mfa_enabled": False, "locale": "en-US"})

    async def _get_user(self, request, body, uid):
        for user in [self.bot, *self.users.values()]:
            if user["id"] == uid:
                return _json(user)
        raise DiscordError(404, 10013, "Unknown User")

    async def _get_app(self, request, body):
        return _json(
            {
                "id": self.app_id,
                "name": "Haven",
                "icon": None,
                "description": "",
                "bot_public": False,
                "bot_require_code_grant": False,
                "verify_key": "00" * 32,
                "owner": self._user(next(self._ids), "owner"),
                "flags": 0,
                "team": None,
                "summary": "",
                "rpc_origins": [],
                "bot": self.bot,
            }
        )

    async def _get_commands(self, request, body, app_id, guild_id=None):
        return _json(self.commands.get(guild_id or "global", []))

    async def _put_commands(self, request, body, app_id, guild_id=None):
        where = f"PUT commands ({guild_id or 'global'})"
        if app_id != self.app_id:
            raise DiscordError(403, 50001, "Missing Access")
        if not isinstance(body, list):
            raise self.invalid(where, "body must be an array of commands")
        if len(body) > 100:
            raise self.invalid(where, "more than 100 commands")
        names = [c.get("name") for c in body]
        if len(set(names)) != len(names):
            raise self.invalid(where, "duplicate command names")
        stored = []
        for cmd in body:
            self._check_command(where, cmd, depth=0)
            stored.append(
                {
                    **cmd,
                    "id": next(self._ids),
                    "application_id": self.app_id,
                    "version": next(self._ids),
                    "type": cmd.get("type", 1),
                    **({"guild_id": guild_id} if guild_id else {}),
                }
            )
        self.commands[guild_id or "global"] = stored
        self.command_puts.append(guild_id or "global")
        return _json(stored)

    def _check_command(self, where: str, cmd: dict[str, Any], depth: int) -> None:
        name = str(cmd.get("name", ""))
        at = f"{where} /{name}"
        if not NAME_RE.fullmatch(name) or name != name.lower():
            raise self.invalid(at, "name must be 1-32 lowercase letters, digits, - or _")
        description = cmd.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 100:
            raise self.invalid(at, "description must be 1-100 characters")
        self._check_localizations(at, cmd)
        options = cmd.get("options") or []
        if len(options) > 25:
            raise self.invalid(at, "more than 25 options")
        kinds = {o.get("type") for o in options}
        if kinds & {1, 2} and kinds - {1, 2}:
            raise self.invalid(at, "subcommands cannot be mixed with other options")
        seen_optional = False
        for opt in options:
            otype = opt.get("type")
            if otype in (1, 2):
                if depth >= (1 if otype == 2 else 2) or (otype == 2 and depth != 0):
                    raise self.invalid(at, "subcommands nest at most group → subcommand")
                self._check_command(where + f" /{name}", opt, depth + 1)
                continue
            if otype not in range(3, 12):
                raise self.invalid(at, f"unknown option type {otype}")
            oname = str(opt.get("name", ""))
            if not NAME_RE.fullmatch(oname):
                raise self.invalid(at, f"bad option name {oname!r}")
            if not 1 <= len(str(opt.get("description", ""))) <= 100:
                raise self.invalid(at, f"option {oname}: description must be 1-100 characters")
            self._check_localizations(f"{at} option {oname}", opt)
            if opt.get("required"):
                if seen_optional:
                    raise self.invalid(at, "required options must come before optional ones")
            else:
                seen_optional = True
            if len(opt.get("choices") or []) > 25:
                raise self.invalid(at, "more than 25 choices")
            if opt.get("choices") and opt.get("autocomplete"):
                raise self.invalid(at, "autocomplete cannot be used with choices")
            if ("min_value" in opt or "max_value" in opt) and otype not in (4, 10):
                raise self.invalid(at, "min_value/max_value only on integer and number options")
        if depth == 0 and cmd.get("default_member_permissions") not in (None, ""):
            if not str(cmd["default_member_permissions"]).isdigit():
                raise self.invalid(at, "default_member_permissions must be a bitfield string")

    def _check_localizations(self, at: str, item: dict[str, Any]) -> None:
        """``name_localizations`` / ``description_localizations``: null or a map
        of Discord locales to names (the name rules) and descriptions (1-100)."""
        for key in ("name_localizations", "description_localizations"):
            table = item.get(key)
            if table is None:
                continue
            if not isinstance(table, dict):
                raise self.invalid(at, f"{key} must be an object")
            for locale, text in table.items():
                if locale not in LOCALES:
                    raise self.invalid(at, f"{key}: {locale!r} is not a Discord locale")
                if key == "name_localizations" and not NAME_RE.fullmatch(str(text)):
                    raise self.invalid(at, f"{key}[{locale}]: not a valid name")
                if not isinstance(text, str) or not 1 <= len(text) <= 100:
                    raise self.invalid(at, f"{key}[{locale}] must be 1-100 characters")

    # -- interactions (interactions/receiving-and-responding) -----------------------

    def _find(self, iid: str, token: str) -> Interaction:
        inter = self.interactions.get(iid)
        if inter is None or inter.token != token:
            raise DiscordError(404, 10062, "Unknown interaction")
        return inter

    def _by_token(self, app_id: str, token: str) -> Interaction:
        if app_id != self.app_id:
            raise DiscordError(404, 10015, "Unknown Webhook")
        for inter in self.interactions.values():
            if inter.token == token:
                return inter
        raise DiscordError(404, 10015, "Unknown Webhook")

    def _check_message(self, where: str, data: dict[str, Any], *, flags_allowed: int) -> None:
        if not isinstance(data, dict):
            raise self.invalid(where, "data must be an object")
        has = any(
            data.get(k)
            for k in (
                "content",
                "embeds",
                "components",
                "_attachments",
                "attachments",
                "poll",
                "sticker_ids",
            )
        )
        if not has:
            raise self.invalid(where, "a message needs content, embeds, components or files")
        content = data.get("content") or ""
        if len(content) > 2000:
            raise self.invalid(where, "content is longer than 2000 characters")
        flags = int(data.get("flags") or 0)
        if flags & ~flags_allowed:
            raise self.invalid(where, f"flags {flags} not allowed here")
        for embed in data.get("embeds") or []:
            if len(embed.get("description") or "") > 4096 or len(embed.get("fields") or []) > 25:
                raise self.invalid(where, "embed over its limits")
        self._check_components(where, data.get("components") or [])

    def _check_components(self, where: str, rows: list[dict[str, Any]]) -> None:
        if len(rows) > 5:
            raise self.invalid(where, "more than 5 action rows")
        for row in rows:
            if row.get("type") != 1:
                raise self.invalid(where, "top-level components must be action rows")
            items = row.get("components") or []
            if not 1 <= len(items) <= 5:
                raise self.invalid(where, "an action row holds 1-5 buttons")
            if any(item.get("type") == 3 for item in items):
                if len(items) != 1:
                    raise self.invalid(where, "a select menu fills its action row alone")
                self._check_select(where, items[0])
                continue
            for item in items:
                if item.get("type") == 2:
                    if item.get("style") not in (1, 2, 3, 4, 5, 6):
                        raise self.invalid(where, "bad button style")
                    if item.get("style") != 5 and not 1 <= len(item.get("custom_id") or "") <= 100:
                        raise self.invalid(where, "a button needs a custom_id of 1-100 chars")
                    if len(item.get("label") or "") > 80:
                        raise self.invalid(where, "button label longer than 80")

    def _check_select(self, where: str, item: dict[str, Any]) -> None:
        """A string select (interactions/message-components#string-select)."""
        if not 1 <= len(item.get("custom_id") or "") <= 100:
            raise self.invalid(where, "a select menu needs a custom_id of 1-100 chars")
        options = item.get("options") or []
        if not 1 <= len(options) <= 25:
            raise self.invalid(where, "a string select has 1-25 options")
        values = [o.get("value") for o in options]
        if len(set(values)) != len(values):
            raise self.invalid(where, "select option values must be unique")
        for option in options:
            if not 1 <= len(option.get("label") or "") <= 100:
                raise self.invalid(where, "select option label must be 1-100 characters")
            if not 1 <= len(option.get("value") or "") <= 100:
                raise self.invalid(where, "select option value must be 1-100 characters")
        low, high = item.get("min_values", 1), item.get("max_values", 1)
        if not (0 <= low <= 25 and 1 <= high <= 25 and low <= high <= len(options)):
            raise self.invalid(where, "select min_values/max_values out of range")
        if len(item.get("placeholder") or "") > 150:
            raise self.invalid(where, "select placeholder longer than 150")

    def _buttons(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        """What a member can press or pick: buttons (type 2) and string selects (3)."""
        return [
            item
            for row in data.get("components") or []
            for item in row.get("components", [])
            if item.get("type") in (2, 3)
        ]

    async def _callback(self, request, body, iid, token):
        inter = self._find(iid, token)
        where = f"interaction callback {iid}"
        now = time.monotonic()
        if now - inter.sent_at > self.deadline and inter.response_type is None:
            raise DiscordError(404, 10062, "Unknown interaction")
        if inter.response_type is not None:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        if not isinstance(body, dict) or body.get("type") not in CALLBACK_TYPES:
            raise self.invalid(where, "type must be an interaction callback type")
        ctype, data = body["type"], body.get("data") or {}
        if ctype in (4, 7):
            self._check_message(
                where,
                data,
                flags_allowed=EPHEMERAL | SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | COMPONENTS_V2,
            )
        elif ctype == 5:
            if int(data.get("flags") or 0) & ~EPHEMERAL:
                raise self.invalid(where, "a deferral takes only the EPHEMERAL flag")
        elif ctype == 9:
            self._check_modal(where, data)
        elif ctype == 8:
            choices = data.get("choices")
            if not isinstance(choices, list) or len(choices) > 25:
                raise self.invalid(where, "autocomplete answers with at most 25 choices")
            self.autocomplete_answers.append(choices)
        inter.response_type, inter.answered_at = ctype, now
        self.callback_seen.set()
        ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
        message = None
        if ctype == 4:
            message = self._message(
                inter.channel_id,
                {**data, "_attachments": body.get("_attachments", [])},
                webhook_id=self.app_id,
                flags=int(data.get("flags") or 0),
            )
            inter.original, inter.completed = message, True
            self.shown.append(self._shown("reply", message, inter, ephemeral))
        elif ctype == 5:
            inter.deferred_ephemeral = ephemeral
            message = self._message(
                inter.channel_id,
                {"content": ""},
                webhook_id=self.app_id,
                flags=(EPHEMERAL if ephemeral else 0) | 128,
            )
            inter.original = message
        elif ctype == 9:
            self.shown.append(
                Shown(
                    "form",
                    data["title"],
                    [inter.user_id],
                    True,
                    channel_id=inter.channel_id,  # where its submission comes from
                    interaction_id=iid,
                    user_id=inter.user_id,
                    modal=data,
                )
            )
        elif ctype == 7:
            self.shown.append(
                Shown(
                    "update",
                    data.get("content") or "",
                    [inter.user_id],
                    interaction_id=iid,
                    user_id=inter.user_id,
                    buttons=self._buttons(data),
                )
            )
        if request.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        response = {
            "interaction": {
                "id": iid,
                "type": 2,
                "activity_instance_id": None,
                "response_message_id": message["id"] if message else None,
                "response_message_loading": ctype == 5,
                "response_message_ephemeral": ephemeral,
            },
            "resource": {"type": ctype, **({"message": message} if message else {})},
        }
        return _json(response)

    def _check_modal(self, where: str, data: dict[str, Any]) -> None:
        if not 1 <= len(data.get("custom_id") or "") <= 100:
            raise self.invalid(where, "modal custom_id must be 1-100 characters")
        if not 1 <= len(data.get("title") or "") <= 45:
            raise self.invalid(where, "modal title must be 1-45 characters")
        rows = data.get("components") or []
        if not 1 <= len(rows) <= 5:
            raise self.invalid(where, "a modal holds 1-5 components")
        for row in rows:
            if row.get("type") not in (1, 10, 18):
                raise self.invalid(where, "modal components are labels, text displays or rows")
            if row.get("type") == 18:
                if not 1 <= len(row.get("label") or "") <= 45:
                    raise self.invalid(where, "a label's text must be 1-45 characters")
                if len(row.get("description") or "") > 100:
                    raise self.invalid(where, "a label's description is at most 100 characters")
                if not isinstance(row.get("component"), dict):
                    raise self.invalid(where, "a label holds one component")
            inner = row.get("components") or ([row["component"]] if row.get("component") else [])
            for item in inner:
                if item.get("type") == 4:
                    if not 1 <= len(item.get("label") or row.get("label") or "") <= 45:
                        raise self.invalid(where, "text input label must be 1-45 characters")
                    if not item.get("custom_id"):
                        raise self.invalid(where, "text input needs a custom_id")
                elif item.get("type") == 3:
                    if row.get("type") != 18:
                        raise self.invalid(where, "a select in a modal goes inside a label")
                    self._check_select(where, item)
                elif item.get("type") in (RADIO_GROUP, CHECKBOX_GROUP, CHECKBOX):
                    if row.get("type") != 18:
                        raise self.invalid(where, "a radio group or checkbox goes inside a label")
                    self._check_choice_group(where, item)
                else:
                    raise self.invalid(where, f"component type {item.get('type')} in a modal")

    def _check_choice_group(self, where: str, item: dict[str, Any]) -> None:
        """Radio groups (2-10 options), checkbox groups (1-10) and a checkbox."""
        if not 1 <= len(item.get("custom_id") or "") <= 100:
            raise self.invalid(where, "custom_id must be 1-100 characters")
        if item["type"] == CHECKBOX:
            if not isinstance(item.get("default", False), bool | None):
                raise self.invalid(where, "a checkbox's default is true or false")
            return
        options = item.get("options") or []
        low = 2 if item["type"] == RADIO_GROUP else 1
        if not low <= len(options) <= 10:
            raise self.invalid(where, f"{low}-10 options in a radio or checkbox group")
        for option in options:
            if not 1 <= len(option.get("label") or "") <= 100:
                raise self.invalid(where, "an option's label must be 1-100 characters")
            if not 1 <= len(option.get("value") or "") <= 100:
                raise self.invalid(where, "an option's value must be 1-100 characters")
        if len({o["value"] for o in options}) != len(options):
            raise self.invalid(where, "option values must be distinct")
        if item["type"] == RADIO_GROUP and sum(bool(o.get("default")) for o in options) > 1:
            raise self.invalid(where, "a radio group has at most one default")

    def _shown(
        self, kind: str, message: dict[str, Any], inter: Interaction, ephemeral: bool
    ) -> Shown:
        return Shown(
            kind,
            message.get("content") or "",
            [inter.user_id] if ephemeral else "all",
            ephemeral,
            buttons=self._buttons(message),
            embeds=message.get("embeds") or [],
            channel_id=inter.channel_id,
            message_id=message["id"],
            interaction_id=inter.id,
            user_id=inter.user_id,
            attachments=[a["filename"] for a in message.get("attachments") or []],
        )

    async def _followup(self, request, body, app_id, token):
        inter = self._by_token(app_id, token)
        where = f"followup {inter.id}"
        if inter.response_type is None:
            raise DiscordError(404, 10015, "Unknown Webhook")
        self._check_message(
            where,
            body,
            flags_allowed=EPHEMERAL | SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | COMPONENTS_V2,
        )
        flags = int(body.get("flags") or 0)
        ephemeral = bool(flags & EPHEMERAL)
        if inter.response_type == 5 and not inter.completed:
            # The first follow-up completes the deferred response; its visibility
            # was fixed when deferring.
            ephemeral = inter.deferred_ephemeral
            message = inter.original
            message.update(
                content=body.get("content") or "",
                embeds=body.get("embeds") or [],
                components=body.get("components") or [],
            )
            inter.completed = True
        else:
            message = self._message(
                inter.channel_id, body, webhook_id=self.app_id, flags=EPHEMERAL if ephemeral else 0
            )
        self.shown.append(self._shown("reply", message, inter, ephemeral))
        if request.query.get("wait") in ("true", "1", "True"):
            return _json(message)
        return web.Response(status=204)

    async def _edit_webhook(self, request, body, app_id, token, mid):
        inter = self._by_token(app_id, token)
        target = inter.original if mid == "@original" else self.messages.get(mid)
        if target is None:
            raise DiscordError(404, 10008, "Unknown Message")
        if body.get("content") is not None or body.get("embeds") or body.get("components"):
            self._check_message(
                f"edit {mid}",
                {k: v for k, v in body.items() if v} | {"content": body.get("content") or " "},
                flags_allowed=SUPPRESS_EMBEDS | COMPONENTS_V2,
            )
        for key in ("content", "embeds", "components"):
            if key in body:
                target[key] = body[key] or ([] if key != "content" else "")
        target["edited_timestamp"] = iso()
        if mid == "@original" and inter.response_type == 5 and not inter.completed:
            inter.completed = True
            self.shown.append(self._shown("reply", target, inter, inter.deferred_ephemeral))
        else:
            ephemeral = bool(target.get("flags", 0) & EPHEMERAL)
            self.shown.append(self._shown("edit", target, inter, ephemeral))
        return _json(target)

    async def _get_webhook(self, request, body, app_id, token, mid):
        inter = self._by_token(app_id, token)
        target = inter.original if mid == "@original" else self.messages.get(mid)
        if target is None:
            raise DiscordError(404, 10008, "Unknown Message")
        return _json(target)

    async def _delete_webhook(self, request, body, app_id, token, mid):
        self._by_token(app_id, token)
        return web.Response(status=204)

    # -- channels, DMs, threads, roles --------------------------------------------

    async def _open_dm(self, request, body):
        rid = str((body or {}).get("recipient_id", ""))
        user = next((u for u in self.users.values() if u["id"] == rid), None)
        if user is None:
            raise self.invalid("POST /users/@me/channels", "recipient_id must be a known user")
        if rid in self.users_gone:
            raise DiscordError(404, 10013, "Unknown User")
        cid = self.dm_channels.get(rid)
        if cid is None:
            cid = self.dm_channels[rid] = next(self._ids)
            self.channels[cid] = {
                "id": cid,
                "type": 1,
                "last_message_id": None,
                "recipients": [user],
                "flags": 0,
            }
        return _json(self.channels[cid])

    def _channel(self, cid: str) -> dict[str, Any]:
        channel = self.channels.get(cid)
        if channel is None:
            raise DiscordError(404, 10003, "Unknown Channel")
        return channel

    async def _get_channel(self, request, body, cid):
        return _json(self._channel(cid))

    async def _post_message(self, request, body, cid):
        channel = self._channel(cid)
        where = f"POST /channels/{cid}/messages"
        self._check_message(
            where,
            body or {},
            flags_allowed=SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | COMPONENTS_V2,
        )
        if channel["type"] == 1:
            recipient = channel["recipients"][0]["id"]
            if recipient in self.users_gone:
                raise DiscordError(404, 10013, "Unknown User")
            if recipient in self.dms_closed:
                raise DiscordError(403, 50007, "Cannot send messages to this user")
            message = self._message(cid, body)
            self.shown.append(
                Shown(
                    "dm",
                    message["content"],
                    [recipient],
                    buttons=self._buttons(message),
                    channel_id=cid,
                    message_id=message["id"],
                    embeds=message["embeds"],
                )
            )
        elif channel["type"] in (11, 12):
            meta = channel["thread_metadata"]
            if meta["archived"]:
                raise DiscordError(400, 50083, "Thread is archived")
            message = self._message(cid, body)
            members = [m for m in self.thread_members.get(cid, []) if m != self.app_id]
            self.shown.append(
                Shown(
                    "space",
                    message["content"],
                    list(members),
                    buttons=self._buttons(message),
                    channel_id=cid,
                    message_id=message["id"],
                    embeds=message["embeds"],
                )
            )
        else:
            message = self._message(cid, body)
            self.shown.append(
                Shown(
                    "message",
                    message["content"],
                    "all",
                    buttons=self._buttons(message),
                    channel_id=cid,
                    message_id=message["id"],
                    embeds=message["embeds"],
                )
            )
        return _json(message)

    async def _edit_message(self, request, body, cid, mid):
        message = self.messages.get(mid)
        if message is None or message["channel_id"] != cid:
            raise DiscordError(404, 10008, "Unknown Message")
        if message["author"]["id"] != self.app_id:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        for key in ("content", "embeds", "components"):
            if key in (body or {}):
                message[key] = body[key] or ([] if key != "content" else "")
        channel = self.channels[cid]
        visible = (
            "all"
            if channel["type"] == 0
            else (
                [channel["recipients"][0]["id"]]
                if channel["type"] == 1
                else [m for m in self.thread_members.get(cid, []) if m != self.app_id]
            )
        )
        self.shown.append(
            Shown(
                "edit",
                message["content"],
                visible,
                channel_id=cid,
                message_id=mid,
                buttons=self._buttons(message),
            )
        )
        return _json(message)

    async def _start_thread(self, request, body, cid):
        parent = self._channel(cid)
        where = f"POST /channels/{cid}/threads"
        body = body or {}
        if parent["type"] not in (0, 5):
            raise self.invalid(where, "threads start in text channels")
        if not 1 <= len(body.get("name") or "") <= 100:
            raise self.invalid(where, "name must be 1-100 characters")
        ttype = body.get("type")
        if ttype not in (10, 11, 12):
            raise self.invalid(where, "type must be a thread type (11 public, 12 private)")
        if body.get("auto_archive_duration", 4320) not in (60, 1440, 4320, 10080):
            raise self.invalid(where, "auto_archive_duration must be 60, 1440, 4320 or 10080")
        if "invitable" in body and ttype != 12:
            raise self.invalid(where, "invitable is only for private threads")
        tid = next(self._ids)
        thread = {
            "id": tid,
            "type": ttype,
            "guild_id": self.guild_id,
            "parent_id": cid,
            "owner_id": self.app_id,
            "name": body["name"],
            "last_message_id": None,
            "message_count": 0,
            "member_count": 1,
            "rate_limit_per_user": 0,
            "flags": 0,
            "total_message_sent": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": body.get("auto_archive_duration", 4320),
                "archive_timestamp": iso(),
                "locked": False,
                "invitable": body.get("invitable", True),
                "create_timestamp": iso(),
            },
        }
        self.channels[tid] = thread
        self.thread_members[tid] = [self.app_id]  # the creator is a member
        self.dispatch("THREAD_CREATE", {**thread, "newly_created": True}, guild_id=self.guild_id)
        return _json(thread, status=201)

    async def _add_thread_member(self, request, body, tid, uid):
        thread = self._channel(tid)
        if thread["type"] not in (10, 11, 12):
            raise DiscordError(400, 50024, "Cannot execute action on this channel type")
        if thread["thread_metadata"]["archived"]:
            raise DiscordError(400, 50083, "Thread is archived")
        if uid != self.app_id and uid not in {u["id"] for u in self.users.values()}:
            raise DiscordError(404, 10013, "Unknown User")
        self.add_thread_member(tid, uid)
        thread["member_count"] = len(self.thread_members[tid])
        return web.Response(status=204)

    async def _patch_channel(self, request, body, cid):
        channel = self._channel(cid)
        body = body or {}
        if channel["type"] in (11, 12):
            allowed = {
                "name",
                "archived",
                "auto_archive_duration",
                "locked",
                "invitable",
                "rate_limit_per_user",
                "flags",
                "applied_tags",
            }
            unknown = set(body) - allowed
            if unknown:
                raise self.invalid(f"PATCH /channels/{cid}", f"not thread fields: {unknown}")
            meta = channel["thread_metadata"]
            if meta["locked"] and body.get("archived") is False:
                pass  # Haven holds MANAGE_THREADS, which may unarchive locked threads
            for key in ("archived", "locked", "invitable", "auto_archive_duration"):
                if key in body:
                    meta[key] = body[key]
            if "archived" in body:
                meta["archive_timestamp"] = iso()
            if "name" in body:
                channel["name"] = body["name"]
            self.dispatch("THREAD_UPDATE", channel, guild_id=self.guild_id)
        else:
            for key in ("name", "topic"):
                if key in body:
                    channel[key] = body[key]
        return _json(channel)

    async def _add_role(self, request, body, gid, uid, rid):
        if gid != self.guild_id:
            raise DiscordError(404, 10004, "Unknown Guild")
        if rid not in self.roles:
            raise DiscordError(404, 10011, "Unknown Role")
        roles = self.member_roles.setdefault(uid, [])
        if rid not in roles:
            roles.append(rid)
        return web.Response(status=204)

    # -- guild scheduled events (resources/guild-scheduled-event) ---------------------

    def bot_permissions(self) -> int:
        perms = int(self.roles[self.guild_id]["permissions"])
        for rid in self.member(self.app_id)["roles"]:
            perms |= int(self.roles[rid]["permissions"])
        return perms

    def _require(self, *any_of: int) -> None:
        perms = self.bot_permissions()
        if not perms & ADMINISTRATOR and not any(perms & bit for bit in any_of):
            raise DiscordError(403, 50013, "Missing Permissions")

    def _event(self, gid: str, eid: str) -> dict[str, Any]:
        if gid != self.guild_id:
            raise DiscordError(404, 10004, "Unknown Guild")
        event = self.scheduled_events.get(eid)
        if event is None:
            raise DiscordError(404, 10070, "Unknown Guild Scheduled Event")
        return event

    def _time(self, where: str, body: dict[str, Any], key: str) -> datetime:
        raw = body.get(key)
        try:
            when = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        except ValueError:
            raise self.invalid(where, f"{key} must be an ISO8601 timestamp, not {raw!r}") from None
        if when.tzinfo is None:
            raise self.invalid(where, f"{key} needs a UTC offset")
        return when

    def _check_event(self, where: str, body: dict[str, Any], current: dict[str, Any]) -> None:
        """The docs' field rules, on the event as it would be after the request."""
        merged = {**current, **body}
        name = merged.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            raise self.invalid(where, "name must be 1-100 characters")
        if merged.get("privacy_level") != 2:
            raise self.invalid(where, "privacy_level must be 2 (GUILD_ONLY)")
        if merged.get("entity_type") not in (1, 2, 3):
            raise self.invalid(where, "entity_type must be 1, 2 or 3")
        description = merged.get("description")
        if description is not None and not (
            isinstance(description, str) and 1 <= len(description) <= 1000
        ):
            raise self.invalid(where, "description must be 1-1000 characters")
        start = self._time(where, merged, "scheduled_start_time")
        if "scheduled_start_time" in body and self.now is not None and start <= self.now():
            raise self.invalid(where, "scheduled_start_time must be in the future")
        if merged["entity_type"] == 3:
            if merged.get("channel_id") is not None:
                raise self.invalid(where, "channel_id must be null for EXTERNAL events")
            location = (merged.get("entity_metadata") or {}).get("location")
            if not isinstance(location, str) or not 1 <= len(location) <= 100:
                raise self.invalid(where, "entity_metadata.location must be 1-100 characters")
            if merged.get("scheduled_end_time") is None:
                raise self.invalid(where, "scheduled_end_time is required for EXTERNAL events")
        elif merged.get("channel_id") is None:
            raise self.invalid(where, "channel_id is required for STAGE and VOICE events")
        if merged.get("scheduled_end_time") is not None:
            if self._time(where, merged, "scheduled_end_time") <= start:
                raise self.invalid(where, "scheduled_end_time must be after the start")

    async def _create_event(self, request, body, gid):
        where = f"POST /guilds/{gid}/scheduled-events"
        if gid != self.guild_id:
            raise DiscordError(404, 10004, "Unknown Guild")
        self._require(CREATE_EVENTS)
        if not isinstance(body, dict):
            raise self.invalid(where, "body must be an object")
        allowed = {
            "channel_id", "entity_metadata", "name", "privacy_level", "scheduled_start_time",
            "scheduled_end_time", "description", "entity_type", "image", "recurrence_rule",
        }  # fmt: skip
        if set(body) - allowed:
            raise self.invalid(where, f"unknown fields {sorted(set(body) - allowed)}")
        for key in ("name", "privacy_level", "scheduled_start_time", "entity_type"):
            if key not in body:
                raise self.invalid(where, f"{key} is required")
        self._check_event(where, body, {})
        upcoming = [e for e in self.scheduled_events.values() if e["status"] in (1, 2)]
        if len(upcoming) >= MAX_UPCOMING_EVENTS:
            raise DiscordError(
                400, 30038, "Maximum number of uncompleted guild scheduled events reached (100)"
            )
        eid = next(self._ids)
        event = {
            "id": eid,
            "guild_id": gid,
            "channel_id": body.get("channel_id"),
            "creator_id": self.app_id,
            "creator": self.bot,
            "name": body["name"],
            "description": body.get("description"),
            "scheduled_start_time": body["scheduled_start_time"],
            "scheduled_end_time": body.get("scheduled_end_time"),
            "privacy_level": body["privacy_level"],
            "status": 1,
            "entity_type": body["entity_type"],
            "entity_id": None,
            "entity_metadata": body.get("entity_metadata"),
            "user_count": 0,
            "image": None,
            "recurrence_rule": body.get("recurrence_rule"),
        }
        self.scheduled_events[eid] = event
        return _json(event)

    async def _get_event(self, request, body, gid, eid):
        event = self._event(gid, eid)
        if request.query.get("with_user_count") in ("1", "true", "True"):
            return _json(event)
        return _json({k: v for k, v in event.items() if k != "user_count"})

    async def _edit_event(self, request, body, gid, eid):
        where = f"PATCH /guilds/{gid}/scheduled-events/{eid}"
        event = self._event(gid, eid)
        self._require(
            MANAGE_EVENTS, *([CREATE_EVENTS] if event["creator_id"] == self.app_id else [])
        )
        if not isinstance(body, dict):
            raise self.invalid(where, "body must be an object")
        if event["status"] in (3, 4):
            raise DiscordError(400, 180000, "Cannot update a finished event")
        status = body.get("status", event["status"])
        if status != event["status"] and (event["status"], status) not in ((1, 2), (2, 3), (1, 4)):
            raise self.invalid(where, f"status cannot go from {event['status']} to {status}")
        self._check_event(where, body, event)
        event.update(body)
        return _json(event)

    async def _delete_event(self, request, body, gid, eid):
        event = self._event(gid, eid)
        self._require(
            MANAGE_EVENTS, *([CREATE_EVENTS] if event["creator_id"] == self.app_id else [])
        )
        del self.scheduled_events[eid]
        return web.Response(status=204)
