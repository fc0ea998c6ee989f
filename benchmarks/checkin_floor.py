"""Benchmark: ``/checkin mood:4 craving:2`` against its 3-statement floor, in one run.

    .venv/bin/python benchmarks/checkin_floor.py [--db sqlite|POSTGRESQL-URL ...]
                                                 [--iterations 500] [--profile FILE]

Side by side on one Haven (one engine, one database), rounds alternating:

- **floor**: what a check-in must do, with SQLAlchemy Core on Haven's own
  engine (``Database.begin()``: ``BEGIN IMMEDIATE`` on SQLite, as Haven's
  writers) — in one transaction, the member by (community, platform id), the
  day's check-in upserted (``INSERT … ON CONFLICT (member_id, local_date) DO
  UPDATE``), and the newest 64 days for the streak. 3 statements.
- **haven**: ``/checkin mood:4 craving:2`` through the engine's dispatch
  (``Haven.dispatch``: resolve, community, member, permission, parse, consent,
  handler, commit — everything but the adapter's own reply), for a member with
  a 45-day streak. Each round after the first is an update of today's check-in
  (the clock moves a second a round, so ``updated_at`` changes), as is each
  floor round.

Also per command: the process's CPU time (mean; the database driver's thread
included, a PostgreSQL server's work not), and from the engine's events the
statements sent, transactions begun and pool pre-pings (three round trips
each on asyncpg).

``--db sqlite`` uses a temporary file; a PostgreSQL URL names a server on
which a ``haven_floor_<pid>`` database is created and dropped afterwards (never
the database the URL names). Default: SQLite, plus PostgreSQL at
``HAVEN_TEST_DATABASE_URL`` when that is set. ``--profile FILE`` writes a
cProfile of the Haven rounds (one file per database, suffixed).

Exits non-zero if a check-in answered with an error or the floor failed.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url

from adapters.console.adapter import COMMUNITY
from adapters.console.main import build
from bot import crypto
from bot.adapters import Invocation
from bot.config import Settings
from bot.messages import Message
from bot.models import Member
from cogs.checkins.models import CheckIn
from tests.support.postgres import admin

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
TODAY = START.date()
STREAK = 45
#: Days the floor reads for the streak: enough for alice's in one statement.
FLOOR_DAYS = 64
SETUP = [":as alice", "/haven consent agree", "/haven timezone UTC"]


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * share))]


class Counter:
    """Statements, transactions and pre-pings on one engine."""

    def __init__(self, engine) -> None:
        self.statements = self.transactions = self.pings = 0
        sync = engine.sync_engine
        event.listen(sync, "before_cursor_execute", self._statement)
        event.listen(sync, "begin", self._begin)
        dialect = sync.dialect
        ping = dialect.do_ping

        def counted_ping(dbapi_connection):
            self.pings += 1
            return ping(dbapi_connection)

        dialect.do_ping = counted_ping

    def _statement(self, _conn, _cursor, statement, *_args) -> None:
        if not statement.startswith("BEGIN"):  # SQLite's BEGIN is counted as a transaction
            self.statements += 1

    def _begin(self, *_args) -> None:
        self.transactions += 1

    def snapshot(self) -> tuple[int, int, int]:
        return self.statements, self.transactions, self.pings


async def database_for(server: str, folder: Path) -> str:
    if server == "sqlite":
        return f"sqlite+aiosqlite:///{folder / 'haven.db'}"
    name = f"haven_floor_{os.getpid()}"
    await admin(server, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def floor_statements(db, community_id: int):
    """The floor's three statements (built once, like any tuned Core code)."""
    member = Member.__table__
    checkin = CheckIn.__table__
    find = select(member.c.id).where(
        member.c.community_id == community_id, member.c.platform_user_id == "alice"
    )
    insert = pg_insert if not db.is_sqlite else sqlite_insert

    def upsert(member_id: int, now: datetime):
        statement = insert(checkin).values(
            community_id=community_id, member_id=member_id, local_date=TODAY, mood=4,
            craving=2, created_at=now, updated_at=now,
        )  # fmt: skip
        return statement.on_conflict_do_update(
            index_elements=[checkin.c.member_id, checkin.c.local_date],
            set_={"mood": 4, "craving": 2, "updated_at": now},
        )

    def streak(member_id: int):
        return (
            select(checkin.c.local_date)
            .where(checkin.c.member_id == member_id, checkin.c.local_date <= TODAY)
            .order_by(checkin.c.local_date.desc())
            .limit(FLOOR_DAYS)
        )

    return find, upsert, streak


async def floor(db, statements, now: datetime) -> None:
    find, upsert, streak = statements
    async with db.begin() as conn:
        member_id = (await conn.execute(find)).scalar_one()
        await conn.execute(upsert(member_id, now))
        days = (await conn.execute(streak(member_id))).scalars().all()
    if len(days) < 2:
        raise RuntimeError("the floor saw no streak")


async def bench(server: str, iterations: int, warm_up: int, profile: str | None) -> int:
    folder = Path(tempfile.mkdtemp(prefix="haven-floor-"))
    url = await database_for(server, folder)
    app = None
    try:
        app, session = await build(Settings(database_url=url), start=START, files_dir=folder)
        for line in SETUP:
            await session.run_line(line)
        community = await app.community(COMMUNITY)
        async with app.database.begin() as conn:
            alice = (
                await conn.execute(
                    select(Member.__table__.c.id).where(
                        Member.__table__.c.platform_user_id == "alice"
                    )
                )
            ).scalar_one()
            await conn.execute(
                CheckIn.__table__.insert(),
                [
                    {"community_id": community.id, "member_id": alice,
                     "local_date": TODAY - timedelta(days=back), "mood": 3, "craving": 1,
                     "sober": True, "note": None, "created_at": START, "updated_at": START}
                    for back in range(1, STREAK)
                ],
            )  # fmt: skip
        kind = app.database.engine.dialect.name
        counter = Counter(app.database.engine)
        statements = floor_statements(app.database, community.id)
        times: dict[str, list[float]] = {"floor": [], "haven": []}
        cpu: dict[str, list[float]] = {"floor": [], "haven": []}
        counts: dict[str, list[tuple[int, int, int]]] = {"floor": [], "haven": []}
        errors = 0
        profiler = cProfile.Profile() if profile else None

        def invocation() -> Invocation:
            return Invocation(
                community=COMMUNITY, user_id="alice", user_name="alice",
                channel_id="general", command="checkin", text="mood:4 craving:2",
            )  # fmt: skip

        for n in range(-warm_up, iterations):
            order = ("floor", "haven") if n % 2 else ("haven", "floor")
            for which in order:
                app.clock.advance(timedelta(seconds=1))  # each round changes updated_at
                before = counter.snapshot()
                began, began_cpu = time.perf_counter(), time.process_time()
                if which == "floor":
                    await floor(app.database, statements, app.clock.now())
                    took = time.perf_counter() - began
                    used = time.process_time() - began_cpu
                else:
                    if profiler and n >= 0:
                        profiler.enable()
                    reply = await app.dispatch(invocation())
                    took = time.perf_counter() - began
                    used = time.process_time() - began_cpu
                    if profiler and n >= 0:
                        profiler.disable()
                    checked_in = isinstance(reply, Message) and "mood 4/5" in reply.text
                    if not checked_in or reply.error:
                        errors += 1
                        shown = getattr(reply, "text", reply)
                        print(f"  /checkin did not check in: {shown}", file=sys.stderr)
                        continue
                after = counter.snapshot()
                if n >= 0:
                    times[which].append(took * 1000)
                    cpu[which].append(used * 1000)
                    counts[which].append(tuple(b - a for a, b in zip(before, after, strict=True)))
        if profiler:
            target = f"{profile}.{kind}"
            profiler.dump_stats(target)
            print(f"profile of the Haven rounds: {target}")
        labels = {"floor": "3-statement floor (Core)", "haven": "/checkin mood:4 craving:2"}
        for which in ("floor", "haven"):
            sample = times[which]
            statements_, transactions, pings = (
                statistics.median(c[i] for c in counts[which]) for i in range(3)
            )
            print(
                f"{kind:<10} {labels[which]:<27} p50 {statistics.median(sample):6.2f} ms  "
                f"p95 {percentile(sample, 0.95):6.2f} ms  "
                f"CPU {statistics.mean(cpu[which]):5.2f} ms  statements {statements_:g}  "
                f"transactions {transactions:g}  pre-pings {pings:g}"
            )
        ratio = statistics.median(times["haven"]) / statistics.median(times["floor"])
        flag = "" if ratio <= 2 else "  (over 2)"
        print(f"{kind:<10} p50 ratio /checkin : floor = {ratio:.2f}{flag}")
        return errors
    finally:
        if app is not None:
            await app.stop()
        if server != "sqlite":
            await admin(server, f"DROP DATABASE IF EXISTS haven_floor_{os.getpid()}")
        shutil.rmtree(folder, ignore_errors=True)


async def run(servers: list[str], iterations: int, warm_up: int, profile: str | None) -> int:
    crypto.set_keyring(crypto.Keyring([crypto.generate_key()]))
    errors = 0
    for server in servers:
        errors += await bench(server, iterations, warm_up, profile)
    print(f"errors: {errors}")
    return 1 if errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        action="append",
        metavar="URL",
        help="'sqlite' (a temporary file) or a PostgreSQL server URL; repeatable",
    )
    parser.add_argument("--iterations", type=int, default=500)
    parser.add_argument("--warm-up", type=int, default=50)
    parser.add_argument("--profile", metavar="FILE")
    args = parser.parse_args()
    servers = args.db or ["sqlite"]
    if not args.db and os.environ.get("HAVEN_TEST_DATABASE_URL"):
        servers.append(os.environ["HAVEN_TEST_DATABASE_URL"])
    sys.stdout.reconfigure(line_buffering=True)
    sys.exit(asyncio.run(run(servers, args.iterations, args.warm_up, args.profile)))


if __name__ == "__main__":
    main()
