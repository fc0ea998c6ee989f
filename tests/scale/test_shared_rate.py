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
    taken = [read(out) for out in outs]
    slots = sorted(slot for pairs in taken for slot, _ in pairs)
    assert len(slots) == 2 * EACH  # every slot was taken
    # Any one-second window holds at most the rate (+1 for the window's edges).
    # Slots, not the moments the senders woke: on a busy machine a sender wakes
    # late, and its wake-up says nothing about the bucket the processes share.
    busiest = max(sum(1 for u in slots if t <= u < t + 1.0) for t in slots)
    assert busiest <= PER_SECOND + 1, busiest
    # Nobody went ahead before their slot,
    assert all(used >= slot - 0.005 for pairs in taken for slot, used in pairs)
    # and the two processes really interleaved rather than taking turns wholesale.
    first, second = ([slot for slot, _ in pairs] for pairs in taken)
    assert min(second) < max(first) and min(first) < max(second)


def read(out: Path) -> list[tuple[float, float]]:
    pairs = (line.split() for line in out.read_text().splitlines() if line.strip())
    return [(float(slot), float(used)) for slot, used in pairs]
