"""A member with no time zone is asked for it before a command that counts in
it, instead of Haven silently counting in UTC; the command then runs."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.models import Member
from cogs.sober.models import SoberCounter

QUESTION = "which time zone are you in?"


async def zone_of(h, user: str) -> str | None:
    async with h.db.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).first()
        return member.timezone


async def counters(h) -> list[SoberCounter]:
    async with h.db.unscoped_session("test") as session:
        return list((await session.exec(select(SoberCounter))).all())


@pytest.mark.parametrize(
    "line",
    [
        "/sober set 2026-11-01",
        "/sober morning 07:30",
        "/checkin remind 08:30",
        "/checkin pause 2026-12-24",
        "/checkin weekly sun",
        "/checkin mood:4 craving:2",
        "/checkin streak",
        "/checkin summary",
        "/sober show",
        "/sober history",
    ],
)
async def test_a_command_that_counts_in_the_members_zone_asks_for_it_first(console, line):
    await console.agree("alice", zone=None)
    asked = await console.say(line)
    assert QUESTION in asked.text.lower(), asked.text
    assert asked.ephemeral and asked.visible_to == ["alice"] and not asked.error
    assert "`/haven timezone Europe/Helsinki`" in asked.text  # what to type
    assert asked.actions == []  # the console knows no profile zone to offer
    assert await zone_of(console, "alice") is None


async def test_setting_the_zone_then_runs_the_command_that_asked(console):
    await console.agree("alice", zone=None)
    await console.run("/sober set 2026-11-01")
    assert await counters(console) == []
    out = await console.run("/haven timezone Pacific/Auckland")
    assert "Pacific/Auckland" in out[0].text and "what you asked for" in out[0].text
    assert "counter is started" in out[1].text, [o.text for o in out]
    assert len(await counters(console)) == 1
    # Asked once: the next command runs at once.
    again = await console.say("/sober morning 07:30")
    assert "07:30" in again.text and QUESTION not in again.text.lower()


async def test_before_consent_the_notice_comes_first_then_the_zone_then_the_command(console):
    await console.run(":as alice\n/checkin remind 21:00")
    agreed = await console.run(":click Agree")
    assert "you're in" in agreed[0].text
    assert QUESTION in agreed[-1].text.lower()
    out = await console.run("/haven timezone America/Santiago")
    assert "Every day at 21:00 (America/Santiago)" in out[-1].text, [o.text for o in out]
