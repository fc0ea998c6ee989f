"""Holding non-urgent DMs through a member's quiet hours and Do Not Disturb.

A job declared ``@job(kind, holdable=True)`` (a daily prompt, a weekly
summary, a milestone congratulation) that falls due while its member is in
their quiet hours (``/haven quiet``) or, on Slack, in Do Not Disturb is not
run then: it is *held* until the quiet ends, still exactly once and under the
same ledger key.

How, in the delivery ledger's terms (:mod:`bot.ledger`): the occurrence's
claim stays ``claimed``, handed from this process to :data:`HELD_BY` with its
lease and ``scheduled_for`` at the end of the quiet. Nothing else may run it
before then (a claim under lease is nobody else's); the scheduler's own
``finish`` of the occurrence leaves it alone (it finishes only its own
claims); and a one-off job for the same key (:func:`held_spec`) takes the claim
over when the lease runs out and runs the work — or, if this process is gone
by then, any process's sweep or start-up does, because held claims are part of
what the database implies (:meth:`Holding.specs`). The one place that
schedules it is :meth:`Holding.hold`; SOS and everything a member asked for
are never holdable.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from apscheduler.triggers.date import DateTrigger
from sqlalchemy import and_, update

from bot.adapters import Capability, DoNotDisturbStatus
from bot.jobs import HELD_FROM, Due, JobSpec
from bot.ledger import CLAIMED
from bot.models import Delivery
from bot.quiet import DoNotDisturb
from bot.quiet import parse as parse_quiet

if TYPE_CHECKING:
    from bot.app import Haven
    from bot.context import Context

log = logging.getLogger("haven.holding")

#: ``claimed_by`` of a held occurrence.
HELD_BY = "held"
#: Job id prefix of the one-off that delivers a held occurrence.
PREFIX = "held:"
#: How long a member's Do Not Disturb, once asked, is trusted.
DND_TTL = timedelta(minutes=5)
#: The one-off takes the claim over this long after the held lease ends, so
#: it finds the lease already expired.
MARGIN = timedelta(seconds=1)
DND_CACHE_LIMIT = 10_000


def held_spec(original: JobSpec, key: str, until: datetime, due_at: datetime) -> JobSpec:
    """The one-off that runs ``original``'s occurrence ``key`` (first due at
    ``due_at``) at ``until``."""
    return replace(
        original,
        job_id=PREFIX + key,
        trigger=DateTrigger(run_date=until),
        once_key=key,
        daily_in=None,
        spread=None,
        payload={**original.payload, HELD_FROM: due_at.isoformat()},
    )


def released(due: Due) -> Due:
    """A held occurrence as its handler sees it: due when it first was, and
    late only by how late its release ran (a prompt held overnight is the
    evening's prompt, not a late one). Other occurrences as they are."""
    first = due.job.payload.get(HELD_FROM)
    if not first:
        return due
    at = datetime.fromisoformat(first)
    return replace(due, scheduled_for=at, fired_at=at + max(due.late_by, timedelta(0)))


def first_due(due: Due) -> datetime:
    """When the occurrence was first due, however often it was held."""
    first = due.job.payload.get(HELD_FROM)
    return datetime.fromisoformat(first) if first else due.scheduled_for


class Holding:
    def __init__(self, app: Haven) -> None:
        self.app = app
        #: (community id, user id) → (asked at, what the platform said).
        self._dnd: dict[tuple[int, str], tuple[datetime, DoNotDisturb | None]] = {}

    async def quiet_until(self, ctx: Context) -> datetime | None:
        """When the job's member stops being quiet, if they are quiet now."""
        member, now = ctx.member, ctx.now()
        if member is None or not member.consented:
            return None
        ends: list[datetime] = []
        try:
            hours = parse_quiet(member.quiet_hours)
        except ValueError:
            hours = None
        if hours is not None:
            end = hours.end_after(now, ctx.zone)
            if end is not None:
                ends.append(end)
        dnd = await self._do_not_disturb(ctx)
        if dnd is not None:
            end = dnd.end_after(now)
            if end is not None:
                ends.append(end)
        return max(ends) if ends else None

    async def _do_not_disturb(self, ctx: Context) -> DoNotDisturb | None:
        if not ctx.has(Capability.DO_NOT_DISTURB) or ctx.member is None:
            return None
        key = (ctx.community.id, ctx.member.platform_user_id)
        now = ctx.now()
        cached = self._dnd.get(key)
        if cached is not None and now - cached[0] < DND_TTL:
            return cached[1]
        await ctx.before_platform_call()
        try:
            status = await cast(DoNotDisturbStatus, ctx.adapter).do_not_disturb(ctx.key, key[1])
        except Exception as exc:  # unknown: send as if it were off
            log.info("no Do Not Disturb status: %s", type(exc).__name__)
            status = None
        if len(self._dnd) >= DND_CACHE_LIMIT:
            self._dnd.clear()
        self._dnd[key] = (now, status)
        return status

    async def hold(self, due: Due, until: datetime) -> bool:
        """Hand the occurrence's claim to :data:`HELD_BY` until ``until`` and
        schedule its one-off; False when the claim was not this process's."""
        spec = due.job
        async with self.app.database.begin() as conn:
            result = await conn.execute(
                update(Delivery.__table__)
                .where(
                    and_(
                        Delivery.community_id == spec.community_id,
                        Delivery.key == due.key,
                        Delivery.status == CLAIMED,
                        Delivery.claimed_by == self.app.instance_id,
                    )
                )
                .values(
                    claimed_by=HELD_BY,
                    scheduled_for=until,
                    lease_until=until,
                    # When it was first due, for a restart to rebuild the one-off.
                    note=f"held from {first_due(due).isoformat()}",
                )
            )
        if result.rowcount != 1:
            return False
        await self._one_off(held_spec(spec, due.key, until + MARGIN, first_due(due)))
        return True

    async def _one_off(self, spec: JobSpec) -> None:
        """The one place holding uses the scheduler: a one-off job, a ``due``
        row of its own (not declared by a cog, so no declaration removes it)."""
        await self.app.scheduler.put(spec)
