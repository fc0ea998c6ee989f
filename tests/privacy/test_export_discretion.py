"""PRIVACY.md P9 for /haven export: where the platform keeps DMs for workspace
owners to export (Slack), the export asks first and can leave the notes out."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import func, select

from bot.adapters import Capability, Invocation
from bot.models import AuditLog
from tests.support.harness import COMMUNITY

NOTES = ("export-note-3c1d the board meeting", "sober-note-88aa first day again")
RELAPSE = "relapse-note-51e0 after the gala"


async def exports(h) -> int:
    async with h.db.unscoped_session("test") as session:
        query = select(func.count()).select_from(AuditLog).where(AuditLog.action == "data export")
        return (await session.exec(query)).one()


async def alice_with_notes(console) -> None:
    await console.agree("alice")
    out = await console.run(
        f'/checkin mood:2 craving:7 sober:yes note:"{NOTES[0]}"\n'
        f'/sober set 2026-01-01 note:"{NOTES[1]}"\n'
        f'/sober reset date:2026-11-01 note:"{RELAPSE}"'
    )
    assert not any(o.error for o in out), [o.text for o in out]


def retained(console) -> None:
    console.adapter.capabilities = console.adapter.capabilities | {Capability.RETAINED_DMS}


async def test_export_warns_first_where_dms_are_retained(console):
    await alice_with_notes(console)
    retained(console)
    warning = await console.say("/haven export")
    assert warning.visible_to == ["alice"] and warning.ephemeral and not warning.files
    assert "includes your private notes" in warning.text
    assert "Slack workspace owners on some plans can export files in DMs" in warning.text
    assert [a["label"] for a in warning.actions] == ["Send with notes", "Send without notes"]
    assert await exports(console) == 0  # nothing exported until she chooses

    out = await console.say(":click Send without notes")
    assert out.visible_to == ["alice"] and len(out.files) == 1
    raw = Path(out.files[0]).read_text()
    for note in (*NOTES, RELAPSE):
        assert note not in raw
    data = json.loads(raw)
    checkin = data["checkins"]["check_ins"][0]
    assert checkin["note"] == "(withheld)" and checkin["mood"] == 2  # the rest is all there
    assert "(withheld)" in raw.replace(checkin["note"], "", 1)  # the sober notes too
    assert await exports(console) == 1

    out = await console.say("/haven export\n:click Send with notes")
    raw = Path(out.files[0]).read_text()
    for note in (*NOTES, RELAPSE):
        assert note in raw
    assert "(withheld)" not in raw
    assert await exports(console) == 2


async def test_export_withholds_only_the_members_own_notes_and_nothing_of_others(console):
    await console.agree("bob")
    await console.run('/checkin mood:4 craving:1 note:"bob-note-9e2f"')
    await alice_with_notes(console)
    retained(console)
    out = await console.say("/haven export\n:click Send without notes")
    raw = Path(out.files[0]).read_text()
    assert "bob-note-9e2f" not in raw and "bob" not in raw


async def test_without_retained_dms_the_file_comes_at_once(console):
    await alice_with_notes(console)
    out = await console.say("/haven export")
    assert len(out.files) == 1 and not out.actions
    assert NOTES[0] in Path(out.files[0]).read_text()


async def test_stale_export_button_is_a_gentle_error(console):
    await console.agree("alice")
    inv = Invocation(COMMUNITY, "alice", via="action", action_id="me:export:everything")
    out = await console.app.dispatch(inv)
    assert out.error and "/haven export" in out.text
