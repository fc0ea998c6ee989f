"""What ``POST /slack/events`` checks before bolt sees a request (HTTP mode).

bolt reads the body before it checks the signature, and trusts its shape: a
non-numeric ``X-Slack-Request-Timestamp`` or a ``payload=`` that is not a JSON
object made it fail with a 500. Here, in order:

1. the signature and Slack's 5-minute window (slack_sdk's
   ``SignatureVerifier``) — else **401**;
2. the body is UTF-8, reads (as bolt reads it) as a JSON object, and has the
   fields Slack always sends (:func:`~adapters.slack.parse.problem`) — else **400**;
3. the request was not taken before: a signed request copied off the wire and
   sent again inside its window finds its signature in ``slack_request_seen``
   (shared by every process on the database) and gets **200** with nothing
   done, so it acts once and Slack would not retry it.

bolt then checks the signature again and does the rest. Slack's own retries of
an event (``X-Slack-Retry-Num``) are signed anew, so they pass here; the
adapter drops them by ``event_id`` as before.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from slack_bolt.request.internals import parse_body
from slack_sdk.signature import Clock as SlackClock
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from bot.platform import Clock, Database, wall_clock

from .models import SlackRequestSeen
from .parse import problem

log = logging.getLogger("haven.slack")

#: How long Slack's signature on a request stays valid (and a copy could be replayed).
WINDOW = timedelta(minutes=5)
#: The seen-set is asked for at most this long before the request goes ahead
#: on this process's own memory (the ack must reach Slack within 3 s).
SEEN_TIMEOUT = 1.0
#: Signatures remembered in memory, for when the database does not answer.
LOCAL_SEEN = 10_000
PRUNE_EVERY = timedelta(minutes=1)


class Refused(Exception):
    """The request is refused before bolt: ``status`` and a short reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class _WallClock(SlackClock):
    """slack_sdk's clock read from Haven's (the wall clock, as Slack's is)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def now(self) -> float:
        return self.clock.now().timestamp()


class SeenRequests:
    """Signatures of the signed requests Haven took, until their window is over.

    The first process to insert a signature acts; an insert that conflicts is a
    replay. While the database does not answer (``/crisis`` must still work),
    this process's own memory stands in, so a replay to the same process is
    still caught.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = wall_clock(clock)
        self._local: OrderedDict[str, None] = OrderedDict()
        self._pruned: datetime | None = None

    async def first(self, signature: str, timestamp: int) -> bool:
        """True the first time ``signature`` (of a request stamped ``timestamp``) is seen."""
        if signature in self._local:
            return False
        self._local[signature] = None
        if len(self._local) > LOCAL_SEEN:
            self._local.popitem(last=False)
        expires = datetime.fromtimestamp(timestamp, tz=UTC) + WINDOW
        try:
            async with asyncio.timeout(SEEN_TIMEOUT):
                return await self._insert(signature, expires)
        except Exception as exc:
            log.warning("replay check without the database (%s)", type(exc).__name__)
            return True

    async def _insert(self, signature: str, expires: datetime) -> bool:
        dialect = postgresql if self.db.engine.dialect.name == "postgresql" else sqlite
        insert = (
            dialect.insert(SlackRequestSeen.__table__)
            .values(signature=signature, expires_at=expires)
            .on_conflict_do_nothing(index_elements=["signature"])
        )
        now = self.clock.now()
        async with self.db.begin() as conn:
            if self._pruned is None or now - self._pruned >= PRUNE_EVERY:
                self._pruned = now
                table = SlackRequestSeen.__table__
                await conn.execute(delete(table).where(table.c.expires_at < now))
            return (await conn.execute(insert)).rowcount == 1


class RequestGuard:
    """The checks above, for one signing secret."""

    def __init__(self, signing_secret: str, seen: SeenRequests, clock: Clock) -> None:
        self.verifier = SignatureVerifier(signing_secret, clock=_WallClock(wall_clock(clock)))
        self.seen = seen

    async def check(
        self, raw: bytes, headers: Mapping[str, str], content_type: str | None
    ) -> tuple[str, bool]:
        """The body as text and whether it is the first copy; raises :class:`Refused`."""
        timestamp = headers.get("X-Slack-Request-Timestamp", "")
        signature = headers.get("X-Slack-Signature", "")
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            log.info("Invalid request signature detected (no usable timestamp)")
            raise Refused(401, "invalid request")
        if not self.verifier.is_valid(raw, timestamp, signature):
            # Bad, late or missing: the reason, never the body (it is member text).
            log.info("Invalid request signature detected (%d bytes refused)", len(raw))
            raise Refused(401, "invalid request")
        try:
            text = raw.decode("utf-8")
            body = parse_body(text, content_type)
        except ValueError:  # UnicodeDecodeError and json's JSONDecodeError are ValueErrors
            body = None
        if not isinstance(body, dict):
            raise Refused(400, "the body is not a Slack request (expected a JSON object)")
        reason = problem(body)
        if reason is not None:
            log.warning("refused a malformed Slack request: %s", reason)
            raise Refused(400, reason)
        return text, await self.seen.first(signature, int(timestamp))
