"""What is not a typing mistake is said plainly, without the usage line: a
meeting or feed that does not exist, the feeds cap, a day the meeting does not
meet, a channel Haven cannot post in. Typing mistakes keep the usage line.
Either way nothing is stored."""

from __future__ import annotations

import dataclasses

import pytest
from sqlmodel import select

from cogs.meetings import directory
from cogs.meetings.models import Meeting, MeetingFeed, MeetingRsvp, MeetingSkip
from tests.support.feeds import FeedServer, many_meetings

MOD = ":as mona mod"
SETUP = f"""
{MOD}
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London
"""


@pytest.fixture
async def feeds():
    server = await FeedServer().start()
    yield server
    await server.close()


@pytest.fixture
async def h(make_harness, settings):
    return await make_harness(settings=dataclasses.replace(settings, feed_allow_private=True))


async def rows(h, table) -> list:
    async with h.db.unscoped_session("test", readonly=True) as session:
        return list((await session.exec(select(table))).all())


async def refused(h, line: str, reason: str) -> None:
    reply = await h.say(line)
    assert reply.error and reply.visible_to == ["mona"], (line, reply.text)
    assert reason in reply.text, (line, reply.text)
    assert "Usage:" not in reply.text and "Example:" not in reply.text, (line, reply.text)


async def test_a_meeting_that_does_not_exist_or_does_not_meet_then_is_refused_plainly(h):
    await h.run(SETUP)
    await h.agree("mona", mod=True)
    # Saturday 2026-11-21: the circle meets on Mondays at 18:00 London time.
    for line, reason in (
        ("/meeting rsvp 7 going", "there is no meeting #7; see `/meeting list`"),
        ("/meeting skip 7 2026-11-23", "there is no meeting #7"),
        ("/meeting remove 7", "there is no meeting #7"),
        ("/meeting public 7 yes", "there is no meeting #7"),
        ("/meeting skip 1 2026-11-24", "does not meet on Tuesday, November 24, 2026"),
        ("/meeting skip 1 2026-11-16", "the meeting on November 16, 2026 has already started"),
    ):
        await refused(h, line, reason)
    assert await rows(h, MeetingRsvp) == [] and await rows(h, MeetingSkip) == []
    assert len(await rows(h, Meeting)) == 1


async def test_no_channel_to_announce_in_is_refused_plainly(h):
    reply = await h.say(f"{MOD}\n/meeting add title:Circle day:mon time:18:00 tz:UTC")
    assert reply.error and "there is no announcements channel yet" in reply.text
    assert "Usage:" not in reply.text
    assert await rows(h, Meeting) == []


async def test_feeds_that_do_not_exist_are_already_there_or_too_many_are_refused_plainly(
    h, feeds, monkeypatch
):
    await h.run(MOD)
    await refused(h, "/meeting sync", "no feeds are imported yet; add one with")
    url = feeds.set("feed.json", many_meetings(2))
    assert not (await h.say(f"/meeting import {url}")).error
    await refused(h, "/meeting sync id:4", "there is no imported feed #4; see `/meeting feeds`")
    await refused(h, "/meeting feeds remove:4", "there is no imported feed #4")
    await refused(h, f"/meeting import {url}", "that feed is imported already")
    monkeypatch.setattr(directory, "MAX_FEEDS", 1)
    other = feeds.set("other.json", many_meetings(2))
    await refused(h, f"/meeting import {other}", "this community has 1 feeds; remove one first")
    assert len(await rows(h, MeetingFeed)) == 1


async def test_typing_mistakes_keep_the_usage_line(h):
    await h.run(SETUP)
    await h.agree("mona", mod=True)
    for line, usage in (
        ("/meeting rsvp 1 maybe remind:30", "Usage: `/meeting rsvp <number> <going|maybe|no>"),
        ("/meeting rsvp one going", "Usage: `/meeting rsvp"),
        ("/meeting skip 1 someday", "Usage: `/meeting skip <number> <YYYY-MM-DD>`"),
        ("/meeting public 1 perhaps", "Usage: `/meeting public <number> <yes|no>`"),
    ):
        reply = await h.say(line)
        assert reply.error and usage in reply.text, (line, reply.text)
        assert "Example: `/meeting" in reply.text, (line, reply.text)
    assert await rows(h, MeetingRsvp) == [] and await rows(h, MeetingSkip) == []
