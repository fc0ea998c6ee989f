"""Schedulers on a shared database, recording what they ran."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import VirtualClock
from bot.db import Database
from bot.ledger import Ledger
from bot.models import Community
from bot.scheduler import Scheduler


async def add_community(db: Database, workspace: str = "w1") -> int:
    async with db.unscoped_session("test") as session:
        community = Community(
            platform="console", workspace_id=workspace, created_at=datetime.now(UTC)
        )
        session.add(community)
        await session.commit()
        return community.id


def recording_scheduler(
    db: Database,
    clock: VirtualClock,
    runs: list,
    instance: str = "a",
    *,
    grace: timedelta = timedelta(minutes=30),
    lease: timedelta = timedelta(minutes=5),
    runner=None,
) -> Scheduler:
    async def record(due) -> None:
        runs.append((instance, due.job.job_id, due.scheduled_for, due.late))

    return Scheduler(clock, Ledger(db, instance, lease), runner or record, grace=grace)
