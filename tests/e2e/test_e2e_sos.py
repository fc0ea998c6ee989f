"""/sos through discord.py and bolt: helplines first, then exactly who was
reached and how — closed DMs fall back to the shared space, a deleted account
is not reached, and nobody is ever said to have an alert they did not get
(PRIVACY.md P14)."""

from __future__ import annotations


async def partners(world, a: str, b: str) -> None:
    asked = await world.command(a, f"/partner request @{b}")
    assert asked.ok, asked.seen
    accepted = await world.press(b, "Accept")
    assert accepted.ok, accepted.seen


def alerts_of(world, name: str) -> list[str]:
    return [p.text for p in world.dms(name) if "could use a call" in p.text]


async def test_each_partner_reached_by_dm_or_in_the_shared_space_and_said_so(world):
    await world.agree("alice", "bob", "carol", "dan")
    for other in ("bob", "carol", "dan"):
        await partners(world, "alice", other)
    world.refuse_dms("carol")  # DMs closed: a mention in the space alice and carol share
    world.refuse_dms("dan", gone=True)  # the account was deleted: the space all the same
    spaces = dict((tuple(m), msgs) for m, msgs in world.spaces())
    before = {k: len(v) for k, v in spaces.items()}

    sos = await world.command("alice", "/sos")
    assert "988" in sos.replies[0].text  # helplines first
    text = world.plain(sos.reply.text)
    assert text.startswith("bob has your alert by private message.")
    assert "i couldn't reach carol by dm — their direct messages are closed — so i posted" in text
    assert "i couldn't reach dan by dm — their account is no longer active — so i posted" in text
    assert "carol has" not in text and "dan has" not in text

    assert len(alerts_of(world, "bob")) == 1
    assert alerts_of(world, "carol") == [] and alerts_of(world, "dan") == []
    after = dict((tuple(m), msgs) for m, msgs in world.spaces())
    [mention] = after[("alice", "carol")][before[("alice", "carol")] :]
    assert world.plain(mention.text).startswith("carol — alice could use a call right now")
    [mention] = after[("alice", "dan")][before[("alice", "dan")] :]
    assert world.plain(mention.text).startswith("dan — alice could use a call right now")


async def test_a_request_nobody_got_and_an_sos_nobody_got_say_so(world):
    await world.command(world.mod, f"/mod channel moderators {world.channel('moderators')}")
    await world.agree("alice", "bob")
    world.refuse_dms("bob")
    asked = await world.command("alice", "/partner request @bob")
    assert "I've asked" not in asked.reply.text
    # …nor that bob's DMs are closed: that would tell alice he uses Haven (issue 15)
    assert world.plain(asked.reply.text).startswith("if bob uses haven here")
    assert len(asked.mine()) == 1
    kept = await world.command("alice", "/haven reasons add the garden in spring")
    assert kept.ok and kept.reply.ephemeral, kept.seen
    sos = await world.command("alice", "/sos")
    assert "988" in sos.replies[0].text
    assert "the garden in spring" in sos.replies[0].text  # her own reasons, with the helplines
    assert "no one was alerted" in sos.reply.text
    assert "Let a moderator know" in sos.reply.buttons
