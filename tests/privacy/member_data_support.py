"""A scenario that touches every cog for two members, a second community, and
raw views of what the database holds: every table with a foreign key to
``member.id`` is found by walking the metadata (so a new table is covered
without a change here).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Table, func, or_, select, text
from sqlmodel import SQLModel

from bot.adapters import CommunityKey, Invocation
from bot.models import Member
from bot.plugins import discover_cogs

# Every cog's models are imported, so the metadata knows every table.
discover_cogs()

#: Free text each member writes; none of it may be readable in the database file.
NOTES = {
    user: {
        "sober": f"{user}-note-first-day-sunrise",
        "reset": f"{user}-note-reset-rainy-evening",
        "checkin": f"{user}-note-checkin-long-walk",
        "reason": f"{user}-reason-daughters-graduation",
    }
    for user in ("alice", "bob")
}

MODERATOR_SETUP = """\
:as mona mod
/mod channel announcements #announcements
/mod channel milestones #milestones
/mod channel moderators #mods
/meeting add title:"Saturday circle" day:sat time:10:00 tz:UTC remind:60 about:"tea and talk"
"""


def member_script(user: str) -> str:
    notes = NOTES[user]
    return f"""\
:as {user}
/haven consent agree
/haven timezone Europe/Helsinki
/haven discreet on
/haven quiet 22:00-07:00
/sober set 2025-01-02 label:alcohol note:"{notes["sober"]}"
/sober reset label:alcohol date:2026-11-20 note:"{notes["reset"]}"
/sober share anonymous
/sober morning 07:30
/sober cost 12.50 currency:EUR hours:2 label:alcohol
/checkin mood:4 craving:2 sober:yes note:"{notes["checkin"]}" triggers:stress,people
/checkin streaks off
/checkin remind 08:30
/checkin pledge now
/checkin pledge 07:00
/checkin review 21:30
/checkin share partners
/meeting rsvp 1 going remind:30
/meeting subscribe mine
/partner pool join
/haven reasons add {notes["reason"]}
/sos
"""


async def run_scenario(console) -> None:
    """Both members use every cog; alice and bob become partners; due work runs
    (the ledger then holds rows for them)."""
    # Calendar links need Haven's public address.
    console.app.settings = dataclasses.replace(console.app.settings, public_url="http://haven.test")
    await console.run(MODERATOR_SETUP)
    await console.run(member_script("bob"))
    await console.run(member_script("alice"))
    await console.run(":as alice\n/partner request @bob\n:as bob\n:click Accept")
    # carol asks alice too, still open: a request row that names alice as its target
    await console.run(":as carol\n/haven consent agree\n/partner request @alice")
    # a day passes: check-in prompts, the meeting and its reminders fall due
    await console.run(":advance 1d")


def member_tables() -> list[tuple[Table, list[str]]]:
    """Every table with a foreign key to member.id, and those columns."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        columns = [
            fk.parent.name
            for fk in table.foreign_keys
            if fk.column.table.name == Member.__tablename__ and fk.column.name == "id"
        ]
        if columns:
            found.append((table, sorted(columns)))
    return found


def _about(table: Table, columns: Iterable[str], member: int):
    return or_(*(table.c[name] == member for name in columns))


async def member_id(console, user: str, community_id: int | None = None) -> int | None:
    query = select(Member.__table__.c.id).where(Member.__table__.c.platform_user_id == user)
    if community_id is not None:
        query = query.where(Member.__table__.c.community_id == community_id)
    async with console.db.engine.connect() as conn:
        return (await conn.execute(query)).scalar()


async def rows_about(console, member: int) -> dict[str, list[dict]]:
    """Raw rows (notes still encrypted) of every member table that name ``member``."""
    rows: dict[str, list[dict]] = {}
    async with console.db.engine.connect() as conn:
        for table, columns in member_tables():
            result = await conn.execute(
                select(table).where(_about(table, columns, member)).order_by(*table.primary_key)
            )
            rows[table.name] = [dict(row._mapping) for row in result]
    return rows


async def counts_by_community(console) -> dict[tuple[str, int], int]:
    """Rows per (table, community) for every table that has a community_id."""
    counts: dict[tuple[str, int], int] = {}
    async with console.db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if "community_id" not in table.c:
                continue
            query = select(table.c.community_id, func.count()).group_by(table.c.community_id)
            for community_id, count in await conn.execute(query):
                counts[(table.name, community_id)] = count
    return counts


async def raw_bytes(console) -> bytes:
    """The SQLite file and its write-ahead log, after a checkpoint."""
    async with console.db.engine.connect() as conn:
        await conn.execute(text("PRAGMA wal_checkpoint(FULL)"))
    path = Path(console.db.url.database)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


OTHER = CommunityKey("console", "other", "", "Another community")
OTHER_NOTE = "other-tenant-note-harbour-lights"
OTHER_TRIGGER = "night ferry"  # a trigger only tenant B lists


async def run_in(console, key: CommunityKey, user: str, script: str, *, mod: bool = False):
    """Run command lines as ``user`` in the community ``key`` (the console adapter
    serves every console community); returns the outputs they produced."""
    before = len(console.outputs)
    for line in script.strip().split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, rest = line[1:].partition(" ")
        await console.app.handle(
            Invocation(
                community=key,
                user_id=user,
                user_name=user,
                channel_id="general",
                command=name.lower(),
                text=rest,
                is_admin=mod,
            )
        )
    return console.outputs[before:]


async def fill_other(console) -> None:
    """Tenant B: a moderator, a meeting, and a member with notes, reminders, an RSVP."""
    await run_in(
        console,
        OTHER,
        "olga",
        "/mod channel announcements #town\n"
        f"/mod triggers {OTHER_TRIGGER}, loneliness\n"
        '/meeting add title:"Harbour group" day:sun time:18:00 tz:UTC',
        mod=True,
    )
    await run_in(
        console,
        OTHER,
        "oscar",
        f"""/haven consent agree
/haven timezone Asia/Tokyo
/sober set 2024-05-05 note:"{OTHER_NOTE}"
/checkin mood:2 craving:7 note:"{OTHER_NOTE}" triggers:"{OTHER_TRIGGER}, loneliness"
/sober cost 4 currency:JPY
/checkin remind 07:00
/checkin pledge now
/partner pool join""",
    )
    meeting = SQLModel.metadata.tables["meeting"]
    community = await console.app.community(OTHER)
    async with console.db.engine.connect() as conn:
        query = select(meeting.c.id).where(meeting.c.community_id == community.id)
        meeting_id = (await conn.execute(query)).scalar_one()
    await run_in(console, OTHER, "oscar", f"/meeting rsvp {meeting_id} going")
