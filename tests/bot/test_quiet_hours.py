"""Issue 18 item 4: non-urgent DMs wait for the member's quiet hours, exactly
once and under the same ledger key — across a DST change and a restart — and
nothing urgent or asked for ever waits."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from bot.holding import HELD_BY
from bot.ledger import CLAIMED, SENT
from bot.models import Delivery, Member
from bot.quiet import QuietHours
from tests.cogs.checkins.checkins_support import dms


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def deliveries(harness, prefix: str) -> list[Delivery]:
    async with harness.db.unscoped_session("test", readonly=True) as session:
        rows = await session.exec(select(Delivery).where(Delivery.key.startswith(prefix)))
        return list(rows.all())


async def member(harness, user: str) -> Member:
    async with harness.db.unscoped_session("test", readonly=True) as session:
        return (await session.exec(select(Member).where(Member.platform_user_id == user))).one()


def test_quiet_hours_end_on_the_members_wall_clock_across_dst():
    hours = QuietHours.parse("22:00-07:30")
    # Saturday 13 March 2027, 23:00 EST; the clocks go forward at 02:00 that night.
    assert hours.end_after(utc(2027, 3, 14, 4, 0), "America/New_York") == utc(2027, 3, 14, 11, 30)
    # A day later the window ends at 07:30 EDT again: 11:30 UTC.
    assert hours.end_after(utc(2027, 3, 15, 3, 0), "America/New_York") == utc(2027, 3, 15, 11, 30)
    # In November (fall back, EST): 07:30 is 12:30 UTC.
    assert hours.end_after(utc(2026, 11, 2, 3, 0), "America/New_York") == utc(2026, 11, 2, 12, 30)
    assert hours.end_after(utc(2027, 3, 14, 15, 0), "America/New_York") is None
    daytime = QuietHours.parse("9:00-17:00")
    assert daytime.end_after(utc(2026, 11, 21, 12, 0), "UTC") == utc(2026, 11, 21, 17, 0)
    assert daytime.end_after(utc(2026, 11, 21, 17, 0), "UTC") is None


async def test_a_prompt_due_in_quiet_hours_waits_until_they_end_on_a_dst_night(make_harness):
    harness = await make_harness(start=utc(2027, 3, 13, 12, 0))  # Saturday
    await harness.agree("alice", zone="America/New_York")
    quiet = await harness.say("/haven quiet 22:00-07:30")
    assert not quiet.error and "22:00-07:30" in quiet.text and "America/New_York" in quiet.text
    await harness.run("/checkin remind 22:30")  # inside the quiet hours: held every night

    # Saturday 22:30 EST (03:30 UTC) falls due; it waits until 07:30 EDT on Sunday,
    # the morning the clocks went forward: 11:30 UTC, not 12:30.
    produced = await harness.run(":advance 15h")  # to 03:00 UTC Sunday: nothing yet
    assert dms(produced, "alice") == []
    produced = await harness.run(":advance 8h")  # to 11:00 UTC
    assert dms(produced, "alice") == []
    [row] = await deliveries(harness, "checkin:prompt:")
    assert row.key.endswith("@2027-03-13") and row.status == CLAIMED
    assert row.claimed_by == HELD_BY and row.scheduled_for == utc(2027, 3, 14, 11, 30)
    produced = await harness.run(":advance 1h")  # to 12:00 UTC
    [prompt] = dms(produced, "alice")
    assert prompt.at.startswith("2027-03-14T11:30:01")
    assert "How are you today?" in prompt.text and "late" not in prompt.text
    assert all(a["id"].endswith(":2027-03-13") for a in prompt.actions), (
        prompt.actions  # the answer still counts for Saturday, the day it asked about
    )
    [row] = await deliveries(harness, "checkin:prompt:")  # the same key, now sent
    assert row.key.endswith("@2027-03-13") and row.status == SENT

    # Sunday's prompt (22:30 EDT) waits until Monday 07:30 EDT, once.
    produced = await harness.run(":advance 1d")
    [prompt] = dms(produced, "alice")
    assert prompt.at.startswith("2027-03-15T11:30:01")
    rows = await deliveries(harness, "checkin:prompt:")
    assert sorted(r.key[-10:] for r in rows) == ["2027-03-13", "2027-03-14"]
    assert all(r.status == SENT for r in rows)

    # Quiet hours off: Monday's prompt comes at 22:30 EDT, on time.
    assert not (await harness.say("/haven quiet off")).error
    produced = await harness.run(":advance 1d")
    [prompt] = dms(produced, "alice")
    assert prompt.at.startswith("2027-03-16T02:30")


async def test_a_held_congratulation_survives_a_restart_and_comes_once(make_harness):
    first = await make_harness(start=utc(2026, 11, 21, 8, 0))
    await first.agree("alice", zone="UTC")
    await first.run("/haven quiet 08:30-10:00\n/sober set 2026-11-15")  # a week: 22nd, 09:00
    produced = await first.run(":advance 25h")  # Sunday 09:00: held
    assert [o for o in dms(produced, "alice") if "1 week" in o.text] == []
    [row] = await deliveries(first, "sober:")
    assert row.claimed_by == HELD_BY and row.status == CLAIMED
    await first.close()

    later = await make_harness(start=utc(2026, 11, 22, 9, 30))  # a restart, same database
    assert any(job.startswith("held:") for job in await later.app.scheduler.jobs())
    produced = await later.run(":advance 2h")
    [congratulation] = [o for o in dms(produced, "alice") if "1 week" in o.text]
    assert congratulation.at.startswith("2026-11-22T10:00:01")
    assert "late" not in congratulation.text
    produced = await later.run(":advance 2d")
    assert [o for o in dms(produced, "alice") if "1 week" in o.text] == []
    [row] = await deliveries(later, "sober:")
    assert row.status == SENT


async def test_nothing_urgent_or_asked_for_waits(console):
    await console.agree("alice")
    await console.agree("bob")
    await console.run(":as alice\n/partner request @bob\n:as bob\n:click Accept")
    await console.run(":as bob\n/haven quiet 00:00-23:59")
    await console.run(":as alice\n/haven quiet 00:00-23:59")
    sos = await console.run(":as alice\n/sos")
    assert [o for o in sos if o.kind == "dm" and o.to == "bob" and "could use a call" in o.text]
    here = await console.run(":as bob\n:click I'm here")
    assert [o for o in here if o.kind == "dm" and o.to == "alice" and "is here for you" in o.text]
    asked = await console.say(":as alice\n/sober set 2026-11-01")
    assert not asked.error and "20 days" in asked.text  # her own action: answered now


async def test_bad_quiet_hours_are_refused_with_an_example_and_keep_the_old_ones(console):
    await console.agree("alice")
    assert not (await console.say("/haven quiet 22:00-07:00")).error
    for bad in ("22:00", "25:00-07:00", "22:00-22:00", "late"):
        out = await console.say(f"/haven quiet {bad}")
        assert out.error and "/haven quiet 22:00-07:30" in out.text, (bad, out.text)
    assert (await member(console, "alice")).quiet_hours == "22:00-07:00"
    assert not (await console.say("/haven quiet off")).error
    assert (await member(console, "alice")).quiet_hours is None
