"""Failed deliveries are retried with backoff while the work is still useful,
then recorded as failed with a reason; a claim that cannot be made because the
database is away for a moment is tried again too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from apscheduler.triggers.date import DateTrigger
from sqlmodel import select

from bot.clock import SystemClock
from bot.db import Database
from bot.ledger import FAILED, SENT, Ledger
from bot.models import Delivery
from bot.scheduler import JobSpec, Scheduler
from tests.support.scheduling import add_community

FAST = timedelta(milliseconds=20)  # the first backoff; then ×3


@pytest.fixture
async def db(db_url):
    database = Database(db_url)
    yield database
    await database.dispose()


class Flaky:
    """A delivery that fails ``failures`` times (a platform answering 500s)."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.attempts = 0

    async def __call__(self, due) -> None:
        self.attempts += 1
        if self.attempts <= self.failures:
            raise ConnectionError("503 from the platform")


async def _ledger_rows(db) -> list[tuple[str, str]]:
    async with db.unscoped_session("test", readonly=True) as session:
        return [(r.status, r.note) for r in await session.exec(select(Delivery))]


def _scheduler(db, runner, grace: timedelta) -> tuple[Scheduler, SystemClock]:
    clock = SystemClock()
    ledger = Ledger(db, "a", timedelta(minutes=5))
    return Scheduler(clock, ledger, runner, grace=grace, retry_first=FAST), clock


async def test_a_delivery_that_fails_twice_is_sent_once_on_the_third_try(db):
    cid = await add_community(db)
    flaky = Flaky(failures=2)
    scheduler, clock = _scheduler(db, flaky, grace=timedelta(minutes=5))
    spec = JobSpec("reminder", "k", DateTrigger(run_date=clock.now()), cid)
    status = await scheduler.fire(spec, clock.now())
    assert status == SENT
    assert flaky.attempts == 3
    assert await _ledger_rows(db) == [(SENT, "")]


async def test_past_its_grace_a_failing_delivery_is_recorded_failed_with_the_reason(db):
    cid = await add_community(db)
    flaky = Flaky(failures=100)
    # 20 ms, 60 ms, 180 ms: the third retry would land past a 150 ms grace.
    scheduler, clock = _scheduler(db, flaky, grace=timedelta(milliseconds=150))
    spec = JobSpec("reminder", "k", DateTrigger(run_date=clock.now()), cid)
    status = await scheduler.fire(spec, clock.now())
    assert status == FAILED
    assert flaky.attempts == 3
    assert await _ledger_rows(db) == [(FAILED, "ConnectionError")]


async def test_a_claim_while_the_database_is_away_is_tried_again(db, monkeypatch):
    cid = await add_community(db)
    flaky = Flaky(failures=0)
    scheduler, clock = _scheduler(db, flaky, grace=timedelta(minutes=5))
    real_claim, outages = scheduler.ledger.claim, [1, 1]

    async def claim(*args, **kwargs):
        if outages:
            outages.pop()
            raise OSError("connection refused")
        return await real_claim(*args, **kwargs)

    monkeypatch.setattr(scheduler.ledger, "claim", claim)
    spec = JobSpec("prompt", "k", DateTrigger(run_date=clock.now()), cid)
    assert await scheduler.fire(spec, clock.now()) == SENT
    assert flaky.attempts == 1
    assert await _ledger_rows(db) == [(SENT, "")]
