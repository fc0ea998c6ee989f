"""One OS process taking slots from a shared bucket (tests/scale/test_shared_rate.py).

    python ratelimit_worker.py DATABASE_URL COUNT PER_SECOND OUT_FILE

Each slot's use is written to OUT_FILE as the wall time it was taken.
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
    taken: list[float] = []

    async def sender() -> None:
        await limiter.acquire(("test", "shared"), rate)
        taken.append(time.time())

    try:
        await asyncio.gather(*(sender() for _ in range(count)))
    finally:
        await db.dispose()
    with open(out, "w") as fh:
        fh.write("\n".join(f"{t:.6f}" for t in taken))


if __name__ == "__main__":
    url, count, per_second, out = sys.argv[1:5]
    asyncio.run(main(url, int(count), float(per_second), out))
