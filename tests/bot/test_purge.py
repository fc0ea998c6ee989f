"""Tenant purge (P6): a community that removed Haven is purged entirely after
the grace period, and only that community."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from adapters.console.adapter import COMMUNITY
from bot.adapters import CommunityKey
from bot.models import AuditLog
from bot.purge import next_daily_run, purge_removed
from tests.conftest import START
from tests.privacy.member_data_support import (
    OTHER,
    OTHER_NOTE,
    counts_by_community,
    fill_other,
    run_in,
    run_scenario,
)


async def two_tenants(console) -> tuple[int, int]:
    await run_scenario(console)
    await fill_other(console)
    a = (await console.app.community(COMMUNITY)).id
    b = (await console.app.community(OTHER)).id
    return a, b


def of(counts, community_id):
    return {table: n for (table, cid), n in counts.items() if cid == community_id}


async def jobs_of(console, community_id):
    jobs = (await console.app.scheduler.jobs()).items()
    return sorted(job_id for job_id, spec in jobs if spec.community_id == community_id)


async def test_removed_past_the_grace_period_is_purged_and_only_that_tenant(console):
    a, b = await two_tenants(console)
    before = await counts_by_community(console)
    assert len(of(before, a)) >= 12 and of(before, b)  # both tenants really hold data
    b_jobs = await jobs_of(console, b)
    assert await jobs_of(console, a) and b_jobs

    await console.app.community_removed(COMMUNITY)
    console.clock.set(console.clock.now() + timedelta(days=31))
    assert await purge_removed(console.app) == [a]

    after = await counts_by_community(console)
    assert of(after, a) == {}, "rows of the purged community remain"
    assert of(after, b) == of(before, b)
    assert await jobs_of(console, a) == [] and await jobs_of(console, b) == b_jobs
    out = await run_in(console, OTHER, "oscar", "/haven export")
    assert OTHER_NOTE in Path(out[-1].files[0]).read_text()
    assert await purge_removed(console.app) == []  # idempotent


async def test_within_the_grace_period_nothing_is_purged(console):
    await two_tenants(console)
    before = await counts_by_community(console)
    await console.app.community_removed(COMMUNITY)
    console.clock.set(console.clock.now() + timedelta(days=29))
    assert await purge_removed(console.app) == []
    assert await counts_by_community(console) == before


async def test_a_community_that_came_back_is_kept(console):
    await two_tenants(console)
    before = await counts_by_community(console)
    await console.app.community_removed(COMMUNITY)
    console.clock.set(console.clock.now() + timedelta(days=10))
    await console.app.community_returned(COMMUNITY)
    console.clock.set(console.clock.now() + timedelta(days=60))
    assert await purge_removed(console.app) == []
    assert await counts_by_community(console) == before
    out = await console.run(":as alice\n/sober show label:alcohol")
    assert not out[-1].error


async def test_the_grace_period_is_configurable(console):
    import dataclasses

    a, _ = await two_tenants(console)
    console.app.settings = dataclasses.replace(console.app.settings, purge_grace_days=7)
    await console.app.community_removed(COMMUNITY)
    console.clock.set(console.clock.now() + timedelta(days=8))
    assert await purge_removed(console.app) == [a]


async def test_haven_purges_at_start_up(console, make_harness):
    a, b = await two_tenants(console)
    await console.app.community_removed(COMMUNITY)
    later = await make_harness(start=START + timedelta(days=31))  # a restart, a month on
    counts = await counts_by_community(later)
    assert of(counts, a) == {} and of(counts, b)
    assert await jobs_of(later, a) == [] and await jobs_of(later, b)


def test_the_daily_purge_runs_at_a_quiet_hour():
    assert next_daily_run(START) == START.replace(hour=3, minute=17) + timedelta(days=1)
    early = START.replace(hour=1)
    assert next_daily_run(early) == START.replace(hour=3, minute=17)


async def test_the_audit_log_forgets_rows_past_the_retention_period(console):
    await console.run(":as mona mod\n/mod channel milestones #wins")
    console.clock.set(console.clock.now() + timedelta(days=200))
    await console.run(":as mona mod\n/mod setup")
    console.clock.set(console.clock.now() + timedelta(days=200))  # the first is 400 days old
    await purge_removed(console.app)
    async with console.db.unscoped_session("test", readonly=True) as session:
        rows = (await session.exec(select(AuditLog))).all()
    assert [row.action for row in rows] == ["mod setup"]


async def test_a_community_that_returns_after_its_purge_starts_afresh(console):
    """A running process remembers which community a guild or workspace is; after
    the purge that memory must not lead anywhere else — not to the rows of a
    community created since, even one that took the purged id (SQLite reuses it)."""
    _, b = await two_tenants(console)
    await run_in(console, OTHER, "tina", "/sober show")  # the process learns its id
    await console.app.community_removed(OTHER)
    console.clock.set(console.clock.now() + timedelta(days=31))
    assert await purge_removed(console.app) == [b]
    third = CommunityKey("console", "third", "", "A third community")
    await run_in(console, third, "tina", "/haven consent agree")
    back = await run_in(console, OTHER, "tina", "/sober show")
    assert "Privacy notice" in back[-1].text  # a new community: tina is new there
    mine = await run_in(console, third, "tina", "/sober show")
    assert "Privacy notice" not in mine[-1].text  # tina agreed there, and only there
