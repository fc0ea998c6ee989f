"""What a cog's scheduled work is: a :class:`JobSpec`, one occurrence of it
(:class:`Due`) handed to the cog's ``@job`` handler, and :class:`Skip`, which
the handler raises when there is nothing to do.

Its own module so that both the ``due`` rows (:mod:`bot.due`, which store and
read back specs) and the runner (:mod:`bot.scheduler`) can import it without
importing each other.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.triggers.base import BaseTrigger

from bot.clock import as_zone

#: An occurrence run later than this after its time is flagged ``due.late``.
LATE_AFTER = timedelta(minutes=1)


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
    #: A one-off whose time has already passed (within its grace) when it is
    #: first declared runs at once, not late; without it such a job never runs.
    run_if_past: bool = False

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
        # 2026-12-03T09:15Z, as strftime's "%Y-%m-%dT%H:%MZ" writes it, in half the time
        return f"{self.job_id}@{when.astimezone(UTC).isoformat(timespec='minutes')[:16]}Z"


#: Payload key of a held occurrence's one-off: when it was first due (ISO).
HELD_FROM = "held_from"


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

    @property
    def held(self) -> bool:
        """Released after waiting through the member's quiet hours or Do Not
        Disturb (:mod:`bot.holding`): late on purpose, not by a fault."""
        return HELD_FROM in self.job.payload


class Skip(Exception):
    """Raised by a handler: the work is not to be done (recorded as skipped)."""
