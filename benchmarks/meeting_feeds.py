"""Benchmark: importing a 10,000-meeting feed, re-syncing it, and serving Haven's own feed.

    .venv/bin/python benchmarks/meeting_feeds.py [--meetings 10000] [--db sqlite|URL]

A local aiohttp server serves a Meeting Guide feed of N meetings (the same
generator the tests use); a Haven on the console adapter imports it with
``/meeting import`` (fetch, parse, store), syncs it again unchanged, then after
1% of the meetings changed. Then N/100 meetings of the community's own are
marked public and ``GET /feeds/<token>/meetings.json`` is timed.

Prints wall seconds for each step and the process's peak resident memory
after importing, and exits non-zero if a step's counts are wrong.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from adapters.console.main import build
from bot import crypto
from bot.config import Settings
from bot.http_routes import cog_routes
from tests.support.feeds import FeedServer, many_meetings

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def main(count: int, db: str) -> int:
    crypto.set_keyring(crypto.Keyring([crypto.generate_key()]))
    tmp = Path(tempfile.mkdtemp())
    try:
        if db == "sqlite":
            url = f"sqlite+aiosqlite:///{tmp / 'haven.db'}"
        else:
            from tests.support.postgres import reset_database

            await reset_database(db)
            url = db
        settings = dataclasses.replace(
            Settings(database_url=url), feed_allow_private=True, public_url="http://haven.test"
        )
        app, session = await build(settings, start=START, files_dir=tmp)
        server = await FeedServer().start()
        problems = 0
        try:
            await session.run_line(":as mona mod")
            await session.run_line("/mod channel announcements #announcements")
            feed = server.set("region.json", many_meetings(count))

            async def step(line: str, expect: str) -> float:
                nonlocal problems
                began = time.perf_counter()
                await session.run_line(line)
                took = time.perf_counter() - began
                reply = app.adapters["console"].outputs[-1].text
                if expect not in reply:
                    problems += 1
                    print(f"!! {line}: expected {expect!r}, got {reply[:300]!r}")
                return took

            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            imported = await step(f"/meeting import {feed}", f"{count} added")
            rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            unchanged = await step("/meeting sync", f"{count} unchanged")
            changed_n = count // 100
            server.set("region.json", many_meetings(count, changed=changed_n))
            changed = await step("/meeting sync", f"{changed_n} updated")

            await session.run_line(":as alice")
            await session.run_line("/haven consent agree")
            found = await step("/meeting find within:24", "Next meetings")
            await session.run_line(":as mona mod")

            own = max(count // 100, 1)
            for n in range(own):
                await session.run_line(
                    f'/meeting add title:"Own {n}" day:mon,thu time:19:00 tz:Europe/London '
                    "types:O,D duration:90 public:yes remind:10"
                )
            await session.run_line("/meeting feed on")
            text = app.adapters["console"].outputs[-1].text
            path = text.split("feed is on: ")[1].split()[0].removeprefix("http://haven.test")
            served = web.Application()
            served.add_routes(cog_routes(app))
            client = TestClient(TestServer(served))
            await client.start_server()
            try:
                began = time.perf_counter()
                answer = await client.get(path)
                body = await answer.json()
                served = time.perf_counter() - began
            finally:
                await client.close()
            if len(body) != own * 2:
                problems += 1
                print(f"!! the feed held {len(body)} entries, not {own * 2}")
            print(f"database: {'SQLite' if db == 'sqlite' else 'PostgreSQL'}")
            grew = (rss_after - rss_before) / 1024
            print(f"import of {count:,} meetings: {imported:.2f} s; peak RSS "
                  f"{rss_after / 1024:.0f} MB (+{grew:.0f} MB over the idle process)")  # fmt: skip
            print(f"re-sync, nothing changed: {unchanged:.2f} s")
            print(f"re-sync, {changed_n} changed: {changed:.2f} s")
            print(f"/meeting find over {count:,} imported meetings: {found:.2f} s")
            print(f"public feed of {own} meetings ({len(body)} entries): {served * 1000:.0f} ms")
        finally:
            await server.close()
            await app.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--db", default="sqlite", help="sqlite, or a postgresql+asyncpg:// URL")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.meetings, args.db)))
