"""Consent on the real platforms (#17.18): the buttons a Discord or Slack member
sees on the privacy notice, and that withdrawing asks before erasing."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.e2e.rows import members


async def test_decline_before_agreeing_withdraw_after_and_it_asks_first(world):
    # Never agreed: Agree and Decline; Decline keeps only the refusal.
    shown = await world.command("alice", "/haven consent")
    assert shown.reply.buttons == ["Agree", "Decline"]
    declined = await world.press("alice", "Decline")
    assert declined.ok and "stores nothing about you" in declined.reply.text
    alice = (await members(world))["alice"]
    assert alice.declined_at is not None and not alice.consented

    # Agreed: the same notice offers Withdraw…, which asks as /haven delete does.
    await world.agree("alice")
    assert (await world.command("alice", "/sober set 2026-11-15")).ok
    shown = await world.command("alice", "/haven consent")
    assert shown.reply.buttons == ["Agree", "Withdraw…"]
    asked = await world.press("alice", "Withdraw…")
    assert asked.reply.buttons == ["Erase everything", "Keep my data"]
    kept = await world.press("alice", "Keep my data")
    assert kept.ok and (await members(world))["alice"].consented
    # Nothing was erased, not even pending work: her first week arrives.
    await world.run_until(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    assert [p for p in world.dms("alice") if "1 week" in p.text]

    await world.command("alice", "/haven consent")
    await world.press("alice", "Withdraw…")
    erased = await world.press("alice", "Erase everything")
    assert erased.ok and "erased" in erased.reply.text
    assert "alice" not in await members(world)


async def test_every_command_tried_before_agreeing_runs_after_agree(world):
    first = await world.command("bob", "/haven timezone Asia/Tokyo")
    second = await world.command("bob", "/sober set 2026-11-15")
    assert first.reply.buttons == second.reply.buttons == ["Agree", "Decline"]
    assert "in order: `/haven timezone`, `/sober set`" in second.reply.text
    agreed = await world.press("bob", "Agree")
    texts = [s.text for s in agreed.replies]
    assert any("you're in" in t for t in texts), texts
    assert any("Asia/Tokyo" in t for t in texts) and any("6 days" in t for t in texts), texts
    assert not any(s.error for s in agreed.replies), agreed.seen
    assert (await members(world))["bob"].timezone == "Asia/Tokyo"
    await world.run_until(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    assert [p for p in world.dms("bob") if "1 week" in p.text]
