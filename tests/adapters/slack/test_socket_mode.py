"""Socket Mode, for real: Haven's ``serve_socket`` (bolt's AsyncSocketModeHandler
on slack_sdk's aiohttp client) connected to the fake Slack's WebSocket.

The client asks ``apps.connections.open`` with the app-level token for a URL,
takes envelopes, acks each, and reconnects when Slack asks it to or the
connection dies — and members notice none of it: every command, button, form
and event is answered once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses

import pytest
from sqlmodel import select

from adapters.slack.main import serve_socket
from adapters.slack.settings import SlackSection
from bot.adapters import CommunityKey
from bot.config import Secret
from cogs.sober.models import SoberCounter, SoberRun
from tests.adapters.slack.conftest import SlackWorld
from tests.fakes.slack.driver import SocketDriver, read_text
from tests.fakes.slack.socket_mode import ACK_SECONDS, APP_TOKEN, PATIENCE, SocketMode

HOME = {"type": "app_home_opened", "user": "UALICE", "channel": "DUALICE", "tab": "home"}


@dataclasses.dataclass
class SocketWorld:
    world: SlackWorld
    driver: SocketDriver
    task: asyncio.Task

    @property
    def fake(self):
        return self.world.fake

    @property
    def socket(self) -> SocketMode:
        return self.world.fake.socket

    @property
    def app(self):
        return self.world.app


@pytest.fixture
async def sm(make_world):
    """The Slack world of conftest.py, served through Socket Mode: Haven's own
    ``serve_socket`` with an app-level token, its Web API client (and so
    apps.connections.open) pointed at the fake."""
    world = await make_world()
    slack = world.app.settings.section(SlackSection)
    settings = world.app.settings.with_section(
        dataclasses.replace(slack, mode="socket", app_token=Secret(APP_TOKEN))
    )
    task = asyncio.create_task(serve_socket(world.runtime, settings))
    await world.fake.until(lambda: task.done() or world.fake.socket.open_connections)
    if task.done():
        task.result()  # it failed to start: say why
    yield SocketWorld(world, SocketDriver(world.fake, world.adapter), task)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def acks_in_time(socket: SocketMode) -> None:
    """Every envelope that reached an open connection was acked within Slack's 3 s."""
    for delivery in socket.deliveries:
        if delivery.cut:
            continue  # its connection died with it: Slack cannot hear that ack
        assert delivery.ack is not None, (delivery.type, delivery.retry_attempt)
        assert delivery.ack.seconds < ACK_SECONDS, delivery.ack
        assert not delivery.timed_out


async def counters(app, team: str = "T0001") -> tuple[int, int]:
    community = await app.community(CommunityKey("slack", team))
    async with app.database.session(community.id) as session:
        n_counters = len((await session.exec(select(SoberCounter))).all())
        n_runs = len((await session.exec(select(SoberRun))).all())
    return n_counters, n_runs


async def test_the_client_opens_its_connection_with_the_app_level_token(sm):
    [opened] = sm.fake.of("apps.connections.open")
    assert opened.ok and opened.auth == "app"  # the xapp- token, not the bot token
    [conn] = sm.socket.connections
    assert sm.socket.tickets == {conn.ticket: True}  # the one URL it was given, used once
    assert not sm.socket.refused and not sm.socket.unexpected


async def test_a_slash_command_over_the_socket_gets_its_private_reply(sm):
    [seen] = await sm.driver.command("alice", "/crisis")
    assert "988" in seen.text and seen.ephemeral and seen.visible_to == ["alice"]
    ack = sm.driver.last_envelope_ack
    assert ack is not None and ack.payload is None  # a plain ack; the reply goes separately
    delivery = sm.driver.last_delivery
    assert delivery.type == "slash_commands" and delivery.accepts_response_payload
    acks_in_time(sm.socket)


async def test_a_command_that_writes_stores_one_counter_after_consent(sm):
    d = sm.driver
    [agreed] = await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    assert not agreed.error
    [started] = await d.command("alice", "/sober set 2025-01-02")
    assert "counter is started" in started.text and started.visible_to == ["alice"]
    assert await counters(sm.app) == (1, 1)
    [shown] = await d.command("alice", "/sober show")
    assert not shown.error and "days" in shown.text and shown.visible_to == ["alice"]
    acks_in_time(sm.socket)


async def test_a_button_press_and_a_modal_submission_work_over_the_socket(sm):
    d = sm.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    seen = await d.command("alice", "/haven delete")
    assert seen[0].buttons == ["Erase everything", "Keep my data"]
    [kept] = await d.click("alice", "Keep my data")
    assert kept.visible_to == ["alice"] and not kept.error
    assert d.last_delivery.type == "interactive"
    assert d.last_delivery.payload["type"] == "block_actions"

    [opened] = await d.command("alice", "/checkin")
    assert opened.kind == "form"
    # bad fields come back in the ack's payload, shown on the form itself
    [problem] = await d.submit("alice", {"mood": "9", "craving": "2"}, forged=True)
    assert problem.kind == "form" and problem.error and "1 to 5" in problem.text
    ack = d.last_envelope_ack
    assert ack.payload["response_action"] == "errors" and set(ack.payload["errors"]) == {"mood"}
    [done] = await d.submit("alice", {"mood": "4", "craving": "2", "sober": "yes"})
    assert done.kind == "reply" and done.visible_to == ["alice"] and "mood 4/5" in done.text
    assert d.last_delivery.payload["type"] == "view_submission"
    acks_in_time(sm.socket)


async def test_events_arrive_as_events_api_envelopes(sm, monkeypatch):
    d = sm.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    await d.command("alice", "/sober set 2026-01-01")
    await d.event(HOME, "EvHOME1")
    await sm.fake.until(lambda: "UALICE" in sm.fake.homes)
    home = str(sm.fake.homes["UALICE"])
    assert "Sober days" in home and "324 days" in home and "Mood 4" in home

    # uninstalled: the purge grace period starts (after bolt's automatic ack)
    done = asyncio.Event()
    original = sm.app.community_removed

    async def removed(key, *args, **kw):
        try:
            return await original(key, *args, **kw)
        finally:
            done.set()

    monkeypatch.setattr(sm.app, "community_removed", removed)
    delivery = await d.event({"type": "app_uninstalled"}, "EvGONE1")
    await sm.socket.acked(delivery)
    async with asyncio.timeout(PATIENCE):
        await done.wait()
    community = await sm.app.community(CommunityKey("slack", "T0001"))
    assert community.removed_at == sm.app.clock.now()
    acks_in_time(sm.socket)


async def test_after_refresh_requested_the_client_reconnects_and_nothing_is_lost(sm):
    d = sm.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    first = await sm.socket.disconnect("refresh_requested")
    # members keep acting while the connection is being replaced
    pending = [await d.send(d.command_body(name, "/crisis")) for name in ("bob", "carol", "dan")]
    second = await sm.socket.connected(2)
    await sm.fake.until(lambda: first.closed)  # the app closed the old one itself
    assert first.ended_by == "app" and not second.closed
    assert len(sm.fake.of("apps.connections.open")) == 2  # a fresh URL for the new one
    assert sm.socket.tickets == {first.ticket: True, second.ticket: True}
    for delivery in pending:
        await sm.socket.acked(delivery)
    await sm.world.adapter.tracker.drain()
    # each of them sees the helplines exactly once, whichever connection carried it
    replies = [c for c in sm.fake.of("response_url") if "988" in read_text(c.args)]
    assert sorted(c.user for c in replies) == ["UBOB", "UCAROL", "UDAN"]

    [started] = await d.command("alice", "/sober set 2025-01-02")
    assert "counter is started" in started.text
    assert d.last_delivery.connection == 2 and d.last_envelope_ack.connection == 2
    assert await counters(sm.app) == (1, 1)
    for delivery in sm.socket.deliveries:
        if delivery.ack is not None:
            assert delivery.ack.seconds < ACK_SECONDS
    assert not sm.socket.refused and not sm.socket.stray_acks


async def test_after_an_abrupt_close_nothing_is_handled_twice_and_nothing_is_lost(sm):
    d = sm.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    # alice's command reaches Haven, then the connection dies before Slack
    # hears the ack: Slack redelivers it (a new envelope, retry_attempt 1)
    cut = await d.send(d.command_body("alice", "/sober set 2025-01-02"), cut=True)
    # bob acts while Haven has no connection at all
    queued = await d.send(d.command_body("bob", "/crisis"))
    second = await sm.socket.connected(2)
    assert sm.socket.connections[0].ended_by == "drop"
    retry_ack = await sm.socket.acked(cut)
    await sm.socket.acked(queued)
    await sm.world.adapter.tracker.drain()

    first, retry = sm.socket.attempts(cut)
    assert first.timed_out and first.connection == 1
    assert (retry.retry_attempt, retry.retry_reason) == (1, "timeout")
    assert retry.envelope_id != first.envelope_id and retry.payload == first.payload
    assert retry.connection == second.number and retry_ack.seconds < ACK_SECONDS

    # alice: one reply and one counter, though Haven saw her command twice
    started = [
        c
        for c in sm.fake.of("response_url")
        if c.user == "UALICE" and "counter" in read_text(c.args)
    ]
    assert len(started) == 1 and "counter is started" in read_text(started[0].args)
    assert await counters(sm.app) == (1, 1)
    # bob: his command, sent while nothing was connected, answered once
    helplines = [c for c in sm.fake.of("response_url") if c.user == "UBOB"]
    assert len(helplines) == 1 and "988" in read_text(helplines[0].args)
    assert len(sm.fake.of("apps.connections.open")) == 2 and not sm.socket.refused

    # and the new connection carries on
    [shown] = await d.command("alice", "/sober show")
    assert d.last_delivery.connection == 2 and not shown.error
    acks_in_time(sm.socket)


async def test_a_redelivered_button_press_and_event_are_handled_once(sm):
    d = sm.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone UTC")
    await d.command("alice", "/haven delete")
    before = len(sm.fake.of("response_url"))
    press = await d.send(d.click_body("alice", "Keep my data"), cut=True)
    # while nothing is connected, alice opens her home tab, and Slack queues
    # a retry of that event too (same event_id, new envelope)
    home = d.event_payload(HOME, "EvHOME2")
    opened = await sm.socket.deliver("events_api", home)
    again = await sm.socket.deliver("events_api", home, retry_attempt=1, retry_reason="timeout")
    await sm.socket.connected(2)
    for delivery in (press, opened, again):
        await sm.socket.acked(delivery)
    await sm.world.adapter.tracker.drain()
    assert [a.retry_attempt for a in sm.socket.attempts(press)] == [0, 1]
    kept = sm.fake.of("response_url")[before:]
    assert len(kept) == 1 and kept[0].user == "UALICE" and not kept[0].error
    # another member's later command, answered in full: by then both home
    # events have been looked at (asyncio runs tasks in order) — alice's home
    # tab was published once
    await d.command("bob", "/crisis")
    assert len(sm.fake.of("views.publish")) == 1
    assert sm.fake.homes["UALICE"]["type"] == "home"
    acks_in_time(sm.socket)
