"""What the database holds, read the way the tests of the cogs read it."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.models import Member
from tests.e2e.worlds import World


async def members(world: World) -> dict[str, Member]:
    """Member rows of the world's community, by member name."""
    community = await world.app.community(world.key)
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        rows = await session.exec(select(Member).where(Member.community_id == community.id))
        return {world.name_of(m.platform_user_id): m for m in rows.all()}


async def rows_of(world: World, model: Any, user: str | None = None) -> list[Any]:
    """Rows of ``model`` in the world's community (``user``: that member's)."""
    community = await world.app.community(world.key)
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        query = select(model).where(model.community_id == community.id)
        if user is not None:
            member = (
                await session.exec(
                    select(Member).where(
                        Member.community_id == community.id,
                        Member.platform_user_id == world.uid(user),
                    )
                )
            ).first()
            if member is None:
                return []
            query = query.where(model.member_id == member.id)
        return list((await session.exec(query.order_by(model.id))).all())
