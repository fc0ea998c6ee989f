"""Tenant purge (P6): a community that removed Haven is forgotten entirely once
the grace period (``HAVEN_PURGE_GRACE_DAYS``, 30 by default) has passed.

Why not a scheduler job: a :class:`~bot.scheduler.JobSpec` belongs to one
community and the delivery ledger records it under that community, but the
purge works across communities and deletes the very rows such a record would
point to. It needs no "exactly once" either: purging is idempotent (a second
instance, or a second run, finds nothing left to delete). So the app runs it at
start-up (catching up on anything that fell due while Haven was down) and then
once a day at 03:17 UTC with :func:`purge_daily`; tests call
:func:`purge_removed` directly.

Nothing is audited: the audit log is the community's own and goes with it.
The same daily run forgets audit rows older than ``HAVEN_AUDIT_RETENTION_DAYS``
(365 by default), so the log of who did what cannot grow without end.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, delete, inspect, select
from sqlmodel import SQLModel

from bot.models import AuditLog, Community

if TYPE_CHECKING:
    from bot.app import Haven

log = logging.getLogger("haven.purge")

DAILY_AT = (3, 17)  # hour, minute UTC: a quiet hour, off the round minute


async def purge_removed(app: Haven) -> list[int]:
    """Delete every community removed longer ago than the grace period, with all
    its rows and pending jobs; returns the ids of the purged communities."""
    cutoff = app.clock.now() - timedelta(days=app.settings.purge_grace_days)
    community = Community.__table__
    due = and_(community.c.removed_at.isnot(None), community.c.removed_at <= cutoff)
    purged: list[int] = []
    async with app.database.unscoped_session("purge removed communities") as session:
        conn = await session.connection()
        ids = [row[0] for row in await conn.execute(select(community.c.id).where(due))]
        present = set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))
        for cid in ids:
            # Children before parents. ON DELETE CASCADE would do this too; deleting
            # explicitly keeps the purge complete even where a table forgot it.
            for table in reversed(SQLModel.metadata.sorted_tables):
                if "community_id" in table.c and table.name in present:
                    await conn.execute(delete(table).where(table.c.community_id == cid))
            # The condition again: a community that came back meanwhile is kept.
            result = await conn.execute(delete(community).where(community.c.id == cid, due))
            if result.rowcount:
                purged.append(cid)
            await session.commit()
            conn = await session.connection()
        remaining = {row[0] for row in await conn.execute(select(community.c.id))}
        await prune_audit(app, session)
    # (Their ``due`` rows went with their other community-owned rows.)
    for key in [key for key in app._awaiting_consent if key[0] not in remaining]:
        app._awaiting_consent.pop(key, None)
    for cid in purged:
        log.info(
            "purged community %s: removed more than %s days ago", cid, app.settings.purge_grace_days
        )
    return purged


async def prune_audit(app: Haven, session) -> int:
    """Forget audit rows older than the retention period, in every community."""
    cutoff = app.clock.now() - timedelta(days=app.settings.audit_retention_days)
    table = AuditLog.__table__
    result = await (await session.connection()).execute(delete(table).where(table.c.at < cutoff))
    await session.commit()
    return result.rowcount or 0


def next_daily_run(now: datetime) -> datetime:
    hour, minute = DAILY_AT
    when = now.astimezone(UTC).replace(hour=hour, minute=minute, second=0, microsecond=0)
    return when if when > now else when + timedelta(days=1)


async def purge_daily(app: Haven) -> None:
    """Run :func:`purge_removed` every day at 03:17 UTC until cancelled."""
    while True:
        now = app.clock.now()
        await asyncio.sleep(max(1.0, (next_daily_run(now) - now).total_seconds()))
        try:
            await purge_removed(app)
        except Exception:  # try again tomorrow; never stop the bot over it
            log.exception("the daily tenant purge failed")
