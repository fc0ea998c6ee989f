"""Scheduled work is what the cogs declare, after every command (issue #19).

No cog adds or removes jobs: each declares the jobs its data implies
(``Cog.jobs_for``) and the engine writes the ``due`` rows in the transaction of
the handler that changed the data. So, in a community full of data (two
members using every cog, partners, meetings, a moderator setting things up),
every command in the registry is run — with arguments that reach the
community's own meetings, pods and members — and after each one the ``due``
rows of every community are exactly what the cogs' declarations imply now.
A cog that forgot a kind of change would leave a row too many, too few, or
planned from an old declaration, and fail here by name.
"""

from __future__ import annotations

import pytest
from sqlmodel import SQLModel, select

from adapters.console.adapter import COMMUNITY
from bot.context import Context
from bot.due import EVERYTHING, TABLE, signature
from bot.models import Community
from bot.plugins import Permission
from tests.privacy.member_data_support import OTHER, fill_other, run_in, run_scenario

#: Arguments per command that name the community's own rows; others use the
#: spec's example.
ARGUMENTS = {
    "partner accept": "@carol",
    "partner decline": "@carol",
    "partner request": "@carol",
    "partner leave": "pod:{pod}",
    "meeting rsvp": "{meeting} going",
    "meeting skip": "{meeting} 2026-12-26",
    "meeting remove": "{meeting}",
    "sober reset": 'note:"a new start"',
    "me delete": "confirm",
}
FIRST = ("sober set",)  # so that show, reset, history and remove have a counter
LAST = ("sober remove", "me consent", "me delete")  # these end data: run them last


async def differences(app) -> list[str]:
    """Where the ``due`` rows differ from what every cog declares now."""
    async with app.database.unscoped_session("test", readonly=True) as session:
        communities = list((await session.exec(select(Community))).all())
    found: list[str] = []
    for community in communities:
        wanted: dict[str, str] = {}
        async with app.database.session(community.id, readonly=True) as session:
            ctx = Context(app, None, community, session)
            for cog in app.registry.cogs.values():
                kinds = app.registry.kinds_of(cog)
                for spec in await cog.jobs_for(ctx, EVERYTHING):
                    if spec.kind in kinds:
                        wanted[spec.job_id] = signature(spec)
        query = select(TABLE.c.job_id, TABLE.c.signature).where(
            TABLE.c.community_id == community.id, TABLE.c.declared.is_(True)
        )
        async with app.database.engine.connect() as conn:
            stored = dict((await conn.execute(query)).all())
        for job_id in sorted(wanted.keys() - stored.keys()):
            found.append(f"{community.workspace_id}: {job_id} declared but has no row")
        for job_id in sorted(stored.keys() - wanted.keys()):
            found.append(f"{community.workspace_id}: {job_id} has a row but is not declared")
        for job_id in sorted(wanted.keys() & stored.keys()):
            if wanted[job_id] != stored[job_id]:
                found.append(f"{community.workspace_id}: {job_id} planned from an old declaration")
    return found


async def first_id(console, table_name: str) -> int | None:
    table = SQLModel.metadata.tables[table_name]
    community = await console.app.community(COMMUNITY)
    async with console.db.engine.connect() as conn:
        query = select(table.c.id).where(table.c.community_id == community.id)
        return (await conn.execute(query.order_by(table.c.id))).scalars().first()


@pytest.mark.parametrize("actor", ["member", "moderator"])
async def test_after_every_command_the_due_rows_are_what_the_cogs_declare(console, actor):
    await run_scenario(console)
    await fill_other(console)
    await run_in(console, OTHER, "alice", "/haven consent agree\n/haven timezone Asia/Tokyo")
    assert await differences(console.app) == []
    async with console.db.engine.connect() as conn:
        assert (await conn.execute(select(TABLE.c.id).limit(1))).first(), "no work to compare"
    placeholders = {
        "meeting": await first_id(console, "meeting"),
        "pod": await first_id(console, "partner_pod") or 999,
    }
    specs = sorted(
        console.app.registry.commands.values(),
        key=lambda s: (-(s.name in FIRST), s.name.startswith(LAST), s.name),
    )
    assert len(specs) >= 40
    for spec in specs:
        line = spec.example
        if spec.name in ARGUMENTS:
            line = f"/{spec.name} {ARGUMENTS[spec.name].format(**placeholders)}"
        moderator = actor == "moderator" or spec.permission is Permission.MODERATOR
        user = "mona" if moderator else "alice"
        out = await run_in(console, COMMUNITY, user, line, mod=moderator)
        assert out, f"{line} gave no answer"
        assert await differences(console.app) == [], f"after {line}"
