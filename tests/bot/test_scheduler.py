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
from bot.models import Community, Delivery
from bot.scheduler import JobSpec, Ownership, Skip
from tests.support.scheduling import add_community, recording_scheduler

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
START_H = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # the console harness starts here


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
    await scheduler.put(JobSpec("late", "k", DateTrigger(run_date=T0 + timedelta(hours=3)), cid))
    await scheduler.put(JobSpec("early", "k", DateTrigger(run_date=T0 + timedelta(hours=1)), cid))
    await scheduler.put(JobSpec("never", "k", DateTrigger(run_date=T0 + timedelta(days=2)), cid))
    await scheduler.run_until(T0 + timedelta(days=1))
    assert [r[1] for r in runs] == ["early", "late"]
    assert clock.now() == T0 + timedelta(days=1)


async def test_daily_job_fires_at_local_time_across_dst(db):
    cid = await add_community(db)
    start = datetime(2026, 3, 27, 0, 0, tzinfo=UTC)
    clock, runs = VirtualClock(start), []
    scheduler = recording_scheduler(db, clock, runs)
    zone = "Europe/Helsinki"
    await scheduler.put(
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
    await scheduler.put(
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
    await first.put(job)
    await first.run_until(T0 + timedelta(minutes=10))
    # A restarted process finds the same job due (within grace) on start-up.
    second = recording_scheduler(db, VirtualClock(T0 + timedelta(minutes=11)), runs, "second")
    await second.put(job)
    await second.catch_up()
    assert [r[0] for r in runs] == ["first"]


async def test_two_instances_racing_send_once(db):
    cid = await add_community(db)
    when = T0 + timedelta(minutes=1)
    runs: list = []
    schedulers = [recording_scheduler(db, VirtualClock(T0), runs, f"i{n}") for n in range(4)]
    for scheduler in schedulers:
        await scheduler.put(JobSpec("reminder", "k", DateTrigger(run_date=when), cid))
    await asyncio.gather(*(s.run_until(when) for s in schedulers))
    assert len(runs) == 1
    assert await statuses(db) == [("reminder@2026-11-21T08:01Z", "sent")]


async def test_late_work_within_grace_runs_flagged_late_and_older_is_recorded_skipped(db):
    cid = await add_community(db)
    runs: list = []
    now = T0 + timedelta(hours=2)
    scheduler = recording_scheduler(db, VirtualClock(now), runs, grace=timedelta(minutes=30))
    recent = JobSpec("recent", "k", DateTrigger(run_date=now - timedelta(minutes=20)), cid)
    old = JobSpec("old", "k", DateTrigger(run_date=now - timedelta(hours=1)), cid)
    for spec in (recent, old):  # planned before Haven went down
        await scheduler.put(spec, planned_at=T0)
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
    await scheduler.put(JobSpec("skip", "k", DateTrigger(run_date=T0 + timedelta(minutes=1)), cid))
    await scheduler.put(JobSpec("fail", "k", DateTrigger(run_date=T0 + timedelta(minutes=2)), cid))
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
    spec = JobSpec("job", "k", DateTrigger(run_date=when), cid, once_key="job@x")
    await survivor.put(spec, planned_at=T0)
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
    await scheduler.put(JobSpec("a", "k", at, cid, payload={"meeting": 7}))
    await scheduler.put(JobSpec("b", "k", at, cid, payload={"meeting": 8}))
    await scheduler.remove(cid, "a")
    await scheduler.run_until(T0 + timedelta(minutes=2))
    assert [r[1] for r in runs] == ["b"]


async def test_real_time_driver_wakes_at_the_next_due_row(db):
    from bot.clock import SystemClock

    cid = await add_community(db)
    runs: list = []
    done = asyncio.Event()

    async def runner(due):
        runs.append(due.job.job_id)
        done.set()

    clock = SystemClock()
    scheduler = recording_scheduler(db, clock, runs, runner=runner)
    await scheduler.put(
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
        await scheduler.put(JobSpec(f"prompt:{n}", "k", at, cid, spread=timedelta(seconds=60)))
    await scheduler.run_until(T0 + timedelta(hours=2))
    assert set(runs) == {T0 + timedelta(hours=1)}  # each knows its true time
    assert fired_at == sorted(fired_at)
    assert len(set(fired_at)) > 10  # spread over many seconds of the minute
    assert all(T0 + timedelta(hours=1) <= t < T0 + timedelta(hours=1, minutes=1) for t in fired_at)
    keys = [key for key, _ in await statuses(db)]
    assert all(key.endswith("@2026-11-21T09:00Z") for key in keys) and len(keys) == 20


# -- several processes: the due rows are the one truth -----------------------


def _prompt(cid, at="08:30", zone="Europe/Helsinki", member=None):
    hour, minute = map(int, at.split(":"))
    trigger = CronTrigger(hour=hour, minute=minute, timezone=zone)
    return JobSpec("prompt", "k", trigger, cid, member_id=member, daily_in=zone)


def test_a_job_counts_as_changed_only_when_its_timing_or_content_differs():
    from bot.due import signature

    def same_job(a, b):
        return signature(a) == signature(b)

    assert same_job(_prompt(1), _prompt(1))  # separate trigger objects, same timing
    assert not same_job(_prompt(1), _prompt(1, at="08:45"))
    assert not same_job(_prompt(1), _prompt(1, zone="Europe/Oslo"))  # str() hides the zone
    assert not same_job(_prompt(1), _prompt(1, member=5))
    at = DateTrigger(run_date=T0)
    assert same_job(JobSpec("a", "k", at, 1), JobSpec("a", "k", DateTrigger(run_date=T0), 1))
    assert not same_job(JobSpec("a", "k", at, 1, payload={"x": 1}), JobSpec("a", "k", at, 1))
    later = DateTrigger(run_date=T0 + timedelta(microseconds=5))  # str() shows whole seconds
    assert not same_job(JobSpec("a", "k", at, 1), JobSpec("a", "k", later, 1))


async def test_a_one_off_whose_writer_died_still_runs_late_on_another_process(db):
    cid = await add_community(db)
    runs: list = []
    writer = recording_scheduler(db, VirtualClock(T0), runs, "a")
    await writer.put(JobSpec("one-off", "k", DateTrigger(run_date=T0 + timedelta(seconds=30)), cid))
    await writer.put(
        JobSpec("daily", "k", CronTrigger(hour=8, minute=0, second=20, timezone="UTC"), cid)
    )
    # "a" dies before either is due; "b" starts 50 s later.
    clock = VirtualClock(T0 + timedelta(seconds=50))
    survivor = recording_scheduler(db, clock, runs, "b")
    await survivor.catch_up()
    assert [(r[0], r[1], r[2]) for r in runs] == [
        ("b", "daily", T0 + timedelta(seconds=20)),
        ("b", "one-off", T0 + timedelta(seconds=30)),
    ]
    await survivor.run_until(T0 + timedelta(days=1, minutes=1))
    assert [r[1] for r in runs][2:] == ["daily"]  # tomorrow's, once
    assert runs[2][2] == T0 + timedelta(days=1, seconds=20)


async def test_processes_claim_disjoint_batches_and_each_row_runs_once(db):
    cid = await add_community(db)
    runs: list = []
    when = T0 + timedelta(minutes=1)
    schedulers = [recording_scheduler(db, VirtualClock(T0), runs, f"p{n}") for n in range(3)]
    for n in range(150):
        await schedulers[0].put(JobSpec(f"r{n}", "k", DateTrigger(run_date=when), cid))
    for scheduler in schedulers:
        scheduler.batch = 20
    await asyncio.gather(*(s.run_until(when) for s in schedulers))
    assert sorted(r[1] for r in runs) == sorted(f"r{n}" for n in range(150))
    assert len({r[0] for r in runs}) > 1  # the work was shared
    assert await schedulers[0].jobs() == {}  # one-offs done: nothing left to run


async def test_a_lease_left_by_a_dead_process_is_taken_over(db):
    cid = await add_community(db)
    runs: list = []
    when = T0 + timedelta(minutes=1)
    dead = recording_scheduler(db, VirtualClock(when), runs, "dead")
    await dead.put(JobSpec("r", "k", DateTrigger(run_date=when), cid))
    assert len(await dead._claim(when, 10)) == 1  # ...and it crashed holding the row
    clock = VirtualClock(when + timedelta(minutes=1))
    survivor = recording_scheduler(db, clock, runs, "survivor")
    await survivor.sweep()
    assert runs == []  # its lease (5 minutes) has not run out
    clock.advance(timedelta(minutes=5))
    await survivor.sweep()
    assert [(r[0], r[3]) for r in runs] == [("survivor", True)]


async def test_a_reminder_set_on_one_instance_is_sent_by_another_after_it_stops(make_harness):
    a = await make_harness(instance_id="a")
    b = await make_harness(instance_id="b")
    await a.agree("alice")
    await a.say("/checkin remind 09:30")
    job_id = next(j for j in (await a.app.scheduler.jobs()) if j.startswith("checkin:prompt:"))
    assert job_id in (await b.app.scheduler.jobs())  # one table: B sees it at once
    await a.close()  # A goes away before 09:30
    before = len(b.outputs)
    await b.app.scheduler.run_until(START_H + timedelta(hours=1))
    prompts = [o for o in b.outputs[before:] if o.kind == "dm" and o.to == "alice"]
    assert len(prompts) == 1
    assert [s for _, s in await statuses(b.db)] == ["sent"]
    await b.app.scheduler.run_until(START_H + timedelta(hours=2))
    await b.app.scheduler.catch_up()  # nothing new: the same job is not sent again
    assert len([o for o in b.outputs[before:] if o.kind == "dm"]) == 1


async def test_changes_and_removals_on_one_instance_reach_the_other(make_harness):
    a = await make_harness(instance_id="a")
    b = await make_harness(instance_id="b")
    await a.agree("alice")
    await a.say("/checkin remind 09:30")
    job_id = next(j for j in (await a.app.scheduler.jobs()) if j.startswith("checkin:prompt:"))
    await b.run(":as alice\n/checkin remind 09:45")
    await a.app.scheduler.run_until(START_H + timedelta(minutes=1))
    before = len(a.outputs)
    await a.app.scheduler.run_until(START_H + timedelta(minutes=40))
    assert not [o for o in a.outputs[before:] if o.kind == "dm"]  # not at 09:30 any more
    await b.run("/checkin remind off")
    assert job_id not in (await a.app.scheduler.jobs())
    await a.app.scheduler.run_until(START_H + timedelta(hours=1))
    assert not [o for o in a.outputs[before:] if o.kind == "dm"]


async def test_a_claim_taken_over_keeps_its_key_for_a_trigger_in_a_local_zone(db):
    cid = await add_community(db)
    spec = JobSpec("r", "k", CronTrigger(hour=10, minute=0, timezone="Europe/Helsinki"), cid)
    when = spec.trigger.get_next_fire_time(None, T0)  # 10:00 Helsinki, as a local time
    dead = Ledger(db, "dead", timedelta(minutes=5))
    assert await dead.claim(Claim(cid, spec.key_for(when), "r", when), when)
    runs: list = []
    clock = VirtualClock(when + timedelta(minutes=6))
    survivor = recording_scheduler(db, clock, runs, "survivor")
    await survivor.put(spec, planned_at=T0)
    await survivor.sweep()
    assert len(runs) == 1
    assert await statuses(db) == [("r@2026-11-21T08:00Z", "sent")]  # one row, in UTC


async def test_work_a_process_cannot_do_is_left_unclaimed_for_one_that_can(db):
    cid = await add_community(db)
    when = T0 + timedelta(minutes=1)
    job = JobSpec("r", "k", DateTrigger(run_date=when), cid)
    runs: list = []

    other = recording_scheduler(db, VirtualClock(T0), runs, "no-adapter")
    other.owns = lambda: Ownership(platforms=frozenset({"discord"}))  # the work is console's
    await other.put(job)
    await other.run_until(when)
    assert runs == [] and await statuses(db) == []
    able = recording_scheduler(db, VirtualClock(T0), runs, "able")
    await able.run_until(when)
    assert [r[0] for r in runs] == ["able"]


async def test_a_process_claims_discord_work_only_for_guilds_on_its_shards(db_url):
    from adapters.discord.settings import DiscordSection
    from bot.app import Haven
    from bot.config import Settings

    app = Haven(
        Settings(database_url=db_url, sections=(DiscordSection(shard_count=2, shard_ids=(1,)),)),
        clock=VirtualClock(T0),
    )
    app.adapters["discord"] = object()  # only its presence matters here
    guild_on_0, guild_on_1 = str(2 << 22), str(3 << 22)  # (id >> 22) % 2 picks the shard
    ids = {}
    async with app.database.unscoped_session("test") as session:
        for platform, workspace in [("discord", guild_on_0), ("discord", guild_on_1),
                                    ("slack", "T1")]:  # fmt: skip
            community = Community(platform=platform, workspace_id=workspace, created_at=T0)
            session.add(community)
            await session.flush()
            ids[workspace] = community.id
        await session.commit()
    try:
        for workspace, cid in ids.items():
            await app.scheduler.put(JobSpec(f"j{workspace}", "k", DateTrigger(run_date=T0), cid))
        app.registry.jobs["k"] = object()  # a handler of the kind
        claimed = {one.row.community_id for one in await app.scheduler._claim(T0, 10)}
    finally:
        await app.database.dispose()
    served = {workspace: cid in claimed for workspace, cid in ids.items()}
    assert served == {guild_on_0: False, guild_on_1: True, "T1": False}  # no Slack adapter here
