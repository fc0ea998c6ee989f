"""Time on the real adapters: a member who moves keeps her local times; a
prompt answered the next morning is saved for the day it asked about."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from cogs.checkins.models import CheckIn
from tests.conftest import START
from tests.e2e.rows import members, rows_of


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def prompts(world, user: str) -> int:
    return sum(p.buttons == ["1", "2", "3", "4", "5"] for p in world.dms(user))


def milestones(world, user: str) -> int:
    return sum("1 week" in p.text for p in world.dms(user))


async def test_a_member_who_flies_west_gets_her_prompt_and_milestone_at_her_new_times(world):
    assert START == utc(2026, 11, 21, 9, 0)
    await world.agree("alice")
    for line in (
        "/haven timezone Europe/Helsinki",
        "/checkin remind 21:00",
        "/sober set 2026-11-18",  # one week on Wednesday 25 November
        "/checkin mood:4 craving:2",
    ):
        done = await world.command("alice", line)
        assert done.ok, done.seen
    await world.run_until(utc(2026, 11, 22, 10, 0))  # Sunday 02:00 in Los Angeles
    moved = await world.command("alice", "/haven timezone America/Los_Angeles")
    assert moved.ok and "America/Los_Angeles" in moved.reply.text, moved.seen

    # 21:00 in Helsinki is 11:00 in Los Angeles: nothing then; her prompt comes at 21:00.
    await world.run_until(utc(2026, 11, 22, 19, 30))
    assert prompts(world, "alice") == 0
    await world.run_until(utc(2026, 11, 23, 5, 2))
    assert prompts(world, "alice") == 1

    # 09:00 in Helsinki is 23:00 the evening before in Los Angeles: nothing then.
    await world.run_until(utc(2026, 11, 25, 16, 59))
    assert milestones(world, "alice") == 0
    await world.run_until(utc(2026, 11, 25, 17, 1))  # 09:00 on the day, in Los Angeles
    assert milestones(world, "alice") == 1


async def test_yesterdays_prompt_tapped_this_morning_is_saved_for_yesterday(world):
    await world.agree("alice")
    reminded = await world.command("alice", "/checkin remind 21:00")
    assert reminded.ok, reminded.seen
    await world.run_until(utc(2026, 11, 21, 21, 5))  # Saturday's prompt, in UTC
    assert prompts(world, "alice") == 1
    await world.run_until(utc(2026, 11, 22, 8, 0))  # answered on Sunday morning
    tapped = await world.press("alice", "3")
    assert tapped.ok, tapped.seen
    assert tapped.reply.text.startswith("Saved for yesterday, Saturday 21 November: mood 3/5"), (
        tapped.reply.text
    )
    [row] = await rows_of(world, CheckIn, "alice")
    assert (row.local_date, row.mood) == (date(2026, 11, 21), 3)


async def test_a_member_with_no_zone_gets_her_slack_profile_zone_or_is_asked_first(world):
    """Slack knows the member's zone from her profile: Haven uses it and says so
    in one line, with the answer. Discord does not: she is told what to type,
    and her command runs once she has."""
    if world.platform == "slack":
        world.fake.users[world.uid("alice")]["tz"] = "America/New_York"
    await world.agree("alice", zone=False)
    asked = await world.command("alice", "/checkin remind 21:00")
    if world.platform == "slack":
        answered = asked
        note = asked.reply.text.splitlines()[0]
        assert note == (
            "I'm using America/New_York from your Slack profile — `/haven timezone` to change."
        ), asked.reply.text
        assert asked.reply.buttons == [] or "Use America/New_York" not in asked.reply.buttons
    else:
        question = asked.reply
        assert "which time zone are you in?" in question.text and not question.error, asked.seen
        assert question.ephemeral and question.visible_to == ["alice"]
        assert "/haven timezone Europe/Helsinki" in question.text
        assert question.buttons == []
        answered = await world.command("alice", "/haven timezone America/New_York")
    texts = [s.text for s in answered.replies]
    assert any("Every day at 21:00 (America/New_York)" in t for t in texts), answered.seen
    # The prompt comes at 21:00 in New York (02:00 UTC), not at 21:00 UTC.
    await world.run_until(utc(2026, 11, 21, 21, 30))
    assert prompts(world, "alice") == 0
    await world.run_until(utc(2026, 11, 22, 2, 5))
    assert prompts(world, "alice") == 1


async def test_a_fixed_offset_in_a_slack_profile_is_never_used_silently(world):
    if world.platform == "slack":
        world.fake.users[world.uid("alice")]["tz"] = "Etc/GMT+5"
    await world.agree("alice", zone=False)
    asked = await world.command("alice", "/checkin remind 21:00")
    assert "which time zone are you in?" in asked.reply.text, asked.seen
    assert "Etc/GMT+5" not in asked.reply.text and "profile" not in asked.reply.text
    assert (await members(world))["alice"].timezone is None
    answered = await world.command("alice", "/haven timezone America/Chicago")
    assert any("Every day at 21:00 (America/Chicago)" in s.text for s in answered.replies)
    await world.run_until(utc(2026, 11, 22, 3, 5))  # 21:00 in Chicago
    assert prompts(world, "alice") == 1


async def test_while_slack_is_asked_for_her_zone_other_members_are_not_kept_waiting(world):
    """users.info is paced and may be slow: Haven waits for it with nothing of
    the asking member's held — on SQLite a transaction kept open across it
    would hold the one write lock, and every other member's command (and the
    scheduler's own writes) would queue behind a call to Slack."""
    if world.platform != "slack":  # Discord's profile names no zone: she is asked
        await world.agree("alice", zone=False)
        asked = await world.command("alice", "/checkin remind 21:00")
        assert "which time zone are you in?" in asked.reply.text, asked.seen
        await world.agree("bob")
        assert (await world.command("bob", "/checkin mood:4 craving:2")).ok
        answered = await world.command("alice", "/haven timezone America/New_York")
        assert any("Every day at 21:00 (America/New_York)" in s.text for s in answered.replies)
        await world.run_until(utc(2026, 11, 22, 2, 5))  # 21:00 in New York
        assert prompts(world, "alice") == 1
        return
    world.fake.users[world.uid("alice")]["tz"] = "America/New_York"
    await world.agree("alice", zone=False)
    await world.agree("bob")
    gate = world.fake.hold("users.info")
    asking = asyncio.create_task(world.command("alice", "/checkin remind 21:00"))
    await asyncio.wait_for(world.fake.asked("users.info"), 10)
    before = len(world.fake.calls)
    checking_in = world.driver.command_body("bob", "/checkin mood:4 craving:2")
    status, _ = await world.driver.post(checking_in)
    assert status == 200
    for _ in range(500):  # bob's answer comes while alice's lookup is still held
        if any(call.method == "response_url" for call in world.fake.calls[before:]):
            break
        await asyncio.sleep(0.01)
    else:
        gate.set()
        await asking
        raise AssertionError("bob's check-in waited for alice's profile lookup")
    gate.set()
    answered = await asking
    assert any("Every day at 21:00 (America/New_York)" in s.text for s in answered.replies), (
        answered.seen
    )
    await world.run_until(utc(2026, 11, 22, 2, 5))  # 21:00 in New York
    assert prompts(world, "alice") == 1
