"""RSVP spam protection: each answer edits the public counts, so a member may
change their answer for one occurrence at most five times in ten minutes; a
refused change says when to try again and changes nothing."""

from __future__ import annotations

from sqlmodel import select

from cogs.meetings.models import MeetingRsvp

SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London
"""
FLIP = ("going", "no")


async def statuses(h) -> list[str]:
    async with h.db.unscoped_session("test") as session:
        return [r.status for r in (await session.exec(select(MeetingRsvp))).all()]


async def test_sixth_change_in_ten_minutes_is_refused_with_when_to_try_again(console):
    await console.run(SETUP)
    await console.agree("alice")
    first = await console.say("/meeting rsvp 1 maybe")
    assert not first.error
    for n in range(5):
        out = await console.say(f"/meeting rsvp 1 {FLIP[n % 2]}")
        assert not out.error, out.text
    assert await statuses(console) == ["going"]
    refused = await console.say(":advance 6m\n/meeting rsvp 1 maybe")
    assert refused.error and refused.visible_to == ["alice"]
    assert "stays **going**" in refused.text or "stays going" in refused.text
    assert "You can change your answer again in 4 minutes." in refused.text
    assert await statuses(console) == ["going"]  # nothing changed

    late = await console.say(":advance 4m\n/meeting rsvp 1 maybe")
    assert not late.error and "maybe" in late.text
    assert await statuses(console) == ["maybe"]


async def test_buttons_share_the_limit_and_the_counts_stop_moving(console):
    await console.run(SETUP)
    await console.agree("alice")
    await console.run(":at 2026-11-23T17:00:00+00:00")
    post = [o for o in console.outputs if o.kind == "message" and o.actions][-1]
    await console.run(":as alice\n:click Going")
    for label in ("Maybe", "Not going", "Going", "Maybe", "Going"):
        out = await console.run(f":click {label}")
        assert not out[-1].error
    assert "Going: 1 · Maybe: 0 · Not going: 0" in post.text
    out = await console.run(":click Not going")
    assert out[-1].error and "in 10 minutes" in out[-1].text
    assert "Going: 1 · Maybe: 0 · Not going: 0" in post.text  # not edited


async def test_the_limit_is_per_member_and_per_occurrence(console):
    await console.run(SETUP)
    await console.agree("bob")
    await console.agree("alice")
    for n in range(6):
        assert not (await console.say(f"/meeting rsvp 1 {FLIP[n % 2]}")).error
    assert (await console.say("/meeting rsvp 1 maybe")).error
    # bob is not held back by alice's changes
    await console.run(":as bob")
    for n in range(6):
        assert not (await console.say(f"/meeting rsvp 1 {FLIP[n % 2]}")).error
    # once Monday's meeting has started, alice answers for the next one freely
    await console.run(":as alice\n:at 2026-11-23T18:00:30+00:00")
    assert not (await console.say("/meeting rsvp 1 maybe")).error
