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
"""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock, VirtualClock, as_zone
from bot.ledger import FAILED, SENT, SKIPPED, Claim, Ledger

log = logging.getLogger("haven.scheduler")

LATE_AFTER = timedelta(minutes=1)
LOOKBACK = timedelta(days=1)
MAX_STEPS = 24 * 60
STOP_TIMEOUT_SECONDS = 30


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
        return f"{self.job_id}@{when:%Y-%m-%dT%H:%MZ}"


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


class Skip(Exception):
    """Raised by a handler: the work is not to be done (recorded as skipped)."""


Runner = Callable[[Due], Awaitable[None]]


class Scheduler:
    def __init__(
        self,
        clock: Clock,
        ledger: Ledger,
        runner: Runner,
        *,
        grace: timedelta = timedelta(minutes=30),
    ) -> None:
        self.clock = clock
        self.ledger = ledger
        self.runner = runner
        self.grace = grace
        self.jobs: dict[str, JobSpec] = {}
        self.next_times: dict[str, datetime] = {}
        self._aps: AsyncIOScheduler | None = None
        self._inflight: set[asyncio.Task] = set()
        self.fired: int = 0

    # -- declaring work ---------------------------------------------------

    def add(self, spec: JobSpec) -> None:
        """Add or replace a job; its next occurrence is counted from now."""
        self.jobs[spec.job_id] = spec
        self._plan(spec.job_id, self._next_after(spec, self.clock.now(), inclusive=True))

    def remove(self, job_id: str) -> None:
        self.jobs.pop(job_id, None)
        self._plan(job_id, None)

    def remove_where(self, predicate: Callable[[JobSpec], bool]) -> int:
        doomed = [job_id for job_id, spec in self.jobs.items() if predicate(spec)]
        for job_id in doomed:
            self.remove(job_id)
        return len(doomed)

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
        self._aps.add_job(
            self.sweep,
            IntervalTrigger(seconds=max(30, int(self.ledger.lease.total_seconds() // 2))),
            id="haven:sweep",
        )

    async def stop(self) -> None:
        """Stop timing; let work already running finish (it holds a claim)."""
        if self._aps is not None:
            self._aps.pause()
            if self._inflight:
                await asyncio.wait(self._inflight, timeout=STOP_TIMEOUT_SECONDS)
            self._aps.shutdown(wait=False)
            self._aps = None

    async def catch_up(self) -> None:
        """Fire (late) or record as skipped what fell due while Haven was away."""
        now = self.clock.now()
        missed: list[tuple[datetime, str]] = []
        for job_id, spec in list(self.jobs.items()):
            lookback = max(LOOKBACK, self.grace, spec.grace or timedelta(0))
            when = self._next_after(spec, now - lookback, inclusive=True)
            while when is not None and when <= now:
                missed.append((when, job_id))
                when = self._next_after(spec, when)
            self._plan(job_id, when)
        for when, job_id in sorted(missed):
            spec = self.jobs.get(job_id)
            if spec is not None:
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

    async def sweep(self) -> None:
        """Retry work whose claimer stopped before finishing (lease expired)."""
        for row in await self.ledger.expired_claims(self.clock.now()):
            spec = self.jobs.get(row.job_id)
            if spec is not None:
                await self.fire(spec, row.scheduled_for)

    async def fire(self, spec: JobSpec, when: datetime) -> str | None:
        """Run one occurrence unless it was done already; returns the ledger status."""
        now = self.clock.now()
        claim = Claim(spec.community_id, spec.key_for(when), spec.job_id, when, spec.member_id)
        grace = spec.grace if spec.grace is not None else self.grace
        if now - when > grace:
            await self.ledger.record_skip(claim, now, "missed while Haven was offline")
            return None
        if not await self.ledger.claim(claim, now):
            return None
        status, note = SENT, ""
        try:
            await self.runner(Due(spec, when, now, claim.key))
            self.fired += 1
        except Skip as exc:
            status, note = SKIPPED, str(exc)
        except Exception as exc:  # one failing job must not stop the others
            log.exception("job %s (%s) failed", spec.job_id, spec.kind)
            status, note = FAILED, type(exc).__name__
        await self.ledger.finish(spec.community_id, claim.key, status, self.clock.now(), note)
        return status

    # -- internals --------------------------------------------------------

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
        task = asyncio.current_task()
        self._inflight.add(task)
        try:
            await self.fire(spec, when)
        finally:
            self._inflight.discard(task)
