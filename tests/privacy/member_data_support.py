"""The privacy scenario — every cog's part, for two members, a second community —
and raw views of what the database holds: every table with a foreign key to
``member.id`` is found by walking the metadata (so a new table is covered
without a change here).

The engine's own lines are here (agreeing, a time zone); each cog's are beside
its tests, in ``tests/cogs/<cog>/privacy_scenario.py`` (tests/privacy/scenario.py),
run in registry order.
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
from tests.privacy.scenario import Scenario, notes_of, scenarios

# Every cog's models are imported, so the metadata knows every table.
COGS = [cls.name for cls in discover_cogs()]

#: Free text each member writes; none of it may be readable in the database file.
NOTES = {user: notes_of(scenarios(COGS), user) for user in ("alice", "bob")}


def parts(console) -> list[tuple[str, Scenario]]:
    """The parts of the cogs ``console`` serves, in registry order."""
    return scenarios(console.app.registry.cogs)


def member_script(user: str, found: Iterable[tuple[str, Scenario]]) -> str:
    found = list(found)
    notes = notes_of(found, user)
    lines = "".join(part.member_lines(user, notes) for _, part in found)
    return f":as {user}\n/haven consent agree\n/haven timezone Europe/Helsinki\n{lines}"


async def run_scenario(console) -> None:
    """Both members use every cog; alice and bob become partners; due work runs
    (the ledger then holds rows for them)."""
    # Calendar links need Haven's public address.
    console.app.settings = dataclasses.replace(console.app.settings, public_url="http://haven.test")
    found = parts(console)
    await console.run(":as mona mod\n" + "".join(part.setup for _, part in found))
    await console.run(member_script("bob", found))
    await console.run(member_script("alice", found))
    await console.run("".join(part.together for _, part in found))
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
    found = parts(console)
    words = {"note": OTHER_NOTE, "trigger": OTHER_TRIGGER}
    setup = "".join(part.other_setup.format(**words) for _, part in found)
    await run_in(console, OTHER, "olga", setup, mod=True)
    member = "".join(part.other.format(**words) for _, part in found)
    await run_in(
        console, OTHER, "oscar", f"/haven consent agree\n/haven timezone Asia/Tokyo\n{member}"
    )
    community = await console.app.community(OTHER)

    async def run(user: str, lines: str):
        return await run_in(console, OTHER, user, lines)

    for _, part in found:
        if part.other_then is not None:
            await part.other_then(console, community.id, run)
