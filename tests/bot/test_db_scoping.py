"""Every query is scoped by community (PRIVACY.md P7)."""

import pytest
from sqlmodel import select

from bot.db import Database, ScopeError
from bot.models import AuditLog, Member
from tests.support.scheduling import add_community


@pytest.fixture
async def two_tenants(db_url):
    db = Database(db_url)
    a, b = await add_community(db, "tenant-a"), await add_community(db, "tenant-b")
    for cid, name in ((a, "alice"), (b, "bob")):
        async with db.session(cid) as session:
            session.add(Member(platform_user_id=name))  # community_id stamped by the session
            await session.commit()
    yield db, a, b
    await db.dispose()


async def test_a_session_sees_only_its_community(two_tenants):
    db, a, b = two_tenants
    async with db.session(a) as session:
        names = [m.platform_user_id for m in (await session.exec(select(Member))).all()]
    assert names == ["alice"]
    async with db.session(b) as session:
        found = await session.exec(select(Member).where(Member.platform_user_id == "alice"))
        assert found.first() is None


async def test_updates_and_deletes_are_scoped_too(two_tenants):
    from sqlmodel import delete

    db, a, _ = two_tenants
    async with db.session(a) as session:
        await session.exec(delete(Member))
        await session.commit()
    async with db.unscoped_session("test") as session:
        left = [m.platform_user_id for m in (await session.exec(select(Member))).all()]
    assert left == ["bob"]


async def test_an_unscoped_query_on_member_rows_is_refused(two_tenants):
    db, _, _ = two_tenants
    async with db.session(None) as session:
        with pytest.raises(ScopeError):
            await session.exec(select(AuditLog))


async def test_a_row_for_another_community_cannot_be_written(two_tenants):
    db, a, b = two_tenants
    async with db.session(a) as session:
        session.add(Member(community_id=b, platform_user_id="mallory"))
        with pytest.raises(ScopeError):
            await session.commit()


async def test_get_by_primary_key_is_scoped_too(two_tenants):
    db, a, b = two_tenants
    async with db.session(b) as session:
        bob = (await session.exec(select(Member))).one()
    async with db.session(a) as session:
        assert await session.get(Member, bob.id) is None
