"""Commands tried before agreeing (#17.19): all of them run after Agree, in the
order issued; one that waited too long, or one past the limit, is named."""

from sqlmodel import select

from bot.models import Member
from bot.waiting import LIMIT
from cogs.checkins.models import CheckIn
from cogs.sober.models import SoberCounter


async def rows(console, model) -> list:
    async with console.db.unscoped_session("test") as session:
        return list((await session.exec(select(model))).all())


async def test_every_waiting_command_runs_after_agree_in_the_order_issued(console):
    asked = await console.run(
        "/haven timezone Asia/Tokyo\n/sober set 2026-11-15\n/checkin mood:4 craving:2 sober:yes"
    )
    assert all("privacy notice" in out.text.lower() for out in asked)
    assert "in order: `/haven timezone`, `/sober set`, `/checkin`" in asked[-1].text
    agreed = await console.run(":click Agree")
    assert "you're in" in agreed[0].text
    assert "in order: `/haven timezone`, `/sober set`, `/checkin`" in agreed[0].text
    assert "Asia/Tokyo" in agreed[1].text
    assert "6 days" in agreed[2].text
    assert len(agreed) == 4 and not any(out.error for out in agreed)
    [member] = await rows(console, Member)
    assert member.timezone == "Asia/Tokyo"
    assert len(await rows(console, SoberCounter)) == 1
    assert [c.mood for c in await rows(console, CheckIn)] == [4]


async def test_a_command_that_waited_too_long_is_named_not_run(console):
    await console.run("/haven timezone Asia/Tokyo\n:advance 20m\n/sober set 2026-11-15")
    agreed = await console.run(":click Agree")
    assert "please run again: `/haven timezone`" in agreed[0].text
    # /sober set counts in the member's zone, which never got set: it asks first.
    assert "which time zone are you in" in agreed[1].text and len(agreed) == 2
    [member] = await rows(console, Member)
    assert member.timezone is None
    done = await console.run("/haven timezone Asia/Tokyo")
    assert any("6 days" in o.text for o in done)  # then the held /sober set runs


async def test_at_most_five_wait_and_the_notice_says_which(console):
    lines = [f"/haven timezone {zone}" for zone in ("Asia/Tokyo", "Europe/Oslo")]
    lines += [
        "/sober set 2026-11-15",
        "/checkin mood:3 craving:1 sober:yes",
        "/checkin remind 08:30",
    ]
    await console.run("\n".join(lines))
    refused = await console.say("/sober show")
    assert LIMIT == 5 and "5 commands already wait" in refused.text
    assert "won't keep /sober show" in refused.text
    agreed = await console.run(":click Agree")
    assert len(agreed) == 1 + LIMIT  # the five, not the sixth
    [member] = await rows(console, Member)
    assert member.timezone == "Europe/Oslo"  # both zones ran, in order


async def test_the_same_command_twice_runs_once(console):
    await console.run("/checkin mood:4 craving:2 sober:yes\n/checkin mood:4 craving:2 sober:yes")
    agreed = await console.run(":click Agree")
    assert len(agreed) == 2


async def test_declining_names_the_commands_it_did_not_run(console):
    await console.run("/haven timezone Asia/Tokyo\n/sober set 2026-11-15")
    declined = await console.say(":click Decline")
    assert "did not run `/haven timezone`, `/sober set`" in declined.text
    agreed = await console.run("/haven consent agree")
    assert len(agreed) == 1  # nothing left waiting
    [member] = await rows(console, Member)
    assert member.timezone is None
