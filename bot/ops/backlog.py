"""The scheduler's backlog: work that is due and that no process has claimed.

Readiness (``/readyz``) and the metrics (queue depth, oldest due work) read it
through one small interface, :class:`BacklogSource`, so any scheduler can feed
them: a scheduler that has a ``backlog(now)`` coroutine is asked directly (a
scheduler keeping due work in a table answers with a query); today's in-memory
scheduler (bot/scheduler.py) is read by :func:`in_memory_backlog`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class Backlog:
    """``depth`` occurrences are due and unclaimed; the oldest fell due at ``oldest_due``."""

    depth: int = 0
    oldest_due: datetime | None = None

    def age(self, now: datetime) -> float:
        """Seconds the oldest due-but-unclaimed occurrence has waited (0: none)."""
        if self.oldest_due is None:
            return 0.0
        return max(0.0, (now - self.oldest_due).total_seconds())


@runtime_checkable
class BacklogSource(Protocol):
    async def backlog(self, now: datetime) -> Backlog:
        """Occurrences due at or before ``now`` that no process has claimed yet."""
        ...


def summarise(due_times: Iterable[datetime]) -> Backlog:
    times = list(due_times)
    return Backlog(len(times), min(times) if times else None)


async def backlog_of(scheduler: Any, now: datetime) -> Backlog:
    """The backlog of ``scheduler``: its own answer, or read from its memory."""
    if isinstance(scheduler, BacklogSource):
        return await scheduler.backlog(now)
    return in_memory_backlog(scheduler, now)


def in_memory_backlog(scheduler: Any, now: datetime) -> Backlog:
    """Today's scheduler: timers whose time has come but that have not fired
    (no scheduling yet: Haven waits for its platforms, or the loop is stuck),
    and occurrences waiting for a free worker to claim them."""
    due = []
    for job_id, when in list(getattr(scheduler, "next_times", {}).items()):
        spec = scheduler.jobs.get(job_id)
        at = when + spec.offset if spec is not None else when
        if at <= now:
            due.append(at)
    due.extend(getattr(scheduler, "waiting", {}).values())
    return summarise(due)
