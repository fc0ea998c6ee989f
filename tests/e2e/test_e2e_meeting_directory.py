"""Pillar: the meeting directory through the real adapters — discord.py against
the fake Discord and bolt against the fake Slack, on SQLite and PostgreSQL.

A moderator imports a Meeting Guide feed (served locally) and adds a richer
meeting of the community's own, listed publicly; a member finds both, privately,
and subscribes to a calendar; the public feed and the calendar are read over
HTTP from the routes Haven's HTTP server mounts (on Slack, the very server
bolt's HTTP mode runs on).
"""

from __future__ import annotations

from contextlib import asynccontextmanager

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.config import Settings
from bot.ops.server import OpsServer
from cogs.meetings.listing import Filters
from cogs.meetings.models import ListedMeeting
from cogs.meetings.readers import read_feed
from tests.e2e.conftest import _discord_world, _slack_world, failed_deliveries
from tests.e2e.rows import rows_of
from tests.support.feeds import FeedServer

PUBLIC = "http://haven.test"


@pytest.fixture(params=["discord", "slack"])
async def world(request, database_url):
    settings = Settings(database_url=database_url, feed_allow_private=True, public_url=PUBLIC)
    make = _discord_world if request.param == "discord" else _slack_world
    async with make(settings) as built:
        yield built
        assert await failed_deliveries(built.app) == []


@asynccontextmanager
async def haven_http(world):
    """The base URL of Haven's HTTP server: Slack's own (HTTP mode), or for
    Discord the cogs' routes mounted the same way."""
    if world.platform == "slack":
        yield world.driver.url.rsplit("/slack/", 1)[0]
        return
    server = TestServer(OpsServer(world.app, platforms=()).application())
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


def link_after(text: str, marker: str) -> str:
    return text.split(marker, 1)[1].split()[0].strip("<>")


async def test_import_find_publish_and_subscribe(world):
    feeds = await FeedServer().start()
    try:
        await world.agree(world.mod, "alice")
        await world.command(
            world.mod, f"/mod channel announcements {world.channel('announcements')}"
        )
        imported = await world.command(
            world.mod, f"/meeting import {feeds.url('guide.json')} tz:America/Chicago"
        )
        assert imported.ok, imported.seen
        assert "3 added" in imported.reply.text and "1 temporarily closed" in imported.reply.text
        assert len(await rows_of(world, ListedMeeting)) == 3
        denied = await world.command("alice", f"/meeting import {feeds.url('bmlt.json')}")
        assert denied.reply.error and "moderator" in denied.reply.text.lower()

        added = await world.command(
            world.mod,
            '/meeting add title:"Evening circle" day:mon time:19:00 tz:America/New_York '
            "link:https://meet.example.org/circle duration:90 types:O,D passcode:serenity "
            "language:es public:yes",
        )
        assert added.ok, added.seen
        synced = await world.command(world.mod, "/meeting sync")
        assert "0 added, 0 updated, 0 removed, 3 unchanged" in synced.reply.text

        found = await world.command("alice", "/meeting find within:168 language:es")
        assert found.ok and found.reply.ephemeral
        assert "Reunión en Español" in found.reply.text and "Evening circle" in found.reply.text
        assert "Passcode: serenity" in found.reply.text and "Step Sisters" not in found.reply.text

        online = await world.command("alice", "/meeting find online within:168")
        assert online.ok, online.seen
        assert "Morning Serenity" in online.reply.text and "Evening circle" in online.reply.text
        assert "Step Sisters" not in online.reply.text

        feed = await world.command(world.mod, "/meeting feed on")
        feed_url = link_after(feed.reply.text, "feed is on: ")
        subscribed = await world.command("alice", "/meeting subscribe all")
        assert subscribed.ok and subscribed.reply.ephemeral
        calendar_url = link_after(subscribed.reply.text, "): ")
        assert calendar_url.startswith("webcal://haven.test/calendar/")

        async with haven_http(world) as base, aiohttp.ClientSession() as http:
            async with http.get(base + feed_url.removeprefix(PUBLIC)) as answer:
                assert answer.status == 200
                body = await answer.json()
            read = read_feed(body, Filters())
            assert [(m.name, m.weekdays, m.duration) for m in read.listings] == [
                ("Evening circle", ("mon",), 90)
            ]
            assert "serenity" not in str(body)
            path = calendar_url.removeprefix("webcal://haven.test")
            async with http.get(base + path) as answer:
                assert answer.status == 200
                calendar = await answer.text()
            assert "SUMMARY:Evening circle" in calendar and "DURATION:PT1H30M" in calendar
            revoked = await world.command("alice", "/meeting subscribe revoke")
            assert "Revoked 1 calendar link" in revoked.reply.text
            async with http.get(base + path) as answer:
                assert answer.status == 404
    finally:
        await feeds.close()


async def test_a_bad_feed_gets_a_clear_private_error(world):
    feeds = await FeedServer().start()
    try:
        await world.agree(world.mod)
        url = feeds.set("page.json", b"<html>not a feed</html>")
        outcome = await world.command(world.mod, f"/meeting import {url}")
        assert outcome.reply.error and outcome.reply.ephemeral
        assert "did not return JSON" in outcome.reply.text
        assert await rows_of(world, ListedMeeting) == []
    finally:
        await feeds.close()
