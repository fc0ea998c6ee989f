"""Partner signals: a gentle private nudge to a member's partners when the
member — having chosen ``/checkin share partners`` — has gone quiet.

Quiet means three whole local days (the member's own calendar) with no
check-in after their last one. Days while their check-in prompts are paused do
not count, and nothing is sent while paused. Each gap is told once: the claim
``partner:quiet:<member>:<last check-in date>`` in the delivery ledger holds
across restarts and instances. A member who never checked in has no gap, and a
gap older than :data:`STALE_AFTER` is no longer news ("a few days" would be
untrue), so it is not told late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import select

from bot.clock import as_zone
from bot.context import Context
from bot.models import Member
from cogs.checkins.models import CheckIn, CheckinPrefs

QUIET_DAYS = 3
STALE_AFTER = timedelta(days=14)


@dataclass(frozen=True)
class Quiet:
    member: Member
    last_checkin: date  # names the gap: one nudge per gap

    @property
    def once_key(self) -> str:
        return f"partner:quiet:{self.member.id}:{self.last_checkin.isoformat()}"


def quiet_since(last: date, today: date, paused_until: date | None) -> int | None:
    """Whole quiet days before ``today``; None while prompts are paused.

    A pause moves the start of the gap to the day before prompts resume.
    """
    if paused_until is not None and today < paused_until:
        return None
    start = last if paused_until is None else max(last, paused_until - timedelta(days=1))
    return (today - start).days - 1


def is_quiet(last: date, today: date, paused_until: date | None) -> bool:
    days = quiet_since(last, today, paused_until)
    return days is not None and days >= QUIET_DAYS and today - last <= STALE_AFTER


async def quiet_members(ctx: Context, now: datetime) -> list[Quiet]:
    """Members sharing with partners whose check-ins have gone quiet."""
    rows = await ctx.db.exec(
        select(CheckinPrefs, Member)
        .join(Member, Member.id == CheckinPrefs.member_id)
        .where(CheckinPrefs.share == "partners")
        .order_by(Member.id)
    )
    found = []
    for prefs, member in rows.all():
        if not member.consented:
            continue
        last = (
            await ctx.db.exec(
                select(func.max(CheckIn.local_date)).where(CheckIn.member_id == member.id)
            )
        ).first()
        if last is None:
            continue
        today = now.astimezone(as_zone(member.timezone or ctx.zone)).date()
        if is_quiet(last, today, prefs.paused_until):
            found.append(Quiet(member, last))
    return found
