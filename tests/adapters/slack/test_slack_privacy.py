"""PRIVACY.md P9: no member's note in any Slack call unless they shared it."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import START
from tests.fakes.slack.driver import read_text

NOTES = ("craving-note-7f3a after the office party", "form-note-b91c my sponsor said")


async def test_check_in_notes_never_reach_slack(world):
    d = world.driver
    for user in ("alice", "bob"):
        await d.command(user, "/haven consent agree")
        await d.command(user, "/haven timezone UTC")
    # partners, so alice's check-ins are shared with bob (mood and craving only)
    await d.command("alice", "/partner request @bob")
    await d.click("bob", "Accept")
    await d.command("alice", "/checkin share partners")
    await d.command("alice", "/checkin remind 09:30")

    seen = await d.command("alice", f'/checkin mood:2 craving:9 sober:yes note:"{NOTES[0]}"')
    assert any("mood 2/5" in s.text for s in seen)
    partner = [s for s in seen if s.visible_to == ["bob"]]
    assert partner and "craving 9/10" in partner[0].text  # shared: the numbers only

    await d.command("alice", "/checkin")
    seen = await d.submit("alice", {"mood": "3", "craving": "4", "note": NOTES[1]})
    assert any("mood 3/5" in s.text for s in seen)
    await d.command("alice", f'/sober set 2026-01-01 note:"{NOTES[0]}"')
    await d.command("alice", "/checkin streak")
    await d.command("alice", "/checkin summary")

    # scheduled work: tomorrow's prompt is a DM through the adapter
    before = len(world.fake.calls)
    await world.app.scheduler.run_until(START + timedelta(days=1, hours=1))
    await world.adapter.tracker.drain()
    prompts = [
        c
        for c in world.fake.calls[before:]
        if c.method == "chat.postMessage" and c.args["channel"] == "DUALICE"
    ]
    assert prompts and "How are you today?" in read_text(prompts[0].args)
    d.shown.append(d._shown(prompts[0]))
    await d.click("alice", "4")

    recorded = world.fake.recorded_text()
    assert "mood 4/5" in recorded  # the scan sees what was sent ...
    for note in NOTES:
        assert note not in recorded  # ... and no note was ever sent
    for word in ("craving-note-7f3a", "form-note-b91c"):
        assert word not in recorded
