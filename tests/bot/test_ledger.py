"""The delivery ledger: one owner per key, on SQLite and on PostgreSQL."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.db import Database
from bot.ledger import SENT, Claim, Ledger
from tests.support.scheduling import add_community

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


async def migrated(url: str) -> Database:
    db = Database(url)
    await db.upgrade()
    return db


async def race(db: Database, claimers: int) -> list[bool]:
    cid = await add_community(db)
    ledgers = [Ledger(db, f"p{n}", timedelta(minutes=5)) for n in range(claimers)]
    claim = Claim(cid, "meeting:3:2026-11-23T18:00Z:60", "meeting:3:60", NOW)
    return await asyncio.gather(*(ledger.claim(claim, NOW) for ledger in ledgers))


async def test_concurrent_claimers_on_sqlite_one_wins(db_url):
    db = Database(db_url)
    try:
        assert sorted(await race(db, 8)) == [False] * 7 + [True]
    finally:
        await db.dispose()


async def test_concurrent_claimers_on_separate_engines_one_wins(db_url):
    """Two processes have two engines (connection pools) on one SQLite file."""
    first, second = Database(db_url), Database(db_url)
    try:
        cid = await add_community(first)
        claim = Claim(cid, "k", "j", NOW)
        results = await asyncio.gather(
            Ledger(first, "a", timedelta(minutes=5)).claim(claim, NOW),
            Ledger(second, "b", timedelta(minutes=5)).claim(claim, NOW),
        )
        assert sorted(results) == [False, True]
    finally:
        await first.dispose()
        await second.dispose()


async def test_concurrent_claimers_on_postgresql_one_wins(pg_url):
    engines = [await migrated(pg_url)] + [Database(pg_url) for _ in range(2)]
    try:
        cid = await add_community(engines[0])
        claim = Claim(cid, "prompt:12@2026-11-21", "prompt:12", NOW)
        ledgers = [Ledger(db, f"proc{n}", timedelta(minutes=5)) for n, db in enumerate(engines)]
        results = await asyncio.gather(*(lg.claim(claim, NOW) for lg in ledgers * 3))
        assert results.count(True) == 1
    finally:
        for db in engines:
            await db.dispose()


async def test_finished_work_is_never_taken_over(db_url):
    db = Database(db_url)
    try:
        cid = await add_community(db)
        owner = Ledger(db, "owner", timedelta(seconds=1))
        claim = Claim(cid, "k", "j", NOW)
        assert await owner.claim(claim, NOW)
        await owner.finish(cid, "k", SENT, NOW)
        later = NOW + timedelta(days=1)
        assert not await Ledger(db, "other", timedelta(seconds=1)).claim(claim, later)
    finally:
        await db.dispose()


@pytest.mark.parametrize("lease_left", [True, False])
async def test_a_live_lease_is_respected_and_an_expired_one_taken_over(db_url, lease_left):
    db = Database(db_url)
    try:
        cid = await add_community(db)
        claim = Claim(cid, "k", "j", NOW)
        assert await Ledger(db, "crashed", timedelta(minutes=5)).claim(claim, NOW)
        when = NOW + (timedelta(minutes=4) if lease_left else timedelta(minutes=6))
        taken = await Ledger(db, "next", timedelta(minutes=5)).claim(claim, when)
        assert taken is not lease_left
    finally:
        await db.dispose()
