"""RSVPs: buttons and the command, live counts, the going members' reminder,
and RSVPs as member data (consent, export, erasure, stats)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from adapters.console.adapter import COMMUNITY
from cogs.meetings.models import MeetingRsvp

SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London link:https://meet.example.org/m
"""


def announcement(h):
    return [o for o in h.outputs if o.kind == "message" and o.actions][-1]


def read(path: str) -> str:
    return Path(path).read_text()


async def rsvp_rows(h) -> list[MeetingRsvp]:
    async with h.db.unscoped_session("test") as session:
        return list((await session.exec(select(MeetingRsvp))).all())


async def test_buttons_update_the_counts_in_place_and_going_members_get_a_dm(console):
    await console.run(SETUP)
    await console.agree("alice")
    await console.agree("bob")
    await console.run(":at 2026-11-23T17:00:00+00:00")
    post = announcement(console)
    assert "Going: 0 · Maybe: 0 · Not going: 0" in post.text

    out = await console.run(":as alice\n:click Going")
    assert out[-1].visible_to == ["alice"] and out[-1].ephemeral
    assert "You're going to **Monday circle**" in out[-1].text
    assert "Going: 1 · Maybe: 0 · Not going: 0" in post.text  # edited in place

    await console.run(":as bob\n:click Maybe")
    assert "Going: 1 · Maybe: 1 · Not going: 0" in post.text
    assert "alice" not in post.text and "bob" not in post.text

    out = await console.run(":advance 1h")
    dms = [o for o in out if o.kind == "dm"]
    assert [(o.at[:16], o.to) for o in dms] == [("2026-11-23T17:50", "alice")]
    assert "starts in 10 minutes" in dms[0].text and "https://meet.example.org/m" in dms[0].text
    # The 10-minute announcement carries the counts too.
    assert "Going: 1 · Maybe: 1" in announcement(console).text


async def test_rsvp_command_and_changing_ones_mind_cancels_the_dm(console):
    await console.run(SETUP)
    await console.agree("alice")
    reply = await console.say("/meeting rsvp 1 going")
    assert not reply.error and "23 Nov 2026 18:00" in reply.text
    reply = await console.say("/meeting rsvp 1 no")
    assert "not going" in reply.text
    out = await console.run(":advance 3d")
    assert not [o for o in out if o.kind == "dm"]
    assert "Going: 0 · Maybe: 0 · Not going: 1" in announcement(console).text
    rows = await rsvp_rows(console)
    assert [(r.status, r.occurrence.isoformat()) for r in rows] == [
        ("no", "2026-11-23T18:00:00+00:00")
    ]


async def test_rsvp_needs_consent_first_and_stores_nothing_before(console):
    await console.run(SETUP)
    await console.run(":at 2026-11-23T17:00:00+00:00\n:as carol")
    out = await console.run(":click Going")
    assert "privacy" in out[-1].text.lower()
    out = await console.run("/meeting rsvp 1 going")
    assert "privacy" in out[-1].text.lower()
    assert await rsvp_rows(console) == []


async def test_rsvp_errors(console):
    await console.run(SETUP)
    await console.agree("alice")
    unknown = await console.say("/meeting rsvp 7 going")
    assert unknown.error and "no meeting #7" in unknown.text and "Usage:" not in unknown.text
    bad = await console.say("/meeting rsvp 1 perhaps")
    assert bad.error and "Usage: `/meeting rsvp" in bad.text
    assert await rsvp_rows(console) == []


async def test_export_erasure_and_stats(console):
    await console.run(SETUP)
    await console.agree("alice")
    await console.run("/meeting rsvp 1 going remind:30")
    export = await console.say("/haven export")
    data = json.loads(read(export.files[0]))
    assert data["meetings"]["rsvps"] == [
        {
            "meeting_id": 1,
            "meeting": "Monday circle",
            "occurrence": "2026-11-23T18:00:00+00:00",
            "answer": "going",
            "reminder_minutes": 30,
            "updated_at": "2026-11-21T09:00:00+00:00",
        }
    ]
    cog = console.app.registry.cogs["meetings"]
    community = await console.app.community(COMMUNITY)
    async with console.app.context(community, console.adapter) as ctx:
        assert await cog.stats(ctx) == {"meetings": 1, "RSVPs this week": 1}

    await console.run(":at 2026-11-23T17:00:00+00:00\n:as alice\n/haven delete confirm")
    assert await rsvp_rows(console) == []
    assert "Going: 0" in announcement(console).text  # counts follow the erasure
    out = await console.run(":advance 1h")
    assert not [o for o in out if o.kind == "dm"]  # the pending reminder went with her
