"""Every query is scoped by community (PRIVACY.md P7)."""

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.db import Database, ScopeError
from bot.models import AuditLog, Member
from tests.support.scheduling import add_community

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


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


async def test_joins_aliases_and_subqueries_are_scoped(two_tenants):
    from sqlalchemy.orm import aliased

    db, a, b = two_tenants
    for cid, actor in ((a, "alice"), (b, "bob")):
        async with db.session(cid) as session:
            session.add(AuditLog(actor_id=actor, action="test", outcome="ok", at=NOW))
            await session.commit()
    actor = aliased(Member)
    async with db.session(a) as session:
        # bob's audit row joined to bob's member, from alice's community: nothing
        joined = await session.exec(
            select(AuditLog.actor_id).join(actor, actor.platform_user_id == AuditLog.actor_id)
        )
        assert joined.all() == ["alice"]
        inner = select(Member.platform_user_id)
        seen = await session.exec(select(AuditLog.actor_id).where(AuditLog.actor_id.in_(inner)))
        assert seen.all() == ["alice"]
        outer = await session.exec(
            select(Member.platform_user_id, AuditLog.actor_id).outerjoin(
                AuditLog, AuditLog.actor_id != Member.platform_user_id
            )
        )
        assert outer.all() == [("alice", None)]  # bob's row is not there to match


async def test_every_community_owned_table_is_scoped(two_tenants):
    """Every table of every cog, however it was declared: its statements carry
    the community's filter, without the cog asking for it."""
    from sqlalchemy import event
    from sqlmodel.main import default_registry

    from bot.models import CommunityOwned
    from bot.plugins import discover_cogs

    discover_cogs()  # imports every cog's tables
    db, a, _ = two_tenants
    sent: list[str] = []
    event.listen(db.engine.sync_engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    owned = [m for m in default_registry.mappers if issubclass(m.class_, CommunityOwned)]
    assert len(owned) > 10
    async with db.session(a, readonly=True) as session:
        for mapper in owned:
            sent.clear()
            await session.exec(select(mapper.class_).limit(1))
            table = mapper.local_table.name
            assert f"WHERE {table}.community_id = " in " ".join(sent[-1].split()), table


async def test_the_filter_never_runs_without_its_community(two_tenants):
    """The community travels with each execution; a statement carrying the
    filter without it fails rather than reading every community's rows."""
    from sqlalchemy.exc import StatementError

    from bot.db import _COMMUNITY_CRITERIA

    db, _, _ = two_tenants
    async with db.unscoped_session("test") as session:
        with pytest.raises(StatementError, match="haven_community"):
            await session.exec(select(Member).options(_COMMUNITY_CRITERIA))


async def test_one_statement_run_by_turns_in_two_communities(two_tenants):
    """The same statement (one compiled form) run in turn for each community:
    each run filtered by its own."""
    from sqlalchemy import insert

    db, a, b = two_tenants
    query = select(Member.platform_user_id).order_by(Member.platform_user_id)
    for _ in range(3):
        for cid, expected in ((a, ["alice"]), (b, ["bob"])):
            async with db.session(cid) as session:
                assert list((await session.exec(query)).all()) == expected
    async with db.session(a) as session:  # many rows at once (an executemany)
        rows = [{"community_id": a, "platform_user_id": n, "display_name": "", "settings": {}}
                for n in ("ann", "amy")]  # fmt: skip
        await session.exec(insert(Member), params=rows)
        await session.commit()
    async with db.session(b) as session:
        assert list((await session.exec(query)).all()) == ["bob"]


async def test_many_rows_updated_by_primary_key_must_be_the_communitys_own(two_tenants):
    """An ORM UPDATE by primary key (a list of rows) is out of the filter's
    reach: naming another community's row is refused, and nothing is written."""
    from sqlalchemy import update

    db, a, _ = two_tenants
    async with db.unscoped_session("test") as session:
        ids = {m.platform_user_id: m.id for m in (await session.exec(select(Member))).all()}
    async with db.session(a) as session:
        rows = [{"id": ids["alice"], "display_name": "A."}, {"id": ids["bob"], "display_name": "x"}]
        with pytest.raises(ScopeError):
            await session.exec(update(Member), params=rows)
    async with db.session(a) as session:  # its own rows: written
        await session.exec(update(Member), params=[{"id": ids["alice"], "display_name": "A."}])
        await session.commit()
    async with db.unscoped_session("test") as session:
        names = {m.platform_user_id: m.display_name for m in (await session.exec(select(Member)))}
    assert names == {"alice": "A.", "bob": ""}


async def test_many_rows_inserted_at_once_belong_to_the_sessions_community(two_tenants):
    from sqlalchemy import insert

    db, a, b = two_tenants
    row = {"platform_user_id": "mallory", "display_name": "", "settings": {}}
    async with db.session(a) as session:
        with pytest.raises(ScopeError):
            await session.exec(insert(Member), params=[{**row, "community_id": b}])
    async with db.session(a) as session:  # no community named: the session's
        rows = [row, {**row, "platform_user_id": "m2"}]
        await session.exec(Member.__table__.insert(), params=rows)
        await session.commit()
    async with db.session(b) as session:
        assert [m.platform_user_id for m in (await session.exec(select(Member)))] == ["bob"]
    async with db.session(a) as session:
        found = sorted(m.platform_user_id for m in (await session.exec(select(Member))))
    assert found == ["alice", "m2", "mallory"]


async def test_a_statement_built_once_is_filtered_once_and_forgotten_with_it(two_tenants):
    """The command path's reads are module constants: each gets one filtered
    copy (SQLAlchemy keys it once), shared by every community — and a
    statement built for one call leaves nothing behind."""
    import gc

    from bot.db import _SCOPED_STATEMENTS

    db, a, b = two_tenants
    constant = select(Member.platform_user_id)
    for cid, expected in ((a, ["alice"]), (b, ["bob"]), (a, ["alice"])):
        async with db.session(cid) as session:
            assert list((await session.exec(constant)).all()) == expected
    assert constant in _SCOPED_STATEMENTS
    held = len(_SCOPED_STATEMENTS)
    async with db.session(a) as session:
        await session.exec(select(Member.id).where(Member.platform_user_id == "alice"))
    gc.collect()
    assert len(_SCOPED_STATEMENTS) == held
