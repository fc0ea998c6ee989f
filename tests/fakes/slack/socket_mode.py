"""Slack's Socket Mode, played by the fake Slack (:class:`FakeSlack.socket`).

The shapes are the ones Slack documents ("Using Socket Mode",
docs.slack.dev/apis/events-api/using-socket-mode) and slack_sdk reads:

* ``apps.connections.open`` (app-level ``xapp-…`` token in the Authorization
  header) answers ``{"ok": true, "url": …}`` — here a ``ws://127.0.0.1`` URL
  with a single-use ``ticket``, so every (re)connection must ask for a new one;
* on connect Slack sends ``{"type": "hello", "num_connections", "connection_info":
  {"app_id"}, "debug_info": {…, "approximate_connection_time"}}``;
* then envelopes ``{"envelope_id", "type": "slash_commands" | "interactive" |
  "events_api", "payload", "accepts_response_payload"}`` (events_api also
  ``retry_attempt`` / ``retry_reason``); the payload is exactly what HTTP mode
  would POST (a slash command's form fields as a JSON object, an interactive
  payload, the Events API ``event_callback`` wrapper);
* the app acks each with ``{"envelope_id"[, "payload"]}`` — within 3 s, or Slack
  tries again: the fake redelivers the same payload in a *new* envelope with
  ``retry_attempt`` + 1 and ``retry_reason: "timeout"`` (up to 3 retries). Slack
  documents these retries for the Events API; the fake retries every envelope
  type, so that Haven's handling of a redelivered command or button is tested
  too (a dropped connection can lose the ack of any of them);
* Slack refreshes connections: ``{"type": "disconnect", "reason":
  "refresh_requested" | "warning" | "link_disabled", "debug_info": {"host"}}``
  (:meth:`SocketMode.disconnect`); and a connection can simply die
  (:meth:`SocketMode.drop`: the TCP connection closes with no WebSocket close
  frame).

Every ack is recorded with the seconds it took (:attr:`Delivery.ack`); nothing a
member wrote is logged.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .server import FakeSlack

#: Slack wants every envelope acknowledged within this many seconds.
ACK_SECONDS = 3.0
#: how often Slack tries again after the first delivery
MAX_RETRIES = 3
APP_ID = "AHAVEN"
APP_TOKEN = "xapp-1-AHAVEN-1-0f1e2d3c4b5a69788796a5b4c3d2e1f0"
#: how long a test waits for something before calling it hung (not a timing rule)
PATIENCE = 30.0

T = TypeVar("T")


class Signal:
    """Wakes everyone waiting for a condition whenever something changes."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def poke(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def until(self, condition: Callable[[], T]) -> T:
        """The first truthy value of ``condition()``, awaited without polling."""
        async with asyncio.timeout(PATIENCE):
            while not (value := condition()):
                await self._event.wait()
        return value


@dataclass
class Ack:
    envelope_id: str
    payload: dict[str, Any] | None
    #: seconds from sending the envelope to receiving its ack
    seconds: float
    connection: int


@dataclass
class Delivery:
    """One envelope (a first delivery or a retry)."""

    envelope_id: str
    type: str  # slash_commands | interactive | events_api
    payload: dict[str, Any]
    accepts_response_payload: bool
    retry_attempt: int = 0
    retry_reason: str = ""
    #: the envelope_id of the first delivery of this payload
    first: str = ""
    #: the connection that carried it (0: not sent yet)
    connection: int = 0
    sent_at: float | None = None
    ack: Ack | None = None
    #: not acked within ACK_SECONDS
    timed_out: bool = False
    #: the connection is closed right after this envelope is sent
    cut: bool = False

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "envelope_id": self.envelope_id,
            "payload": self.payload,
            "type": self.type,
            "accepts_response_payload": self.accepts_response_payload,
        }
        if self.type == "events_api":
            body["retry_attempt"] = self.retry_attempt
            body["retry_reason"] = self.retry_reason
        elif self.retry_attempt:
            body["retry_attempt"] = self.retry_attempt
            body["retry_reason"] = self.retry_reason
        return body


@dataclass
class Connection:
    number: int
    ticket: str
    ws: web.WebSocketResponse
    request: web.Request
    opened_at: float = field(default_factory=time.monotonic)
    closed: bool = False
    #: how it ended: "app" (the app closed it), "drop" (abrupt), "" (open)
    ended_by: str = ""
    #: disconnect messages Slack sent on it
    disconnects: list[str] = field(default_factory=list)


class SocketMode:
    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        self.app_tokens: set[str] = {APP_TOKEN}
        self.tickets: dict[str, bool] = {}  # ticket → used
        self.connections: list[Connection] = []
        self.deliveries: list[Delivery] = []
        #: acks for envelopes the fake never sent (or sent twice)
        self.stray_acks: list[dict[str, Any]] = []
        #: non-ack messages the app sent (Socket Mode expects none)
        self.unexpected: list[str] = []
        #: connection attempts with a missing, unknown or used ticket
        self.refused: list[str] = []
        self.signal: Signal = fake.signal
        self._outbox: list[Delivery] = []
        self._numbers = itertools.count(1)
        self._timers: set[asyncio.TimerHandle] = set()

    # -- apps.connections.open -------------------------------------------

    def open_url(self) -> str:
        """A fresh single-use WebSocket URL (apps.connections.open)."""
        ticket = secrets.token_hex(8)
        self.tickets[ticket] = False
        return f"ws://127.0.0.1:{self.fake.port}/link/?ticket={ticket}&app_id={APP_ID}"

    # -- the WebSocket endpoint -------------------------------------------

    async def link(self, request: web.Request) -> web.StreamResponse:
        ticket = request.query.get("ticket", "")
        if self.tickets.get(ticket) is not False:
            self.refused.append("used ticket" if ticket in self.tickets else "bad ticket")
            self.signal.poke()
            return web.Response(status=401, text="invalid_ticket")
        self.tickets[ticket] = True
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        conn = Connection(next(self._numbers), ticket, ws, request)
        self.connections.append(conn)
        await ws.send_str(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": len(self.open_connections),
                    "debug_info": {
                        "host": "applink-fake",
                        "build_number": 1,
                        "approximate_connection_time": 3600,
                    },
                    "connection_info": {"app_id": APP_ID},
                }
            )
        )
        self.signal.poke()
        await self._pump()
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    self._received(conn, message.data)
        finally:
            conn.closed = True
            conn.ended_by = conn.ended_by or "app"
            self.signal.poke()
        return ws

    def _received(self, conn: Connection, data: str) -> None:
        if conn.ended_by == "drop":
            return  # lost with the connection
        try:
            message = json.loads(data)
        except ValueError:
            message = None
        if not isinstance(message, dict) or "envelope_id" not in message:
            self.unexpected.append(str(message.get("type")) if isinstance(message, dict) else "?")
            self.signal.poke()
            return
        delivery = self.find(message["envelope_id"])
        if delivery is None or delivery.ack is not None or delivery.sent_at is None:
            self.stray_acks.append({"envelope_id": message["envelope_id"]})
            self.signal.poke()
            return
        delivery.ack = Ack(
            delivery.envelope_id,
            message.get("payload"),
            time.monotonic() - delivery.sent_at,
            conn.number,
        )
        self.signal.poke()

    # -- what tests do ----------------------------------------------------

    @property
    def open_connections(self) -> list[Connection]:
        return [c for c in self.connections if not c.closed and not c.ended_by]

    def find(self, envelope_id: str) -> Delivery | None:
        return next((d for d in self.deliveries if d.envelope_id == envelope_id), None)

    def attempts(self, first: Delivery | str) -> list[Delivery]:
        """A payload's deliveries: the first and each retry."""
        key = first if isinstance(first, str) else first.first
        return [d for d in self.deliveries if d.first == key]

    async def deliver(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool | None = None,
        cut: bool = False,
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> Delivery:
        """Send an envelope now on the newest open connection (or as soon as
        one opens). ``cut``: close that connection abruptly right after it, so
        the app gets the envelope but Slack never gets its ack.
        ``retry_attempt``/``retry_reason``: mark it as Slack's retry of an
        earlier delivery (e.g. one the app acked but Slack did not hear)."""
        if accepts_response_payload is None:
            accepts_response_payload = kind != "events_api"
        envelope_id = str(uuid.uuid4())
        delivery = Delivery(
            envelope_id,
            kind,
            payload,
            accepts_response_payload,
            retry_attempt=retry_attempt,
            retry_reason=retry_reason,
            first=envelope_id,
            cut=cut,
        )
        self.deliveries.append(delivery)
        self._outbox.append(delivery)
        await self._pump()
        return delivery

    async def acked(self, delivery: Delivery) -> Ack:
        """The ack that settled ``delivery`` (or one of its retries)."""

        def settled() -> Ack | None:
            return next((d.ack for d in self.attempts(delivery) if d.ack), None)

        return await self.signal.until(settled)

    async def connected(self, number: int) -> Connection:
        """Connection ``number`` (1 = the first), once it is open."""

        def opened() -> Connection | None:
            if len(self.connections) >= number and not self.connections[number - 1].closed:
                return self.connections[number - 1]
            return None

        return await self.signal.until(opened)

    async def until(self, condition: Callable[[], T]) -> T:
        return await self.signal.until(condition)

    async def disconnect(self, reason: str = "refresh_requested") -> Connection:
        """Slack asks the app to reconnect (on the newest open connection)."""
        conn = self.open_connections[-1]
        conn.disconnects.append(reason)
        await conn.ws.send_str(
            json.dumps(
                {"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-fake"}}
            )
        )
        return conn

    def drop(self, conn: Connection | None = None) -> Connection:
        """The connection dies: TCP closes, no WebSocket close frame, no reason."""
        conn = conn or self.open_connections[-1]
        conn.ended_by = "drop"
        transport = conn.request.transport
        if transport is not None:
            transport.close()
        self.signal.poke()
        return conn

    def close(self) -> None:
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    # -- delivery ---------------------------------------------------------

    async def _pump(self) -> None:
        while self._outbox and self.open_connections:
            conn = self.open_connections[-1]
            delivery = self._outbox.pop(0)
            try:
                await conn.ws.send_str(json.dumps(delivery.envelope()))
            except (ConnectionError, RuntimeError):
                self._outbox.insert(0, delivery)
                conn.ended_by = conn.ended_by or "drop"
                continue
            delivery.connection = conn.number
            delivery.sent_at = time.monotonic()
            loop = asyncio.get_running_loop()
            timer = loop.call_later(ACK_SECONDS, self._expire, delivery)
            self._timers.add(timer)
            self.signal.poke()
            if delivery.cut:
                self.drop(conn)

    def _expire(self, delivery: Delivery) -> None:
        if delivery.ack is not None:
            return
        delivery.timed_out = True
        self.signal.poke()
        if delivery.retry_attempt >= MAX_RETRIES:
            return
        retry = Delivery(
            str(uuid.uuid4()),
            delivery.type,
            delivery.payload,
            delivery.accepts_response_payload,
            retry_attempt=delivery.retry_attempt + 1,
            retry_reason="timeout",
            first=delivery.first,
        )
        self.deliveries.append(retry)
        self._outbox.append(retry)
        task = asyncio.ensure_future(self._pump())
        task.add_done_callback(lambda t: t.exception())
