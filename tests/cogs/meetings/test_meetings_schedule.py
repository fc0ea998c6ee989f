"""Meetings are announced at the right instants, in the meeting's own zone."""

from __future__ import annotations

from datetime import UTC, datetime

NOTE = "No meeting this week: **Monday circle** on 23 Nov 2026 is cancelled. See you next time."
SETUP = """
:as mona mod
/mod channel announcements #announcements
"""


def posts(outputs) -> list[tuple[str, str]]:
    """(time, title) of every public post, in order."""
    return [
        (o.at[:16], o.text.splitlines()[0].strip("*"))
        for o in outputs
        if o.kind == "message" and o.to == "#announcements"
    ]


async def test_two_weeks_of_posts_at_the_expected_instants_across_both_dst_changes(
    make_harness,
):
    # EU clocks go back on 2026-10-25, US clocks on 2026-11-01: 19:00 stays 19:00 local.
    h = await make_harness(start=datetime(2026, 10, 20, 9, 0, tzinfo=UTC))
    await h.run(SETUP)
    await h.run(
        "/meeting add title:Berlin circle day:mon,wed time:19:00 tz:Europe/Berlin\n"
        "/meeting add title:NY circle day:mon time:19:00 tz:America/New_York"
    )
    out = await h.run(":advance 2w")
    assert posts(out) == [
        ("2026-10-21T16:00", "Berlin circle"),  # CEST: 19:00 = 17:00 UTC
        ("2026-10-21T16:50", "Berlin circle"),
        ("2026-10-26T17:00", "Berlin circle"),  # CET: 19:00 = 18:00 UTC
        ("2026-10-26T17:50", "Berlin circle"),
        ("2026-10-26T22:00", "NY circle"),  # EDT: 19:00 = 23:00 UTC
        ("2026-10-26T22:50", "NY circle"),
        ("2026-10-28T17:00", "Berlin circle"),
        ("2026-10-28T17:50", "Berlin circle"),
        ("2026-11-02T17:00", "Berlin circle"),
        ("2026-11-02T17:50", "Berlin circle"),
        ("2026-11-02T23:00", "NY circle"),  # EST: 19:00 = 00:00 UTC next day
        ("2026-11-02T23:50", "NY circle"),
    ]
    ny_after = next(o for o in out if o.at.startswith("2026-11-02T23:00"))
    assert "Starts in 1 hour — Tue 03 Nov 2026 00:00 UTC" in ny_after.text
    assert [a["label"] for a in ny_after.actions] == ["Going", "Maybe", "Not going"]
    assert ny_after.actions[0]["id"] == "meeting:rsvp:2:going"
    assert ny_after.visible_to == "all"


async def test_every_second_week_and_custom_leads(console):
    await console.run(SETUP)
    reply = await console.say(
        "/meeting add title:Fortnightly day:tue time:08:30 tz:UTC every:2w remind:30"
    )
    assert not reply.error, reply.text
    out = await console.run(":advance 5w")
    assert posts(out) == [
        ("2026-11-24T08:00", "Fortnightly"),
        ("2026-12-08T08:00", "Fortnightly"),
        ("2026-12-22T08:00", "Fortnightly"),
    ]


async def test_list_shows_the_next_seven_days_in_the_readers_zone(console):
    await console.run(SETUP)
    await console.run(
        "/meeting add title:Evening circle day:mon,thu time:19:00 tz:America/New_York"
    )
    await console.agree("alice")
    await console.run("/haven timezone Europe/Helsinki")
    reply = await console.say("/meeting list")
    assert reply.ephemeral and reply.visible_to == ["alice"]
    # 19:00 in New York is 02:00 the next morning in Helsinki.
    assert reply.text.splitlines()[1:] == [
        "- Tue 24 Nov 2026 02:00 EET — **Evening circle** (#1)",
        "- Fri 27 Nov 2026 02:00 EET — **Evening circle** (#1)",
    ]


async def test_skip_posts_one_short_note_instead_of_the_reminders(console):
    await console.run(SETUP)
    await console.run("/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London")
    reply = await console.say("/meeting skip 1 2026-11-23")
    assert not reply.error and "Cancelled" in reply.text
    listing = await console.say("/meeting list")
    assert "cancelled this time" in listing.text
    out = await console.run(":advance 10d")
    assert posts(out) == [
        ("2026-11-23T17:00", NOTE),
        ("2026-11-30T17:00", "Monday circle"),
        ("2026-11-30T17:50", "Monday circle"),
    ]


async def test_skip_after_the_announcement_says_so_at_once_and_once(console):
    await console.run(SETUP)
    await console.run("/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London")
    out = await console.run(
        ":at 2026-11-23T17:30:00+00:00\n:as mona mod\n/meeting skip 1 2026-11-23"
    )
    assert [p[0] for p in posts(out)] == ["2026-11-23T17:00", "2026-11-23T17:30"]
    assert "No meeting this week" in posts(out)[1][1]
    assert posts(await console.run(":advance 2h")) == []


async def test_skip_refuses_days_without_a_meeting(console):
    await console.run(SETUP)
    await console.run("/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London")
    wrong_day = await console.say("/meeting skip 1 2026-11-24")
    assert wrong_day.error and "does not meet on Tuesday, November 24, 2026" in wrong_day.text
    past = await console.say("/meeting skip 1 2026-11-16")
    assert past.error and "already started" in past.text
    unknown = await console.say("/meeting skip 9 2026-11-23")
    assert unknown.error and "no meeting #9" in unknown.text


async def test_remove_deletes_the_series_and_its_pending_posts(console):
    await console.run(SETUP)
    await console.run("/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London")
    out = await console.run(":at 2026-11-23T17:05:00+00:00")
    assert len(posts(out)) == 1
    reply = await console.say(":as mona mod\n/meeting remove 1")
    assert "Removed **Monday circle**" in reply.text
    assert posts(await console.run(":advance 3w")) == []
    assert (await console.say("/meeting list")).text == "No meetings in the next 7 days."
    assert (await console.say("/meeting remove 1")).error
