"""Pillar: the recovery journal (#23) through the real adapters — triggers from
the community's list in the check-in form's multi-select (a Discord string
select with max_values, a Slack multi_static_select), streak counts a member
turned off, private patterns, and money and time back on a counter."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from cogs.checkins.models import CheckIn, CheckinTrigger
from cogs.sober.models import SoberRun
from tests.conftest import START
from tests.e2e.rows import rows_of
from tests.e2e.worlds import World


def triggers_input(world: World, user: str) -> dict[str, Any]:
    """The open form's triggers input, as the platform received it."""
    if world.platform == "discord":
        uid = world.uid(user)
        opened = next(
            s for s in reversed(world.fake.shown) if s.kind == "form" and s.user_id == uid
        )
        for row in opened.modal["components"]:
            item = row.get("component") or {}
            if item.get("custom_id") == "triggers":
                return item
    else:
        _, view = world.driver.open_view(user)
        for block in view["blocks"]:
            if block.get("block_id") == "triggers":
                return block["element"]
    raise AssertionError(f"{user}'s form has no triggers input")


async def test_triggers_in_the_form_streaks_off_patterns_and_cost(world):
    await world.agree(world.mod, "alice", "bob")
    listed = await world.command(world.mod, "/mod triggers stress, conflict, work")
    assert listed.ok and "stress, conflict, work" in listed.reply.text, listed.seen

    opened = await world.command("alice", "/checkin")
    assert opened.reply.kind == "form", opened.seen
    offered = triggers_input(world, "alice")
    assert [o["value"] for o in offered["options"]] == ["stress", "conflict", "work"]
    if world.platform == "discord":  # a string select that takes several picks
        assert offered["type"] == 3 and offered["max_values"] == 3
        assert offered["min_values"] == 0
    else:
        assert offered["type"] == "multi_static_select"

    form = await world.submit("alice", {"mood": "2", "craving": "8", "triggers": "stress,conflict"})
    assert form.ok, form.seen
    assert "Triggers noted, only for you: stress, conflict" in form.reply.text
    assert "Day 1 of a streak" in form.reply.text
    assert sorted(t.tag for t in await rows_of(world, CheckinTrigger, "alice")) == [
        "conflict",
        "stress",
    ]

    # A trigger the community does not list is refused, naming the list.
    wrong = await world.command("bob", "/checkin mood:4 craving:1 triggers:boredom")
    assert wrong.reply.error and "stress, conflict, work" in wrong.reply.text
    assert await rows_of(world, CheckIn, "bob") == []
    bob = await world.command("bob", "/checkin mood:4 craving:1 triggers:work")
    assert bob.ok and "Day 1 of a streak" in bob.reply.text

    # alice turns streak counts off: her replies and summary say none.
    off = await world.command("alice", "/checkin streaks off")
    assert off.ok, off.seen
    again = await world.command("alice", "/checkin mood:3 craving:5")
    assert again.ok and "streak" not in again.reply.text.lower()
    summary = await world.command("alice", "/checkin summary")
    assert summary.ok and "Last 30 days" in summary.reply.text
    assert "in a row" not in summary.reply.text and "streak" not in summary.reply.text.lower()
    streak = await world.command("alice", "/checkin streak")
    assert "Streak counts are off" in streak.reply.text

    # Her patterns are hers alone.
    patterns = await world.command("alice", "/checkin patterns")
    assert patterns.ok and patterns.reply.visible_to == ["alice"]
    assert "Not enough check-ins" in patterns.reply.text

    # Money and time back on a counter.
    await world.command("alice", "/sober set 2024-11-21")
    cost = await world.command("alice", "/sober cost 12 hours:2")
    assert cost.ok and "about $8,760 and 1,460 hours back" in cost.reply.text, cost.seen
    bad = await world.command("alice", "/sober cost 12 currency:USB")
    assert bad.reply.error and "ISO 4217" in bad.reply.text
    [run] = await rows_of(world, SoberRun, "alice")
    assert (run.cost_per_day, run.cost_currency, run.hours_per_day) == ("12", "USD", 2.0)

    # The weekly summary in a DM: bob's counts his streak, alice's does not.
    for user in ("alice", "bob"):
        assert (await world.command(user, "/checkin weekly sat")).ok
    await world.run_until(START + timedelta(days=1))
    [alice_week] = [p.text for p in world.dms("alice") if "Last 7 days" in p.text]
    [bob_week] = [p.text for p in world.dms("bob") if "Last 7 days" in p.text]
    assert "Day 1 of a streak" in bob_week
    assert "streak" not in alice_week.lower() and "in a row" not in alice_week
    assert not world.problems()
