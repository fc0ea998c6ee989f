"""/haven: consent before anything is stored, export, erasure (P1, P4, P5)."""

import json
from pathlib import Path

from sqlmodel import select

from bot.consent import CONSENT_VERSION
from bot.models import AuditLog, Member


async def members(console) -> list[Member]:
    async with console.db.unscoped_session("test") as session:
        return list((await session.exec(select(Member))).all())


async def test_a_data_command_before_consent_stores_nothing(console):
    out = await console.say("/haven timezone Europe/Helsinki")
    assert "privacy notice" in out.text.lower()
    assert [a["label"] for a in out.actions] == ["Agree", "Decline"]
    assert out.visible_to == ["you"] and out.ephemeral
    assert await members(console) == []


async def test_agreeing_records_version_and_time_then_runs_the_command(console):
    await console.run("/haven timezone Europe/Helsinki")
    produced = await console.run(":click Agree")
    assert "you're in" in produced[0].text
    assert "Europe/Helsinki" in produced[1].text  # the command the member asked for
    [member] = await members(console)
    assert member.consent_version == CONSENT_VERSION
    assert member.consented_at == console.clock.now()
    assert member.timezone == "Europe/Helsinki"


async def test_declining_keeps_only_the_refusal(console):
    await console.run("/haven timezone Europe/Helsinki\n:click Decline")
    [member] = await members(console)
    assert member.consent_version is None and member.declined_at is not None
    assert member.timezone is None and member.display_name == ""


async def test_timezone_is_validated_and_nothing_changes_on_bad_input(console):
    await console.agree("alice")
    await console.run("/haven timezone America/New_York")
    out = await console.say("/haven timezone Mars/Olympus")
    assert out.error and "Usage: `/haven timezone <zone>`" in out.text
    assert "Example: `/haven timezone Europe/Helsinki`" in out.text
    [member] = await members(console)
    assert member.timezone == "America/New_York"


async def test_export_is_the_members_own_data_only(console):
    await console.agree("bob")
    await console.run("/haven timezone Asia/Tokyo")
    await console.agree("alice")
    await console.run("/haven timezone Europe/Helsinki")
    out = await console.say("/haven export")
    assert out.visible_to == ["alice"] and out.ephemeral
    data = json.loads(Path(out.files[0]).read_text())
    assert data["member"]["user_id"] == "alice"
    assert data["member"]["timezone"] == "Europe/Helsinki"
    assert "bob" not in Path(out.files[0]).read_text()
    assert "Asia/Tokyo" not in Path(out.files[0]).read_text()


async def test_delete_asks_first_then_erases_everything(console):
    await console.agree("alice")
    out = await console.say("/haven delete")
    assert [a["label"] for a in out.actions] == ["Erase everything", "Keep my data"]
    assert len(await members(console)) == 1
    await console.run(":click Keep my data")
    assert len(await members(console)) == 1
    await console.run("/haven delete\n:click Erase everything")
    assert await members(console) == []
    async with console.db.unscoped_session("test") as session:
        actions = [row.action for row in (await session.exec(select(AuditLog))).all()]
    assert actions == ["data deletion"]  # who and what, never content


async def test_withdrawing_consent_erases_once_confirmed(console):
    await console.agree("alice")
    out = await console.say("/haven consent withdraw")
    assert [a["label"] for a in out.actions] == ["Erase everything", "Keep my data"]
    out = await console.say(":click Erase everything")
    assert "erased" in out.text
    assert await members(console) == []


async def test_me_delete_confirm_in_text_form(console):
    await console.agree("alice")
    await console.run("/haven delete confirm")
    assert await members(console) == []
