"""Benchmark: one vs three Haven processes on one PostgreSQL, the same work.

    .venv/bin/python benchmarks/due_processes.py --pg URL [--reminders 1500]
        [--processes 1,3] [--rounds 1] [--post-ms 0]

For each process count, the PostgreSQL database at URL (one of your own: it is
emptied) is migrated, that many real Haven processes (``tests/scale/
scale_worker.py``: the real engine on the real clock, the console adapter
writing each post to a file) are started, and then ``--reminders`` meeting
reminders are written so that they fall due within the same second. Sends/s is
reminders / (last post − first due time). Exits non-zero on any duplicate or
missing post.

``--post-ms`` is how long each platform call takes (the worker's handler waits
that long before posting). 0 measures the engine's CPU alone: on a two-core
machine that also runs PostgreSQL, a second and third process can only share
the same two cores. A real post is a network round trip — Discord's and
Slack's answer in tens to hundreds of milliseconds — and then a process is
bound by the posts it has in flight (``CONCURRENCY``), which is what more
processes add.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot import crypto
from tests.conftest import TEST_KEY
from tests.scale.scale_support import Ledger, add_work, prepare, read_sends, start_worker, until

LEAD = 6  # seconds between writing the work and its falling due


async def empty(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


async def one_run(url: str, processes: int, reminders: int, hold: float) -> tuple[float, int, int]:
    await empty(url)
    community_id, _ = await prepare(url, 0)
    workers = []
    with tempfile.TemporaryDirectory(prefix="haven-procs-") as folder:
        try:
            for n in range(processes):
                workers.append(await start_worker(url, Path(folder), f"p{n}", TEST_KEY, hold=hold))
            for worker in workers:
                await worker.wait_for(lambda lines: "ready" in lines, within=60)
            first = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=LEAD)
            expected = await add_work(url, community_id, [], reminders, first, 1)
            ledger = Ledger(url)
            try:

                async def done() -> bool:
                    return (await ledger.counts()).get("sent", 0) >= reminders

                await until(done, LEAD + 120, "every reminder to be sent", every=0.1)
            finally:
                await ledger.close()
            await asyncio.sleep(1)  # a duplicate would show up now
            for worker in workers:
                await worker.stop()
            sends = read_sends(workers)
        finally:
            for worker in workers:
                await worker.stop(within=5)
    counts = Counter(send["job_id"] for send in sends)
    duplicates = sum(n - 1 for n in counts.values())
    missing = len(expected - set(counts))
    last = max(datetime.fromisoformat(send["sent_at"]) for send in sends)
    return reminders / (last - first).total_seconds(), duplicates, missing


async def run(url: str, reminders: int, counts: list[int], rounds: int, hold: float) -> int:
    crypto.set_keyring(crypto.Keyring([TEST_KEY]))
    ok, lines = True, ["| processes | sends/s | duplicates | missing |", "|---|---|---|---|"]
    for processes in counts:
        rates = []
        for _ in range(rounds):
            rate, duplicates, missing = await one_run(url, processes, reminders, hold)
            ok = ok and not duplicates and not missing
            rates.append(rate)
        rate = statistics.median(rates)
        lines.append(f"| {processes} | {rate:,.0f} | {duplicates} | {missing} |")
    print(
        f"{reminders} reminders due within one second, PostgreSQL, each post taking "
        f"{hold * 1000:.0f} ms, medians of {rounds}"
    )
    print("\n".join(lines))
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="a PostgreSQL URL of your own (emptied)")
    parser.add_argument("--reminders", type=int, default=1500)
    parser.add_argument("--processes", default="1,3")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--post-ms", type=float, default=0.0, help="how long each platform call takes (ms)"
    )
    args = parser.parse_args()
    counts = [int(n) for n in args.processes.split(",")]
    sys.exit(asyncio.run(run(args.pg, args.reminders, counts, args.rounds, args.post_ms / 1000)))


if __name__ == "__main__":
    main()
