"""A going member's own reminder lead: ``/meeting rsvp <id> going remind:<minutes>``."""

from __future__ import annotations

from sqlmodel import select

from cogs.meetings.models import MeetingRsvp

SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London
"""


def dms(outputs) -> list[tuple[str, str]]:
    return [(o.at[:16], o.to) for o in outputs if o.kind == "dm"]


async def leads(h) -> list[tuple[str, int | None]]:
    async with h.db.unscoped_session("test") as session:
        rows = (await session.exec(select(MeetingRsvp).order_by(MeetingRsvp.id))).all()
    return [(r.status, r.remind) for r in rows]


async def test_each_member_is_reminded_at_their_own_lead(console):
    await console.run(SETUP)
    await console.agree("alice")
    reply = await console.say("/meeting rsvp 1 going remind:45")
    assert not reply.error and "private reminder 45 minutes before" in reply.text
    await console.agree("bob")
    reply = await console.say("/meeting rsvp 1 going")
    assert "private reminder 10 minutes before" in reply.text
    await console.agree("carol")
    await console.run("/meeting rsvp 1 going remind:1440")

    out = await console.run(":advance 3d")
    assert dms(out) == [
        ("2026-11-22T18:00", "carol"),
        ("2026-11-23T17:15", "alice"),
        ("2026-11-23T17:50", "bob"),
    ]
    alice = next(o for o in out if o.to == "alice")
    assert "starts in 45 minutes" in alice.text


async def test_the_going_button_keeps_a_lead_chosen_before(console):
    await console.run(SETUP)
    await console.agree("alice")
    await console.run("/meeting rsvp 1 going remind:30\n:at 2026-11-23T17:00:00+00:00")
    out = await console.run(":as alice\n:click Going")
    assert "private reminder 30 minutes before" in out[-1].text
    await console.agree("bob")
    out = await console.run(":click Going")  # a button answer has the default lead
    assert "private reminder 10 minutes before" in out[-1].text
    assert await leads(console) == [("going", 30), ("going", None)]
    out = await console.run(":advance 1h")
    assert dms(out) == [("2026-11-23T17:30", "alice"), ("2026-11-23T17:50", "bob")]


async def test_changing_the_lead_moves_the_reminder(console):
    await console.run(SETUP)
    await console.agree("alice")
    await console.run("/meeting rsvp 1 going remind:120\n/meeting rsvp 1 going remind:5")
    out = await console.run(":advance 3d")
    assert dms(out) == [("2026-11-23T17:55", "alice")]


async def test_a_lead_longer_than_the_time_left_says_there_is_no_separate_reminder(console):
    await console.run(SETUP + ":at 2026-11-23T17:30:00+00:00")
    await console.agree("alice")
    reply = await console.say("/meeting rsvp 1 going remind:60")
    assert not reply.error and "no separate reminder" in reply.text
    out = await console.run(":advance 1h")
    assert dms(out) == []


async def test_bad_leads_are_refused_and_nothing_is_stored(console):
    await console.run(SETUP)
    await console.agree("alice")
    for line, reason in (
        ("/meeting rsvp 1 going remind:0", "remind: 0 is below 1"),
        ("/meeting rsvp 1 going remind:1441", "remind: 1441 is above 1440"),
        ("/meeting rsvp 1 going remind:soon", "is not a whole number"),
        ("/meeting rsvp 1 maybe remind:30", "remind: is for going"),
    ):
        reply = await console.say(line)
        assert reply.error and reply.visible_to == ["alice"], line
        assert reason in reply.text and "Usage: `/meeting rsvp" in reply.text, reply.text
    assert await leads(console) == []
