"""Pillar: daily check-ins — the form, the daily prompt's mood buttons in a DM,
sharing with partners (mood and craving only) and in the check-ins channel."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from cogs.checkins.models import CheckIn
from tests.conftest import START
from tests.e2e.rows import rows_of

NOTE = "hard evening at the office"


async def test_checkins_by_form_and_prompt_shared_with_partners_and_a_channel(world):
    await world.agree(world.mod, "alice", "bob", "carol", "dan")
    configured = await world.command(
        world.mod, f"/mod channel checkins {world.channel('checkins')}"
    )
    assert configured.ok, configured.seen

    # alice and bob become partners (bob accepts in his DM); alice shares with
    # partners, carol by name in the channel; both set up at once.
    asked = await world.command("alice", "/partner request @bob")
    assert asked.ok, asked.seen
    accepted = await world.press("bob", "Accept")
    assert accepted.ok, accepted.seen
    shared = await asyncio.gather(
        world.command("alice", "/checkin share partners"),
        world.command("carol", "/checkin share named"),
    )
    assert all(outcome.ok for outcome in shared), [o.seen for o in shared]
    reminded = await world.command("carol", "/checkin remind 10:00")
    assert reminded.ok, reminded.seen

    # The daily prompt falls due at carol's 10:00: a DM with mood buttons.
    await world.run_until(START + timedelta(hours=1, minutes=5))
    [prompt] = world.dms("carol")
    assert prompt.buttons == ["1", "2", "3", "4", "5"]
    assert not any(p.buttons == prompt.buttons for p in world.dms("alice"))  # no reminder set

    # The form opens for alice; a value it does not offer (a modified client)
    # is refused in the form itself.
    opened = await world.command("alice", "/checkin")
    assert opened.reply.kind == "form", opened.seen
    bad = await world.submit("alice", {"mood": "9", "craving": "2"}, forged=True)
    assert bad.reply.error and "Mood must be from 1 to 5." in bad.reply.text
    assert await rows_of(world, CheckIn, "alice") == []

    # At the same moment: alice submits the form, carol presses a mood in her
    # DM, dan checks in by command.
    form, button, command = await asyncio.gather(
        world.submit("alice", {"mood": "2", "craving": "9", "sober": "yes", "note": NOTE}),
        world.press("carol", "4"),
        world.command("dan", "/checkin mood:3 craving:1"),
    )
    for outcome in (form, button, command):
        assert outcome.ok, outcome.seen
    assert "mood 2/5" in form.reply.text and "craving 9/10" in form.reply.text
    assert NOTE not in form.reply.text
    assert button.reply.text.startswith("Checked in for Saturday 21 November: mood 4/5")
    assert "mood 3/5" in command.reply.text

    [alice_row] = await rows_of(world, CheckIn, "alice")
    assert (alice_row.mood, alice_row.craving, alice_row.sober) == (2, 9, True)
    assert alice_row.note == NOTE  # decrypted on read; encrypted at rest
    [carol_row] = await rows_of(world, CheckIn, "carol")
    assert (carol_row.mood, carol_row.craving) == (4, None)
    [dan_row] = await rows_of(world, CheckIn, "dan")
    assert (dan_row.mood, dan_row.craving) == (3, 1)

    # bob, alice's partner, hears mood and craving — never the note.
    told = [world.plain(p.text) for p in world.dms("bob") if "mood 2/5" in p.text]
    assert len(told) == 1, [p.text for p in world.dms("bob")]
    assert "craving 9/10" in told[0] and "alice" in told[0]
    assert "reaching out" in told[0]  # a high craving
    assert NOTE not in told[0]
    # carol's check-in is in the channel by name; alice's and dan's are not.
    posts = [world.plain(p.text) for p in world.posts("checkins")]
    assert len(posts) == 1, posts
    assert "carol" in posts[0] and "mood 4/5" in posts[0]
    assert not any(NOTE in p or "alice" in p or "dan" in p for p in posts)
    for user in ("carol", "dan", world.mod):
        assert not any(NOTE in p.text for p in world.dms(user))


async def test_a_partner_sees_sober_today_only_when_the_member_opted_in(world):
    await world.agree("alice", "bob")
    assert (await world.command("alice", "/partner request @bob")).ok
    assert (await world.press("bob", "Accept")).ok

    shared = await world.command("alice", "/checkin share partners")
    assert shared.ok, shared.seen
    assert "not whether you were sober" in shared.reply.text
    checked = await world.command("alice", "/checkin mood:2 craving:3 sober:no")
    assert checked.ok, checked.seen
    [told] = [world.plain(p.text) for p in world.dms("bob") if "mood 2/5" in p.text]
    assert "alice" in told and "craving 3/10" in told
    assert "sober" not in told

    opted = await world.command("alice", "/checkin share partners sober:yes")
    assert opted.ok, opted.seen
    assert "whether you were sober today" in opted.reply.text
    await world.run_until(START + timedelta(days=1))
    checked = await world.command("alice", "/checkin mood:4 craving:1 sober:yes")
    assert checked.ok, checked.seen
    [told] = [world.plain(p.text) for p in world.dms("bob") if "mood 4/5" in p.text]
    assert "craving 1/10" in told and "sober today" in told
