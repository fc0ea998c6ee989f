"""Building ``due`` rows from the data already there, once per cog.

Every transaction that changes a cog's data declares its jobs as it commits
(bot/due.py) — once the cog's rows exist. Until then there is data and no
rows: every cog of a deployment from before scheduled work was rows (issue
#19), a cog installed into a running deployment, a cog turned on again (while
it was off, changes it never saw — a member's new zone — left its rows
behind), a release that changed what a cog declares. ``due_planned`` names the
cogs whose rows were built, and with what; each upgrade ends by building the
rest (:func:`plan`), in its own transaction and under its lock
(bot/migrate.py) — so ``haven run``, ``haven db upgrade`` and the console all
do it, one process at a time, once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.context import Context
from bot.due import EVERYTHING, Changes, sync
from bot.models import Community, DuePlanned

if TYPE_CHECKING:
    from bot.app import Haven
    from bot.plugins import Cog

log = logging.getLogger("haven.due")
PLANNED = DuePlanned.__table__


@dataclass
class Planned:
    """What :func:`plan` built: for ``haven db upgrade`` to say, and tests."""

    cogs: list[str] = field(default_factory=list)
    communities: int = 0
    rows: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        places = f"{self.communities} communit{'y' if self.communities == 1 else 'ies'}"
        return (
            f"built the scheduled work of {', '.join(self.cogs)} from existing data: "
            f"{self.rows} row{'' if self.rows == 1 else 's'} in {places}, {self.seconds:.1f} s"
        )


def declares(app: Haven, cog: Cog) -> str:
    """What a cog's rows were built with: its ``jobs_version`` and job kinds."""
    return f"{cog.jobs_version}:{','.join(sorted(app.registry.kinds_of(cog)))}"


async def plan(app: Haven, conn: AsyncConnection) -> Planned:
    """Build the rows of every running cog not planned as it declares now, and
    forget the marks of cogs that are off or gone (planned again when back)."""
    running = {cog.name: cog for cog in app.registry.cogs.values() if app.registry.kinds_of(cog)}
    wanted = {name: declares(app, cog) for name, cog in running.items()}
    marks = dict((await conn.execute(select(PLANNED.c.cog, PLANNED.c.declares))).all())
    stale = sorted(name for name, mark in marks.items() if wanted.get(name) != mark)
    if stale:
        await conn.execute(delete(PLANNED).where(PLANNED.c.cog.in_(stale)))
    todo = [running[name] for name in sorted(wanted) if marks.get(name) != wanted[name]]
    done = Planned([cog.name for cog in todo])
    if not todo:
        return done
    began = time.perf_counter()
    done.communities, changes = await build(app, conn, todo)
    done.rows = changes.added + changes.changed
    now = app.clock.now()
    await conn.execute(
        PLANNED.insert(),
        [{"cog": cog.name, "declares": declares(app, cog), "planned_at": now} for cog in todo],
    )
    done.seconds = time.perf_counter() - began
    # A new database has nothing to build: worth a line only when there was.
    log.log(logging.INFO if done.communities else logging.DEBUG, "%s", done)
    return done


async def build(app: Haven, conn: AsyncConnection, cogs: Iterable[Cog]) -> tuple[int, Changes]:
    """Make ``due`` equal what ``cogs`` declare for every community, on ``conn``
    (in its transaction); how many communities, and what changed."""
    cogs = [cog for cog in cogs if app.registry.kinds_of(cog)]
    now, changes = app.clock.now(), Changes()
    async with app.database.unscoped_session("build due rows", bind=conn) as session:
        communities = list((await session.exec(select(Community))).scalars().all())
    for community in communities:
        async with app.database.session(community.id, bind=conn) as session:
            ctx = Context(app, None, community, session)
            for cog in cogs:
                declared = list(await cog.jobs_for(ctx, EVERYTHING))
                kinds = app.registry.kinds_of(cog)
                await sync(conn, community, kinds, declared, EVERYTHING, now, changes)
    return len(communities), changes
