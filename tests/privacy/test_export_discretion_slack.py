"""PRIVACY.md P9 on Slack: /haven export asks before a file with notes goes into
the DM (workspace owners on some plans can export DMs); "without notes"
uploads a file in which no note text appears. Scans every Slack call."""

from __future__ import annotations

import json

from adapters.slack.adapter import SlackAdapter
from bot.adapters import Capability
from tests.adapters.slack.conftest import make_world  # noqa: F401  (the Slack fixture)

NOTE = "slack-export-note-4b7e the quarterly review"


def test_slack_declares_retained_dms():
    assert Capability.RETAINED_DMS in SlackAdapter.capabilities


async def test_export_without_notes_never_sends_the_note_to_slack(make_world):  # noqa: F811
    world = await make_world()
    d = world.driver
    await d.command("alice", "/haven consent agree")
    await d.command("alice", "/haven timezone Europe/Helsinki")
    await d.command("alice", f'/checkin mood:3 craving:2 note:"{NOTE}"')
    before = len(world.fake.uploads)
    seen = await d.command("alice", "/haven export")
    assert any("includes your private notes" in s.text for s in seen)
    assert len(world.fake.uploads) == before  # no file before she chooses

    await d.click("alice", "Send without notes")
    assert len(world.fake.uploads) == before + 1
    upload = list(world.fake.uploads.values())[-1].decode()
    assert "(withheld)" in upload and '"mood": 3' in upload
    assert NOTE not in world.fake.recorded_text()
    assert "slack-export-note-4b7e" not in json.dumps([c.args for c in world.fake.calls])
