"""Bad input to /meeting add gets a private reason and a usage line; nothing is stored."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETUP = """
:as mona mod
/mod channel announcements #announcements
"""
GOOD = "title:Circle day:mon time:19:00 tz:Europe/Berlin"


async def assert_nothing_stored(h):
    assert not [j for j in (await h.app.scheduler.jobs()) if j.startswith("meeting:")]
    assert (await h.say("/meeting list")).text == "No meetings in the next 7 days."


@pytest.mark.parametrize(
    "args, reason",
    [
        ("title:Circle day:funday time:19:00 tz:Europe/Berlin", "day: “funday” is not a weekday"),
        ("title:Circle day:mon,,tue time:19:00 tz:Europe/Berlin", "has an empty item"),
        ("title:Circle day:mon time:25:00 tz:Europe/Berlin", "time: “25:00” is not a time of day"),
        ("title:Circle day:mon time:7pm tz:Europe/Berlin", "is not a time; write it as HH:MM"),
        ("title:Circle day:mon time:19:00 tz:Mars/Base", "tz: “Mars/Base” is not a time zone"),
        ("title:Circle day:mon time:19:00 tz:+02:00", "is a fixed offset, not a place"),
        (GOOD + " remind:-5", "remind: -5 is below 1"),
        (GOOD + " remind:60,5000", "remind: 5000 is above 1440"),
        (GOOD + " remind:soon", "is not a whole number"),
        (GOOD + " link:ftp://example.org/x", "link: “ftp://example.org/x” is not a web link"),
        (GOOD + " link:javascript:alert(1)", "is not a web link"),
        (GOOD + " every:9w", "every 9 weeks is not possible"),
        (GOOD + " every:0w", "every 0 weeks is not possible"),
        (GOOD + " every:fortnight", "is not a number of weeks"),
        (GOOD + " channel:general", "is not a channel"),
        ("day:mon time:19:00 tz:Europe/Berlin", "title:<text> is missing"),
        ("title:Circle time:19:00 tz:Europe/Berlin", "is missing"),
    ],
)
async def test_bad_input_is_refused_privately_with_usage(console, args, reason):
    await console.run(SETUP)
    reply = await console.say(f"/meeting add {args}")
    assert reply.error and reply.ephemeral and reply.visible_to == ["mona"]
    assert reason in reply.text
    assert "Usage: `/meeting add title:<text> day:<mon..sun[,mon..sun…]>" in reply.text
    assert "Example: `/meeting add" in reply.text
    await assert_nothing_stored(console)


async def test_no_announcements_channel_names_the_fix(console):
    reply = await console.say(f":as mona mod\n/meeting add {GOOD}")
    assert reply.error
    assert "/mod channel announcements #channel" in reply.text and "channel:#channel" in reply.text
    await assert_nothing_stored(console)
    ok = await console.say(f"/meeting add {GOOD} channel:#meetings")
    assert not ok.error and "announced in #meetings" in ok.text


async def test_moderators_only(console):
    await console.agree("alice")
    await console.run(SETUP.replace(":as mona mod", ":as mona mod"))
    for line in (f"/meeting add {GOOD}", "/meeting skip 1 2026-11-23", "/meeting remove 1"):
        reply = await console.say(f":as alice\n{line}")
        assert reply.error and "is for moderators" in reply.text
    await assert_nothing_stored(console)


async def test_full_weekday_names_and_every_spelling(console):
    await console.run(SETUP)
    reply = await console.say(
        '/meeting add title:"Sunday & Wednesday" day:Sunday,wed time:7:05 tz:asia/tokyo '
        "every:2 remind:15,15,5 about:Bring a friend, if you like"
    )
    assert not reply.error, reply.text
    assert "wed/sun at 07:05 Asia/Tokyo, every 2 weeks" in reply.text
    assert "15 minutes, 5 minutes before" in reply.text


PIECES = st.sampled_from(
    [
        "title:Circle", 'title:"Two words"', "title:", "day:mon", "day:mon,fri", "day:xyz",
        "day:", "time:19:00", "time:24:00", "time:1900", "tz:UTC", "tz:Europe/Berlin",
        "tz:Nowhere", "every:2w", "every:99", "channel:#a", "channel:#", "link:https://x.org",
        "link:http://", "remind:10", "remind:0", "remind:1,2,3,4,5,6", "about:hello",
        "about:", '"', "x:y", ":", "tz:", "day:mon,mon",
    ]
)  # fmt: skip
ARGS = st.one_of(
    st.lists(PIECES, max_size=4).map(lambda extra: " ".join([GOOD, *extra])),
    st.lists(PIECES, max_size=8).map(" ".join),
    st.text(max_size=80),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=6).map(" ".join),
)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(args=ARGS)
async def test_any_text_gets_a_reply_never_a_crash(console, args):
    before = len(await console.app.scheduler.jobs())
    await console.run(":as mona mod")
    count = len(console.outputs)
    await console.session.command(f"meeting add channel:#a {args}")  # any text, one line
    assert len(console.outputs) == count + 1
    reply = console.outputs[-1]
    assert reply.kind == "reply" and reply.visible_to == ["mona"]
    assert "Something went wrong" not in reply.text
    if reply.error:
        assert "Usage: `/meeting add" in reply.text
        assert len(await console.app.scheduler.jobs()) == before
    else:
        assert reply.text.startswith("Added ")
        assert len(await console.app.scheduler.jobs()) > before
