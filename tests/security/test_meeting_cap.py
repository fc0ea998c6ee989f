"""A community keeps at most MAX_MEETINGS meeting series (issue #15, item 10).

Each series brings reminder jobs and posts; without a cap one moderator's
loop (or a compromised moderator account) grows them without end. The cap is
counted under the community's lock, so twenty adds at the boundary at the same
moment leave exactly the cap — on a SQLite file and on PostgreSQL, through the
console and through discord.py and bolt against the fake platforms.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import func, select

from adapters.console.adapter import COMMUNITY
from bot.adapters import CommunityKey, Invocation
from bot.config import Settings
from cogs.meetings.cog import MAX_MEETINGS
from cogs.meetings.models import Meeting
from tests.conftest import START
from tests.e2e.conftest import _discord_world, _slack_world
from tests.e2e.conftest import database_url as database_url  # the fixture
from tests.e2e.rows import rows_of

ADD = "/meeting add title:Circle day:mon time:18:00 tz:Europe/London"
WENT_WRONG = "Something went wrong"


async def fill(app, key: CommunityKey, count: int) -> None:
    """``count`` meetings stored in one go (what many earlier adds left, their
    reminders included: a handler's transaction declares them)."""
    community = await app.community(key)
    async with app.context(community, None) as ctx:
        session = ctx.db
        for n in range(count):
            session.add(
                Meeting(
                    title=f"Old circle {n}",
                    weekdays="tue",
                    hour=18,
                    minute=0,
                    zone="Europe/London",
                    anchor=START.date(),
                    channel="announcements",
                    leads="60,10",
                    created_at=START,
                )
            )


async def stored(app, key: CommunityKey) -> int:
    community = await app.community(key)
    async with app.database.session(community.id, readonly=True) as session:
        return (await session.exec(select(func.count(Meeting.id)))).one()


async def meeting_ids(app) -> set[int]:
    async with app.database.engine.connect() as conn:
        return set((await conn.execute(select(Meeting.__table__.c.id))).scalars())


async def reminded(app) -> set[int]:
    """Meetings with reminder jobs."""
    jobs = (await app.scheduler.jobs()).values()
    return {spec.payload["meeting_id"] for spec in jobs if spec.kind == "meeting:remind"}


def mod_add(n: int) -> Invocation:
    return Invocation(
        community=COMMUNITY,
        user_id="mona",
        user_name="mona",
        channel_id="general",
        command="meeting",
        text=ADD.removeprefix("/meeting ") + f" about:try-{n}",
        is_admin=True,
    )


@pytest.fixture(params=["discord", "slack"])
async def cap_world(request, database_url):
    """One community on discord.py or bolt against the fake platform (the e2e
    worlds, without the e2e matrix's check that something was posted)."""
    make = _discord_world if request.param == "discord" else _slack_world
    async with make(Settings(database_url=database_url)) as built:
        yield built


@pytest.fixture(params=["sqlite", "postgres"])
def cap_settings(request) -> Settings:
    if request.param == "sqlite":
        return Settings(database_url=request.getfixturevalue("db_url"))
    return Settings(database_url=request.getfixturevalue("pg_migrated_url"))


async def test_a_community_at_the_cap_is_told_the_number_and_what_to_do(make_harness, cap_settings):
    h = await make_harness(settings=cap_settings)
    await h.run(":as mona mod\n/mod channel announcements #announcements")
    # Another community's meetings are theirs: they do not count here.
    await fill(h.app, CommunityKey("console", "elsewhere"), MAX_MEETINGS)
    assert (await h.say(ADD)).text.startswith("Added")
    await fill(h.app, COMMUNITY, MAX_MEETINGS - 1)

    refused = await h.say(ADD)
    assert refused.error and refused.ephemeral
    assert f"This community has {MAX_MEETINGS} meetings" in refused.text
    assert f"Haven keeps at most {MAX_MEETINGS}" in refused.text
    assert "/meeting remove" in refused.text
    assert await stored(h.app, COMMUNITY) == MAX_MEETINGS
    # The refused one has no reminder jobs: every one is a stored meeting's.
    assert await reminded(h.app) == await meeting_ids(h.app)

    # Removing one makes room for one.
    assert not (await h.say("/meeting remove 201")).error
    added = await h.say(ADD)
    assert not added.error and added.text.startswith("Added")
    assert await stored(h.app, COMMUNITY) == MAX_MEETINGS


async def test_twenty_adds_at_once_at_the_boundary_leave_exactly_the_cap(
    make_harness, cap_settings
):
    h = await make_harness(settings=cap_settings)
    await h.run(":as mona mod\n/mod channel announcements #announcements")
    await fill(h.app, COMMUNITY, MAX_MEETINGS - 1)
    before = len(h.outputs)

    await asyncio.gather(*(h.app.handle(mod_add(n)) for n in range(20)))

    replies = h.outputs[before:]
    assert len(replies) == 20
    assert not any(WENT_WRONG in r.text for r in replies), [r.text for r in replies]
    added = [r for r in replies if not r.error]
    refused = [r for r in replies if r.error]
    assert len(added) == 1 and added[0].text.startswith("Added")
    assert len(refused) == 19
    assert all(f"Haven keeps at most {MAX_MEETINGS}" in r.text for r in refused)
    assert await stored(h.app, COMMUNITY) == MAX_MEETINGS
    # Reminders for the stored meetings only: the 19 refused left none.
    assert await reminded(h.app) == await meeting_ids(h.app)
    assert len(await meeting_ids(h.app)) == MAX_MEETINGS


async def test_through_the_platforms_the_cap_holds_and_the_moderator_is_told(cap_world):
    world = cap_world
    await world.agree(world.mod)
    configured = await world.command(
        world.mod, f"/mod channel announcements {world.channel('announcements')}"
    )
    assert configured.ok, configured.seen
    await fill(world.app, world.key, MAX_MEETINGS - 1)

    outcomes = await asyncio.gather(
        *(world.command(world.mod, f"{ADD} about:try-{n}") for n in range(20))
    )

    assert len(await rows_of(world, Meeting)) == MAX_MEETINGS
    seen = [s for outcome in outcomes for s in outcome.seen]
    assert not any(WENT_WRONG in s.text for s in seen)
    refusals = {s.text for s in seen if s.error}
    assert refusals and all(f"This community has {MAX_MEETINGS} meetings" in t for t in refusals)
    assert all(s.ephemeral for s in seen if s.error)
    assert world.posts("announcements") == []  # refusals are private
