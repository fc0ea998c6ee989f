"""Due work claimed and recorded in groups (bot/scheduler.py, bot/outcomes.py):
each reminder still goes out once — across processes racing for it, when a
group's record fails, and (at least once) across a crash between a post and
its record."""

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.triggers.date import DateTrigger
from sqlalchemy import update
from sqlmodel import select

from bot import due
from bot.clock import SystemClock, VirtualClock
from bot.db import Database
from bot.models import Delivery
from bot.scheduler import JobSpec
from tests.support.scheduling import add_community, recording_scheduler

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


@pytest.fixture
async def db(db_url):
    database = Database(db_url)
    yield database
    await database.dispose()


async def ledger(db) -> dict[str, tuple[str, str]]:
    """Ledger key → (status, who recorded it)."""
    async with db.unscoped_session("test") as session:
        rows = await session.exec(select(Delivery))
        return {row.key.split("@")[0]: (row.status, row.claimed_by) for row in rows}


async def due_now(scheduler, cid: int, count: int, at: datetime) -> None:
    for n in range(count):
        spec = JobSpec(f"r{n}", "k", DateTrigger(run_date=at), cid)
        await scheduler.put(spec, planned_at=at)


async def test_two_processes_racing_200_reminders_post_each_once(db):
    cid = await add_community(db)
    clock, runs = SystemClock(), []
    one, two = (recording_scheduler(db, clock, runs, name) for name in ("a", "b"))
    await due_now(one, cid, 200, clock.now() - timedelta(seconds=1))

    await asyncio.gather(one.catch_up(), two.catch_up())

    assert Counter(r[1] for r in runs) == {f"r{n}": 1 for n in range(200)}
    recorded = await ledger(db)
    assert Counter(status for status, _ in recorded.values()) == {"sent": 200}
    assert await one.jobs() == {}  # every one-off done
    # Whoever posted a reminder recorded it.
    assert all(recorded[job][1] == who for who, job, *_ in runs)


async def test_posts_finishing_together_are_recorded_together(db):
    cid = await add_community(db)
    clock, runs = SystemClock(), []
    scheduler = recording_scheduler(db, clock, runs)
    await due_now(scheduler, cid, 60, clock.now() - timedelta(seconds=1))

    await scheduler.catch_up()

    assert len(runs) == 60
    assert scheduler.outcomes.written == 60
    assert scheduler.outcomes.flushes < 60  # many posts per transaction
    assert Counter(s for s, _ in (await ledger(db)).values()) == {"sent": 60}


async def test_a_failed_group_record_is_written_post_by_post(db):
    cid = await add_community(db)
    clock, runs = SystemClock(), []
    scheduler = recording_scheduler(db, clock, runs)
    scheduler.retry_first = timedelta(milliseconds=10)
    await due_now(scheduler, cid, 20, clock.now() - timedelta(seconds=1))
    write, failures = scheduler.outcomes.write, []

    async def fails_once(conn, outcomes):
        if not failures:  # the database away for one commit
            failures.append(len(outcomes))
            raise ConnectionError("gone for a moment")
        await write(conn, outcomes)

    scheduler.outcomes.write = fails_once
    await scheduler.catch_up()

    assert failures and sorted(r[1] for r in runs) == sorted(f"r{n}" for n in range(20))
    assert Counter(s for s, _ in (await ledger(db)).values()) == {"sent": 20}
    assert await scheduler.jobs() == {}


class Killed(BaseException):
    """The process dies (no clean-up of any kind)."""


async def test_a_crash_between_a_post_and_its_record_posts_it_again_after_the_lease(db):
    cid = await add_community(db)
    when, lease = T0 + timedelta(minutes=1), timedelta(seconds=30)
    runs: list = []
    dying = recording_scheduler(db, VirtualClock(when), runs, "dying", lease=lease)
    await due_now(dying, cid, 3, when)

    async def killed(outcome) -> None:  # it dies after its first post, before the flush
        raise Killed

    dying.outcomes.record = killed
    with pytest.raises(Killed):
        await dying.run_until(when)
    assert [r[1] for r in runs] == ["r0"]
    # Its whole batch was claimed with the rows: nobody else may run them yet.
    assert await ledger(db) == {f"r{n}": ("claimed", "dying") for n in range(3)}

    survivor = recording_scheduler(
        db, VirtualClock(when + lease + timedelta(seconds=1)), runs, "survivor", lease=lease
    )
    await survivor.sweep()

    # Once the lease ran out, the survivor took every claim over: the post the
    # dying process made but did not record goes out again (at least once at
    # a crash), the others once; all recorded, once.
    assert [(r[0], r[1]) for r in runs] == [
        ("dying", "r0"),
        ("survivor", "r0"),
        ("survivor", "r1"),
        ("survivor", "r2"),
    ]
    assert await ledger(db) == {f"r{n}": ("sent", "survivor") for n in range(3)}
    assert await survivor.jobs() == {}


async def test_a_row_that_cannot_be_read_does_not_hold_up_its_batch(db):
    cid = await add_community(db)
    when, runs = T0 + timedelta(minutes=1), []
    scheduler = recording_scheduler(db, VirtualClock(when), runs)
    await due_now(scheduler, cid, 5, when)
    async with db.begin() as conn:  # one trigger no longer unpickles (an old release's class)
        await conn.execute(
            update(due.TABLE).where(due.TABLE.c.job_id == "r2").values(trigger=b"not a trigger")
        )

    await scheduler.run_until(when)

    assert sorted(r[1] for r in runs) == ["r0", "r1", "r3", "r4"]
    assert Counter(s for s, _ in (await ledger(db)).values()) == {"sent": 4}


async def test_work_due_at_once_is_claimed_in_large_batches_as_it_runs(db):
    """The real-time loop claims again once half a batch is done — not a row
    at a time as each finishes (each claim is a write transaction; SQLite has
    one writer), and not only after the whole batch (it claims while the rest
    still runs)."""
    cid = await add_community(db)
    clock, runs, all_run = SystemClock(), [], asyncio.Event()

    async def post(due) -> None:
        await asyncio.sleep(0.002)  # a platform call
        runs.append(due.job.job_id)
        if len(runs) == 300:
            all_run.set()

    scheduler = recording_scheduler(db, clock, runs, runner=post)
    await due_now(scheduler, cid, 300, clock.now() - timedelta(seconds=1))
    sizes, claim = [], scheduler._claim

    async def counted(now, limit):
        taken = await claim(now, limit)
        sizes.append(len(taken))
        return taken

    scheduler._claim = counted
    await scheduler.start()
    try:
        await asyncio.wait_for(all_run.wait(), timeout=30)
    finally:
        await scheduler.stop()
    assert Counter(runs) == {f"r{n}": 1 for n in range(300)}
    found = [n for n in sizes if n]
    assert found[0] == scheduler.batch and len(found) <= 4, sizes
    assert all(n >= scheduler.batch // 2 for n in found[:-1]), sizes


async def test_a_batch_is_read_ahead_for_the_work_it_runs_now_and_not_for_late_work(db):
    """What the jobs start with is read with their batch (bot/jobreads.py);
    work found late runs one piece at a time, later than such a read may
    serve, and so reads as it starts."""
    cid = await add_community(db)
    clock, runs, told = SystemClock(), [], []
    scheduler = recording_scheduler(db, clock, runs)
    scheduler.read_ahead = told.append
    now = clock.now()
    await due_now(scheduler, cid, 5, now - timedelta(seconds=1))
    for n in range(3):  # Haven was down when these fell due
        at = now - timedelta(minutes=10)
        await scheduler.put(JobSpec(f"late{n}", "k", DateTrigger(run_date=at), cid), planned_at=at)

    await scheduler.catch_up()

    assert len(runs) == 8
    assert [sorted(spec.job_id for spec in batch) for batch in told if batch] == [
        [f"r{n}" for n in range(5)]
    ]


async def test_virtual_time_reads_nothing_ahead(db):
    cid = await add_community(db)
    when, runs, told = T0 + timedelta(minutes=1), [], []
    scheduler = recording_scheduler(db, VirtualClock(when), runs)
    scheduler.read_ahead = told.append
    await due_now(scheduler, cid, 5, when)

    await scheduler.run_until(when)

    assert len(runs) == 5 and told == []
