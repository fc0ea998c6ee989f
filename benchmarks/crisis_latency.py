"""Benchmark: /crisis and /sos answer with helplines within 1 s, whatever the
database is doing.

    .venv/bin/python benchmarks/crisis_latency.py [--count 100] \\
        [--db sqlite|locked|postgresql|stopped]

Through the real discord.py client against the local fake Discord, one member
sends ``--count`` × ``/crisis`` and ``--count`` × ``/sos``. Latency is the
fake's wall time from the INTERACTION_CREATE frame to the interaction's first
callback — what the member sees first (the helplines). The database is:

* ``sqlite``: a fresh file, idle;
* ``locked``: the same, with another connection holding SQLite's write lock
  (``BEGIN IMMEDIATE``) for the whole run. The busy timeout is cut to 2 s here
  so the /sos follow-ups ("I can't reach your partners right now") end soon;
  the first answer does not depend on it;
* ``postgresql``: ``HAVEN_TEST_DATABASE_URL`` (emptied first), idle;
* ``stopped``: PostgreSQL at a closed port — Haven starts in degraded mode.

Prints p50/p99/max per command and exits non-zero when a p99 is 1 s or more or
a /sos had no helplines first.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from adapters.discord.settings import DiscordSection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.fernet import Fernet

from adapters.discord.main import serve
from bot import crypto
from bot import db as bot_db
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from tests.fakes.discord.driver import DiscordDriver
from tests.fakes.discord.server import FakeDiscord

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
CLOSED_PORT = "postgresql+asyncpg://haven@127.0.0.1:9/haven"
GOAL_MS = 1000.0


async def database_url(kind: str, folder: Path) -> str:
    if kind in ("sqlite", "locked"):
        return f"sqlite+aiosqlite:///{folder / 'haven.db'}"
    if kind == "stopped":
        return CLOSED_PORT
    url = os.environ.get("HAVEN_TEST_DATABASE_URL")
    if not url:
        sys.exit("--db postgresql needs HAVEN_TEST_DATABASE_URL")
    from tests.support.postgres import reset_database

    await reset_database(url)
    return url


def hold_write_lock(path: Path):
    """Another writer: a plain sqlite3 connection inside BEGIN IMMEDIATE."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    return conn


async def main(count: int, kind: str) -> int:
    crypto.set_keyring(crypto.Keyring([Fernet.generate_key().decode()]))
    if kind == "locked":
        bot_db.BUSY_TIMEOUT_SECONDS = 2
    fake = await FakeDiscord().start()
    folder = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    settings = dataclasses.replace(
        Settings(database_url=await database_url(kind, folder)),
        sections=(
            DiscordSection(
                token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url
            ),
        ),
    )
    app = Haven(settings, clock=VirtualClock(START))
    app.load_cogs()
    await app.start()
    task = asyncio.create_task(serve(app, settings))
    while "discord" not in app.adapters or not app.adapters["discord"].client.is_ready():  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    driver = DiscordDriver(fake, app.adapters["discord"])
    if kind != "stopped":
        await driver.command("alice", "/haven consent agree")
    lock = hold_write_lock(folder / "haven.db") if kind == "locked" else None
    failures = 0
    results: dict[str, list[float]] = {}
    for line in ("/crisis", "/sos"):
        latencies = results[line] = []
        for _ in range(count):
            before = len(fake.interactions)
            seen = await driver.command("alice", line)
            inter = list(fake.interactions.values())[before]
            latencies.append((inter.answered_at - inter.sent_at) * 1000)
            if not seen or "988" not in seen[0].text:
                failures += 1
    if lock is not None:
        lock.rollback()
        lock.close()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    await app.stop()
    await fake.close()
    worst = 0.0
    for line, latencies in results.items():
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        worst = max(worst, p99)
        print(
            f"{kind}: {count} × {line}: p50 {statistics.median(latencies):.1f} ms, "
            f"p99 {p99:.1f} ms, max {latencies[-1]:.1f} ms"
        )
    print(
        f"{kind}: replies without helplines first: {failures}; fake problems {len(fake.problems)}"
    )
    return 1 if worst >= GOAL_MS or failures or fake.problems else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument(
        "--db", choices=("sqlite", "locked", "postgresql", "stopped"), default="sqlite"
    )
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.count, args.db)))
