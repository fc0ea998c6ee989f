"""``haven run`` catches up on missed work only once the adapters that deliver
it are connected: before, it had nowhere to go and was silently dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from apscheduler.triggers.date import DateTrigger

from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Settings
from bot.scheduler import JobSpec
from tests.support.scheduling import add_community

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Recorder:
    platform = "console"
    capabilities = frozenset()


async def test_missed_work_waits_for_its_adapter_then_runs_once(db_url):
    app = Haven(Settings(database_url=db_url), clock=VirtualClock(T0))
    ran: list[str] = []

    async def runner(due) -> None:
        ran.append(due.job.job_id)

    app.scheduler.runner = runner
    app.load_cogs()
    try:
        await app.start(schedule=False)
        cid = await add_community(app.database)
        # A reminder that fell due five minutes ago, while Haven was restarting.
        when = T0 - timedelta(minutes=5)
        spec = JobSpec("reminder", "checkin:prompt", DateTrigger(run_date=when), cid)
        await app.scheduler.put(spec, planned_at=when - timedelta(hours=1))
        app.schedule_when_ready(["console"], timeout=3600)
        assert ran == []  # nothing to deliver it yet: not claimed, not dropped
        app.add_adapter(Recorder())
        await app.adapter_ready("console")
        await app.adapter_ready("console")  # a reconnect: no second catch-up
        assert ran == ["reminder"]
    finally:
        await app.stop()
