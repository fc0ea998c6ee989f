"""One OS process taking slots from a shared bucket (tests/scale/test_shared_rate.py).

    python ratelimit_worker.py DATABASE_URL COUNT PER_SECOND OUT_FILE

Each slot is written to OUT_FILE as "<slot> <wall time it was used>" (Unix s):
the slot the shared bucket gave out, and when the sender went on with it.
"""

from __future__ import annotations

import asyncio
import sys
import time

from bot.clock import SystemClock
from bot.db import Database
from bot.ratelimit import Rate, RateLimiter


async def main(url: str, count: int, per_second: float, out: str) -> None:
    db = Database(url)
    limiter = RateLimiter(db, SystemClock())
    rate = Rate(per_second, batch=2)
    taken: list[tuple[float, float]] = []

    async def sender() -> None:
        slot = await limiter.acquire(("test", "shared"), rate)
        taken.append((slot, time.time()))

    try:
        await asyncio.gather(*(sender() for _ in range(count)))
    finally:
        await db.dispose()
    with open(out, "w") as fh:
        fh.write("\n".join(f"{slot:.6f} {used:.6f}" for slot, used in taken))


if __name__ == "__main__":
    url, count, per_second, out = sys.argv[1:5]
    asyncio.run(main(url, int(count), float(per_second), out))
