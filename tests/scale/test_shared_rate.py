"""Two real OS processes on one PostgreSQL database share one rate: together
they never take more slots in any one second than the bucket allows."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bot.db import Database

WORKER = Path(__file__).with_name("ratelimit_worker.py")
ROOT = Path(__file__).resolve().parents[2]
PER_SECOND = 20
EACH = 40


async def test_two_processes_stay_under_one_shared_rate(pg_url, tmp_path):
    db = Database(pg_url)
    await db.upgrade()
    await db.dispose()
    outs = [tmp_path / f"p{n}.txt" for n in range(2)]
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, str(WORKER), pg_url, str(EACH), str(PER_SECOND), str(out), cwd=ROOT
        )
        for out in outs
    ]
    for proc in procs:
        assert await asyncio.wait_for(proc.wait(), timeout=60) == 0
    times = sorted(float(t) for out in outs for t in out.read_text().split())
    assert len(times) == 2 * EACH  # every slot was taken
    # Any one-second window holds at most the rate (+1 for the window's edges).
    busiest = max(sum(1 for u in times if t <= u < t + 1.0) for t in times)
    assert busiest <= PER_SECOND + 1, busiest
    # and the two processes really interleaved rather than taking turns wholesale
    first = [float(t) for t in outs[0].read_text().split()]
    second = [float(t) for t in outs[1].read_text().split()]
    assert min(second) < max(first) and min(first) < max(second)
