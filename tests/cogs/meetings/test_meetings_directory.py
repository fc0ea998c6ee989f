"""Richer meetings, /meeting find, the public Meeting Guide feed and private
calendar subscriptions — on the console, with the HTTP routes served the way
Haven's HTTP server mounts them (bot/http_routes.py)."""

from __future__ import annotations

import dataclasses
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.ops.server import OpsServer
from cogs.meetings.listing import Filters
from cogs.meetings.models import CalendarToken, Meeting
from cogs.meetings.readers import read_feed
from tests.security import test_logs_at_debug
from tests.support.feeds import FeedServer

#: Every log record at DEBUG, behind Haven's log guard (a fixture of the log tests).
debug_logs = test_logs_at_debug.debug_logs
SETUP = ":as mona mod\n/mod channel announcements #announcements"
PUBLIC = "http://haven.test"
ADD = (
    '/meeting add title:"Evening circle" day:mon,thu time:19:00 tz:America/New_York '
    "link:https://meet.example.org/circle duration:90 types:o,d phone:+15550100,,123# "
    "passcode:serenity language:es public:yes"
)


@pytest.fixture
async def h(make_harness, settings):
    return await make_harness(
        settings=dataclasses.replace(settings, feed_allow_private=True, public_url=PUBLIC)
    )


@asynccontextmanager
async def http(h):
    client = TestClient(TestServer(OpsServer(h.app, platforms=()).application()))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


async def test_a_richer_meeting_is_shown_in_words(h):
    await h.run(SETUP)
    added = await h.say(ADD)
    assert not added.error, added.text
    for words in ("Type: Open, Discussion", "Language: Spanish", "Length: 1 hour and 30 minutes",
                  "Dial in: +15550100,,123#", "Passcode: serenity", "public feed"):  # fmt: skip
        assert words in added.text
    listing = await h.say("/meeting list")
    assert "Type: Open, Discussion" in listing.text and "Passcode: serenity" in listing.text
    assert listing.text.count("Passcode") == 1  # details once per series, not per date


async def test_bad_types_and_phones_are_refused_with_an_example(h):
    await h.run(SETUP)
    reply = await h.say(ADD.replace("types:o,d", "types:O,XYZ"))
    assert reply.error and "“XYZ” is not a meeting type" in reply.text
    assert "Example:" in reply.text
    reply = await h.say(ADD.replace("phone:+15550100,,123#", "phone:call-me"))
    assert reply.error and "not a phone number" in reply.text
    async with h.db.unscoped_session("test", readonly=True) as session:
        assert (await session.exec(select(Meeting))).all() == []


async def test_the_announcement_never_shows_the_passcode(h):
    await h.run(SETUP)
    await h.say(ADD)
    out = await h.run(":advance 3d")  # Monday 18:00 New York: the 60-minute announcement
    posts = [o for o in out if o.kind == "message" and o.to == "#announcements"]
    assert posts and all("serenity" not in p.text for p in posts)
    assert "Type: Open, Discussion" in posts[0].text and "Dial in" in posts[0].text


async def test_the_calendar_file_uses_the_duration(h):
    await h.run(SETUP)
    await h.say(ADD)
    [file] = (await h.say("/meeting calendar")).files
    text = Path(file).read_text()
    assert "DURATION:PT1H30M" in text and "Passcode: serenity" in text


async def test_find_shows_ours_and_imported_in_the_readers_time(h):
    feeds = await FeedServer().start()
    try:
        await h.run(SETUP)
        await h.say(ADD)
        await h.say(f"/meeting import {feeds.url('guide.json')} tz:America/Chicago")
        await h.agree("alice")
        # Saturday 2026-11-21 09:00 UTC: within 2 days comes Sunday's Spanish meeting
        # (18:00 Chicago, 00:00 UTC); Monday's (07:00 and 19:00 New York) come later.
        found = await h.say("/meeting find within:48")
        assert "Reunión en Español" in found.text and "Mon 23 Nov 2026 00:00 UTC" in found.text
        assert "Morning Serenity" not in found.text and "Evening circle" not in found.text
        later = await h.say("/meeting find within:52")
        assert "Morning Serenity" in later.text
        week = await h.say("/meeting find within:168 language:es")
        assert "Evening circle" in week.text and "Reunión en Español" in week.text
        assert "Step Sisters" not in week.text and "Passcode: serenity" in week.text
        online = await h.say("/meeting find online within:168 types:O")
        assert "Join: https://zoom.example.org/j/111" in online.text
        assert "Reunión" not in online.text and "Step Sisters" not in online.text
        none = await h.say("/meeting find types:W within:1")
        assert "No meetings (Women)" in none.text
        assert (await h.say("/meeting find types:nope")).error
    finally:
        await feeds.close()


async def test_the_public_feed_validates_as_meeting_guide(h):
    await h.run(SETUP)
    await h.say(ADD)
    await h.say('/meeting add title:"Private group" day:tue time:20:00 tz:Europe/London')
    reply = await h.say("/meeting feed on")
    url = reply.text.split("feed is on: ")[1].split()[0]
    assert url.startswith(f"{PUBLIC}/feeds/") and url.endswith("/meetings.json")
    path = url.removeprefix(PUBLIC)
    async with http(h) as client:
        answer = await client.get(path)
        assert answer.status == 200 and answer.headers["Access-Control-Allow-Origin"] == "*"
        body = await answer.json()
        assert [entry["day"] for entry in body] == [1, 4]  # Monday, Thursday (0 = Sunday)
        for entry in body:
            assert {"name", "slug", "day", "time", "timezone", "types"} <= set(entry)
            assert entry["time"] == "19:00" and entry["end_time"] == "20:30"
            assert set(entry["types"]) == {"O", "D", "S", "ONL"}
        assert "serenity" not in await answer.text()  # the passcode is for members only
        read = read_feed(body, Filters())  # Haven's own importer reads it back
        assert [(x.name, x.weekdays, x.hour, x.duration, x.zone) for x in read.listings] == [
            ("Evening circle", ("mon",), 19, 90, "America/New_York"),
            ("Evening circle", ("thu",), 19, 90, "America/New_York"),
        ]
        assert not read.skipped

        await h.say("/meeting feed on key:letmein")
        assert (await client.get(path)).status == 403
        assert (await client.get(path + "?key=wrong")).status == 403
        assert (await client.get(path + "?key=letmein")).status == 200
        await h.say("/meeting public 1 no")
        assert await (await client.get(path + "?key=letmein")).json() == []
        await h.say("/meeting feed off")
        assert (await client.get(path + "?key=letmein")).status == 404
        assert (await client.get("/feeds/guess/meetings.json")).status == 404
    member = await h.run(":as alice\n/meeting feed on")
    assert member[-1].error


async def test_a_calendar_subscription_stays_current_and_can_be_revoked(h):
    await h.run(SETUP)
    await h.say(ADD)
    await h.say('/meeting add title:"Tuesday group" day:tue time:20:00 tz:Europe/London')
    await h.agree("alice")
    reply = await h.say("/meeting subscribe all")
    link = reply.text.split("): ")[1].split()[0]
    assert link.startswith("webcal://haven.test/calendar/") and link.endswith(".ics")
    path = link.removeprefix("webcal://haven.test")
    mine = (await h.say("/meeting subscribe")).text.split("): ")[1].split()[0]
    mine_path = mine.removeprefix("webcal://haven.test")
    async with http(h) as client:
        calendar = await (await client.get(path)).text()
        assert calendar.count("BEGIN:VEVENT") == 2 and "BEGIN:VTIMEZONE" in calendar
        assert "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH" in calendar
        assert (await (await client.get(mine_path)).text()).count("BEGIN:VEVENT") == 0
        await h.say("/meeting rsvp 2 going")
        personal = await (await client.get(mine_path)).text()
        assert personal.count("BEGIN:VEVENT") == 1 and "Tuesday group" in personal
        await h.run(":as mona mod")
        skipped = await h.say("/meeting skip 2 2026-11-24")
        assert not skipped.error, skipped.text
        assert (
            "EXDATE;TZID=Europe/London:20261124T200000" in await (await client.get(path)).text()
        )  # a new cancellation shows without a new link
        await h.run(":as alice")
        again = (await h.say("/meeting subscribe all")).text
        assert "earlier link for this calendar no longer works" in again
        assert (await client.get(path)).status == 404
        revoked = await h.say("/meeting subscribe revoke")
        assert "Revoked 2 calendar links" in revoked.text
        assert (await client.get(mine_path)).status == 404
    async with h.db.unscoped_session("test", readonly=True) as session:
        assert (await session.exec(select(CalendarToken))).all() == []


async def test_export_covers_and_erasure_revokes_calendar_links(h):
    await h.run(SETUP)
    await h.say(ADD)
    await h.agree("alice")
    link = (await h.say("/meeting subscribe mine")).text.split("): ")[1].split()[0]
    token = link.rsplit("/", 1)[1].removesuffix(".ics")
    async with h.db.unscoped_session("test", readonly=True) as session:
        [row] = (await session.exec(select(CalendarToken))).all()
    assert token not in row.token_hash and len(row.token_hash) == 64  # kept hashed
    exported = await h.say("/haven export")
    data = Path(exported.files[0]).read_text()
    assert '"calendar_subscriptions"' in data and '"mine"' in data and token not in data
    out = await h.run("/haven delete confirm")
    async with h.db.unscoped_session("test", readonly=True) as session:
        left = (await session.exec(select(CalendarToken))).all()
    assert left == [], out
    async with http(h) as client:
        assert (await client.get(f"/calendar/{token}.ics")).status == 404


async def test_links_need_a_public_address(console):
    await console.run(SETUP)
    reply = await console.say("/meeting feed on")
    assert reply.error and "HAVEN_PUBLIC_URL" in reply.text
    await console.agree("alice")
    reply = await console.say("/meeting subscribe")
    assert reply.error and "/meeting calendar" in reply.text


async def test_the_scheduled_event_lasts_as_long_as_the_meeting(h):
    from tests.cogs.meetings.test_meetings_mirror import with_events

    events = with_events(h)
    await h.run(SETUP + "\n/meeting mirror on")
    await h.say(ADD)
    [(kind, _key, _title, start, end, *_)] = events.take()
    assert kind == "upsert" and (end - start).total_seconds() == 90 * 60


async def test_calendar_tokens_and_feed_keys_stay_out_of_the_logs(h, debug_logs):
    await h.run(SETUP)
    await h.say(ADD)
    await h.agree("alice")
    link = (await h.say("/meeting subscribe all")).text.split("): ")[1].split()[0]
    token = link.rsplit("/", 1)[1].removesuffix(".ics")
    await h.run(":as mona mod")
    feed = (await h.say("/meeting feed on key:letmein-7f3a")).text
    path = feed.split("feed is on: ")[1].split()[0].split("?")[0].removeprefix(PUBLIC)
    async with http(h) as client:
        assert (await client.get(f"/calendar/{token}.ics")).status == 200
        assert (await client.get(path + "?key=letmein-7f3a")).status == 200
    assert any("GET /calendar/[token].ics" in line for line in debug_logs.lines)
    leaked = [ln for ln in debug_logs.lines if token in ln or "letmein" in ln]
    assert leaked == []
