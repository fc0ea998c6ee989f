"""``UTCDateTime``: aware UTC in, aware UTC out, on every backend; on SQLite
stored as the very text SQLAlchemy's own DATETIME writes, so that rows
written before and after compare, sort and match alike (due times, leases
and the ledger's times are compared as text there)."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.columns import UTCDateTime

TIMES = [
    datetime(2026, 12, 3, 9, 15, tzinfo=UTC),
    datetime(2026, 3, 29, 3, 30, 0, 123456, tzinfo=ZoneInfo("Europe/Berlin")),
    datetime(2026, 11, 1, 1, 30, 0, 7, tzinfo=timezone(timedelta(hours=-4))),
]


@pytest.fixture
async def table(tmp_path):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path}/columns.db")
    metadata = MetaData()
    times = Table("times", metadata, Column("id", Integer, primary_key=True),
                  Column("at", UTCDateTime))  # fmt: skip
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    yield engine, times
    await engine.dispose()


async def test_sqlite_stores_the_text_sqlalchemys_datetime_writes(table):
    engine, times = table
    async with engine.begin() as conn:
        for at in TIMES:
            await conn.execute(insert(times).values(at=at))
        stored = (await conn.execute(text("SELECT at FROM times ORDER BY id"))).scalars().all()
        read = (await conn.execute(select(times.c.at).order_by(times.c.id))).scalars().all()
    written = sqlite.DATETIME().bind_processor(None)
    assert stored == [written(at.astimezone(UTC).replace(tzinfo=None)) for at in TIMES]
    assert stored[0] == "2026-12-03 09:15:00.000000"
    assert read == TIMES and all(at.tzinfo is UTC for at in read)


async def test_rows_written_either_way_compare_as_times(table):
    engine, times = table
    old = sqlite.DATETIME().bind_processor(None)
    async with engine.begin() as conn:
        for at in TIMES:  # as SQLAlchemy's own type wrote them
            naive = at.astimezone(UTC).replace(tzinfo=None)
            await conn.execute(text("INSERT INTO times (at) VALUES (:at)"), {"at": old(naive)})
        cutoff = datetime(2026, 11, 1, 5, 30, 0, 7, tzinfo=UTC)  # the third, in UTC
        found = await conn.execute(select(times.c.at).where(times.c.at <= cutoff))
        assert sorted(found.scalars().all()) == sorted(TIMES[1:])


async def test_a_naive_time_is_refused(table):
    engine, times = table
    async with engine.begin() as conn:
        with pytest.raises(StatementError, match="naive datetimes are not stored"):
            await conn.execute(insert(times).values(at=datetime(2026, 12, 3, 9, 15)))
