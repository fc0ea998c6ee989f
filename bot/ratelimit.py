"""Platform rate limits shared by every Haven process on one database.

A bucket is ``(platform, name)``: ``("discord", "global")`` is Discord's 50
requests per second per bot token, ``("slack", "channel:C123")`` Slack's
message a second in one channel. Its state is one row of ``rate_bucket``:
``next_free_at``, the first instant (Unix seconds) at which nobody has yet
reserved a request. Taking ``n`` slots is one short transaction::

    UPDATE rate_bucket SET next_free_at = next_free_at
     WHERE platform = :p AND bucket = :b RETURNING next_free_at   -- lock, read
    -- now = the clock, read while holding the lock
    UPDATE rate_bucket SET next_free_at = max(next_free_at, now) + n × interval …

The first statement takes the row's lock (PostgreSQL: a row lock, held to the
commit; SQLite: the database's single write lock), so reservations by
different processes are serialised and their slots never overlap: N processes
together stay at the bucket's rate. The clock is read only once the lock is
held — with ``now`` read before a statement that then waited behind other
writers, a process would be handed a slot already in the past and send late,
bunched up against the next process's slot. Each slot is then waited for with
``asyncio.sleep``.

**Batches (the hot path).** A process keeps a FIFO queue per bucket. Only its
head talks to the database, and reserves as many slots as there are senders
waiting in this process, up to :attr:`Rate.batch` — one transaction per
batch, not per request (``UPDATE … SET next_free_at = greatest(next_free_at,
now) + interval RETURNING`` alone would save a round trip, at the price of
that lateness under contention). The head sleeps until its slot before the
next sender takes over, so a process never holds slots more than
``batch × interval`` ahead.
The trade-off: a larger batch means fewer database round trips, but slots a
process reserved cannot be handed to another one, and slots its senders no
longer need (a cancelled send) are simply lost. Fairness between processes is
per batch. Discord's global bucket uses batches of 5 (0.1 s at 50/s), Slack's
channel buckets 1.

**Late senders and ``lead``.** A slot is a promise about when a request
*leaves*. In an idle bucket the slot handed out is "now" (read under the
lock), but the sender only goes once the reservation has committed and its
task has woken up — on PostgreSQL under a burst of reservations, tens of
milliseconds later. The next slot, reserved meanwhile by another process, is
``interval`` after the *promised* instant, so the two requests reach the
platform less than ``interval`` apart: a 429 at a strict per-channel second.
Correcting the bucket afterwards (``next_free_at = greatest(next_free_at,
sent + interval)``) comes too late for exactly that case — in a burst the next
slot has already been handed out by the time the late sender goes. So
:attr:`Rate.lead` reserves the first slot of an idle bucket at least ``lead``
seconds ahead (``max(next_free_at, now + lead)``): the commit and the wake-up
happen inside the lead and the sender leaves on its slot. It costs ``lead`` of
latency on a quiet bucket's first request only; Slack's channel buckets use
0.1 s, Discord's global bucket (batches, 50/s, a sliding-second limit with
room for jitter) none.

**Retry-After.** When a platform answers 429 anyway (another client of the
same token, clock skew, network jitter), :meth:`RateLimiter.push` moves the
bucket's ``next_free_at`` to ``now + retry_after`` for every process: every
slot reserved after that lies beyond it. This process also drops the slots it
had reserved before the push; other processes use at most one batch of
already-reserved slots before they see it.

**Never behind the caller's own lock.** Senders are often handlers that hold
an open write transaction (a partner request stores the request, then DMs the
partner). So the limiter has its own engine and never borrows the caller's:

* PostgreSQL: the same database through a small pool of its own — reserving a
  slot locks only a ``rate_bucket`` row, and cannot be starved of a connection
  by the very handlers that are waiting for it;
* SQLite: the database's single write lock *is* held by such a handler, so the
  buckets live in a file of their own beside it (``haven.db`` →
  ``haven.ratelimit.db``; in memory for an in-memory database). It holds only
  pacing state — deleting it loses nothing — and is created on first use.

**Time.** The bucket arithmetic reads a :class:`~bot.clock.Clock` (the app's).
Rate limits are the platforms' wall-clock limits and the waiting is real
(``asyncio.sleep``), so a virtual clock, which does not move while Haven
waits, is replaced by the system clock (:func:`wall_clock`). Processes on
several machines compare wall clocks: keep them in sync (NTP); skew between
machines eats into the margin below the platform's limit.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import case, literal, update
from sqlalchemy.dialects import postgresql, sqlite

from bot import metrics
from bot.clock import Clock, SystemClock
from bot.db import Database
from bot.models import RateBucket

log = logging.getLogger("haven.ratelimit")

Key = tuple[str, str]  # (platform, bucket)


@dataclass(frozen=True)
class Rate:
    """``per_second`` requests a second; ``batch`` slots reserved at most per
    database round trip; ``lead`` seconds at least between reserving a slot in
    an idle bucket and that slot (see the module docstring)."""

    per_second: float
    batch: int = 1
    lead: float = 0.0

    def __post_init__(self) -> None:
        if self.per_second <= 0 or self.batch < 1 or self.lead < 0:
            raise ValueError("a rate needs per_second > 0, batch >= 1 and lead >= 0")

    @property
    def interval(self) -> float:
        return 1.0 / self.per_second


def wall_clock(clock: Clock) -> Clock:
    """The clock a limiter reads: the app's, unless it is virtual."""
    return SystemClock() if clock.virtual else clock


@dataclass
class _Local:
    """This process's view of one bucket."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    slots: deque[float] = field(default_factory=deque)
    waiting: int = 0
    hold_until: float = 0.0  # a Retry-After seen here: no slot before this
    known: bool = False  # the row exists


def bucket_store(db: Database) -> Database:
    """The engine the limiter reserves slots on, never the callers' (see above)."""
    if not db.is_sqlite:
        return Database(
            db.url.render_as_string(hide_password=False),
            pool_size=2,
            connect_timeout=db.connect_timeout,
            statement_timeout=db.statement_timeout,
        )
    if db.in_memory:
        return Database("sqlite+aiosqlite://")
    path = Path(db.url.database)
    return Database(str(db.url.set(database=str(path.with_suffix(".ratelimit.db")))))


class RateLimiter:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.store = bucket_store(db)
        self._local: dict[Key, _Local] = {}
        self._store_ready = not self.store.is_sqlite  # PostgreSQL: the migration made it
        self._store_lock = asyncio.Lock()
        #: statements run (reservations and pushes): the cost of the hot path
        self.round_trips = 0

    async def dispose(self) -> None:
        await self.store.dispose()

    def now(self) -> float:
        return self.clock.now().timestamp()

    async def acquire(self, key: Key, rate: Rate) -> float:
        """Wait for this process's next slot in ``key``; return the slot (Unix s)."""
        local = self._local.setdefault(key, _Local())
        local.waiting += 1
        try:
            async with local.lock:
                while True:
                    now = self.now()
                    floor = max(now - rate.interval, local.hold_until)
                    while local.slots and local.slots[0] < floor:
                        local.slots.popleft()  # stale, or overtaken by a Retry-After
                    if not local.slots:
                        await self._reserve(key, rate, min(rate.batch, local.waiting), local)
                    slot = local.slots.popleft()
                    delay = slot - self.now()
                    if delay > 0:
                        metrics.rate_limit_wait(key[0], delay)
                        await asyncio.sleep(delay)
                    if slot >= local.hold_until:
                        return slot
                    # a 429 arrived while this sender waited: queue again
        finally:
            local.waiting -= 1

    async def push(self, key: Key, seconds: float) -> float:
        """Nobody, in any process, gets a slot of ``key`` for ``seconds`` from now
        (a Retry-After). Returns the instant the bucket is free again."""
        until = self.now() + max(0.0, seconds)
        local = self._local.setdefault(key, _Local())
        local.hold_until = max(local.hold_until, until)
        await self._ensure_row(key, local)
        table = RateBucket.__table__
        column = table.c.next_free_at
        stmt = (
            update(table)
            .where(table.c.platform == key[0], table.c.bucket == key[1])
            .values(next_free_at=case((column > until, column), else_=literal(until)))
        )
        async with self.store.begin() as conn:
            await conn.execute(stmt)
        self.round_trips += 1
        log.info("%s %s: rate limited, holding back %.2f s", key[0], key[1], seconds)
        return until

    async def _reserve(self, key: Key, rate: Rate, count: int, local: _Local) -> None:
        await self._ensure_row(key, local)
        table = RateBucket.__table__
        column = table.c.next_free_at
        mine = (table.c.platform == key[0], table.c.bucket == key[1])
        cost = count * rate.interval
        async with self.store.begin() as conn:
            # Lock the row first (PostgreSQL: a row lock; SQLite: the write
            # lock), *then* read the clock: a reservation that waited for the
            # lock must not be handed a slot that is already in the past.
            current = (
                await conn.execute(
                    update(table).where(*mine).values(next_free_at=column).returning(column)
                )
            ).scalar_one_or_none()
            if current is not None:
                first = max(current, self.now() + rate.lead)
                await conn.execute(update(table).where(*mine).values(next_free_at=first + cost))
        self.round_trips += 1
        if current is None:  # the row went away (pruned): create it again
            local.known = False
            await self._reserve(key, rate, count, local)
            return
        local.slots.extend(first + i * rate.interval for i in range(count))

    async def _ensure_row(self, key: Key, local: _Local) -> None:
        if local.known:
            return
        await self._ensure_store()
        dialect = sqlite if self.store.is_sqlite else postgresql
        stmt = (
            dialect.insert(RateBucket.__table__)
            .values(platform=key[0], bucket=key[1], next_free_at=0.0)
            .on_conflict_do_nothing(index_elements=["platform", "bucket"])
        )
        async with self.store.begin() as conn:
            await conn.execute(stmt)
        self.round_trips += 1
        local.known = True

    async def _ensure_store(self) -> None:
        """SQLite: the bucket file's one table (pacing state, not Haven's data)."""
        async with self._store_lock:
            if self._store_ready:
                return
            async with self.store.begin() as conn:
                await conn.run_sync(RateBucket.__table__.create, checkfirst=True)
            self._store_ready = True

    async def prune(self, older_than: float = 86400.0) -> int:
        """Forget buckets idle for ``older_than`` seconds (Slack channels come and
        go); a pruned bucket simply starts afresh. Returns the rows deleted."""
        await self._ensure_store()
        table = RateBucket.__table__
        cutoff = self.now() - older_than
        async with self.store.begin() as conn:
            result = await conn.execute(table.delete().where(table.c.next_free_at < cutoff))
        for local in self._local.values():
            local.known = False
        return result.rowcount or 0
