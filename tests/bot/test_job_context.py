"""Scheduled work's context (``Haven.job_context``): its session is opened only
when the handler uses the database. Work that only posts opens none; what a
handler stores — through ``ctx.db``, or by changing its member before ever
touching it — is committed all the same; what a failing handler changed is not."""

import asyncio
from datetime import timedelta

from apscheduler.triggers.date import DateTrigger
from sqlalchemy import inspect
from sqlmodel import select

from adapters.console.adapter import COMMUNITY
from bot.community_settings import EngineSettings
from bot.context import Context
from bot.jobs import Due, JobSpec
from bot.messages import Message
from bot.models import Community, Member
from bot.plugins import Cog, job

SESSIONS: list[bool] = []  # whether a handler had a session open as it posted


class Chores(Cog):
    name = "chores"

    @job("chores:announce")
    async def announce(self, ctx: Context, work: Due) -> None:
        await ctx.post("announcements", Message(text="Tea at four"))
        SESSIONS.append(ctx.session is not None)

    @job("chores:count")
    async def count(self, ctx: Context, work: Due) -> None:
        members = (await ctx.db.exec(select(Member))).all()
        await ctx.post("announcements", Message(text=f"{len(members)} members"))
        SESSIONS.append(ctx.session is not None)

    @job("chores:speak")
    async def speak(self, ctx: Context, work: Due) -> None:
        ctx.update_settings(EngineSettings, language=work.job.payload["language"])

    @job("chores:rename")
    async def rename(self, ctx: Context, work: Due) -> None:
        assert ctx.member is not None
        ctx.member.display_name = work.job.payload["name"]
        if work.job.payload.get("fail"):
            raise RuntimeError("the platform is away")


async def run(console, kind: str, member_id: int | None = None, **payload) -> None:
    app = console.app
    community = await app.community(COMMUNITY)
    at = console.clock.now() + timedelta(minutes=1)
    spec = JobSpec(f"{kind}:1", kind, DateTrigger(run_date=at), community.id, member_id,
                   payload=payload)  # fmt: skip
    await app.scheduler.put(spec, planned_at=console.clock.now())
    await app.scheduler.run_until(at)


async def member(console, user: str) -> Member:
    community = await console.app.community(COMMUNITY)
    async with console.db.session(community.id) as session:
        found = await session.exec(select(Member).where(Member.platform_user_id == user))
        return found.one()


async def test_work_that_only_posts_opens_no_session(make_harness):
    console = await make_harness(extra_cogs=[Chores])
    SESSIONS.clear()
    await run(console, "chores:announce")
    assert [out.text for out in console.outputs if out.kind == "message"][-1] == "Tea at four"
    assert SESSIONS == [False]


async def test_work_that_reads_opens_its_session_when_it_first_does(make_harness):
    console = await make_harness(extra_cogs=[Chores])
    await console.agree("alice")
    await console.agree("bob")
    SESSIONS.clear()
    await run(console, "chores:count")
    assert [out.text for out in console.outputs if out.kind == "message"][-1] == "2 members"
    assert SESSIONS == [True]


async def test_a_member_changed_before_the_session_opened_is_stored(make_harness):
    console = await make_harness(extra_cogs=[Chores])
    await console.agree("alice")
    alice = await member(console, "alice")
    await run(console, "chores:rename", alice.id, name="Alice R.")
    assert (await member(console, "alice")).display_name == "Alice R."


async def test_what_a_failing_handler_changed_is_not_stored(make_harness):
    console = await make_harness(extra_cogs=[Chores])
    await console.agree("alice")
    alice = await member(console, "alice")
    before = alice.display_name
    await run(console, "chores:rename", alice.id, name="Nobody", fail=True)
    assert (await member(console, "alice")).display_name == before


async def test_a_job_that_changes_its_community_stores_the_change(make_harness):
    console = await make_harness(extra_cogs=[Chores])
    await run(console, "chores:speak", language="de")
    community = await console.app.community(COMMUNITY)
    async with console.db.unscoped_session("test") as session:
        stored = await session.get(Community, community.id)
        assert stored is not None and stored.settings["engine"]["language"] == "de"


async def test_jobs_starting_together_each_get_their_own_community(console):
    """Read in one statement, handed out as copies: what one job's handler
    changes in its community (in place, deep in its settings) no other job sees."""
    community = await console.app.community(COMMUNITY)
    async with console.db.unscoped_session("test") as session:
        stored = await session.get(Community, community.id)
        assert stored is not None
        stored.settings = {"engine": {"channels": {"announcements": "news"}}}
        await session.commit()
    reads = console.app.job_reads
    (first, _), (second, _) = await asyncio.gather(
        reads.read(community.id, None), reads.read(community.id, None)
    )
    assert first is not second and first.settings == second.settings
    first.settings["engine"]["channels"]["announcements"] = "elsewhere"
    assert second.settings["engine"]["channels"]["announcements"] == "news"
    for found in (first, second):  # as a query leaves them: detached, clean, all loaded
        state = inspect(found)
        assert state.detached and state.identity == (community.id,)
        assert not state.modified and not state.unloaded
