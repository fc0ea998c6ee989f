"""Issue 18 item 4: a partner's nudge about a member gone quiet waits for that
partner's quiet hours (``/haven quiet``, in their own zone) or Slack Do Not
Disturb, while partners who are not quiet hear at the scan — each exactly
once, across a restart, on the night the clocks go back.

alice shares her check-ins with her partners bob and carol and checks in on
Wednesday 28 October 2026; 29, 30 and 31 October pass without one, so the
10:00 UTC scan of Sunday 1 November tells her partners. bob lives in New York
with quiet hours 22:00-07:00: that Sunday the clocks went back at 02:00, so
10:00 UTC is 05:00 EST and his quiet ends at 07:00 EST — 12:00 UTC, not the
11:00 UTC of the day before.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from bot.config import Settings
from bot.holding import HELD_BY
from bot.ledger import CLAIMED, SENT, SKIPPED
from bot.models import Delivery
from tests.e2e.conftest import (
    _discord_world,
    _slack_world,
    discord_fake,
    failed_deliveries,
    slack_fake,
)
from tests.e2e.worlds import World

QUIET = "hasn't checked in for a few days"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


#: Wednesday 28 October 2026, 09:00 UTC: four days before New York falls back.
START = utc(2026, 10, 28, 9, 0)
SCAN = utc(2026, 11, 1, 10, 0)
BOB_MORNING = utc(2026, 11, 1, 12, 0)  # 07:00 EST, the first morning after the change


@pytest.fixture(params=["discord", "slack"])
def platform(request) -> str:
    return request.param


@pytest.fixture
async def fake(platform) -> AsyncIterator[Any]:
    """The platform, up across Haven's restarts."""
    made = await (discord_fake() if platform == "discord" else slack_fake())
    yield made
    await made.close()


@asynccontextmanager
async def haven(platform: str, url: str, start: datetime, fake: Any) -> AsyncIterator[World]:
    """One run of Haven on ``platform``'s ``fake`` against the database at
    ``url``; a second run on both is a restart (the fake keeps what the first
    run sent)."""
    make = _discord_world if platform == "discord" else _slack_world
    async with make(Settings(database_url=url), start=start, fake=fake) as world:
        yield world
        assert await failed_deliveries(world.app) == []


def nudges(world: World, user: str) -> int:
    return sum(QUIET in world.plain(p.text) for p in world.dms(user))


async def nudge_rows(world: World) -> dict[str, Delivery]:
    """The partners' nudges in the ledger, by partner name."""
    ids = await member_ids(world)
    names = {str(member_id): name for name, member_id in ids.items()}
    async with world.app.database.unscoped_session("test", readonly=True) as session:
        rows = await session.exec(
            select(Delivery).where(Delivery.job_id.startswith("partner:nudge:"))
        )
        return {names[row.key.rsplit(":", 1)[1]]: row for row in rows.all()}


async def member_ids(world: World) -> dict[str, int]:
    from bot.models import Member

    async with world.app.database.unscoped_session("test", readonly=True) as session:
        rows = await session.exec(select(Member))
        return {world.name_of(m.platform_user_id): m.id for m in rows.all()}


async def partners_of_alice(world: World, bob_quiet: str | None = "22:00-07:00") -> None:
    """alice shares check-ins with partners bob and carol and checks in today;
    bob is in New York (with quiet hours, unless None), carol in UTC."""
    await world.agree("alice", "bob", "carol")
    for line in ("/haven timezone America/New_York", f"/haven quiet {bob_quiet or 'off'}"):
        done = await world.command("bob", line)
        assert done.ok, (line, done.seen)
    for partner in ("bob", "carol"):
        asked = await world.command("alice", f"/partner request @{partner}")
        assert asked.ok, asked.seen
        accepted = await world.press(partner, "Accept")
        assert accepted.ok, accepted.seen
    for line in ("/checkin share partners", "/checkin mood:3 craving:2"):
        done = await world.command("alice", line)
        assert done.ok, (line, done.seen)


async def test_a_nudge_waits_for_the_partners_quiet_hours_on_a_dst_day_across_a_restart(
    platform, fake, database_url
):
    async with haven(platform, database_url, START, fake) as first:
        await partners_of_alice(first)
        await first.run_until(utc(2026, 11, 1, 9, 59))
        assert (nudges(first, "bob"), nudges(first, "carol")) == (0, 0)
        await first.run_until(utc(2026, 11, 1, 10, 1))  # the scan
        assert nudges(first, "carol") == 1  # not quiet: told now
        assert nudges(first, "bob") == 0  # 05:00 in New York: held
        await first.run_until(utc(2026, 11, 1, 11, 30))  # 06:30 EST (07:30 by yesterday's clock)
        assert nudges(first, "bob") == 0
        rows = await nudge_rows(first)
        assert rows["carol"].status == SENT
        assert (rows["bob"].status, rows["bob"].claimed_by) == (CLAIMED, HELD_BY)
        assert rows["bob"].scheduled_for == BOB_MORNING

    # Haven restarts on the same database before bob's morning.
    async with haven(platform, database_url, utc(2026, 11, 1, 11, 45), fake) as second:
        await second.run_until(utc(2026, 11, 1, 11, 59, 59))
        assert (nudges(second, "bob"), nudges(second, "carol")) == (0, 1)  # the fake's record
        await second.run_until(utc(2026, 11, 1, 12, 0, 5))
        assert nudges(second, "bob") == 1  # 07:00 EST
        [nudge] = [p for p in second.dms("bob") if QUIET in second.plain(p.text)]
        assert second.plain(nudge.text).startswith("alice hasn't checked in")
        await second.run_until(utc(2026, 11, 4, 12, 0))  # the same gap: never again
        assert (nudges(second, "bob"), nudges(second, "carol")) == (1, 1)
        rows = await nudge_rows(second)
        assert sorted(rows) == ["bob", "carol"]
        assert {name: row.status for name, row in rows.items()} == {"bob": SENT, "carol": SENT}
        assert rows["bob"].key.startswith(f"partner:quiet:{(await member_ids(second))['alice']}:")


async def test_a_held_nudge_that_is_no_longer_true_is_skipped_and_recorded(
    platform, fake, database_url
):
    """alice checks in while bob's nudge waits: at 07:00 it is not sent."""
    async with haven(platform, database_url, START, fake) as world:
        await partners_of_alice(world)
        await world.run_until(utc(2026, 11, 1, 10, 1))
        assert (nudges(world, "bob"), nudges(world, "carol")) == (0, 1)
        done = await world.command("alice", "/checkin mood:4 craving:1")
        assert done.ok, done.seen
        await world.run_until(utc(2026, 11, 1, 13, 0))
        assert nudges(world, "bob") == 0
        row = (await nudge_rows(world))["bob"]
        assert (row.status, row.note) == (SKIPPED, "no longer quiet")


@pytest.mark.parametrize("platform", ["slack"])
async def test_slack_do_not_disturb_holds_a_partners_nudge_until_it_ends(
    platform, fake, database_url
):
    """carol is in Do Not Disturb at the scan: she hears when it ends, once;
    bob (no quiet hours) hears at the scan."""
    async with haven(platform, database_url, START, fake) as world:
        await partners_of_alice(world, bob_quiet=None)
        world.fake.set_dnd(world.uid("carol"), utc(2026, 11, 1, 9, 0), utc(2026, 11, 1, 13, 15))
        await world.run_until(utc(2026, 11, 1, 10, 1))
        assert (nudges(world, "bob"), nudges(world, "carol")) == (1, 0)
        await world.run_until(utc(2026, 11, 1, 13, 14))
        assert nudges(world, "carol") == 0
        await world.run_until(utc(2026, 11, 1, 13, 16))
        assert nudges(world, "carol") == 1
        world.fake.dnd.clear()
        await world.run_until(utc(2026, 11, 3, 12, 0))
        assert (nudges(world, "bob"), nudges(world, "carol")) == (1, 1)
        rows = await nudge_rows(world)
        assert {name: row.status for name, row in rows.items()} == {"bob": SENT, "carol": SENT}
