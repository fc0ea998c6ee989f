"""Benchmark: command latency through the console adapter as check-ins pile up.

    .venv/bin/python benchmarks/command_latency.py [--db sqlite|POSTGRESQL-URL ...]
                                                   [--sizes 1000,100000,1000000] [--iterations 100]

Engine only — no platform framework: each command goes console session →
``Haven.handle`` → cog → database → console adapter, and is timed from the
line until its reply was recorded.

One fresh database per size of the ``checkin`` table, migrated, then filled
with SQLAlchemy Core ``executemany`` in batches of 10,000 (notes NULL). The
member who runs the commands, ``alice``, is a heavy user: two years of daily
check-ins with one gap (a 45-day current streak), a sobriety counter, and 10
meetings in the community; the other rows belong to other members, 100
consecutive days each. Alice's history is the same at every size, so the
ratio of the largest to the smallest size is the cost of the table growing —
the goal is at most 1.5 (indexed look-ups, no full scans). One Haven per size
runs in this process and the commands go round-robin over the sizes, so the
load of anything else on the machine falls on every size alike.

``--db sqlite`` uses temporary files; a PostgreSQL URL names a server, on which
``haven_bench_<size>`` databases are created and dropped afterwards (never the
database the URL names). Default: SQLite, plus PostgreSQL at
``HAVEN_TEST_DATABASE_URL`` when that is set.

Prints one line per (database, size, command) and the p50 ratio per command;
exits non-zero if any command answered with an error or raised.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from adapters.console.adapter import COMMUNITY, Output
from adapters.console.main import build
from adapters.console.session import ConsoleSession
from bot import crypto
from bot.app import Haven
from bot.config import Settings
from bot.models import Member
from cogs.checkins.models import CheckIn
from tests.support.postgres import admin

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
TODAY = START.date()
HEAVY_DAYS = 730  # alice's history
HEAVY_GAP = 45  # days ago: her current streak is the 44 days after it (+ today)
FILLER_DAYS = 100  # rows per other member
BATCH = 10_000
COMMANDS = (
    "/sober show",
    "/checkin mood:4 craving:2",
    "/checkin streak",
    "/checkin summary",
    "/meeting list",
)
SETUP = [
    ":as mod mod",
    "/haven consent agree",
    *(
        f'/meeting add title:"Circle {n}" day:{day} time:{18 + n % 4}:00 tz:UTC '
        "channel:#announcements"
        for n, day in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon,thu",
                                 "tue,fri", "wed,sat"))
    ),
    ":as alice",
    "/haven consent agree",
    "/haven timezone UTC",
    "/sober set 2025-03-01",
]  # fmt: skip


def heavy_rows(community_id: int, member_id: int) -> list[dict]:
    return [
        _row(community_id, member_id, TODAY - timedelta(days=back), back)
        for back in range(1, HEAVY_DAYS + 1)
        if back != HEAVY_GAP
    ]


def _row(community_id: int, member_id: int, day: date, n: int) -> dict:
    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return {
        "community_id": community_id, "member_id": member_id, "local_date": day,
        "mood": 1 + n % 5, "craving": n % 11, "sober": n % 7 != 0, "note": None,
        "created_at": at, "updated_at": at,
    }  # fmt: skip


async def grow(app, community_id: int, target: int) -> float:
    """Add other members' check-ins until the table holds ``target`` rows."""
    began = time.perf_counter()
    engine = app.database.engine
    async with engine.connect() as conn:
        have = (await conn.execute(select(func.count()).select_from(CheckIn.__table__))).scalar()
        members = (await conn.execute(select(func.count()).select_from(Member.__table__))).scalar()
    missing = target - have
    member_table, checkin_table = Member.__table__, CheckIn.__table__
    n = members
    while missing > 0:
        # members first (a batch of them), then their rows in batches of BATCH
        count = min(BATCH // FILLER_DAYS, -(-missing // FILLER_DAYS))
        names = [f"m{n + k}" for k in range(count)]
        async with engine.begin() as conn:
            await conn.execute(
                member_table.insert(),
                [
                    {
                        "community_id": community_id,
                        "platform_user_id": name,
                        "display_name": name,
                        "timezone": None,
                        "consent_version": 1,
                        "consented_at": START,
                        "declined_at": None,
                        "settings": {},
                    }
                    for name in names
                ],
            )
            ids = dict(
                (
                    await conn.execute(
                        select(member_table.c.platform_user_id, member_table.c.id).where(
                            member_table.c.community_id == community_id,
                            member_table.c.platform_user_id.in_(names),
                        )
                    )
                ).all()
            )
            rows = []
            for k, name in enumerate(names):
                last = TODAY - timedelta(days=(n + k) % 400)
                for back in range(min(FILLER_DAYS, missing - len(rows))):
                    rows.append(_row(community_id, ids[name], last - timedelta(days=back), back))
            await conn.execute(checkin_table.insert(), rows)
        missing -= len(rows)
        n += count
    if engine.dialect.name == "postgresql":
        async with engine.begin() as conn:  # what autovacuum does after a bulk load
            await conn.execute(text("ANALYZE"))
    return time.perf_counter() - began


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * share))]


@dataclass
class Site:
    """One database holding ``size`` check-in rows, with a Haven on it."""

    kind: str
    size: int
    url: str
    app: Haven
    session: ConsoleSession
    outputs: list[Output]
    times: dict[str, list[float]] = field(default_factory=lambda: {c: [] for c in COMMANDS})
    errors: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COMMANDS, 0))


async def database_for(server: str, size: int, folder: Path) -> str:
    """A fresh database for one size: a SQLite file, or ``haven_bench_<size>``
    created on the PostgreSQL server (never the database the URL names)."""
    if server == "sqlite":
        return f"sqlite+aiosqlite:///{folder / f'haven-{size}.db'}"
    name = f"haven_bench_{size}"
    await admin(server, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    return make_url(server).set(database=name).render_as_string(hide_password=False)


async def drop_database(server: str, url: str) -> None:
    if server != "sqlite":
        await admin(server, f"DROP DATABASE IF EXISTS {make_url(url).database}")


async def prepare(server: str, size: int, folder: Path) -> Site:
    url = await database_for(server, size, folder)
    outputs: list[Output] = []
    app, session = await build(
        Settings(database_url=url), start=START, printer=outputs.append, files_dir=folder
    )
    site = Site(app.database.engine.dialect.name, size, url, app, session, outputs)
    for line in SETUP:
        await session.run_line(line)
    if any(out.error for out in outputs):
        raise SystemExit(f"set-up failed: {[o.text for o in outputs if o.error]}")
    community = await app.community(COMMUNITY)
    async with app.database.engine.begin() as conn:
        alice = (
            await conn.execute(
                select(Member.__table__.c.id).where(Member.__table__.c.platform_user_id == "alice")
            )
        ).scalar_one()
        await conn.execute(CheckIn.__table__.insert(), heavy_rows(community.id, alice))
    took = await grow(app, community.id, size)
    print(f"{site.kind}: {size:,} check-in rows ready (bulk insert {took:.1f} s)")
    return site


async def measure(sites: list[Site], iterations: int, warm_up: int = 10) -> None:
    """Round-robin over rounds, commands and sites (their order rotating each
    round), so that load from anything else on the machine falls on every size
    alike."""
    for n in range(-warm_up, iterations):
        turn = n % len(sites)
        for line in COMMANDS:
            for site in sites[turn:] + sites[:turn]:
                before = len(site.outputs)
                began = time.perf_counter()
                try:
                    await site.session.run_line(line)
                except Exception as exc:  # counted and shown
                    site.errors[line] += 1
                    print(f"  {line!r} raised {exc!r}", file=sys.stderr)
                    continue
                took = (time.perf_counter() - began) * 1000
                produced = site.outputs[before:]
                if not produced or any(out.error for out in produced):
                    site.errors[line] += 1
                    shown = produced[-1].text if produced else "no reply"
                    print(f"  {line!r} answered with an error: {shown}", file=sys.stderr)
                elif n >= 0:  # the first rounds warm caches and are not counted
                    site.times[line].append(took)


async def bench_server(server: str, sizes: list[int], iterations: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    sites: list[Site] = []
    try:
        for size in sizes:
            sites.append(await prepare(server, size, folder))
        await measure(sites, iterations)
    finally:
        for site in sites:
            await site.app.stop()
            await drop_database(server, site.url)
        shutil.rmtree(folder, ignore_errors=True)
    failed = 0
    for site in sites:
        for line in COMMANDS:
            sample = site.times[line] or [float("nan")]
            print(f"{site.kind:<10} {site.size:>9,} rows  {line:<26} "
                  f"p50 {statistics.median(sample):7.2f} ms  p99 {percentile(sample, 0.99):7.2f} ms"
                  f"  errors {site.errors[line]}")  # fmt: skip
            failed += site.errors[line]
    first, last = sites[0], sites[-1]
    for line in COMMANDS:
        ratio = statistics.median(last.times[line] or [float("nan")]) / statistics.median(
            first.times[line] or [float("nan")]
        )
        flag = "" if ratio <= 1.5 else "  (over 1.5)"
        print(f"{first.kind:<10} p50 {last.size:,} / {first.size:,} rows  {line:<26} "
              f"{ratio:.2f}{flag}")  # fmt: skip
    return failed


async def run(servers: list[str], sizes: list[int], iterations: int) -> int:
    crypto.set_keyring(crypto.Keyring([crypto.generate_key()]))
    failed = 0
    for server in servers:
        failed += await bench_server(server, sizes, iterations)
    print(f"errors: {failed}")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        action="append",
        metavar="URL",
        help="'sqlite' (temporary files) or a PostgreSQL server URL; repeatable",
    )
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--iterations", type=int, default=100)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    servers = args.db or ["sqlite"]
    if not args.db and os.environ.get("HAVEN_TEST_DATABASE_URL"):
        servers.append(os.environ["HAVEN_TEST_DATABASE_URL"])
    sys.stdout.reconfigure(line_buffering=True)
    sys.exit(asyncio.run(run(servers, sizes, args.iterations)))


if __name__ == "__main__":
    main()
