"""SQLite with members acting at the same moment: writers queue for the lock
instead of failing, and the rate limiter never waits on a lock its caller holds.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlmodel import select

from bot.clock import SystemClock
from bot.db import Database
from bot.models import Community
from bot.ratelimit import Rate, RateLimiter
from tests.support.scheduling import add_community

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


async def _read_then_write(db: Database, community_id: int, n: int) -> None:
    """What a handler does: read a row, think, write what it read plus more."""
    async with db.unscoped_session("test") as session:
        community = await session.get(Community, community_id)
        await asyncio.sleep(0)  # others read the same snapshot meanwhile
        community.settings = {**community.settings, f"member{n}": n}
        session.add(community)
        await session.commit()


async def test_fifteen_members_writing_at_once_all_succeed_on_sqlite(db_url):
    db = Database(db_url)
    try:
        cid = await add_community(db)
        await asyncio.gather(*(_read_then_write(db, cid, n) for n in range(15)))
        async with db.unscoped_session("test", readonly=True) as session:
            settings = (await session.exec(select(Community))).one().settings
    finally:
        await db.dispose()
    # Every write landed: none failed, none overwrote another's (each read the
    # row only once it held the write lock).
    assert settings == {f"member{n}": n for n in range(15)}


async def test_the_rate_limiter_does_not_wait_on_the_callers_write_lock(db_url):
    db = Database(db_url)
    limiter = RateLimiter(db, SystemClock())
    try:
        cid = await add_community(db)
        async with db.unscoped_session("a handler that stores, then sends") as session:
            community = await session.get(Community, cid)
            community.name = "renamed"
            session.add(community)
            await session.flush()  # this connection now holds SQLite's write lock
            # Deadlock guard, not a speed goal: before the fix this waited out
            # the 30 s busy timeout and failed.
            slot = await asyncio.wait_for(
                limiter.acquire(("discord", "global"), Rate(per_second=50)), timeout=10
            )
            await session.commit()
        assert slot > 0
    finally:
        await limiter.dispose()
        await db.dispose()


async def test_readers_do_not_queue_behind_a_writer(db_url):
    db = Database(db_url)
    try:
        cid = await add_community(db)
        async with db.unscoped_session("writer") as writer:
            community = await writer.get(Community, cid)
            community.name = "pending"
            writer.add(community)
            await writer.flush()
            async with db.unscoped_session("reader", readonly=True) as reader:
                seen = await asyncio.wait_for(reader.get(Community, cid), timeout=10)
            assert seen is not None and seen.name != "pending"  # the last committed state
            await writer.commit()
    finally:
        await db.dispose()
