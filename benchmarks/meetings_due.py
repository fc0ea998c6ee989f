"""Benchmark: many meeting reminders due in the same minute, exactly once.

    .venv/bin/python benchmarks/meetings_due.py [--meetings 1000] [--instances 2]

Creates a fresh SQLite file, stores N meetings whose 10-minute reminder is due
at the same instant (behind the engine's back, as an old deployment's were, so
the first start builds their ``due`` rows from them: bot/due_plan.py), then
starts one or more Havens on that file and lets their schedulers race through
the batch. The clock is virtual — each scheduler runs the occurrences one after
another, in time order, as the console does — so *lateness* is the real wall
time from the batch start until each announcement was handed to the adapter,
through the real ``meeting:remind`` handler and its reads.

Prints lateness p50/p99/max and the number of duplicate or missing posts;
exits non-zero if any announcement was posted twice or not at all.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete
from sqlmodel import select

from adapters.console.adapter import COMMUNITY, Output
from adapters.console.main import build
from bot import crypto
from bot.config import Settings
from bot.models import Delivery, DuePlanned
from cogs.meetings.models import Meeting

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
MEETING_AT = START.replace(hour=18)  # every meeting: Mondays 18:00 UTC
DUE = MEETING_AT - timedelta(minutes=10)


async def seed(settings: Settings, count: int) -> None:
    app, _ = await build(settings, start=START)
    try:
        community = await app.community(COMMUNITY)
        async with app.database.session(community.id) as session:
            for n in range(count):
                session.add(
                    Meeting(
                        community_id=community.id, title=f"Meeting {n}", weekdays="mon",
                        hour=18, minute=0, zone="UTC", every_weeks=1, anchor=START.date(),
                        channel="announcements", leads="10", created_at=START,
                    )
                )  # fmt: skip
            await session.commit()
        # Stored behind the engine's back, as an old deployment's meetings
        # were: the next start builds their rows from them (bot/due_plan.py).
        async with app.database.begin() as conn:
            await conn.execute(delete(DuePlanned).where(DuePlanned.cog == "meetings"))
    finally:
        await app.stop()


async def run(count: int, instances: int) -> int:
    crypto.set_keyring(crypto.Keyring([crypto.generate_key()]))
    folder = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    settings = Settings(database_url=f"sqlite+aiosqlite:///{folder / 'haven.db'}")
    await seed(settings, count)

    posted: list[tuple[float, str]] = []

    def printer(out: Output) -> None:
        if out.kind == "message" and out.actions:
            posted.append((time.perf_counter(), out.actions[0]["id"].split(":")[2]))

    apps = []
    for n in range(instances):
        app, _ = await build(settings, start=START, printer=printer, files_dir=folder)
        app.instance_id = app.ledger.instance_id = f"bench-{n}"
        apps.append(app)
    try:
        began = time.perf_counter()
        await asyncio.gather(*(app.scheduler.run_until(DUE + timedelta(minutes=1)) for app in apps))
        took = time.perf_counter() - began
        async with apps[0].database.unscoped_session("benchmark") as session:
            sent = len(
                (await session.exec(select(Delivery).where(Delivery.status == "sent"))).all()
            )
    finally:
        for app in apps:
            await app.stop()
        shutil.rmtree(folder, ignore_errors=True)

    per_meeting = Counter(meeting for _, meeting in posted)
    duplicates = sum(n - 1 for n in per_meeting.values())
    missing = count - len(per_meeting)
    lateness = sorted(at - began for at, _ in posted) or [0.0]
    p50 = statistics.median(lateness)
    p99 = lateness[min(len(lateness) - 1, int(len(lateness) * 0.99))]
    print(f"meetings due in the same minute: {count}, schedulers racing: {instances}")
    print(f"posts: {len(posted)}  ledger rows sent: {sent}  duplicates: {duplicates}  "
          f"missing: {missing}")  # fmt: skip
    print(f"lateness p50: {p50:.3f} s  p99: {p99:.3f} s  max: {lateness[-1]:.3f} s")
    print(f"batch took {took:.2f} s ({len(posted) / took:.0f} posts/s)")
    return 1 if duplicates or missing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--instances", type=int, default=2)
    args = parser.parse_args()
    sys.exit(asyncio.run(run(args.meetings, args.instances)))


if __name__ == "__main__":
    main()
