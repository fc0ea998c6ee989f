"""Caps that hold under concurrency: a handler that counts rows and then adds
one (three open partner requests, ten reasons) first takes a lock that every
other handler acting for the same member — or the same community — also takes,
so the count it reads is still true when it writes.

* PostgreSQL: ``SELECT … FOR NO KEY UPDATE`` on the member (or community)
  rows, in id order so two handlers never wait on each other. Under READ
  COMMITTED each statement after the lock sees what the previous holder
  committed. ``NO KEY``: inserting rows that merely *reference* a locked member
  (a request to them) is not blocked, so no deadlock between two members
  asking each other.
* SQLite: nothing to add — every writing session began ``BEGIN IMMEDIATE``
  (:mod:`bot.db`) and already holds the database's one write lock.

The lock lasts until the transaction ends, and a platform call commits first
(:meth:`bot.context.Context.before_platform_call`): count and write before
talking to the platform.
"""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.models import Community, Member


async def hold_members(session: AsyncSession, *member_ids: int | None) -> None:
    """Serialise, until this transaction ends, every handler holding any of
    these members (None — someone without a member row — is skipped)."""
    ids = sorted({i for i in member_ids if i is not None})
    if ids:
        await session.exec(
            select(Member.id)
            .where(col(Member.id).in_(ids))
            .order_by(col(Member.id))
            .with_for_update(key_share=True)
        )


async def hold_community(session: AsyncSession, community_id: int) -> None:
    """Serialise, until this transaction ends, community-wide changes (pod matching)."""
    await session.exec(
        select(Community.id).where(Community.id == community_id).with_for_update(key_share=True)
    )
