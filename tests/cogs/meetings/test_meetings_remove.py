"""Removing a meeting tells the members who said they were going, privately
and truthfully; lead times read as people say them."""

from __future__ import annotations

from cogs.meetings.messages import lead_words
from tests.cogs.accountability.test_accountability_truthful import close_dms_of

SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London
"""


async def test_members_going_hear_privately_when_the_meeting_is_removed(console):
    await console.run(SETUP)
    for user, answer in (("alice", "going"), ("bob", "going"), ("carol", "maybe")):
        await console.agree(user)
        await console.run(f"/meeting rsvp 1 {answer}")
    out = await console.run(":as mona mod\n/meeting remove 1")
    notes = [o for o in out if o.kind == "dm"]
    assert sorted(o.to for o in notes) == ["alice", "bob"]  # not maybe, not the channel
    for note in notes:
        assert note.visible_to == [note.to]
        assert note.text.startswith("**Monday circle** on Mon 23 Nov 2026 18:00")
        assert "won't take place" in note.text and "your RSVP and its reminder" in note.text
    reply = out[-1]
    assert reply.visible_to == ["mona"]
    assert "2 members had said they were going: 2 told by private message." in reply.text
    assert "alice" not in reply.text and "bob" not in reply.text
    assert not [o for o in await console.run(":advance 3d") if o.kind == "dm"]


async def test_removal_says_truthfully_when_a_going_member_could_not_be_told(console):
    await console.run(SETUP)
    for user in ("alice", "bob"):
        await console.agree(user)
        await console.run("/meeting rsvp 1 going")
    close_dms_of(console, "bob")
    reply = await console.say(":as mona mod\n/meeting remove 1")
    assert (
        "2 members had said they were going: 1 told by private message, "
        "1 couldn't be reached by DM (closed or gone)." in reply.text
    )


async def test_lead_times_read_in_days_hours_and_minutes(console):
    out = await console.run(
        ":as mona mod\n/mod channel announcements #announcements\n"
        "/meeting add title:Circle day:mon time:18:00 tz:Europe/London remind:1440,90,10"
    )
    assert "1 day, 1 hour and 30 minutes, 10 minutes before" in out[-1].text
    assert "min," not in out[-1].text
    await console.agree("alice")
    reply = await console.say("/meeting rsvp 1 going remind:150")
    assert "private reminder 2 hours and 30 minutes before" in reply.text


def test_lead_words_name_days_hours_and_minutes():
    assert lead_words(1560) == "1 day and 2 hours"
    assert lead_words(2 * 1440 + 61) == "2 days, 1 hour and 1 minute"
    assert lead_words(10) == "10 minutes"
