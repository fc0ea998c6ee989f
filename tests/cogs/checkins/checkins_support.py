"""Helpers for the check-in tests: read what the database holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlmodel import select

from bot.models import Member
from cogs.checkins.models import CheckIn, CheckinPrefs


async def checkins_of(harness, user: str) -> list[CheckIn]:
    """``user``'s check-ins, through ``harness.app`` (a console Harness or a
    platform test's environment alike)."""
    async with harness.app.database.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).first()
        if member is None:
            return []
        rows = await session.exec(
            select(CheckIn).where(CheckIn.member_id == member.id).order_by(CheckIn.local_date)
        )
        return list(rows.all())


async def prefs_of(harness, user: str) -> CheckinPrefs | None:
    async with harness.app.database.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).first()
        if member is None:
            return None
        return (
            await session.exec(select(CheckinPrefs).where(CheckinPrefs.member_id == member.id))
        ).first()


def dms(outputs, user: str) -> list:
    return [o for o in outputs if o.kind == "dm" and o.to == user]


def raw_bytes(path: str | Path) -> bytes:
    """A file's bytes (a plain function: the tests are async)."""
    return Path(path).read_bytes()


def database_bytes(database_url: str) -> bytes:
    """The SQLite file and its write-ahead log, as stored on disk."""
    path = Path(database_url.split(":///", 1)[1])
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def stored_notes(database_url: str) -> list[str | None]:
    """The ``note`` column exactly as stored, read past the ORM."""
    with sqlite3.connect(database_url.split(":///", 1)[1]) as conn:
        return [row[0] for row in conn.execute("select note from checkin")]
