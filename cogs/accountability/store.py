"""Queries and changes on partnerships and pods, shared by the commands,
the buttons and erasure."""

from __future__ import annotations

from sqlmodel import col, select

from bot.api import Context, Member, Ref

from .models import DECLINED, PartnerRequest, Pod, PodMember
from .texts import left_note


async def active_pods(ctx: Context, member: Member) -> list[Pod]:
    """Open pods the member is currently in, oldest first."""
    rows = await ctx.db.exec(
        select(Pod)
        .join(PodMember, col(PodMember.pod_id) == col(Pod.id))
        .where(
            PodMember.member_id == member.id,
            col(PodMember.left_at).is_(None),
            col(Pod.closed_at).is_(None),
        )
        .order_by(col(Pod.id))
    )
    return list(rows.all())


async def pod_members(ctx: Context, pod: Pod) -> list[Member]:
    """Members currently in ``pod``."""
    rows = await ctx.db.exec(
        select(Member)
        .join(PodMember, col(PodMember.member_id) == col(Member.id))
        .where(PodMember.pod_id == pod.id, col(PodMember.left_at).is_(None))
        .order_by(col(Member.id))
    )
    return list(rows.all())


async def partners_of(ctx: Context, member: Member) -> list[Member]:
    seen: dict[int, Member] = {}
    for pod in await active_pods(ctx, member):
        for other in await pod_members(ctx, pod):
            if other.id != member.id:
                seen.setdefault(other.id, other)
    return list(seen.values())


async def pair_with(ctx: Context, member: Member, other: Member) -> Pod | None:
    """The open two-person pod of exactly these two members, if any."""
    for pod in await active_pods(ctx, member):
        current = await pod_members(ctx, pod)
        if len(current) == 2 and other.id in {m.id for m in current}:
            return pod
    return None


async def kept_apart(ctx: Context) -> set[tuple[int, int]]:
    """Pairs of members matching never puts in one pod again: who have shared
    a pod (a pod ends only as its members step away, so one of them left the
    other), and who declined the other's partner request."""
    rows = await ctx.db.exec(select(PodMember.pod_id, PodMember.member_id))
    by_pod: dict[int, list[int]] = {}
    for pod_id, member_id in rows.all():
        by_pod.setdefault(pod_id, []).append(member_id)
    pairs = set()
    for members in by_pod.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((min(a, b), max(a, b)))
    declined = await ctx.db.exec(
        select(PartnerRequest.requester_id, PartnerRequest.target_id).where(
            PartnerRequest.status == DECLINED, col(PartnerRequest.target_id).is_not(None)
        )
    )
    for a, b in declined.all():
        pairs.add((min(a, b), max(a, b)))
    return pairs


def space_ref(pod: Pod) -> Ref | None:
    if pod.space_id is None:
        return None
    return Ref(pod.space_platform or "", pod.space_workspace or "", pod.space_id)


async def leave_pod(ctx: Context, member: Member, pod: Pod) -> bool:
    """Take ``member`` out of ``pod``; tell the others neutrally; close the pod
    and its space when fewer than two remain. True when it was closed."""
    row = (
        await ctx.db.exec(
            select(PodMember).where(
                PodMember.pod_id == pod.id,
                PodMember.member_id == member.id,
                col(PodMember.left_at).is_(None),
            )
        )
    ).first()
    if row is None:
        return False
    now = ctx.now()
    row.left_at = now
    ctx.db.add(row)
    remaining = [m for m in await pod_members(ctx, pod) if m.id != member.id]
    closed = len(remaining) < 2
    if closed:
        pod.closed_at = now
        ctx.db.add(pod)
        for other in remaining:
            other_row = (
                await ctx.db.exec(
                    select(PodMember).where(
                        PodMember.pod_id == pod.id, PodMember.member_id == other.id
                    )
                )
            ).one()
            other_row.left_at = now
            ctx.db.add(other_row)
        ref = space_ref(pod)
        if ref is not None:
            await ctx.close_space(ref)
    await ctx.db.flush()
    for other in remaining:  # told where the platform lets us; leaving never fails on it
        note = left_note(member, pod.kind, closed, ctx.speaker(other))
        await ctx.reach(other.platform_user_id, note)
    return closed
