"""When due work runs: rows in ``due`` for timing, the ledger for "exactly once".

Cogs describe work as :class:`~bot.jobs.JobSpec` values — an id, a ``kind`` routed to the
cog's ``@job`` handler, and an APScheduler trigger (``CronTrigger`` in the
member's or meeting's own zone, ``DateTrigger`` for one-offs) — and declare
which their data implies (:meth:`bot.plugins.Cog.jobs_for`). The engine keeps
one ``due`` row per job with its next occurrence (bot/due.py); this module runs
them. A process claims due rows in batches under a lease (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL, one short write transaction on SQLite) and, in the
same transaction, the ledger keys of the batch's occurrences due now (one
insert for all of them); it runs the handlers with bounded concurrency, and
records each result with the row's next occurrence, computed with its trigger,
in groups (:mod:`bot.outcomes`: one transaction for every post finished since
the last one was written).

It holds no jobs in memory: between batches it sleeps until the earliest
``fire_at`` it may claim (a row written by this process wakes it sooner, and it
looks again every ``POLL_SECONDS`` for rows written by others). Start-up and
memory do not grow with the number of members.

Timing has two drivers over the same code: real time (:meth:`Scheduler.start`)
and virtual time — :meth:`Scheduler.run_until` steps a :class:`VirtualClock`
from occurrence to occurrence, in time order (console, tests).

Misfires: an occurrence found late (the bot was down, the loop was busy) runs
late within the grace window, flagged ``due.late``; older ones are recorded as
skipped in the ledger and not run. A process that dies holding rows or claims
leaves them to its lease: when it runs out, another process claims them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    and_,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    true,
    type_coerce,
    update,
)

from bot import due, metrics
from bot.adapters import Undeliverable
from bot.clock import Clock, VirtualClock
from bot.columns import UTCDateTime
from bot.jobs import LATE_AFTER, Due, JobSpec, Skip  # the last three re-exported
from bot.ledger import FAILED, SENT, SKIPPED, Claim, Ledger
from bot.models import Community
from bot.ops.backlog import Backlog
from bot.outcomes import Next, Outcome, OutcomeWriter

log = logging.getLogger("haven.scheduler")

LOOKBACK = timedelta(days=1)
STOP_TIMEOUT_SECONDS = 30
#: Occurrences run at once in real time. A busy minute (a thousand 08:30
#: prompts) would otherwise start a thousand tasks that all wait on the
#: database's connection pool, and those that wait too long fail unsent.
#: A handler holds a connection only while it reads or writes (its context
#: commits before every platform call), and the pool has room for all of them
#: beside members' commands (:data:`bot.db.POOL_SIZE`). 16 rather than 8: the
#: group commits then serve twice as many posts each (and so did the job reads,
#: before they were made for a whole batch), a third less CPU per post
#: (benchmarks/due_throughput.py).
CONCURRENCY = 16
#: A failed occurrence is retried after 5 s, 15 s, 45 s, … while within its grace.
RETRY_FIRST = timedelta(seconds=5)
RETRY_FACTOR = 3
#: Virtual time: empty claims in a row (rows locked by a concurrent claimer)
#: before :meth:`Scheduler.run_until` stops looking.
IDLE_LIMIT = 500
#: Due rows a process claims in one transaction (and holds at most at once).
#: Each claim, and the wait for the last outcomes of a batch, leave the
#: handlers idle for a moment: 8 times what runs at once (about the floor's
#: 100) posts 1,000 reminders a sixth faster on SQLite than 4 times
#: (benchmarks/due_throughput.py), and is still few enough that a slow
#: process does not hoard work idle ones could do (benchmarks/due_processes.py).
BATCH = 8 * CONCURRENCY
#: The backstop: how long the timer sleeps at most, to see rows other processes
#: wrote (its own writes wake it at once).
POLL_SECONDS = 2.0


def _reason(exc: Exception) -> str:
    """What the ledger records of a failure: the kind of error, never its text
    (which may quote a request or a member's words)."""
    code = getattr(exc, "status", None) or getattr(exc, "code", None)
    return f"{type(exc).__name__} {code}" if isinstance(code, int) else type(exc).__name__


@dataclass(frozen=True)
class Taken:
    """A ``due`` row claimed in a batch, with its job and whether the ledger
    key of the occurrence was claimed with it: True (this process owns it),
    False (someone else has it), None (not tried: late or missed work, which
    claims one occurrence at a time)."""

    row: Any
    spec: JobSpec | None  # None: the row could not be read (reported when it runs)
    owned: bool | None = None
    claim: Claim | None = None


Runner = Callable[[Due], Awaitable[None]]


@dataclass(frozen=True)
class Ownership:
    """What work this process may claim: it runs that platform, serves that
    partition of the platform's communities (a shard: the process with the
    community in its cache), has a handler for that kind (a cog turned off
    leaves its work waiting in its rows). ``None``: no limit of that sort.

    ``partitions`` holds ``(platform, ids, count)``: of that platform's rows,
    this process claims those whose ``shard_base`` modulo ``count`` is one of
    ``ids`` (and those without a partition)."""

    platforms: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    partitions: tuple[tuple[str, tuple[int, ...], int], ...] = ()

    def where(self):
        table = due.TABLE
        parts = []
        if self.platforms is not None:
            parts.append(table.c.platform.in_(sorted(self.platforms)))
        if self.kinds is not None:
            parts.append(table.c.kind.in_(sorted(self.kinds)))
        for platform, ids, count in self.partitions:
            parts.append(
                or_(
                    table.c.platform != platform,
                    table.c.shard_base.is_(None),
                    (table.c.shard_base % count).in_(list(ids)),
                )
            )
        return and_(true(), *parts)


EVERYONE = Ownership()


class Scheduler:
    """Claims due rows in batches and runs them; see the module docstring."""

    def __init__(
        self,
        clock: Clock,
        ledger: Ledger,
        runner: Runner,
        *,
        grace: timedelta = timedelta(minutes=30),
        concurrency: int = CONCURRENCY,
        owns: Callable[[], Ownership] | None = None,
        retry_first: timedelta = RETRY_FIRST,
        batch: int = BATCH,
        poll: float = POLL_SECONDS,
        exhausted: Callable[[JobSpec], Awaitable[None]] | None = None,
        read_ahead: Callable[[list[JobSpec]], None] | None = None,
    ) -> None:
        self.clock = clock
        self.retry_first = retry_first
        self.owns = owns or (lambda: EVERYONE)
        self.ledger = ledger
        self.db = ledger.db
        self.runner = runner
        self.grace = grace
        self.batch = batch
        self.poll = poll
        #: Called when a declared job has no occurrence left (see :meth:`_advance`).
        self.exhausted = exhausted
        #: Told the jobs of each batch claimed in real time that run now,
        #: before they wait for their workers: the app reads what they start
        #: with, together (bot/jobreads.py).
        self.read_ahead = read_ahead
        self._inflight: set[asyncio.Task] = set()
        self._limit = asyncio.Semaphore(concurrency)
        self.fired: int = 0
        #: Ledger claims this process holds while their work runs; leases renewed.
        self._held: set[tuple[int, str]] = set()
        #: Occurrences due and waiting for a worker to claim them (ledger key → due
        #: time), beside the unclaimed ``due`` rows: the backlog /readyz reads.
        self.waiting: dict[str, datetime] = {}
        #: ``due`` rows this process has claimed and not yet finished.
        self._rows: set[int] = set()
        #: Runs of late work under way (:meth:`_run_rows`).
        self._catching_up = 0
        self._tasks: list[asyncio.Task] = []
        self._wake: asyncio.Event | None = None
        self._room: asyncio.Event | None = None
        self._asleep_until: datetime | None = None
        self.outcomes = OutcomeWriter(self.db, ledger)
        #: The last claim statement built, with what it was built for (:meth:`_claim_statement`).
        self._claiming: tuple[Ownership, int, str, Any] | None = None

    # -- writing work (the engine and tests; cogs declare theirs) ---------

    async def put(self, spec: JobSpec, *, planned_at: datetime | None = None) -> None:
        """Write ``spec`` as a job that is its own data (replacing one of that
        id), its first occurrence counted from ``planned_at`` (default now)."""
        async with self.db.begin() as conn:
            community = (
                await conn.execute(select(Community).where(Community.id == spec.community_id))
            ).one()
            fire_at = await due.put(conn, community, spec, planned_at or self.clock.now())
        self.wake(fire_at)

    async def remove(self, community_id: int, job_id: str) -> None:
        async with self.db.begin() as conn:
            await conn.execute(
                delete(due.TABLE).where(
                    due.TABLE.c.community_id == community_id, due.TABLE.c.job_id == job_id
                )
            )

    async def jobs(self, *, pending: bool = True) -> dict[str, JobSpec]:
        """Every job in the ``due`` table (with an occurrence still to run, by
        default), by id — for tests and operators. (Haven's job ids name the
        rows they follow, so they are unique across communities.)"""
        query = select(due.TABLE)
        if pending:
            query = query.where(due.TABLE.c.run_at.is_not(None))
        async with self.db.glance() as conn:
            rows = (await conn.execute(query)).all()
        return {row.job_id: due.spec_of(row) for row in rows}

    async def next_run(self, community_id: int, job_id: str) -> datetime | None:
        """When the job's next occurrence is (None: none planned)."""
        async with self.db.glance() as conn:
            return (
                await conn.execute(
                    select(due.TABLE.c.run_at).where(
                        due.TABLE.c.community_id == community_id, due.TABLE.c.job_id == job_id
                    )
                )
            ).scalar()

    def wake(self, at: datetime | None) -> None:
        """A row now falls due at ``at``: wake the timer if it sleeps past it."""
        if at is None or self._wake is None:
            return
        if self._asleep_until is None or at < self._asleep_until:
            self._wake.set()

    # -- running ----------------------------------------------------------

    async def start(self) -> None:
        """Run what is due (late work, after downtime), then keep time (real
        clock) or wait to be stepped (virtual)."""
        if isinstance(self.clock, VirtualClock):
            await self.run_until(self.clock.now())
            return
        self._wake, self._room = asyncio.Event(), asyncio.Event()
        self._tasks = [
            asyncio.create_task(self._drive(), name="haven:due"),
            asyncio.create_task(self._renew_forever(), name="haven:renew"),
        ]

    async def stop(self) -> None:
        """Stop claiming; let work already running finish (it holds a claim)."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        others = self._inflight - {asyncio.current_task()}
        if others:
            await asyncio.wait(others, timeout=STOP_TIMEOUT_SECONDS)
        self._wake = self._room = None

    async def catch_up(self) -> None:
        """Run (late) or record as skipped what is due now; return when it has run."""
        if isinstance(self.clock, VirtualClock):
            await self.run_until(self.clock.now())
            return
        while started := await self._start_batch():
            await asyncio.gather(*started, return_exceptions=True)

    def _crowded(self) -> bool:
        """Whether the real-time loop's next claim waits for claimed work to
        finish: until half a batch is done. So claims stay large (each is a
        write transaction, and SQLite has one writer) and one runs while the
        rest of the batch is still being worked on. Not while late work is
        caught up (one piece at a time): then work due now is claimed as soon
        as there is room, to run beside it."""
        if self._catching_up:
            return len(self._rows) >= self.batch
        return len(self._rows) > self.batch // 2

    async def sweep(self) -> None:
        """Run what is due now, claims whose owner died included (their lease ran out)."""
        await self.catch_up()

    async def run_until(self, target: datetime) -> None:
        """Virtual time: move the clock to ``target``, running due work in time order."""
        if not isinstance(self.clock, VirtualClock):
            raise RuntimeError("run_until needs the virtual clock")
        idle = 0
        while True:
            at = await self.next_due(in_step=True)
            if at is None or at > target:
                break
            if at > self.clock.now():
                self.clock.set(at)
            taken = await self._claim(self.clock.now(), self.batch)
            if not taken:  # another scheduler holds them: wait for it
                idle += 1
                if idle > IDLE_LIMIT:
                    break
                await asyncio.sleep(0.01)
                continue
            idle = 0
            for one in taken:
                await self._run_row(one)
        self.clock.set(max(target, self.clock.now()))

    async def backlog(self, now: datetime) -> Backlog:
        """Occurrences due by ``now`` that no process holds (bot/ops/backlog.py):
        unclaimed ``due`` rows, and claimed work still waiting for a worker."""
        table = due.TABLE
        query = select(func.count(), type_coerce(func.min(table.c.fire_at), UTCDateTime)).where(
            table.c.fire_at <= now,
            or_(table.c.lease_until.is_(None), table.c.lease_until <= now),
            self.owns().where(),  # work this process would do, not a turned-off cog's
        )
        async with self.db.glance() as conn:
            depth, oldest = (await conn.execute(query)).one()
        waiting = list(self.waiting.values())
        times = [t for t in (oldest, *waiting) if t is not None]
        return Backlog(depth + len(waiting), min(times) if times else None)

    async def next_due(self, *, in_step: bool = False) -> datetime | None:
        """The earliest time a row this process may run can be claimed.

        ``in_step`` (virtual time): rows another scheduler holds count at their
        own time, so this one waits for them instead of stepping its clock past
        them — processes share one time, virtual clocks must not drift apart.
        """
        table, now = due.TABLE, self.clock.now()
        released = and_(table.c.lease_until.is_not(None), table.c.lease_until > table.c.fire_at)
        if in_step:
            released = and_(released, table.c.claimed_by == "")
        at = case((released, table.c.lease_until), else_=table.c.fire_at)
        query = select(type_coerce(func.min(at), UTCDateTime)).where(
            table.c.fire_at.is_not(None), self.owns().where()
        )
        if not in_step:
            query = query.where(or_(table.c.claimed_by == "", table.c.lease_until <= now))
        async with self.db.glance() as conn:
            return (await conn.execute(query)).scalar()

    async def _start_batch(self) -> list[asyncio.Task]:
        """Claim a batch of due rows and start running them; their tasks.

        Work due now runs side by side (up to ``concurrency`` at once). Work
        found late — Haven was down — is caught up one piece at a time in the
        order it fell due, as a restart always has: a process stopped during
        catch-up has then started only the piece it was on.
        """
        room = self.batch - len(self._rows)
        if room <= 0:
            return []
        now = self.clock.now()
        taken = await self._claim(now, room)
        if self.read_ahead is not None:
            self.read_ahead([one.spec for one in taken if one.owned and one.spec is not None])
        late = [one for one in taken if _late(one.row, now)]
        runs = [self._run_row(one) for one in taken if not _late(one.row, now)]
        if late:
            runs.append(self._run_rows(late))
        tasks = []
        for one in taken:
            self._rows.add(one.row.id)
        for run in runs:
            task = asyncio.create_task(run)
            self._inflight.add(task)
            task.add_done_callback(self._done)
            tasks.append(task)
        return tasks

    async def _run_rows(self, taken: list[Taken]) -> None:
        self._catching_up += 1
        try:
            for one in taken:
                await self._run_row(one)
        finally:
            self._catching_up -= 1

    def _done(self, task: asyncio.Task) -> None:
        self._inflight.discard(task)
        if self._room is not None and not self._crowded():  # the loop may claim again
            self._room.set()

    async def _drive(self) -> None:
        """The real-time loop: claim what is due; else sleep until the next
        known ``fire_at`` (a write here wakes it sooner; ``poll`` is the
        backstop for rows other processes wrote)."""
        assert self._wake is not None and self._room is not None
        while True:
            try:
                if self._crowded():
                    self._room.clear()
                    await self._room.wait()
                    continue
                if await self._start_batch():
                    continue
                at = await self.next_due()
            except Exception:  # the database is away: try again in a moment
                log.exception("claiming due work failed; trying again")
                await asyncio.sleep(self.poll)
                continue
            now = self.clock.now()
            delay = self.poll if at is None else (at - now).total_seconds()
            delay = min(max(delay, 0.0), self.poll)
            self._asleep_until = now + timedelta(seconds=delay)
            self._wake.clear()
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)
            self._asleep_until = None

    async def _renew_forever(self) -> None:
        # A live process keeps its claims, however long their work takes.
        every = max(1.0, self.ledger.lease.total_seconds() / 3)
        while True:
            await asyncio.sleep(every)
            await self.renew()

    async def renew(self) -> None:
        """Extend the leases of the rows and claims this process is working on."""
        now = self.clock.now()
        try:
            if self._rows:
                async with self.db.begin() as conn:
                    await conn.execute(
                        update(due.TABLE)
                        .where(
                            due.TABLE.c.id.in_(sorted(self._rows)),
                            due.TABLE.c.claimed_by == self.ledger.instance_id,
                        )
                        .values(lease_until=now + self.ledger.lease)
                    )
            if self._held:
                await self.ledger.renew(self._held, now)
        except Exception:  # the next renewal tries again, well within the lease
            log.exception("renewing claims failed")

    async def _claim(self, now: datetime, limit: int) -> list[Taken]:
        """Take up to ``limit`` due rows under a lease, in one short transaction:
        ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (processes take disjoint
        batches), SQLite's single writer elsewhere. In the same transaction,
        claim the ledger keys of the occurrences due now (:class:`Taken`)."""
        stmt = self._claim_statement(self.owns(), limit)
        params = {"now": now, "until": now + self.ledger.lease}
        async with self.db.begin() as conn:
            found = await conn.execute(stmt, params)
            rows = sorted(map(due.Claimed._make, found), key=lambda row: (row.run_at, row.id))
            read = [(row, _readable(row)) for row in rows]
            claims = [self._claim_now(row, spec, now) for row, spec in read]
            owned = await self.ledger.claim_many(
                [claim for claim in claims if claim is not None], now, conn=conn
            )
        taken = []
        for (row, spec), claim in zip(read, claims, strict=True):
            if claim is None or spec is None:
                taken.append(Taken(row, spec))
                continue
            mine = (claim.community_id, claim.key) in owned
            taken.append(Taken(row, spec, mine, claim))
            if mine:
                self._held.add((claim.community_id, claim.key))
                self.waiting[claim.key] = starts = row.run_at + spec.offset
                metrics.scheduler_lag((now - starts).total_seconds())
        return taken

    def _claim_statement(self, owns: Ownership, limit: int):
        """The claim's ``UPDATE … RETURNING`` (parameters ``now``, ``until``),
        built again only when what this process owns, the limit or the
        instance id changed: building it is most of a claim's CPU."""
        instance = self.ledger.instance_id
        if self._claiming is not None and self._claiming[:3] == (owns, limit, instance):
            return self._claiming[3]
        table = due.TABLE
        now = bindparam("now", type_=UTCDateTime)
        pick = (
            select(table.c.id)
            .where(
                table.c.fire_at <= now,
                or_(table.c.lease_until.is_(None), table.c.lease_until <= now),
                owns.where(),
            )
            .order_by(table.c.fire_at, table.c.id)  # in the order it fell due (fire_at's index)
            .limit(limit)
        )
        if not self.db.is_sqlite:
            pick = pick.with_for_update(skip_locked=True)
        stmt = (
            update(table)
            .where(table.c.id.in_(pick.scalar_subquery()))
            .values(
                claimed_by=instance,
                lease_until=bindparam("until", type_=UTCDateTime),
            )
            .returning(*due.RUN_COLUMNS)
        )
        self._claiming = (owns, limit, instance, stmt)
        return stmt

    def _claim_now(self, row: Any, spec: JobSpec | None, now: datetime) -> Claim | None:
        """The ledger claim to make with the batch: for work due now (not late,
        not missed), whose key can be worked out (else it fails when it runs)."""
        if spec is None or _late(row, now) or now - row.run_at > self._grace(spec):
            return None
        try:
            return self._claim_of(spec, row.run_at)
        except Exception:
            return None

    @staticmethod
    def _claim_of(spec: JobSpec, when: datetime, key: str | None = None) -> Claim:
        key = key or spec.key_for(when)
        return Claim(spec.community_id, key, spec.job_id, when, spec.member_id)

    async def _run_row(self, taken: Taken) -> None:
        """One claimed row: run its occurrence (or record it skipped, too
        late), then plan the next one from the job's trigger."""
        row = taken.row
        self._rows.add(row.id)
        try:
            spec = taken.spec or due.spec_of(row)
            when, now = row.run_at, self.clock.now()
            if taken.owned is None and now - when > self._grace(spec):
                await self._advance(row, spec, await self._skip_missed(spec, when, now))
                return
            following = due.next_occurrence(spec.trigger, when)
            step = self._next(row, spec, following)
            if taken.owned is None:
                status = await self.fire(spec, when, step=step)
            elif taken.owned and taken.claim is not None:
                status = await self._run_claimed(spec, when, taken.claim, step)
            else:
                status = None
            if status is None:
                busy = await self.ledger.busy_until(spec.community_id, spec.key_for(when), now)
                if busy is not None:  # another process runs it: look again after its lease
                    await self._release(row, busy)
                    return
                await self._advance(row, spec, following)  # done before: plan the next
            elif following is None and self.exhausted is not None:
                await self.exhausted(spec)
        except Exception:
            log.exception("job %s (%s) could not be run", row.job_id, row.kind)
            await self._release(row, self.clock.now() + self.retry_first)
        finally:
            self._rows.discard(row.id)
            if taken.owned and taken.claim is not None:
                self._held.discard((taken.claim.community_id, taken.claim.key))
                self.waiting.pop(taken.claim.key, None)

    async def _skip_missed(self, spec: JobSpec, when: datetime, now: datetime) -> datetime | None:
        """Record the occurrences past their grace as skipped (those within
        ``LOOKBACK``); the first one not past it, which runs late, or None."""
        grace = self._grace(spec)
        since = now - max(LOOKBACK, grace)
        skipped: list[Claim] = []
        at: datetime | None = when
        while at is not None and now - at > grace:
            if at >= since:
                skipped.append(Claim(spec.community_id, spec.key_for(at), spec.job_id, at,
                                     spec.member_id))  # fmt: skip
                at = due.next_occurrence(spec.trigger, at)
            else:
                at = due.next_occurrence(spec.trigger, since, inclusive=True)
        await self.ledger.record_skips(skipped, now, "missed while Haven was offline")
        return at

    async def _advance(self, row: Any, spec: JobSpec, at: datetime | None) -> None:
        """Plan the row's next occurrence ``at`` (unless its job changed meanwhile)."""
        async with self.db.begin() as conn:
            await self._advance_in(conn, row, spec, at)
        if at is None and self.exhausted is not None:
            # A declared one-off is done: what follows it (the next milestone)
            # comes from the data, so its cog declares that job's scope again.
            await self.exhausted(spec)

    async def _advance_in(self, conn: Any, row: Any, spec: JobSpec, at: datetime | None) -> None:
        table = due.TABLE
        if at is None and not row.declared:  # a one-off that is its own data: done
            await conn.execute(
                delete(table).where(
                    table.c.id == row.id, table.c.claimed_by == self.ledger.instance_id
                )
            )
            return
        fire_at = None if at is None else at + spec.offset
        await conn.execute(
            due.advance_statement(row.id, row.signature, self.ledger.instance_id, at, fire_at)
        )

    @staticmethod
    def _next(row: Any, spec: JobSpec, at: datetime | None) -> Next:
        """What :meth:`_advance_in` does to the row, as data for a group write."""
        if at is None and not row.declared:
            return Next(row.id, row.signature, None, None, delete=True)
        return Next(row.id, row.signature, at, None if at is None else at + spec.offset)

    async def _release(self, row: Any, until: datetime) -> None:
        """Give the row back unrun, claimable again after ``until``."""
        table = due.TABLE
        try:
            async with self.db.begin() as conn:
                await conn.execute(
                    update(table)
                    .where(table.c.id == row.id, table.c.claimed_by == self.ledger.instance_id)
                    .values(claimed_by="", lease_until=until)
                )
        except Exception:  # its lease runs out and it is claimed again
            log.exception("releasing job %s failed", row.job_id)

    async def fire(
        self, spec: JobSpec, when: datetime, key: str | None = None, *, step: Next | None = None
    ) -> str | None:
        """Run one occurrence unless it was done already; returns the ledger status.

        A failure (the platform answering 500s, the database away for a moment)
        is retried with backoff for as long as the work is still useful — within
        its grace — and only then recorded as failed, with the reason. The claim
        is kept (and its lease renewed) meanwhile, so no other process runs it.
        ``step`` (what becomes of its ``due`` row) is written with the outcome.
        """
        now = self.clock.now()
        claim = self._claim_of(spec, when, key)
        if now - when > self._grace(spec):
            await self.ledger.record_skip(claim, now, "missed while Haven was offline")
            return None
        delay = self.retry_first
        self.waiting.setdefault(claim.key, when + spec.offset)
        try:
            while True:
                try:
                    async with self._limit:
                        claimed = await self.ledger.claim(claim, self.clock.now())
                    if not claimed:
                        return None
                    break
                except Exception as exc:  # the database is away: try again while useful
                    if not await self._back_off(spec, when, delay, "claiming", exc):
                        return None
                    delay *= RETRY_FACTOR
        finally:
            self.waiting.pop(claim.key, None)
        metrics.scheduler_lag((self.clock.now() - when - spec.offset).total_seconds())
        self._held.add((spec.community_id, claim.key))
        return await self._run_claimed(spec, when, claim, step, delay)

    async def _run_claimed(
        self,
        spec: JobSpec,
        when: datetime,
        claim: Claim,
        step: Next | None,
        delay: timedelta | None = None,
    ) -> str:
        """Run an occurrence whose ledger key this process holds, and record
        its outcome (with retries, as :meth:`fire` says)."""
        held = (spec.community_id, claim.key)
        self._held.add(held)
        delay = delay or self.retry_first
        # Whoever runs it, stop() waits for it.
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            while True:
                status, note = SENT, ""
                try:
                    async with self._limit:  # not held while backing off
                        self.waiting.pop(claim.key, None)  # a worker has it
                        await self.runner(Due(spec, when, self.clock.now(), claim.key))
                    self.fired += 1
                except Skip as exc:
                    status, note = SKIPPED, str(exc)
                except Exception as exc:  # one failing job must not stop the others
                    if await self._back_off(spec, when, delay, "running", exc):
                        delay *= RETRY_FACTOR
                        continue
                    log.error("job %s (%s) failed: %s", spec.job_id, spec.kind, type(exc).__name__)
                    status, note = FAILED, _reason(exc)
                break
            outcome = Outcome(spec.community_id, claim.key, status, note, self.clock.now(), step)
            await self._finish(outcome)
            metrics.delivery(spec.kind, status, spec.community_id)
        finally:
            self._held.discard(held)
            self.waiting.pop(claim.key, None)
            if task is not None:
                self._inflight.discard(task)
        return status

    async def _back_off(
        self, spec: JobSpec, when: datetime, delay: timedelta, doing: str, exc: Exception
    ) -> bool:
        """Wait ``delay`` and say True when a retry after it is still within the
        work's grace; False (no wait) when it is not, or in virtual time."""
        if isinstance(self.clock, VirtualClock):
            log.exception("job %s (%s) failed %s", spec.job_id, spec.kind, doing, exc_info=exc)
            return False
        if isinstance(exc, Undeliverable):  # closed DMs stay closed: no retry storm
            return False
        if self.clock.now() + delay - when > self._grace(spec):
            return False
        log.warning(
            "job %s (%s) failed %s (%s); trying again in %.0f s",
            spec.job_id,
            spec.kind,
            doing,
            type(exc).__name__,
            delay.total_seconds(),
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
        await asyncio.sleep(delay.total_seconds())
        return True

    async def _finish(self, outcome: Outcome) -> None:
        """Record the outcome, in one transaction with the others finished
        meanwhile (:mod:`bot.outcomes`, which states the crash window). If
        that fails, record it on its own; if the database is away, keep trying
        for half a lease (a claim left open would be run again by another
        process)."""
        try:
            await self.outcomes.record(outcome)
            return
        except Exception:
            if isinstance(self.clock, VirtualClock):
                raise
        delay = self.retry_first
        deadline = self.clock.now() + self.ledger.lease / 2
        while True:
            try:
                async with self.db.begin() as conn:
                    await self.outcomes.write(conn, [outcome])
                return
            except Exception:
                if self.clock.now() + delay > deadline:
                    raise
                log.warning("recording the outcome of %s failed; trying again", outcome.key)
                await asyncio.sleep(delay.total_seconds())
                delay *= RETRY_FACTOR

    def _grace(self, spec: JobSpec) -> timedelta:
        return spec.grace if spec.grace is not None else self.grace


def _late(row: Any, now: datetime) -> bool:
    """Found late: caught up one piece at a time, each claimed when it starts."""
    return now - row.run_at > LATE_AFTER


def _readable(row: Any) -> JobSpec | None:
    try:
        return due.spec_of(row)
    except Exception:  # a row that cannot be read fails alone, when it runs
        return None
