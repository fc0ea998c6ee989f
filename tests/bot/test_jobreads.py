"""What scheduled work starts with (bot/jobreads.py): read for a whole batch as
it is claimed, each job's own; read again when a job starts too late for the
batch's read; never kept when not read ahead (virtual time)."""

import asyncio
import gc
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.triggers.date import DateTrigger
from sqlalchemy import event, update

from adapters.console.adapter import ConsoleAdapter
from bot import due
from bot.app import Haven
from bot.clock import SystemClock
from bot.context import Context
from bot.db import Database
from bot.jobreads import JobReads
from bot.jobs import Due, JobSpec
from bot.messages import Message
from bot.models import Community, Member
from bot.plugins import Cog, job


@pytest.fixture
async def db(db_url):
    database = Database(db_url)
    yield database
    await database.dispose()


async def community_with(db: Database, names: list[str]) -> tuple[int, list[int]]:
    async with db.unscoped_session("test") as session:
        community = Community(platform="console", workspace_id="w1", created_at=datetime.now(UTC))
        session.add(community)
        await session.flush()
        members = [
            Member(community_id=community.id, platform_user_id=f"U{n}", display_name=name)
            for n, name in enumerate(names)
        ]
        session.add_all(members)
        await session.commit()
        return community.id, [member.id for member in members]


def member_reads(db: Database) -> list[str]:
    """The statements that read members, as they run."""
    seen: list[str] = []

    @event.listens_for(db.engine.sync_engine, "before_cursor_execute")
    def note(_conn, _cursor, statement, *_):
        if statement.lstrip().startswith("SELECT") and "FROM member" in statement:
            seen.append(statement)

    return seen


async def rename(db: Database, member_id: int, name: str) -> None:
    async with db.unscoped_session("test") as session:
        await session.exec(update(Member).where(Member.id == member_id).values(display_name=name))
        await session.commit()


class Clock:
    """Elapsed seconds, moved by hand."""

    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds


async def test_a_batch_read_ahead_serves_each_job_its_own_member_in_one_read(db):
    cid, ids = await community_with(db, [f"member {n}" for n in range(30)])
    reads, seen = JobReads(db), member_reads(db)

    reads.ahead((cid, mid) for mid in ids)
    found = await asyncio.gather(*(reads.read(cid, mid) for mid in ids))

    assert [member.display_name for _, member in found] == [f"member {n}" for n in range(30)]
    assert len(seen) == 1
    assert len({id(community) for community, _ in found}) == 30  # each job its own copy


async def test_a_job_starting_too_long_after_its_batch_was_read_reads_again(db):
    cid, (alice,) = await community_with(db, ["Alice"])
    elapsed = Clock()
    reads, seen = JobReads(db, fresh=0.25, monotonic=elapsed), member_reads(db)
    reads.ahead([(cid, alice)])
    await reads.read(cid, alice)
    await rename(db, alice, "Alice R.")

    elapsed.seconds += 0.2  # within the bound: the batch's read serves it
    _, member = await reads.read(cid, alice)
    assert member.display_name == "Alice" and len(seen) == 1

    elapsed.seconds += 0.1  # past it: read as it starts, the change seen
    _, member = await reads.read(cid, alice)
    assert member.display_name == "Alice R." and len(seen) == 2


async def test_what_was_not_read_ahead_is_read_again_for_every_job(db):
    """Virtual time never reads ahead: each job sees what was committed before it started."""
    cid, (alice,) = await community_with(db, ["Alice"])
    reads = JobReads(db, monotonic=Clock())  # time stands still, as it does there
    _, member = await reads.read(cid, alice)
    await rename(db, alice, "Alice R.")
    _, member = await reads.read(cid, alice)
    assert member.display_name == "Alice R."


async def test_a_failed_read_ahead_leaves_its_jobs_to_read_again(db):
    cid, (alice,) = await community_with(db, ["Alice"])
    reported: list[str] = []
    asyncio.get_running_loop().set_exception_handler(lambda _, c: reported.append(c["message"]))
    reads = JobReads(db)
    select, failures = reads._select, []

    async def away_once(pairs):
        if not failures:
            failures.append(pairs)
            raise ConnectionError("the database is away")
        return await select(pairs)

    reads._select = away_once
    reads.ahead([(cid, alice)])
    await reads._reader  # the read ahead, failed with no job waiting for it
    _, member = await reads.read(cid, alice)

    gc.collect()  # an error nobody took is reported as its future is collected

    assert failures and member.display_name == "Alice"
    assert reported == []


async def test_a_job_cancelled_while_waiting_does_not_cancel_the_read_for_others(db):
    cid, (alice, bob) = await community_with(db, ["Alice", "Bob"])
    reads = JobReads(db)
    reads.ahead([(cid, alice), (cid, bob)])
    waiting = asyncio.create_task(reads.read(cid, alice))
    other = asyncio.create_task(reads.read(cid, bob))
    await asyncio.sleep(0)
    waiting.cancel()

    _, member = await other
    assert member.display_name == "Bob"
    with pytest.raises(asyncio.CancelledError):
        await waiting


# -- through the scheduler and the app, on the real clock ----------------------

KIND = "greet:member"


class Greetings(Cog):
    name = "greet"

    @job(KIND)
    async def greet(self, ctx: Context, work: Due) -> None:
        assert ctx.member is not None
        await ctx.post("announcements", Message(text=f"Good morning, {ctx.member.display_name}"))


async def test_members_due_at_once_are_read_with_their_batch_and_each_greeted_by_name(settings):
    """Forty members' morning messages due at once, sixteen workers: the members
    are read once, with the batch's claim, not once per worker slot."""
    app = Haven(settings, clock=SystemClock())
    app.load_cogs([Greetings])
    posted: list[str] = []
    app.add_adapter(
        ConsoleAdapter(
            app,
            printer=lambda out: posted.append(out.text) if out.kind == "message" else None,
            member_zones=False,
        )
    )
    try:
        await app.start(migrate=False, schedule=False)  # the test database is migrated
        names = [f"Member {n}" for n in range(40)]
        cid, ids = await community_with(app.database, names)
        at = app.clock.now() - timedelta(seconds=1)
        async with app.database.begin() as conn:
            route = due.Route.of(Community(platform="console", workspace_id="w1"))
            await conn.execute(
                due.TABLE.insert(),
                [
                    due.row_for(
                        JobSpec(f"greet:{mid}", KIND, DateTrigger(run_date=at), cid, mid),
                        route,
                        at,
                        declared=False,
                    )
                    for mid in ids
                ],
            )
        seen = member_reads(app.database)

        await app.scheduler.catch_up()

        assert Counter(posted) == {f"Good morning, {name}": 1 for name in names}
        assert len(seen) == 1
    finally:
        await app.stop()
