"""SQLite statements make one trip to aiosqlite's thread (bot/sqlite_trips.py),
and everything a statement promises still holds: its rows, its counts, its
errors, its transaction."""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import UTC, datetime

import aiosqlite
import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.db import Database
from bot.models import Community
from tests.support.scheduling import add_community

COMMUNITIES = Community.__table__


@pytest.fixture
async def db(db_url):
    database = Database(db_url)
    yield database
    await database.dispose()


@pytest.fixture
def trips(monkeypatch) -> list[str]:
    """Every call sent to aiosqlite's thread, by the name of what it ran."""
    sent: list[str] = []
    real = aiosqlite.Connection._execute

    async def counted(self, fn, *args, **kwargs):
        sent.append(getattr(fn, "__name__", repr(fn)))
        return await real(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    return sent


def _community(workspace: str) -> dict:
    now = datetime.now(UTC)
    return {"platform": "console", "workspace_id": workspace, "created_at": now, "settings": {}}


async def test_a_write_transaction_is_a_trip_per_statement_and_one_to_commit(db, trips):
    await add_community(db, "warm")  # the pool's connection, opened and set up
    trips.clear()
    async with db.begin() as conn:
        await conn.execute(insert(COMMUNITIES).values(**_community("w2")))
        count = (await conn.execute(select(func.count()).select_from(COMMUNITIES))).scalar()
    # BEGIN IMMEDIATE goes with the insert; no rollback follows the commit.
    assert trips == ["_statement", "_statement", "commit"]
    assert count == 2


async def test_a_transaction_that_ran_nothing_makes_no_trip(db, trips):
    await add_community(db, "warm")
    trips.clear()
    async with db.begin():
        pass
    async with db.engine.connect():
        pass
    assert trips == []


async def test_rows_counts_and_new_ids_come_back_as_the_driver_gave_them(db):
    async with db.begin() as conn:
        made = await conn.execute(insert(COMMUNITIES).values(**_community("a")))
        await conn.execute(insert(COMMUNITIES), [_community("b"), _community("c")])
        renamed = await conn.execute(
            update(COMMUNITIES).where(COMMUNITIES.c.workspace_id != "a").values(name="x")
        )
        named = await conn.execute(
            select(COMMUNITIES.c.workspace_id, COMMUNITIES.c.name).order_by(
                COMMUNITIES.c.workspace_id
            )
        )
        rows = named.all()
    assert made.inserted_primary_key[0] is not None
    assert renamed.rowcount == 2
    assert [tuple(row) for row in rows] == [("a", ""), ("b", "x"), ("c", "x")]


async def test_a_failed_statement_undoes_its_transaction_and_keeps_what_was_stored(db):
    await add_community(db, "kept")
    with pytest.raises(IntegrityError, match="UNIQUE"):
        async with db.begin() as conn:
            await conn.execute(insert(COMMUNITIES).values(**_community("undone")))
            await conn.execute(insert(COMMUNITIES).values(**_community("kept")))  # unique key
    async with db.engine.connect() as conn:
        stored = (await conn.execute(select(COMMUNITIES.c.workspace_id))).scalars().all()
    assert stored == ["kept"]
    # The connection went back to the pool usable, its transaction closed.
    await add_community(db, "after")


async def test_a_streamed_result_reads_inside_its_own_transaction(db):
    async with db.begin() as conn:
        await conn.execute(insert(COMMUNITIES).values(**_community("streamed")))
        result = await conn.stream(select(COMMUNITIES.c.workspace_id))
        seen = [row[0] async for row in result]
        await conn.rollback()
    assert seen == ["streamed"]
    async with db.engine.connect() as conn:
        left = (await conn.execute(select(func.count()).select_from(COMMUNITIES))).scalar()
    assert left == 0


async def test_a_glance_reads_what_was_committed_in_one_trip_a_statement(db, trips):
    await add_community(db, "seen")
    trips.clear()
    async with db.glance() as conn:
        names = (await conn.execute(select(COMMUNITIES.c.workspace_id))).scalars().all()
        count = (await conn.execute(select(func.count()).select_from(COMMUNITIES))).scalar()
    assert (names, count) == (["seen"], 1)
    assert trips == ["_statement", "_statement"]  # no BEGIN, no ROLLBACK


async def test_a_read_cancelled_before_it_reached_the_database_leaves_no_transaction_open(db):
    """/crisis gives its read a moment only, then answers without it: the read
    is cancelled, perhaps before aiosqlite's thread even started it. The
    connection goes back to the pool and must not carry that read's BEGIN
    into the next member's write."""
    await add_community(db, "warm")
    async with db.engine.connect() as conn:
        driver = (await conn.get_raw_connection()).driver_connection
        busy = asyncio.ensure_future(driver._execute(time.sleep, 0.3))  # the thread is busy
        await asyncio.sleep(0)
        read = asyncio.ensure_future(conn.execute(select(COMMUNITIES.c.id)))
        await asyncio.sleep(0.05)  # queued behind the busy call, not yet run
        read.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await read
    await busy
    await asyncio.sleep(0.1)  # the thread has run what was queued
    async with db.begin() as conn:  # the same pooled connection
        await conn.execute(insert(COMMUNITIES).values(**_community("after")))
    async with db.glance() as conn:
        stored = (await conn.execute(select(COMMUNITIES.c.workspace_id))).scalars().all()
    assert sorted(stored) == ["after", "warm"]
