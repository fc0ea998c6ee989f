"""The optional scheduled-event mirror: one platform event per meeting, on its
next occurrence — created on add, moved after each start and on a skip,
deleted on remove and when the mirror is turned off."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from adapters.console.adapter import COMMUNITY, ConsoleAdapter
from bot.adapters import Capability
from cogs.meetings.models import Meeting

SETUP = """
:as mona mod
/mod channel announcements #announcements
"""
ADD = (
    "/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London "
    "link:https://meet.example.org/m about:Bring tea"
)


class Events:
    """What a platform with scheduled events was asked to do."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.live: dict[str, datetime] = {}
        self.made = 0

    async def upsert_scheduled_event(
        self, community, key, title, start, end, location, description, *, event_id=None
    ) -> str:
        self.calls.append(("upsert", key, title, start, end, location, description, event_id))
        if event_id not in self.live:
            self.made += 1
            event_id = f"ev{self.made}"
        self.live[event_id] = start
        return event_id

    async def delete_scheduled_event(self, community, event_id) -> None:
        self.calls.append(("delete", event_id))
        self.live.pop(event_id, None)

    def take(self) -> list[tuple]:
        calls, self.calls = self.calls, []
        return calls


def with_events(h) -> Events:
    events = Events()
    h.adapter.capabilities = h.adapter.capabilities | {Capability.SCHEDULED_EVENTS}
    h.adapter.upsert_scheduled_event = events.upsert_scheduled_event
    h.adapter.delete_scheduled_event = events.delete_scheduled_event
    return events


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def moves(calls) -> list[tuple]:
    return [(c[0], c[3], c[7]) if c[0] == "upsert" else c for c in calls]


async def event_ids(h) -> list[str | None]:
    async with h.db.unscoped_session("test") as session:
        return [m.event_id for m in (await session.exec(select(Meeting))).all()]


async def test_the_event_follows_the_next_occurrence(console):
    events = with_events(console)
    await console.run(SETUP)
    reply = await console.say("/meeting mirror on")
    assert not reply.error and "(0 of 0 now)" in reply.text
    reply = await console.say(ADD)
    assert "Its next meeting is mirrored as a scheduled event." in reply.text
    assert events.take() == [
        (
            "upsert", "haven-meeting-1", "Monday circle", utc("2026-11-23T18:00"),
            utc("2026-11-23T19:00"), "https://meet.example.org/m", "Bring tea", None,
        )
    ]  # fmt: skip
    assert await event_ids(console) == ["ev1"]

    await console.run(":at 2026-11-23T17:59:00+00:00")
    assert events.take() == []  # reminders do not touch the event
    await console.run(":at 2026-11-23T18:00:00+00:00")  # it started: on to the next one
    assert moves(events.take()) == [("upsert", utc("2026-11-30T18:00"), "ev1")]

    await console.run(":as mona mod\n/meeting skip 1 2026-12-14")  # not the mirrored one
    assert events.take() == []
    reply = await console.say("/meeting skip 1 2026-11-30")  # the mirrored one
    assert "mirrored" in reply.text
    assert moves(events.take()) == [("upsert", utc("2026-12-07T18:00"), "ev1")]
    await console.run(":at 2026-12-07T18:00:00+00:00")  # 14 Dec is cancelled too
    assert moves(events.take()) == [("upsert", utc("2026-12-21T18:00"), "ev1")]
    assert events.live == {"ev1": utc("2026-12-21T18:00")}


async def test_off_deletes_the_events_and_stops_moving_them_and_remove_deletes(console):
    events = with_events(console)
    await console.run(SETUP + ADD + "\n" + ADD.replace("Monday circle", "Second"))
    assert events.take() == []  # the mirror is off by default
    reply = await console.say("/meeting mirror on")
    assert "(2 of 2 now)" in reply.text
    assert moves(events.take()) == [
        ("upsert", utc("2026-11-23T18:00"), None),
        ("upsert", utc("2026-11-23T18:00"), None),
    ]
    reply = await console.say("/meeting mirror off")
    assert "removed 2 scheduled events" in reply.text
    assert events.take() == [("delete", "ev1"), ("delete", "ev2")]
    assert await event_ids(console) == [None, None]
    await console.run(":advance 2w")
    assert events.take() == [] and events.live == {}

    await console.run(":as mona mod\n/meeting mirror on")
    assert moves(events.take()) == [
        ("upsert", utc("2026-12-07T18:00"), None),
        ("upsert", utc("2026-12-07T18:00"), None),
    ]
    await console.run("/meeting remove 1")
    assert events.take() == [("delete", "ev3")]
    assert events.live == {"ev4": utc("2026-12-07T18:00")}
    await console.run(":advance 1w")
    assert moves(events.take()) == [("upsert", utc("2026-12-14T18:00"), "ev4")]


async def test_after_downtime_the_event_moves_once_to_the_next_occurrence(
    make_harness, monkeypatch
):
    events = Events()
    monkeypatch.setattr(
        ConsoleAdapter, "capabilities", ConsoleAdapter.capabilities | {Capability.SCHEDULED_EVENTS}
    )
    monkeypatch.setattr(
        ConsoleAdapter, "upsert_scheduled_event", _as_method(events, "upsert"), raising=False
    )
    monkeypatch.setattr(
        ConsoleAdapter, "delete_scheduled_event", _as_method(events, "delete"), raising=False
    )
    first = await make_harness()
    await first.run(SETUP + "/meeting mirror on\n" + ADD)
    assert moves(events.take()) == [("upsert", utc("2026-11-23T18:00"), None)]
    await first.close()
    # Haven was away over two starts (23 and 30 Nov): one move, to 7 Dec.
    again = await make_harness(start=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert moves(events.take()) == [("upsert", utc("2026-12-07T18:00"), "ev1")]
    await again.run(":at 2026-12-07T18:00:00+00:00")
    assert moves(events.take()) == [("upsert", utc("2026-12-14T18:00"), "ev1")]


def _as_method(events: Events, which: str):
    target = getattr(events, f"{which}_scheduled_event")

    async def method(self, *args, **kwargs):
        return await target(*args, **kwargs)

    return method


async def test_a_platform_without_scheduled_events_says_so_and_stores_nothing(console):
    await console.run(SETUP + ADD)
    reply = await console.say("/meeting mirror on")
    assert reply.error and reply.visible_to == ["mona"]
    assert "This platform has no scheduled events" in reply.text
    community = await console.app.community(COMMUNITY)
    assert "meetings" not in community.settings
    assert not [j for j in (await console.app.scheduler.jobs()) if j.endswith(":mirror")]
    alice = await console.say(":as alice\n/meeting mirror on")
    assert alice.error and "is for moderators" in alice.text


async def test_a_failing_platform_never_undoes_the_meeting(console):
    events = with_events(console)

    async def refuse(*args, **kwargs):
        raise RuntimeError("Missing Permissions")

    console.adapter.upsert_scheduled_event = refuse
    await console.run(SETUP + "/meeting mirror on")
    reply = await console.say(ADD)
    assert not reply.error and "couldn't update its scheduled event" in reply.text
    assert await event_ids(console) == [None]
    console.adapter.upsert_scheduled_event = events.upsert_scheduled_event
    await console.run(":at 2026-11-23T18:00:00+00:00")  # tried again at the start
    assert moves(events.take()) == [("upsert", utc("2026-11-30T18:00"), None)]
    assert await event_ids(console) == ["ev1"]
