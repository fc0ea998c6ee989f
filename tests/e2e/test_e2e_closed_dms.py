"""A partner whose DMs are closed never costs another member their own
command: the check-in is stored and answered, through discord.py and bolt."""

from __future__ import annotations

from cogs.checkins.models import CheckIn
from tests.e2e.rows import rows_of


async def test_a_closed_partner_does_not_break_a_check_in(world):
    await world.agree("alice", "bob")
    assert (await world.command("alice", "/partner request @bob")).ok
    assert (await world.press("bob", "Accept")).ok
    world.refuse_dms("bob")
    shared = await world.command("alice", "/checkin share partners")
    assert shared.ok, shared.seen
    checked = await world.command("alice", "/checkin mood:3 craving:2 sober:yes")
    assert checked.ok and "Checked in" in checked.reply.text, checked.seen
    assert len(await rows_of(world, CheckIn)) == 1
