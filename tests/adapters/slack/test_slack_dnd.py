"""Slack's Do Not Disturb through dnd.info (issue 18): the adapter reads a
scheduled window and a snooze; the fake answers as Slack's published spec says."""

from __future__ import annotations

from datetime import UTC, datetime

from adapters.slack.manifest import SCOPES
from bot.adapters import CommunityKey
from tests.fakes import conformance


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def dnd_schema() -> dict | None:
    spec = conformance.load("slack/web_openapi_v2.json")
    if spec is None:
        return None
    return spec["paths"]["/dnd.info"]["get"]["responses"]["200"]["schema"]


async def test_the_adapter_reads_do_not_disturb_as_slack_reports_it(world):
    key = CommunityKey("slack", "T0001")
    adapter = world.adapter
    off = await adapter.do_not_disturb(key, "UALICE")
    assert off is not None and off.end_after(utc(2026, 11, 21, 22, 0)) is None

    world.fake.set_dnd("UALICE", utc(2026, 11, 21, 21, 0), utc(2026, 11, 22, 7, 0))
    window = await adapter.do_not_disturb(key, "UALICE")
    assert window.end_after(utc(2026, 11, 21, 22, 0)) == utc(2026, 11, 22, 7, 0)
    assert window.end_after(utc(2026, 11, 21, 20, 0)) is None

    world.fake.set_dnd("UBOB", snooze_until=utc(2026, 11, 21, 10, 0))
    snoozed = await adapter.do_not_disturb(key, "UBOB")
    assert snoozed.end_after(utc(2026, 11, 21, 9, 30)) == utc(2026, 11, 21, 10, 0)

    assert await adapter.do_not_disturb(key, "UNOBODY") is None  # user_not_found: unknown

    schema = dnd_schema()
    for call in [c for c in world.fake.calls if c.method == "dnd.info" and c.ok]:
        if schema is not None:  # the fake's answers are Slack's shape
            answer = {"ok": True, **call.result}
            assert set(schema["required"]) <= set(answer), answer
            assert set(answer) <= set(schema["properties"]), answer
    assert ("slack", "dnd.info") in conformance.VALIDATED or schema is None


def test_the_manifest_asks_for_dnd_read():
    assert "dnd:read" in SCOPES


async def test_do_not_disturb_is_never_waited_for_past_its_budget(world, monkeypatch):
    """Past DND_PER_MINUTE lookups a minute the answer is 'unknown' at once:
    a burst of prompts never queues behind dnd.info's Tier 3 limit."""
    import adapters.slack.adapter as slack_adapter

    monkeypatch.setattr(slack_adapter, "DND_PER_MINUTE", 3)
    key = CommunityKey("slack", "T0001")
    world.fake.set_dnd("UALICE", utc(2026, 11, 21, 21, 0), utc(2026, 11, 22, 7, 0))
    answers = [await world.adapter.do_not_disturb(key, "UALICE") for _ in range(5)]
    assert [a is not None for a in answers] == [True, True, True, False, False]
    assert len([c for c in world.fake.calls if c.method == "dnd.info"]) == 3
