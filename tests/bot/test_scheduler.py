"""Due work runs once: in time order, across restarts and instances, with a
misfire policy for work found late."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from sqlmodel import select

from bot.clock import VirtualClock
from bot.db import Database
from bot.ledger import Claim, Ledger
from bot.models import Delivery
from bot.scheduler import JobSpec, Skip
from tests.support.scheduling import add_community, recording_scheduler

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


@pytest.fixture
async def db(db_url):
    database = Database(db_url)
    yield database
    await database.dispose()


async def statuses(db) -> list[tuple[str, str]]:
    async with db.unscoped_session("test") as session:
        rows = await session.exec(select(Delivery).order_by(Delivery.scheduled_for))
        return [(row.key, row.status) for row in rows]


async def test_run_until_fires_due_work_in_time_order(db):
    cid = await add_community(db)
    clock, runs = VirtualClock(T0), []
    scheduler = recording_scheduler(db, clock, runs)
    scheduler.add(JobSpec("late", "k", DateTrigger(run_date=T0 + timedelta(hours=3)), cid))
    scheduler.add(JobSpec("early", "k", DateTrigger(run_date=T0 + timedelta(hours=1)), cid))
    scheduler.add(JobSpec("never", "k", DateTrigger(run_date=T0 + timedelta(days=2)), cid))
    await scheduler.run_until(T0 + timedelta(days=1))
    assert [r[1] for r in runs] == ["early", "late"]
    assert clock.now() == T0 + timedelta(days=1)


async def test_daily_job_fires_at_local_time_across_dst(db):
    cid = await add_community(db)
    start = datetime(2026, 3, 27, 0, 0, tzinfo=UTC)
    clock, runs = VirtualClock(start), []
    scheduler = recording_scheduler(db, clock, runs)
    zone = "Europe/Helsinki"
    scheduler.add(
        JobSpec("prompt", "k", CronTrigger(hour=8, minute=30, timezone=zone), cid, daily_in=zone)
    )
    await scheduler.run_until(datetime(2026, 3, 31, 0, 0, tzinfo=UTC))
    fired = [r[2] for r in runs]
    # 08:30 EET is 06:30 UTC until the spring-forward night of 29 March, then 05:30 UTC.
    assert fired == [
        datetime(2026, 3, 27, 6, 30, tzinfo=UTC),
        datetime(2026, 3, 28, 6, 30, tzinfo=UTC),
        datetime(2026, 3, 29, 5, 30, tzinfo=UTC),
        datetime(2026, 3, 30, 5, 30, tzinfo=UTC),
    ]


async def test_repeated_fall_back_hour_fires_once(db):
    cid = await add_community(db)
    clock, runs = VirtualClock(datetime(2026, 10, 24, 12, 0, tzinfo=UTC)), []
    scheduler = recording_scheduler(db, clock, runs)
    zone = "Europe/Helsinki"  # 03:30 happens twice on 25 October 2026
    scheduler.add(
        JobSpec("p", "k", CronTrigger(hour=3, minute=30, timezone=zone), cid, daily_in=zone)
    )
    await scheduler.run_until(datetime(2026, 10, 26, 12, 0, tzinfo=UTC))
    local_days = [r[2].astimezone(__import__("zoneinfo").ZoneInfo(zone)).date() for r in runs]
    assert [d.isoformat() for d in local_days] == ["2026-10-25", "2026-10-26"]


async def test_restart_does_not_repeat_work_already_done(db):
    cid = await add_community(db)
    job = JobSpec("m", "k", DateTrigger(run_date=T0 + timedelta(minutes=5)), cid)
    runs: list = []
    first = recording_scheduler(db, VirtualClock(T0), runs, "first")
    first.add(job)
    await first.run_until(T0 + timedelta(minutes=10))
    # A restarted process finds the same job due (within grace) on start-up.
    second = recording_scheduler(db, VirtualClock(T0 + timedelta(minutes=11)), runs, "second")
    second.add(job)
    await second.catch_up()
    assert [r[0] for r in runs] == ["first"]


async def test_two_instances_racing_send_once(db):
    cid = await add_community(db)
    when = T0 + timedelta(minutes=1)
    runs: list = []
    schedulers = [
        recording_scheduler(db, VirtualClock(T0), runs, f"i{n}") for n in range(4)
    ]
    for scheduler in schedulers:
        scheduler.add(JobSpec("reminder", "k", DateTrigger(run_date=when), cid))
    await asyncio.gather(*(s.run_until(when) for s in schedulers))
    assert len(runs) == 1
    assert await statuses(db) == [("reminder@2026-11-21T08:01Z", "sent")]


async def test_late_work_within_grace_runs_flagged_late_and_older_is_recorded_skipped(db):
    cid = await add_community(db)
    runs: list = []
    now = T0 + timedelta(hours=2)
    scheduler = recording_scheduler(db, VirtualClock(now), runs, grace=timedelta(minutes=30))
    scheduler.add(JobSpec("recent", "k", DateTrigger(run_date=now - timedelta(minutes=20)), cid))
    scheduler.add(JobSpec("old", "k", DateTrigger(run_date=now - timedelta(hours=1)), cid))
    await scheduler.catch_up()
    assert [(r[1], r[3]) for r in runs] == [("recent", True)]
    assert sorted(s for _, s in await statuses(db)) == ["sent", "skipped"]


async def test_a_job_may_skip_and_a_failing_job_is_recorded(db):
    cid = await add_community(db)

    async def runner(due):
        if due.job.job_id == "skip":
            raise Skip("already checked in today")
        raise RuntimeError("boom")

    runs: list = []
    scheduler = recording_scheduler(db, VirtualClock(T0), runs, runner=runner)
    scheduler.add(JobSpec("skip", "k", DateTrigger(run_date=T0 + timedelta(minutes=1)), cid))
    scheduler.add(JobSpec("fail", "k", DateTrigger(run_date=T0 + timedelta(minutes=2)), cid))
    await scheduler.run_until(T0 + timedelta(minutes=5))
    assert await statuses(db) == [
        ("skip@2026-11-21T08:01Z", "skipped"),
        ("fail@2026-11-21T08:02Z", "failed"),
    ]


async def test_a_claim_left_by_a_dead_process_is_retried_after_its_lease(db):
    cid = await add_community(db)
    when = T0 + timedelta(minutes=1)
    lease = timedelta(minutes=5)
    dead = Ledger(db, "dead", lease)
    assert await dead.claim(Claim(cid, "job@x", "job", when), when)  # then it crashed
    runs: list = []
    clock = VirtualClock(when + timedelta(minutes=2))
    survivor = recording_scheduler(db, clock, runs, "survivor", lease=lease)
    survivor.add(JobSpec("job", "k", DateTrigger(run_date=when), cid, once_key="job@x"))
    await survivor.sweep()
    assert runs == []  # the lease has not run out yet
    clock.advance(timedelta(minutes=5))
    await survivor.sweep()
    assert [r[0] for r in runs] == ["survivor"]
    assert await statuses(db) == [("job@x", "sent")]


async def test_removed_jobs_do_not_fire(db):
    cid = await add_community(db)
    runs: list = []
    scheduler = recording_scheduler(db, VirtualClock(T0), runs)
    at = DateTrigger(run_date=T0 + timedelta(minutes=1))
    scheduler.add(JobSpec("a", "k", at, cid, payload={"meeting": 7}))
    scheduler.add(JobSpec("b", "k", at, cid, payload={"meeting": 8}))
    assert scheduler.remove_where(lambda spec: spec.payload["meeting"] == 7) == 1
    await scheduler.run_until(T0 + timedelta(minutes=2))
    assert [r[1] for r in runs] == ["b"]


async def test_real_time_driver_fires_through_apscheduler(db):
    from bot.clock import SystemClock

    cid = await add_community(db)
    runs: list = []
    done = asyncio.Event()

    async def runner(due):
        runs.append(due.job.job_id)
        done.set()

    clock = SystemClock()
    scheduler = recording_scheduler(db, clock, runs, runner=runner)
    scheduler.add(
        JobSpec("soon", "k", DateTrigger(run_date=clock.now() + timedelta(seconds=0.3)), cid)
    )
    await scheduler.start()
    try:
        await asyncio.wait_for(done.wait(), timeout=10)
    finally:
        await scheduler.stop()  # waits for the running job to record its result
    assert runs == ["soon"]
    assert [status for _, status in await statuses(db)] == ["sent"]


async def test_spread_staggers_a_shared_minute_without_changing_keys(db):
    cid = await add_community(db)
    clock, runs = VirtualClock(T0), []
    fired_at = []

    async def runner(due):
        fired_at.append(clock.now())
        runs.append(due.scheduled_for)

    scheduler = recording_scheduler(db, clock, runs, runner=runner)
    at = DateTrigger(run_date=T0 + timedelta(hours=1))
    for n in range(20):
        scheduler.add(JobSpec(f"prompt:{n}", "k", at, cid, spread=timedelta(seconds=60)))
    await scheduler.run_until(T0 + timedelta(hours=2))
    assert set(runs) == {T0 + timedelta(hours=1)}  # each knows its true time
    assert fired_at == sorted(fired_at)
    assert len(set(fired_at)) > 10  # spread over many seconds of the minute
    assert all(T0 + timedelta(hours=1) <= t < T0 + timedelta(hours=1, minutes=1) for t in fired_at)
    keys = [key for key, _ in await statuses(db)]
    assert all(key.endswith("@2026-11-21T09:00Z") for key in keys) and len(keys) == 20
