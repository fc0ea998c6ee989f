"""A channel Haven cannot post in: refused when adding, and when a reminder
comes due it is skipped (recorded) and moderators are told once per meeting."""

from __future__ import annotations

from sqlmodel import select

from bot.models import Delivery
from cogs.meetings.models import Meeting

SETUP = """
:as mona mod
/mod channel announcements #announcements
"""
GOOD = "title:Monday circle day:mon time:18:00 tz:Europe/London"
CANNOT = (
    "I can't post in #{} — give Haven permission to send messages there, "
    "or choose another channel with channel:#..."
)


async def meetings(h) -> list[Meeting]:
    async with h.db.unscoped_session("test") as session:
        return list((await session.exec(select(Meeting))).all())


async def deliveries(h, prefix: str) -> list[Delivery]:
    async with h.db.unscoped_session("test") as session:
        rows = (await session.exec(select(Delivery).order_by(Delivery.scheduled_for))).all()
    return [row for row in rows if row.key.startswith(prefix)]


def posts_in(outputs, channel: str) -> list:
    return [o for o in outputs if o.kind == "message" and o.to == f"#{channel}"]


async def test_adding_in_a_channel_haven_cannot_post_in_is_refused_and_stores_nothing(console):
    await console.run(SETUP)
    console.adapter.read_only_channels.update({"announcements", "quiet"})
    for line, channel in (
        (f"/meeting add {GOOD}", "announcements"),  # the community's default channel
        (f"/meeting add {GOOD} channel:#quiet", "quiet"),
    ):
        reply = await console.say(line)
        assert reply.error and reply.ephemeral and reply.visible_to == ["mona"]
        assert CANNOT.format(channel) in reply.text
        assert "Usage:" not in reply.text  # not mistyped: said plainly (a Refusal)
    assert await meetings(console) == []
    assert not [j for j in (await console.app.scheduler.jobs()) if j.startswith("meeting:")]

    ok = await console.say(f"/meeting add {GOOD} channel:#meetings")
    assert not ok.error and "announced in #meetings" in ok.text
    assert [m.channel for m in await meetings(console)] == ["meetings"]


async def test_reminders_that_cannot_be_posted_are_skipped_and_moderators_told_once(console):
    await console.run(SETUP + "/mod channel moderators #mods")
    await console.run(f"/meeting add {GOOD}\n/meeting add {GOOD.replace('Monday', 'Other')}")
    console.adapter.read_only_channels.add("announcements")

    out = await console.run(":advance 2w")
    assert posts_in(out, "announcements") == []
    notes = posts_in(out, "mods")
    # One note per meeting, at its first reminder that could not go out.
    assert [(o.at[:16], o.text.split(":")[0]) for o in notes] == [
        ("2026-11-23T17:00", "Reminders for **Monday circle** (meeting #1) are not being posted"),
        ("2026-11-23T17:00", "Reminders for **Other circle** (meeting #2) are not being posted"),
    ]
    assert "Give Haven permission to send messages there" in notes[0].text
    assert "/meeting remove 1" in notes[0].text
    skipped = await deliveries(console, "meeting:1:lead:")
    assert len(skipped) == 4  # 2 Mondays x (60 and 10 minutes before)
    assert {(row.status, row.note) for row in skipped} == {("skipped", "cannot post in channel")}

    console.adapter.read_only_channels.clear()  # a moderator fixed the permission
    out = await console.run(":advance 1w")
    assert [o.at[:16] for o in posts_in(out, "announcements")] == [
        "2026-12-07T17:00", "2026-12-07T17:00", "2026-12-07T17:50", "2026-12-07T17:50",
    ]  # fmt: skip
    assert posts_in(out, "mods") == []


async def test_without_a_moderators_channel_the_reminder_is_still_skipped_quietly(console):
    await console.run(SETUP)
    await console.run(f"/meeting add {GOOD}")
    console.adapter.read_only_channels.add("announcements")
    out = await console.run(":advance 3d")
    assert [o for o in out if o.kind == "message"] == []
    assert [row.note for row in await deliveries(console, "meeting:1:lead:")] == [
        "cannot post in channel",
        "cannot post in channel",
    ]


async def test_skip_of_an_announced_meeting_in_a_closed_channel_says_so(console):
    await console.run(SETUP)
    await console.run(f"/meeting add {GOOD}\n:at 2026-11-23T17:00:00+00:00")
    console.adapter.read_only_channels.add("announcements")
    reply = await console.say(":as mona mod\n/meeting skip 1 2026-11-23")
    assert not reply.error and "Cancelled **Monday circle**" in reply.text
    assert CANNOT.format("announcements") in reply.text
    assert posts_in(console.outputs, "announcements")[-1].at.startswith("2026-11-23T17:00")
