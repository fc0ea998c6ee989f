"""Pillar: meetings — a moderator adds one, the announcement posts when due,
members RSVP with its buttons at once (counts update in place), and those
going get a private reminder."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from cogs.meetings.models import Meeting, MeetingRsvp
from tests.e2e.rows import rows_of

LINK = "https://meet.example.org/monday"
#: The going members' reminder says so (its time is each platform's own markup).
REMINDER = "You said you're going"


async def announce(world) -> None:
    """A moderator adds Monday's circle; its announcement posts 60 minutes before."""
    await world.agree(world.mod, "alice", "bob", "carol", "dan")
    configured = await world.command(
        world.mod, f"/mod channel announcements {world.channel('announcements')}"
    )
    assert configured.ok, configured.seen
    denied = await world.command(
        "alice", "/meeting add title:Sneaky day:mon time:18:00 tz:Europe/London"
    )
    assert denied.reply.error and "moderator" in denied.reply.text.lower()
    added = await world.command(
        world.mod,
        f'/meeting add title:"Monday circle" day:mon time:18:00 tz:Europe/London link:{LINK}',
    )
    assert added.ok, added.seen
    [meeting] = await rows_of(world, Meeting)
    assert meeting.title == "Monday circle"
    assert world.posts("announcements") == []

    # 60 minutes before Monday 18:00 London (UTC in November): the announcement.
    await world.run_until(datetime(2026, 11, 23, 17, 0, tzinfo=UTC))
    [announcement] = world.posts("announcements")
    assert "Monday circle" in announcement.text
    assert announcement.buttons == ["Going", "Maybe", "Not going"]
    assert "Going: 0 · Maybe: 0 · Not going: 0" in announcement.text


async def answer_at_once(world) -> list:
    """Four members press the announcement's buttons at the same moment."""
    answers = await asyncio.gather(
        world.press("alice", "Going"),
        world.press("bob", "Maybe"),
        world.press("carol", "Going"),
        world.press("dan", "Not going"),
    )
    for outcome in answers:
        assert outcome.ok, outcome.seen
        assert outcome.reply.ephemeral
    assert "going to" in answers[0].reply.text and "Monday circle" in answers[0].reply.text
    return answers


async def test_meeting_add_announce_rsvp_and_reminder(world):
    await announce(world)
    await answer_at_once(world)
    rsvps = await rows_of(world, MeetingRsvp)
    assert sorted(r.status for r in rsvps) == ["going", "going", "maybe", "no"]

    # 10 minutes before: the going members' private reminder, once each.
    await world.run_until(datetime(2026, 11, 23, 17, 55, tzinfo=UTC))
    for name in ("alice", "carol"):
        reminders = [p.text for p in world.dms(name) if REMINDER in p.text]
        assert len(reminders) == 1, [p.text for p in world.dms(name)]
        assert LINK in reminders[0] and "Monday circle" in reminders[0]
    for name in ("bob", "dan"):
        assert not any(REMINDER in p.text for p in world.dms(name))
    latest = world.posts("announcements")[-1]  # the 10-minute announcement
    assert "Going: 2 · Maybe: 1 · Not going: 1" in latest.text
    for name in ("alice", "bob", "carol", "dan"):
        assert name not in world.plain(latest.text)

    await world.run_until(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    for name in ("alice", "carol"):
        assert len([p for p in world.dms(name) if REMINDER in p.text]) == 1


async def test_rsvps_at_once_update_the_announcement_counts_in_place(world):
    await announce(world)
    await answer_at_once(world)
    [announcement] = world.posts("announcements")  # edited in place
    assert "Going: 2 · Maybe: 1 · Not going: 1" in announcement.text


async def test_removing_a_meeting_tells_those_going_privately_and_truthfully(world):
    await announce(world)
    await answer_at_once(world)  # alice and carol going, bob maybe, dan not
    world.refuse_dms("carol")
    removed = await world.command(world.mod, "/meeting remove 1")
    assert removed.ok and removed.reply.visible_to == [world.mod], removed.seen
    text = world.plain(removed.reply.text)
    assert "2 members had said they were going: 1 told by private message, " in text
    assert "1 couldn't be reached by dm" in text  # plain() lowercases
    assert "alice" not in text and "carol" not in text
    [note] = [p for p in world.dms("alice") if "won't take place" in p.text]
    assert "Monday circle" in note.text and "your RSVP and its reminder" in note.text
    for name in ("bob", "carol", "dan"):
        assert not any("won't take place" in p.text for p in world.dms(name))
    assert "won't take place" not in " ".join(p.text for p in world.posts("announcements"))
    await world.run_until(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    assert not any(REMINDER in p.text for p in world.dms("alice"))
