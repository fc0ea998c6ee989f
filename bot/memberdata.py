"""A member's data across every cog: export it, or erase it (P4, P5)."""

from __future__ import annotations

from typing import Any

from sqlmodel import delete

from bot.context import Context
from bot.models import Delivery, DueWork, Member


async def export_member(ctx: Context, member: Member) -> dict[str, Any]:
    data: dict[str, Any] = {
        "member": {
            "user_id": member.platform_user_id,
            "display_name": member.display_name,
            "timezone": member.timezone,
            "consent_version": member.consent_version,
            "consented_at": member.consented_at.isoformat() if member.consented_at else None,
            "settings": member.settings,
            "discreet": member.discreet,
            "quiet_hours": member.quiet_hours,
            "language": member.language,
        },
        "exported_at": ctx.now().isoformat(),
    }
    for cog in ctx.app.registry.data_cogs():  # a cog turned off still holds data
        part = await cog.export_user_data(ctx, member)
        if part:
            data[cog.name] = part
    return data


async def move_member(ctx: Context, member: Member, zone: str) -> None:
    """Set the member's zone; their pending work is planned again in it.

    Jobs carry instants computed from the zone they were planned in (a daily
    prompt at 21:00, a milestone at 09:00): left alone, a traveller's prompt
    and congratulations would come at the old zone's times. The engine
    declares the member's jobs again when their zone changes (bot/due.py);
    ``member_zone_changed`` is for what a cog stores in local time itself.
    """
    member.timezone = zone
    ctx.db.add(member)
    await ctx.db.flush()
    for cog in ctx.app.registry.cogs.values():
        await cog.member_zone_changed(ctx, member)


async def erase_member(ctx: Context, member: Member) -> None:
    """Every cog forgets the member, pending work is dropped, then the member row."""
    for cog in ctx.app.registry.data_cogs():  # a cog turned off too: its rows go
        await cog.delete_user_data(ctx, member)
    # A cog turned off keeps its rows in ``due``: the member's go all the same.
    await ctx.db.exec(delete(DueWork).where(DueWork.member_id == member.id))
    await ctx.db.exec(delete(Delivery).where(Delivery.member_id == member.id))
    await ctx.db.delete(member)
    await ctx.db.flush()
