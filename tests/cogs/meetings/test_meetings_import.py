"""/meeting import and /meeting sync: Meeting Guide and BMLT feeds, served by a
local server, read into the directory — idempotently, with awkward entries
skipped and counted, and bad feeds refused without changing anything."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import timedelta

import pytest
from sqlmodel import select

from cogs.meetings.models import ListedMeeting, MeetingFeed
from tests.support.feeds import FeedServer, many_meetings

MOD = ":as mona mod"


@pytest.fixture
async def feeds():
    server = await FeedServer().start()
    yield server
    await server.close()


@pytest.fixture
async def h(make_harness, settings):
    return await make_harness(settings=dataclasses.replace(settings, feed_allow_private=True))


async def listed(h) -> dict[str, ListedMeeting]:
    async with h.db.unscoped_session("test", readonly=True) as session:
        return {m.external_id: m for m in (await session.exec(select(ListedMeeting))).all()}


async def feed_rows(h) -> list[MeetingFeed]:
    async with h.db.unscoped_session("test", readonly=True) as session:
        return list((await session.exec(select(MeetingFeed))).all())


async def test_a_meeting_guide_feed_is_imported_with_its_awkward_entries_counted(h, feeds):
    await h.run(MOD)
    reply = await h.say(f"/meeting import {feeds.url('guide.json')}")
    assert not reply.error, reply.text
    assert "2 added, 0 updated, 0 removed, 0 unchanged" in reply.text
    for reason in ("1 no time zone", "1 temporarily closed", "1 listed twice",
                   "1 no valid time", "1 not a meeting"):  # fmt: skip
        assert reason in reply.text
    rows = await listed(h)
    assert set(rows) == {"morning-serenity", "step-sisters"}
    serenity, sisters = rows["morning-serenity"], rows["step-sisters"]
    assert sisters.weekdays == "tue,thu" and (sisters.hour, sisters.minute) == (19, 30)
    assert sisters.duration == 90 and sisters.types == "C,W,ST"
    assert serenity.weekdays == "mon" and serenity.link == "https://zoom.example.org/j/111"
    assert serenity.notes == "Bring a friend & coffee."  # HTML and script dropped
    assert serenity.phone == "+16465588656,,111#"
    dump = json.dumps([vars(r) for r in rows.values()], default=str)
    assert "Jane" not in dump and "jane@" not in dump  # contact people are never stored


async def test_tz_takes_in_meetings_without_a_zone(h, feeds):
    await h.run(MOD)
    reply = await h.say(f"/meeting import {feeds.url('guide.json')} tz:America/Chicago")
    assert "3 added" in reply.text and "no time zone" not in reply.text
    spanish = (await listed(h))["reunion-espanol"]
    assert spanish.zone == "America/Chicago" and spanish.weekdays == "sun"
    assert spanish.language == "es"


async def test_filters_keep_only_matching_meetings(h, feeds):
    await h.run(MOD)
    reply = await h.say(f"/meeting import {feeds.url('guide.json')} types:W within:columbus")
    assert "1 added" in reply.text and "1 outside your filter" in reply.text
    assert set(await listed(h)) == {"step-sisters"}


async def test_a_bmlt_result_is_imported(h, feeds):
    await h.run(MOD)
    reply = await h.say(f"/meeting import {feeds.url('bmlt.json')}")
    assert "BMLT" in reply.text and "2 added" in reply.text
    assert "1 inactive" in reply.text and "1 temporarily closed" in reply.text
    rows = await listed(h)
    today = rows["4021"]
    assert today.weekdays == "mon" and (today.hour, today.minute, today.duration) == (19, 0, 90)
    assert today.types == "O,D,LIT" and today.link is None
    assert today.notes == "Parking at the back\nStep-free entrance"
    online = rows["4022"]
    assert online.weekdays == "sun" and online.types == "C,ONL,SP"
    assert online.link == "https://meet.example.org/na-online"


async def test_sync_adds_updates_and_removes_idempotently(h, feeds):
    await h.run(MOD)
    url = feeds.set("region.json", many_meetings(50))
    assert "50 added" in (await h.say(f"/meeting import {url}")).text
    before = await listed(h)
    again = await h.say("/meeting sync")
    assert "0 added, 0 updated, 0 removed, 50 unchanged" in again.text
    assert {k: v.id for k, v in (await listed(h)).items()} == {k: v.id for k, v in before.items()}

    changed = many_meetings(52, changed=2)  # two renamed, two new …
    del changed[10]  # … and one gone
    feeds.set("region.json", changed)
    reply = await h.say("/meeting sync")
    assert "2 added, 2 updated, 1 removed, 47 unchanged" in reply.text
    rows = await listed(h)
    assert rows["group-0"].name == "Group 0 (moved)" and "group-10" not in rows
    assert rows["group-11"].id == before["group-11"].id  # unchanged rows are kept as they are
    assert "0 added, 0 updated, 0 removed, 51 unchanged" in (await h.say("/meeting sync")).text


async def test_the_feed_syncs_itself_every_few_hours(make_harness, settings, feeds):
    h = await make_harness(
        settings=dataclasses.replace(settings, feed_allow_private=True, feed_sync_hours=6)
    )
    await h.run(MOD)
    url = feeds.set("region.json", many_meetings(5))
    await h.say(f"/meeting import {url}")
    feeds.set("region.json", many_meetings(7))
    await h.run(":advance 5h")
    assert len(await listed(h)) == 5
    await h.run(":advance 2h")
    assert len(await listed(h)) == 7
    [feed] = await feed_rows(h)
    assert feed.last_result.startswith("2 added")


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"<html><body>Meetings</body></html>", "did not return JSON"),
        (b'{"error": "no"}', "not a list of meetings"),
        (b"[1, 2, 3]", "none of the feed's 3 entries is a meeting"),
        (b'[{"title": "x"}]', "none of the feed's 1 entries is a meeting"),
        (b"[]", "lists no meetings"),
        (b"[" + b"0," * 1_000_000 + b"0]", "Haven reads at most 20,000"),
        (b'"' + b"x" * (5 * 1024 * 1024 + 10) + b'"', "larger than 5 MB"),
    ],
)
async def test_a_bad_feed_is_refused_and_changes_nothing(h, feeds, body, why):
    await h.run(MOD)
    good = feeds.set("feed.json", many_meetings(3))
    await h.say(f"/meeting import {good}")
    feeds.set("feed.json", body)
    reply = await h.say("/meeting sync")
    assert why in reply.text and "nothing changed" in reply.text
    assert len(await listed(h)) == 3  # the earlier sync's meetings stay
    url = feeds.set("other.json", body)
    reply = await h.say(f"/meeting import {url}")
    assert reply.error and why in reply.text and "Nothing was imported" in reply.text
    assert "Usage: `/meeting import" in reply.text
    assert len(await feed_rows(h)) == 1


async def test_http_errors_and_redirects(h, feeds):
    await h.run(MOD)
    reply = await h.say(f"/meeting import {feeds.url('missing.json')}")
    assert reply.error and "HTTP 404" in reply.text
    reply = await h.say(f"/meeting import {feeds.base}/redirect/5")
    assert reply.error and "redirected more than 3 times" in reply.text
    reply = await h.say(f"/meeting import {feeds.base}/redirect/2")
    assert not reply.error and "2 added" in reply.text


async def test_private_addresses_are_refused_unless_allowed(console, feeds):
    await console.run(MOD)
    for url in (feeds.url("guide.json"), "http://localhost:9/feed.json",
                "http://10.0.0.8/feed.json", "http://[::1]:8080/feed.json",
                "http://169.254.169.254/latest/meta-data"):  # fmt: skip
        reply = await console.say(f"/meeting import {url}")
        assert reply.error and "public internet" in reply.text, url
    reply = await console.say("/meeting import ftp://example.org/feed.json")
    assert reply.error and "https://" in reply.text
    assert feeds.requests == []  # nothing was even asked of the local server
    assert await listed(console) == {}


async def test_a_sharing_key_is_sent_and_kept_secret(h, feeds):
    await h.run(MOD)
    reply = await h.say(f"/meeting import {feeds.url('guide.json')} key:s3cret-key")
    assert not reply.error
    assert feeds.requests[-1] == "/guide.json?key=s3cret-key"
    assert "s3cret" not in reply.text
    async with h.db.unscoped_session("test", readonly=True) as session:
        stored = (await session.exec(select(MeetingFeed.key).execution_options())).all()
    assert stored == ["s3cret-key"]  # decrypted by the column type; on disk it is not
    async with h.db.engine.connect() as conn:
        raw = (await conn.exec_driver_sql("SELECT key, url FROM meeting_feed")).all()
    assert "s3cret" not in str(raw)


async def test_removing_a_feed_removes_its_meetings(h, feeds):
    await h.run(MOD)
    await h.say(f"/meeting import {feeds.url('guide.json')}")
    listing = await h.say("/meeting feeds")
    assert "#1 127.0.0.1" in listing.text and "2 added" in listing.text
    reply = await h.say("/meeting feeds remove:1")
    assert "Removed feed #1" in reply.text
    assert await listed(h) == {} and await feed_rows(h) == []
    again = copy.copy(feeds.url("guide.json"))
    assert "2 added" in (await h.say(f"/meeting import {again}")).text


async def test_the_automatic_sync_survives_a_restart(make_harness, settings, feeds):
    settings = dataclasses.replace(settings, feed_allow_private=True, feed_sync_hours=6)
    first = await make_harness(settings=settings)
    await first.run(MOD)
    url = feeds.set("region.json", many_meetings(4))
    await first.say(f"/meeting import {url}")
    await first.close()
    feeds.set("region.json", many_meetings(6))
    # A new Haven on the same database, 7 hours later: the feed's sync job is
    # loaded from its row and runs.
    from tests.conftest import START

    second = await make_harness(settings=settings, start=START + timedelta(hours=7))
    await second.run(":advance 1m")
    assert len(await listed(second)) == 6
    [feed] = await feed_rows(second)
    assert feed.last_result.startswith("2 added")


async def test_a_sync_past_the_communitys_room_changes_nothing(h, feeds, monkeypatch):
    import cogs.meetings.directory as directory

    monkeypatch.setattr(directory, "MAX_LISTED", 10)
    await h.run(MOD)
    url = feeds.set("region.json", many_meetings(8))
    assert "8 added" in (await h.say(f"/meeting import {url}")).text
    feeds.set("region.json", many_meetings(11))
    reply = await h.say("/meeting sync")
    assert "not synced" in reply.text and "nothing changed" in reply.text
    assert len(await listed(h)) == 8
    other = feeds.set("other.json", many_meetings(3))
    reply = await h.say(f"/meeting import {other}")
    assert reply.error and "at most 10" in reply.text
