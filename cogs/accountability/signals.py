"""Partner signals: a gentle private nudge to a member's partners when the
member — having chosen ``/checkin share partners`` — has gone quiet.

Quiet means three whole local days (the member's own calendar) with no
check-in after their last one. Days while their check-in prompts are paused do
not count, and nothing is sent while paused. Each gap is told once: the claim
``partner:quiet:<member>:<last check-in date>`` in the delivery ledger holds
across restarts and instances. A member who never checked in has no gap, and a
gap older than :data:`STALE_AFTER` is no longer news ("a few days" would be
untrue), so it is not told late.

Each partner is told by a job of their own (``partner:nudge``, keyed
``<gap key>:<partner>``), so a partner in their quiet hours or Do Not Disturb
hears when those end (:mod:`bot.holding`) while the others hear at the scan.
A nudge that waited is sent only if it is still true then (:func:`still_quiet`,
and the two still partners); otherwise it is recorded as skipped.

Check-ins are the checkins cog's: they are read through the
:class:`~bot.api.CheckinActivity` service, and without it nobody is quiet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.api import CheckinActivity, Context, Member, Sharing, as_zone

QUIET_DAYS = 3
STALE_AFTER = timedelta(days=14)


@dataclass(frozen=True)
class Quiet:
    member: Member
    last_checkin: date  # names the gap: one nudge per gap

    @property
    def once_key(self) -> str:
        return f"{gap_keys(self.member.id)}{self.last_checkin.isoformat()}"


def gap_keys(member_id: int) -> str:
    """How the ledger key of each of the member's gaps starts (and of each
    partner's nudge about it)."""
    return f"partner:quiet:{member_id}:"


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
    checkins = ctx.service(CheckinActivity)
    if checkins is None:
        return []
    found = []
    for sharing in await checkins.members_sharing(ctx):
        quiet = await _gap(ctx, checkins, sharing, now)
        if quiet is not None:
            found.append(quiet)
    return found


async def still_quiet(ctx: Context, member_id: int, last: date, now: datetime) -> Quiet | None:
    """The gap after ``last`` of the member with that id, if it is still one
    to tell partners of now: they still share with partners, have not checked
    in since, are not paused, and it is not stale. For a nudge that waited."""
    checkins = ctx.service(CheckinActivity)
    if checkins is None:
        return None
    quiet = None
    for sharing in await checkins.members_sharing(ctx, member_id):
        quiet = await _gap(ctx, checkins, sharing, now)
    return quiet if quiet is not None and quiet.last_checkin == last else None


async def _gap(
    ctx: Context, checkins: CheckinActivity, sharing: Sharing, now: datetime
) -> Quiet | None:
    member = sharing.member
    if not member.consented:
        return None
    last = await checkins.last_checkin(ctx, member.id)
    if last is None:
        return None
    # The member's calendar, else the community's (never the partner's, whose job this may be).
    zone = ctx.zone_of(member)
    today = now.astimezone(as_zone(zone)).date()
    return Quiet(member, last) if is_quiet(last, today, sharing.paused_until) else None
