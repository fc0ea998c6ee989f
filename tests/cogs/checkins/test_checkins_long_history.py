"""Streaks over long histories: the count reads only the newest days, page by
page, and must still match the arithmetic over every day the member has."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from bot.models import Member
from cogs.checkins.arithmetic import streak
from cogs.checkins.cog import STREAK_PAGE
from cogs.checkins.models import CheckIn

TODAY = date(2026, 11, 21)  # the console fixture's day


async def give_history(console, user: str, days_ago: list[int]) -> list[date]:
    """Store check-ins ``days_ago`` before today for ``user``, past the commands."""
    days = [TODAY - timedelta(days=n) for n in days_ago]
    async with console.db.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).one()
        at = datetime(2026, 1, 1, tzinfo=UTC)
        for day in days:
            session.add(
                CheckIn(
                    community_id=member.community_id, member_id=member.id, local_date=day,
                    mood=3, craving=2, created_at=at, updated_at=at,
                )
            )  # fmt: skip
        await session.commit()
    return days


def text_for(days: int) -> str:
    return f"{days} days in a row" if days > 1 else "No current streak"


@pytest.mark.parametrize(
    "days_ago",
    [
        list(range(1, 101)),  # 100 unbroken days ending yesterday: several pages
        [n for n in range(1, 400) if n != STREAK_PAGE + 1],  # the gap just past a full page
        [n for n in range(1, 400) if n != STREAK_PAGE],  # the gap at the page's last row
        [n for n in range(0, 700) if n != 500],  # two years, a long run ending today
        [n for n in range(3, 300)],  # long history, but the last two days missed
    ],
    ids=["unbroken-100", "gap-after-page", "gap-in-page", "two-years", "lapsed"],
)
async def test_streak_over_a_long_history_matches_the_arithmetic(console, days_ago):
    await console.agree("alice")
    days = await give_history(console, "alice", days_ago)
    expected = streak(days, TODAY)
    assert text_for(expected) in (await console.say("/checkin streak")).text
    summary = await console.say("/checkin summary")
    assert not summary.error
    if expected > 1:
        assert str(expected) in summary.text
    out = await console.say("/checkin mood:4 craving:1")  # today joins (or starts) the run
    after = streak([*days, TODAY], TODAY)
    assert (f"{after} days in a row" if after > 1 else "Day 1") in out.text
