"""When due work runs: APScheduler for timing, the ledger for "exactly once".

Cogs describe work as :class:`JobSpec` values — an id, a ``kind`` routed to the
cog's ``@job`` handler, and an APScheduler trigger (``CronTrigger`` in the
member's or meeting's own zone, ``DateTrigger`` for one-offs). The scheduler
computes each occurrence with the trigger, and when one is due it claims the
occurrence's ledger key, runs the handler, and records the result.

Timing has two drivers over the same firing code:

* real time — an ``AsyncIOScheduler`` inside the app's loop holds one date job
  per spec for its next occurrence (its job store is in memory and never
  shared: the database ledger is what processes share);
* virtual time — :meth:`Scheduler.run_until` steps a :class:`VirtualClock`
  from occurrence to occurrence, in time order (console, tests).

Misfires: an occurrence found late (the bot was down, the loop was busy) runs
late within the grace window, flagged ``due.late``; older ones are recorded as
skipped in the ledger and not run.

Several processes: each holds every job (the ledger decides who sends), so the
job sets must converge. :meth:`Scheduler.reconcile` replaces this process's
jobs with what the database implies (every cog's ``load_jobs``) — a reminder
set through another process is learnt, one deleted there is dropped — and the
app calls it every ``HAVEN_RECONCILE_SECONDS`` in real time.
"""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot import metrics
from bot.adapters import Undeliverable
from bot.clock import Clock, VirtualClock, as_zone
from bot.ledger import FAILED, SENT, SKIPPED, Claim, Ledger

log = logging.getLogger("haven.scheduler")

LATE_AFTER = timedelta(minutes=1)
LOOKBACK = timedelta(days=1)
MAX_STEPS = 24 * 60
STOP_TIMEOUT_SECONDS = 30
#: Occurrences run at once in real time. A busy minute (a thousand 08:30
#: prompts) would otherwise start a thousand tasks that all wait on the
#: database's connection pool, and those that wait too long fail unsent.
CONCURRENCY = 8
#: A failed occurrence is retried after 5 s, 15 s, 45 s, … while within its grace.
RETRY_FIRST = timedelta(seconds=5)
RETRY_FACTOR = 3
#: A job this process added or removed itself this recently is newer than any
#: database snapshot a reconcile may hold (a handler adds its job just before
#: its transaction commits), so a reconcile leaves it as it is until next time.
RECONCILE_SETTLE = timedelta(seconds=10)


@dataclass(frozen=True)
class JobSpec:
    """A piece of recurring or one-off work.

    Every occurrence has its own ledger key, ``job_id@time``. ``once_key`` gives
    the whole job one key instead (a milestone is congratulated once even if
    its time moves); ``daily_in`` keys occurrences by their local date in that
    zone, so a daily job fires once a day even when a DST change repeats an hour.
    ``spread`` delays each occurrence by a stable offset within that window, so
    work that many members share (08:30 prompts) reaches the platform spread out
    instead of in one burst; the occurrence keeps its own time for key and lateness.
    """

    job_id: str
    kind: str
    trigger: BaseTrigger
    community_id: int
    member_id: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    grace: timedelta | None = None
    once_key: str | None = None
    daily_in: str | None = None
    spread: timedelta | None = None

    @property
    def offset(self) -> timedelta:
        if not self.spread:
            return timedelta(0)
        seconds = int(self.spread.total_seconds())
        return timedelta(seconds=zlib.crc32(self.job_id.encode()) % max(seconds, 1))

    def key_for(self, when: datetime) -> str:
        if self.once_key:
            return self.once_key
        if self.daily_in:
            return f"{self.job_id}@{when.astimezone(as_zone(self.daily_in)).date().isoformat()}"
        # In UTC: a CronTrigger answers in its own zone, the ledger in UTC.
        return f"{self.job_id}@{when.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


@dataclass(frozen=True)
class Due:
    """One occurrence of a job, handed to the cog's ``@job`` handler."""

    job: JobSpec
    scheduled_for: datetime
    fired_at: datetime
    key: str

    @property
    def late_by(self) -> timedelta:
        return self.fired_at - self.scheduled_for

    @property
    def late(self) -> bool:
        return self.late_by > LATE_AFTER


def describe_trigger(trigger: Any) -> str:
    """A stable description of a trigger, to tell whether a job changed.

    APScheduler's triggers have no ``__eq__``, and ``str()`` leaves out their
    time zone (and a custom trigger's ``__str__`` may leave out more), so this
    is ``str()`` plus every attribute, nested triggers described the same way.
    """
    return f"{type(trigger).__qualname__}[{trigger}]{_state(trigger)}"


def _state(obj: Any) -> str:
    names = set(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        names.update((slots,) if isinstance(slots, str) else slots)
    parts = []
    for name in sorted(names):
        value = getattr(obj, name, None)
        if isinstance(value, BaseTrigger):
            text = describe_trigger(value)
        elif isinstance(value, list | tuple):
            text = repr([describe_trigger(v) if isinstance(v, BaseTrigger) else v for v in value])
        else:
            text = repr(value)
        if " at 0x" in text:  # an object without a stable repr
            text = type(value).__qualname__
        parts.append(f"{name}={text}")
    return "{" + ", ".join(parts) + "}"


def signature(spec: JobSpec) -> tuple:
    """What makes a job the same job: equal signatures, same work, same timing."""
    return (
        spec.job_id,
        spec.kind,
        describe_trigger(spec.trigger),
        spec.community_id,
        spec.member_id,
        spec.payload,
        spec.grace,
        spec.once_key,
        spec.daily_in,
        spec.spread,
    )


def same_job(a: JobSpec, b: JobSpec) -> bool:
    """True when ``a`` and ``b`` describe the same work, timed the same way."""
    return signature(a) == signature(b)


@dataclass(frozen=True)
class Reconciled:
    """What a :meth:`Scheduler.reconcile` changed."""

    added: int = 0
    changed: int = 0
    dropped: int = 0
    kept: int = 0  # recently added or removed here, left for the next round


def _reason(exc: Exception) -> str:
    """What the ledger records of a failure: the kind of error, never its text
    (which may quote a request or a member's words)."""
    code = getattr(exc, "status", None) or getattr(exc, "code", None)
    return f"{type(exc).__name__} {code}" if isinstance(code, int) else type(exc).__name__


class Skip(Exception):
    """Raised by a handler: the work is not to be done (recorded as skipped)."""


Runner = Callable[[Due], Awaitable[None]]
#: Whether this process can do a job (it runs that platform, owns that shard).
Accepts = Callable[[JobSpec], Awaitable[bool]]


class Scheduler:
    def __init__(
        self,
        clock: Clock,
        ledger: Ledger,
        runner: Runner,
        *,
        grace: timedelta = timedelta(minutes=30),
        concurrency: int = CONCURRENCY,
        accepts: Accepts | None = None,
        retry_first: timedelta = RETRY_FIRST,
    ) -> None:
        self.clock = clock
        self.retry_first = retry_first
        self.accepts = accepts
        self.ledger = ledger
        self.runner = runner
        self.grace = grace
        self.jobs: dict[str, JobSpec] = {}
        self.next_times: dict[str, datetime] = {}
        self._aps: AsyncIOScheduler | None = None
        self._inflight: set[asyncio.Task] = set()
        self._limit = asyncio.Semaphore(concurrency)
        self.fired: int = 0
        #: When this process last added or removed each job itself (not by reconcile).
        self._touched: dict[str, datetime] = {}
        self._signatures: dict[str, tuple] = {}  # of self.jobs, computed once each
        #: Claims this process holds while their work runs; their leases are renewed.
        self._held: set[tuple[int, str]] = set()
        #: The snapshot time of the last reconcile (or start-up): one-off work
        #: learnt from the database that fell due after it still runs.
        self._reconciled_at: datetime | None = None
        #: Occurrences due and waiting to be claimed (ledger key → due time):
        #: the backlog /readyz and the metrics read (bot/ops/backlog.py).
        self.waiting: dict[str, datetime] = {}

    # -- declaring work ---------------------------------------------------

    def add(self, spec: JobSpec) -> None:
        """Add or replace a job; its next occurrence is counted from now."""
        self._touched[spec.job_id] = self.clock.now()
        self._put(spec)

    def remove(self, job_id: str) -> None:
        self._touched[job_id] = self.clock.now()
        self._drop(job_id)

    def remove_where(self, predicate: Callable[[JobSpec], bool]) -> int:
        doomed = [job_id for job_id, spec in self.jobs.items() if predicate(spec)]
        for job_id in doomed:
            self.remove(job_id)
        return len(doomed)

    async def reconcile(
        self, specs: Iterable[JobSpec], *, since: datetime | None = None
    ) -> Reconciled:
        """Make this process's jobs the set ``specs`` (what the database implies).

        New jobs are added, changed ones re-planned from now, missing ones
        dropped; unchanged ones keep their timers. ``since`` is when the
        snapshot behind ``specs`` was taken, minus a margin: a job this process
        added or removed itself after that is newer than the snapshot and is
        left alone. A one-off job learnt here whose time fell after the
        previous reconcile (its creator may have died before sending it) runs
        now, under the usual late rules; recurring jobs start at their next
        occurrence, as :meth:`add` does, so no process sends an occurrence the
        member's change was meant to skip.
        """
        now = self.clock.now()
        wanted: dict[str, JobSpec] = {spec.job_id: spec for spec in specs}
        fresh = set() if since is None else {j for j, at in self._touched.items() if at >= since}
        learnt_from = self._reconciled_at if self._reconciled_at is not None else now
        added = changed = dropped = 0
        for job_id in list(self.jobs):
            if job_id not in wanted and job_id not in fresh:
                self._drop(job_id)
                dropped += 1
        missed: list[tuple[datetime, str]] = []
        for job_id, spec in wanted.items():
            old = self.jobs.get(job_id)
            if job_id in fresh:
                continue
            if old is not None:
                if job_id not in self._signatures:
                    self._signatures[job_id] = signature(old)
                if self._signatures[job_id] == signature(spec):
                    continue
                changed += 1
                self._put(spec)
                continue
            added += 1
            self.jobs[job_id] = spec
            self._signatures.pop(job_id, None)
            when = self._next_after(spec, min(learnt_from, now), inclusive=True)
            if isinstance(spec.trigger, DateTrigger) and when is not None and when <= now:
                missed.append((when, job_id))
                when = None
            elif when is not None and when < now:
                when = self._next_after(spec, now, inclusive=True)
            self._plan(job_id, when)
        if since is not None:
            self._reconciled_at = min(since, now)
            self._touched = {j: at for j, at in self._touched.items() if at >= since}
        else:
            self._reconciled_at = now
        await self._settle_missed(missed, now)
        if added or changed or dropped:
            log.info("reconciled jobs: %d added, %d changed, %d dropped", added, changed, dropped)
        return Reconciled(added, changed, dropped, len(fresh))

    # -- running ----------------------------------------------------------

    async def start(self) -> None:
        """Catch up on missed work, then keep time (real clock) or wait to be stepped."""
        await self.catch_up()
        if isinstance(self.clock, VirtualClock):
            return
        self._aps = AsyncIOScheduler(timezone="UTC")
        self._aps.start()
        for job_id, when in self.next_times.items():
            self._arm(job_id, when)
        lease = self.ledger.lease.total_seconds()
        self._aps.add_job(
            self.renew,
            # A live process keeps its claims, however long their work takes.
            IntervalTrigger(seconds=max(1, int(lease // 3))),
            id="haven:renew",
        )
        self._aps.add_job(
            self.sweep,
            # Half a lease: a dead process's claim is taken over within 1.5 leases.
            IntervalTrigger(seconds=max(1, int(lease // 2))),
            id="haven:sweep",
        )

    async def stop(self) -> None:
        """Stop timing; let work already running finish (it holds a claim)."""
        if self._aps is not None:
            self._aps.pause()
        others = self._inflight - {asyncio.current_task()}
        if others:
            await asyncio.wait(others, timeout=STOP_TIMEOUT_SECONDS)
        if self._aps is not None:
            self._aps.shutdown(wait=False)
            self._aps = None

    async def catch_up(self) -> None:
        """Fire (late) or record as skipped what fell due while Haven was away."""
        now = self.clock.now()
        self._reconciled_at = now
        missed: list[tuple[datetime, str]] = []
        for job_id, spec in list(self.jobs.items()):
            lookback = max(LOOKBACK, self.grace, spec.grace or timedelta(0))
            when = self._next_after(spec, now - lookback, inclusive=True)
            while when is not None and when <= now:
                missed.append((when, job_id))
                when = self._next_after(spec, when)
            self._plan(job_id, when)
        await self._settle_missed(missed, now)

    async def _settle_missed(self, missed: list[tuple[datetime, str]], now: datetime) -> None:
        """Run what is late but within its grace; only record what is past it
        (in batches, not a transaction each: a restart may find thousands)."""
        too_late, late = [], []
        for when, job_id in sorted(missed):
            spec = self.jobs[job_id]
            grace = spec.grace if spec.grace is not None else self.grace
            (too_late if now - when > grace else late).append((when, spec))
        await self.ledger.record_skips(
            [
                Claim(spec.community_id, spec.key_for(when), spec.job_id, when, spec.member_id)
                for when, spec in too_late
            ],
            now,
            "missed while Haven was offline",
        )
        for when, spec in late:
            if spec.job_id in self.jobs:
                await self.fire(spec, when)

    async def run_until(self, target: datetime) -> None:
        """Virtual time: move the clock to ``target``, firing due work in time order."""
        if not isinstance(self.clock, VirtualClock):
            raise RuntimeError("run_until needs the virtual clock")
        while True:
            due = [
                (when + self.jobs[job_id].offset, when, job_id)
                for job_id, when in self.next_times.items()
                if when + self.jobs[job_id].offset <= target
            ]
            if not due:
                break
            at, when, job_id = min(due)
            if at > self.clock.now():
                self.clock.set(at)
            spec = self.jobs[job_id]
            self._plan(job_id, self._next_after(spec, when))
            await self.fire(spec, when)
        self.clock.set(max(target, self.clock.now()))

    async def renew(self) -> None:
        """Extend the leases of the claims this process is working on."""
        if self._held:
            try:
                await self.ledger.renew(self._held, self.clock.now())
            except Exception:  # the next renewal tries again, well within the lease
                log.exception("renewing claims failed")

    async def sweep(self) -> None:
        """Retry work whose claimer stopped before finishing (lease expired)."""
        for row in await self.ledger.expired_claims(self.clock.now()):
            spec = self.jobs.get(row.job_id)
            if spec is None:
                continue
            now = self.clock.now()
            grace = spec.grace if spec.grace is not None else self.grace
            if now - row.scheduled_for <= grace:
                await self.fire(spec, row.scheduled_for, key=row.key)
                continue
            # Too late to run now: close the claim as skipped rather than
            # leaving it claimed for ever.
            claim = Claim(spec.community_id, row.key, row.job_id, row.scheduled_for, row.member_id)
            if await self.ledger.claim(claim, now):
                note = "its process stopped before finishing, and it is too late now"
                await self.ledger.finish(spec.community_id, row.key, SKIPPED, now, note)

    async def fire(self, spec: JobSpec, when: datetime, key: str | None = None) -> str | None:
        """Run one occurrence unless it was done already; returns the ledger status.

        A failure (the platform answering 500s, the database away for a moment)
        is retried with backoff for as long as the work is still useful — within
        its grace — and only then recorded as failed, with the reason. The claim
        is kept (and its lease renewed) meanwhile, so no other process runs it.
        """
        if self.accepts is not None and not await self.accepts(spec):
            return None  # left, unclaimed, for a process that can do it
        now = self.clock.now()
        key = key or spec.key_for(when)
        claim = Claim(spec.community_id, key, spec.job_id, when, spec.member_id)
        if now - when > self._grace(spec):
            await self.ledger.record_skip(claim, now, "missed while Haven was offline")
            return None
        delay = self.retry_first
        self.waiting.setdefault(key, when + spec.offset)
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
            self.waiting.pop(key, None)
        metrics.scheduler_lag((self.clock.now() - when - spec.offset).total_seconds())
        held = (spec.community_id, claim.key)
        self._held.add(held)
        # Whoever runs it (a timer, catch-up, a sweep), stop() waits for it.
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            while True:
                status, note = SENT, ""
                try:
                    async with self._limit:  # not held while backing off
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
            await self._finish(spec.community_id, claim.key, status, note)
            metrics.delivery(spec.kind, status, spec.community_id)
        finally:
            self._held.discard(held)
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

    async def _finish(self, community_id: int, key: str, status: str, note: str) -> None:
        """Record the outcome; if the database is away, keep trying for half a
        lease (a claim left open would be run again by another process)."""
        delay = self.retry_first
        deadline = self.clock.now() + self.ledger.lease / 2
        while True:
            try:
                await self.ledger.finish(community_id, key, status, self.clock.now(), note)
                return
            except Exception:
                if isinstance(self.clock, VirtualClock) or self.clock.now() + delay > deadline:
                    raise
                log.warning("recording the outcome of %s failed; trying again", key)
                await asyncio.sleep(delay.total_seconds())
                delay *= RETRY_FACTOR

    def _grace(self, spec: JobSpec) -> timedelta:
        return spec.grace if spec.grace is not None else self.grace

    # -- internals --------------------------------------------------------

    def _put(self, spec: JobSpec) -> None:
        self.jobs[spec.job_id] = spec
        self._signatures.pop(spec.job_id, None)
        self._plan(spec.job_id, self._next_after(spec, self.clock.now(), inclusive=True))

    def _drop(self, job_id: str) -> None:
        self.jobs.pop(job_id, None)
        self._signatures.pop(job_id, None)
        self._plan(job_id, None)

    def _next_after(
        self, spec: JobSpec, after: datetime, inclusive: bool = False
    ) -> datetime | None:
        if isinstance(spec.trigger, DateTrigger):
            run_date = spec.trigger.run_date
            return run_date if (run_date >= after if inclusive else run_date > after) else None
        start = after if inclusive else after + timedelta(seconds=1)
        # Across a DST fall-back, a wall-clock trigger can answer with an instant
        # before the one asked from (the repeated hour); step until it moves on.
        for _ in range(MAX_STEPS):
            when = spec.trigger.get_next_fire_time(None, start)
            if when is None or when > after or (inclusive and when == after):
                return when
            start += timedelta(minutes=1)
        raise RuntimeError(f"trigger of job {spec.job_id} does not move forward")

    def _plan(self, job_id: str, when: datetime | None) -> None:
        if when is None:
            self.next_times.pop(job_id, None)
        else:
            self.next_times[job_id] = when
        if self._aps is not None:
            if when is None:
                if self._aps.get_job(job_id) is not None:
                    self._aps.remove_job(job_id)
            else:
                self._arm(job_id, when)

    def _arm(self, job_id: str, when: datetime) -> None:
        assert self._aps is not None
        self._aps.add_job(
            self._on_timer,
            DateTrigger(run_date=when + self.jobs[job_id].offset),
            args=[job_id, when],
            id=job_id,
            replace_existing=True,
            misfire_grace_time=None,  # lateness is decided in fire(), with the ledger
        )

    async def _on_timer(self, job_id: str, when: datetime) -> None:
        spec = self.jobs.get(job_id)
        if spec is None or self.next_times.get(job_id) != when:
            return
        self._plan(job_id, self._next_after(spec, when))
        await self.fire(spec, when)
