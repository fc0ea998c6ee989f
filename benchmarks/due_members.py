"""Benchmark: 100,000 members with daily prompts — ready time, memory, loop lag.

    .venv/bin/python benchmarks/due_members.py [--members 0,100000] [--watch 30] [--pg URL]

For each member count, in a fresh process: a database (a SQLite file, or the
PostgreSQL database at ``--pg``, emptied first — one of your own) is migrated
and filled with one community and that many consented members, each with a
daily check-in prompt at one of 48 times between 07:00 and 10:55 UTC (about
2,100 a slot for 100,000); their ``due`` rows are built as the upgrade does,
an hour before. Then, in a second fresh process that did none of the seeding
(so its memory is Haven's alone), Haven starts on a clock set 3 s before the
first slot, with the console adapter:

* **ready** — from ``Haven.start()`` until it runs due work;
* **RSS** — the process's resident memory (VmRSS) before start, once ready,
  and after the slot's prompts went out;
* **loop lag** — the longest a 10 ms timer on the event loop came late while
  the first slot's prompts are sent (``--watch`` seconds), and how many went.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text

from adapters.console.adapter import ConsoleAdapter, Output
from bot import crypto
from bot.app import Haven
from bot.clock import SystemClock
from bot.config import Settings
from bot.models import Community, Member
from cogs.checkins.models import CheckinPrefs

BATCH = 10_000
#: The environment variable that hands both children the same fresh key.
KEY_VARIABLE = "HAVEN_BENCHMARK_KEY"


class Shifted(SystemClock):
    """Real time, moved: so that the morning's prompts are seconds away."""

    def __init__(self, offset: timedelta) -> None:
        super().__init__()
        self.offset = offset

    def now(self) -> datetime:
        return super().now() + self.offset


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def seed(app: Haven, members: int) -> None:
    engine = app.database.engine
    now = app.clock.now()
    async with engine.begin() as conn:
        await conn.execute(
            Community.__table__.insert(),
            [{"platform": "console", "workspace_id": "console", "enterprise_id": "",
              "name": "Recovery Circle", "settings": {}, "created_at": now}],
        )  # fmt: skip
        community = (await conn.execute(select(Community.__table__.c.id))).scalar_one()
    for first in range(0, members, BATCH):
        numbers = range(first, min(first + BATCH, members))
        async with engine.begin() as conn:
            await conn.execute(
                Member.__table__.insert(),
                [{"community_id": community, "platform_user_id": f"m{n}",
                  "display_name": f"member {n}", "timezone": None, "consent_version": 1,
                  "consented_at": now, "declined_at": None, "settings": {}}
                 for n in numbers],
            )  # fmt: skip
            ids = (
                await conn.execute(
                    select(Member.__table__.c.id).order_by(Member.__table__.c.id).offset(first)
                )
            ).scalars()
            await conn.execute(
                CheckinPrefs.__table__.insert(),
                [{"community_id": community, "member_id": member_id,
                  "remind_at": f"{7 + k % 4:02d}:{k * 5 % 60:02d}", "paused_until": None,
                  "weekly_day": None, "share": "private", "prompted_on": None}
                 for k, member_id in enumerate(ids)],
            )  # fmt: skip


def morning() -> datetime:
    """Tomorrow's 07:00 UTC: the first slot, the same for both child processes."""
    return (datetime.now(UTC) + timedelta(days=1)).replace(
        hour=7, minute=0, second=0, microsecond=0
    )


async def prepare(members: int, url: str, slot: datetime) -> dict:
    """The first child: the database, its members and their ``due`` rows."""
    crypto.set_keyring(crypto.Keyring([os.environ[KEY_VARIABLE]]))
    clock = Shifted(slot - datetime.now(UTC) - timedelta(hours=1))  # set up an hour before
    settings = Settings(database_url=url, log_level="WARNING")
    setup = Haven(settings, clock=clock)
    if not setup.database.is_sqlite:
        async with setup.database.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    setup.load_cogs()
    await setup.database.upgrade(setup.registry.migration_dirs())
    began = time.perf_counter()
    await seed(setup, members)
    seeded = time.perf_counter() - began
    began = time.perf_counter()
    async with setup.database.begin() as conn:  # what the upgrade does: build, mark planned
        await setup.plan_due(conn)
    built = time.perf_counter() - began
    await setup.database.dispose()
    return {"seed_s": seeded, "build_s": built}


async def child(members: int, url: str, watch: float, slot: datetime) -> dict:
    """The second child, which has seen none of the seeding: start Haven 3 s
    before the slot and watch it send the slot's prompts."""
    crypto.set_keyring(crypto.Keyring([os.environ[KEY_VARIABLE]]))
    clock = Shifted(slot - datetime.now(UTC) - timedelta(seconds=3))
    settings = Settings(database_url=url, log_level="WARNING")
    sent = 0

    def record(out: Output) -> None:
        nonlocal sent
        sent += out.kind == "dm"

    app = Haven(settings, clock=clock)
    app.load_cogs()
    app.add_adapter(ConsoleAdapter(app, printer=record, member_zones=False))
    baseline = rss_kib()
    began = time.perf_counter()
    await app.start()
    ready = time.perf_counter() - began
    rss = rss_kib()
    worst, loop = 0.0, asyncio.get_running_loop()
    end = loop.time() + watch
    while loop.time() < end:
        before = loop.time()
        await asyncio.sleep(0.01)
        worst = max(worst, loop.time() - before - 0.01)
    after = rss_kib()
    await app.stop()
    return {"members": members, "ready_s": ready, "rss_mib": rss / 1024,
            "rss_before_start_mib": baseline / 1024, "rss_after_mib": after / 1024,
            "lag_ms": worst * 1000, "prompts_sent": sent}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", default="0,100000")
    parser.add_argument("--watch", type=float, default=30)
    parser.add_argument("--pg", help="a PostgreSQL URL of your own (it is emptied)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--slot", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare is not None:
        slot = datetime.fromisoformat(args.slot)
        print(json.dumps(asyncio.run(prepare(args.prepare, args.url, slot))))
        return
    if args.child is not None:
        slot = datetime.fromisoformat(args.slot)
        print(json.dumps(asyncio.run(child(args.child, args.url, args.watch, slot))))
        return
    rows = []
    slot = morning().isoformat()
    environment = {**os.environ, KEY_VARIABLE: crypto.generate_key()}
    with tempfile.TemporaryDirectory(prefix="haven-members-") as folder:
        for count in [int(n) for n in args.members.split(",")]:
            url = args.pg or f"sqlite+aiosqlite:///{Path(folder) / f'haven-{count}.db'}"
            found = {}
            for step in ("--prepare", "--child"):  # seeding never shares the measured process
                out = subprocess.run(
                    [sys.executable, __file__, step, str(count), "--url", url,
                     "--watch", str(args.watch), "--slot", slot],
                    capture_output=True, text=True, check=True, env=environment,
                )  # fmt: skip
                found.update(json.loads(out.stdout.strip().splitlines()[-1]))
            rows.append(found)
    print(
        "| members | ready | RSS before start | RSS once ready | RSS after the slot "
        "| loop lag (max) | prompts sent |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['members']:,} | {r['ready_s']:.2f} s | {r['rss_before_start_mib']:.0f} MiB | "
            f"{r['rss_mib']:.0f} MiB | {r['rss_after_mib']:.0f} MiB | {r['lag_ms']:.0f} ms | "
            f"{r['prompts_sent']:,} |"
        )
    print("(building the rows, as the upgrade does: " + ", ".join(
        f"{r['members']:,}: {r['build_s']:.1f} s" for r in rows) + ")")  # fmt: skip


if __name__ == "__main__":
    main()
