"""Benchmark: 1,000 reminders due at once — Haven's scheduler beside its floor.

    .venv/bin/python benchmarks/due_throughput.py [--reminders 1000] [--rounds 3] [--pg URL]

Each round builds a fresh database (a SQLite file; with ``--pg``, the
PostgreSQL database at URL, emptied first — give it one of your own) with one
community and ``--reminders`` one-off jobs in ``due``, all due now, and then:

* **Haven** — the real engine on the real clock, twice: **catch-up**
  (``Scheduler.catch_up()``: claim a batch, run it, claim the next, until
  nothing is due) and the **real-time loop** that keeps time in ``haven run``
  (``Scheduler.start()``: claims again once half a batch is done, while the
  rest still runs). Either way: batch claims of ``due`` rows
  (``FOR UPDATE SKIP LOCKED`` on PostgreSQL) with their occurrences' ledger
  keys in the same transaction, the batch's communities read as it is
  claimed (bot/jobreads.py), a cog's ``@job`` handler posting
  through the console adapter (its community-scoped session is opened only
  when a handler uses the database; this one does not), and the
  ledger outcomes with the rows' next occurrences written by a group commit.
* **floor** — the same claim → read → post → record → finish with SQLAlchemy
  Core on Haven's own engine, in batches of 100: one transaction claims a
  batch of rows and their occurrences' ledger keys (the ledger's own insert,
  what exactly-once rests on) and reads the community, the adapter posts
  each, one transaction records the outcomes on those claims (the ledger's
  own update) and finishes the rows.

The floor's and Haven's rounds alternate, so that both see the machine of the
same minute (a shared machine's speed moves by half within minutes); the
last lines are Haven's posts/s as a share of the floor's.

Posts/s is reminders / wall time from the first claim to the last post ("all
posted within" is that time). CPU ms per post is this process's CPU time
(``time.process_time()``: every thread, aiosqlite's worker included; not the
PostgreSQL server's) over the same run, from the first claim until the last
outcome is written, divided by the reminders — unlike wall time, it barely
moves with the load of a shared machine. Medians of ``--rounds``. Exits non-zero on any
duplicate or missing post.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from apscheduler.triggers.date import DateTrigger
from sqlalchemy import delete, select, text, update

from adapters.console.adapter import ConsoleAdapter, Output
from bot import crypto, due, heap
from bot.app import Haven
from bot.clock import SystemClock
from bot.config import Settings
from bot.context import Context
from bot.ledger import Ledger
from bot.messages import Message
from bot.models import Community
from bot.plugins import Cog, job
from bot.scheduler import Due, JobSpec

KIND = "bench:remind"
FLOOR_BATCH = 100


class Reminders(Cog):
    name = "bench"

    @job(KIND)
    async def remind(self, ctx: Context, work: Due) -> None:
        await ctx.post("announcements", Message(text=work.key))


async def fresh(url: str) -> Haven:
    """A migrated, empty database with one community and the benchmark's cog."""
    settings = Settings(database_url=url, log_level="WARNING")
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    app = Haven(settings, clock=SystemClock())
    if not app.database.is_sqlite:
        async with app.database.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    app.load_cogs([Reminders])
    await app.database.upgrade(app.registry.migration_dirs())
    return app


async def seed(app: Haven, count: int) -> Community:
    now = app.clock.now()
    async with app.database.unscoped_session("benchmark") as session:
        community = Community(platform="console", workspace_id="console", created_at=now)
        session.add(community)
        await session.commit()
    at = now - timedelta(seconds=1)
    async with app.database.begin() as conn:
        rows = [
            due.row_for(
                JobSpec(f"r{n}", KIND, DateTrigger(run_date=at), community.id),
                due.Route.of(community),
                at,
                declared=False,
            )
            for n in range(count)
        ]
        await conn.execute(due.TABLE.insert(), rows)
    return community


def recorder(posted: list[tuple[float, str]], expected: int = 0, done: asyncio.Event | None = None):
    def record(out: Output) -> None:
        if out.kind == "message":
            posted.append((time.perf_counter(), out.text.split("@")[0]))
            if done is not None and len(posted) >= expected:
                done.set()

    return record


async def haven_round(url: str, count: int, *, loop: bool = False) -> tuple[float, float, Counter]:
    app = await fresh(url)
    try:
        await seed(app, count)
        posted: list[tuple[float, str]] = []
        all_posted = asyncio.Event()
        printer = recorder(posted, count, all_posted)
        app.add_adapter(ConsoleAdapter(app, printer=printer, member_zones=False))
        await app.start(migrate=False, schedule=False)
        heap.settle()  # as scheduling's start does (the first round's only)
        began, cpu = time.perf_counter(), time.process_time()
        if loop:
            await app.scheduler.start()
            with contextlib.suppress(TimeoutError):  # (missing posts are reported)
                await asyncio.wait_for(all_posted.wait(), timeout=60)
            await app.scheduler.stop()  # returns once the work under way is recorded
        else:
            await app.scheduler.catch_up()
        cpu = time.process_time() - cpu
        took = max(at for at, _ in posted) - began if posted else float("inf")
    finally:
        await app.stop()
    return took, cpu, Counter(job_id for _, job_id in posted)


async def real_time_round(url: str, count: int) -> tuple[float, float, Counter]:
    return await haven_round(url, count, loop=True)


async def floor_round(url: str, count: int) -> tuple[float, float, Counter]:
    app = await fresh(url)
    db = app.database
    try:
        community = await seed(app, count)
        posted: list[tuple[float, str]] = []
        adapter = ConsoleAdapter(app, printer=recorder(posted), member_zones=False)
        ledger = Ledger(db, "floor", timedelta(minutes=5))
        table = due.TABLE
        claim, record = ledger.claim_many_statement(), ledger.finish_many_statement()
        began, cpu = time.perf_counter(), time.process_time()
        while True:
            now = datetime.now(UTC)
            pick = (
                select(table.c.id)
                .where(table.c.fire_at <= now, table.c.lease_until.is_(None))
                .order_by(table.c.fire_at)
                .limit(FLOOR_BATCH)
            )
            if not db.is_sqlite:
                pick = pick.with_for_update(skip_locked=True)
            async with db.begin() as conn:  # claim the rows and their occurrences, read
                rows = (
                    await conn.execute(
                        update(table)
                        .where(table.c.id.in_(pick.scalar_subquery()))
                        .values(claimed_by="floor", lease_until=now + ledger.lease)
                        .returning(table.c.id, table.c.job_id, table.c.run_at, table.c.community_id)
                    )
                ).all()
                if rows:
                    await conn.execute(
                        claim,
                        [
                            {"community_id": row.community_id, "key": _occurrence(row),
                             "job_id": row.job_id, "member_id": None,
                             "scheduled_for": row.run_at, "status": "claimed",
                             "claimed_by": "floor", "lease_until": now + ledger.lease,
                             "note": ""}
                            for row in rows
                        ],
                    )  # fmt: skip
                found = (
                    await conn.execute(
                        select(Community.__table__).where(Community.id == community.id)
                    )
                ).one()
            if not rows:
                break
            for row in rows:  # post
                await adapter.send(
                    _key(found), "announcements", Message(text=f"{row.job_id}@{row.run_at:%H:%M}Z")
                )
            finished = datetime.now(UTC)
            async with db.begin() as conn:  # record the outcomes, and finish the rows
                await conn.execute(
                    record,
                    [
                        {"c": row.community_id, "k": _occurrence(row), "s": "sent",
                         "at": finished, "n": ""}
                        for row in rows
                    ],
                )  # fmt: skip
                await conn.execute(delete(table).where(table.c.id.in_([row.id for row in rows])))
        cpu = time.process_time() - cpu
        took = max(at for at, _ in posted) - began if posted else float("inf")
    finally:
        await db.dispose()
    return took, cpu, Counter(job_id for _, job_id in posted)


def _occurrence(row) -> str:
    """The ledger key of the row's occurrence, as :meth:`JobSpec.key_for` makes it."""
    return f"{row.job_id}@{row.run_at.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


def _key(community_row):
    from bot.adapters import CommunityKey

    return CommunityKey(
        community_row.platform,
        community_row.workspace_id,
        community_row.enterprise_id,
        community_row.name,
    )


async def measure(name: str, url: str, count: int, rounds: int) -> tuple[list[str], bool]:
    """The floor's and Haven's rounds taken in turn, so that both see the
    machine as it was in the same minute."""
    runs = {
        "floor (Core, batches of 100)": floor_round,
        "Haven, catch-up": haven_round,
        "Haven, real-time loop": real_time_round,
    }
    times: dict[str, list[float]] = {label: [] for label in runs}
    cpus: dict[str, list[float]] = {label: [] for label in runs}
    faults: dict[str, tuple[int, int]] = {label: (0, 0) for label in runs}
    for _ in range(rounds):
        for label, run in runs.items():
            took, cpu, counts = await run(url, count)
            duplicates = sum(n - 1 for n in counts.values())
            missing = count - len(counts)
            seen = faults[label]
            faults[label] = (seen[0] + duplicates, seen[1] + missing)
            times[label].append(took)
            cpus[label].append(cpu)
    lines = []
    for label in runs:
        median = statistics.median(times[label])
        cpu_ms = statistics.median(cpus[label]) * 1000 / count
        duplicates, missing = faults[label]
        lines.append(
            f"| {name} | {label} | {count / median:,.0f} | {median:.2f} s | {cpu_ms:.3f} | "
            f"{duplicates} | {missing} |"
        )
    floor, *havens = (statistics.median(times[label]) for label in runs)
    for label, haven in zip(list(runs)[1:], havens, strict=True):
        lines.append(f"| {name} | {label} ÷ floor | {floor / haven:.0%} | | | | |")
    ok = all(faults[label] == (0, 0) for label in runs)
    return lines, ok


async def run(count: int, rounds: int, pg: str | None) -> int:
    crypto.set_keyring(crypto.Keyring([crypto.generate_key()]))
    lines = [
        "| database | run | posts/s | all posted within | CPU ms per post | duplicates | missing |",
        "|---|---|---|---|---|---|---|",
    ]
    ok = True
    with tempfile.TemporaryDirectory(prefix="haven-due-") as folder:
        targets = [("SQLite", f"sqlite+aiosqlite:///{Path(folder) / 'haven.db'}")]
        if pg:
            targets.append(("PostgreSQL", pg))
        for name, url in targets:
            found, good = await measure(name, url, count, rounds)
            lines += found
            ok = ok and good
    print(f"{count} reminders due at once, medians of {rounds} rounds")
    print("\n".join(lines))
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reminders", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg", help="a PostgreSQL URL of your own (it is emptied)")
    args = parser.parse_args()
    sys.exit(asyncio.run(run(args.reminders, args.rounds, args.pg)))


if __name__ == "__main__":
    main()
