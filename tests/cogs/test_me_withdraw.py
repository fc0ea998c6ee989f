"""The privacy notice's second button (#17.18): "Decline" for a member who never
agreed (only the refusal is kept), "Withdraw…" for one who did, which asks —
exactly as /haven delete does — before anything is erased."""

from sqlmodel import select

from bot.models import Member


async def members(console) -> list[Member]:
    async with console.db.unscoped_session("test") as session:
        return list((await session.exec(select(Member))).all())


async def test_a_member_who_never_agreed_sees_decline_and_it_keeps_only_the_refusal(console):
    out = await console.say("/haven consent")
    assert [a["label"] for a in out.actions] == ["Agree", "Decline"]
    declined = await console.say(":click Decline")
    assert "stores nothing about you" in declined.text
    [member] = await members(console)
    assert member.declined_at is not None and member.consent_version is None


async def test_a_member_who_agreed_sees_withdraw_which_asks_before_erasing(console):
    await console.agree("alice")
    await console.run("/haven timezone Europe/Helsinki")
    out = await console.say("/haven consent")
    assert [a["label"] for a in out.actions] == ["Agree", "Withdraw…"]
    asked = await console.say(":click Withdraw…")
    assert [a["label"] for a in asked.actions] == ["Erase everything", "Keep my data"]
    assert "cannot be undone" in asked.text
    assert len(await members(console)) == 1  # one click erases nothing
    await console.run(":click Keep my data")
    [kept] = await members(console)
    assert kept.consented and kept.timezone == "Europe/Helsinki"
    await console.run("/haven consent\n:click Withdraw…\n:click Erase everything")
    assert await members(console) == []


async def test_an_old_notices_decline_pressed_after_agreeing_asks_first(console):
    await console.run(":as alice\n/haven timezone Europe/Helsinki")  # the notice, unanswered
    await console.run("/haven consent agree")
    asked = await console.say(":click Decline")  # on the old notice
    assert [a["label"] for a in asked.actions] == ["Erase everything", "Keep my data"]
    [member] = await members(console)
    assert member.consented and member.declined_at is None


async def test_typed_withdraw_asks_as_haven_delete_does(console):
    await console.agree("alice")
    asked = await console.say("/haven consent withdraw")
    assert [a["label"] for a in asked.actions] == ["Erase everything", "Keep my data"]
    assert len(await members(console)) == 1
    await console.run(":click Erase everything")
    assert await members(console) == []
