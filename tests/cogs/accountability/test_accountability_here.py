"""After /sos: a partner's "I'm here" reaches the member privately; with no
answer within HAVEN_SOS_ACK_MINUTES the member gets the helplines again and the
choice — never automatic — to tell the moderators anonymously."""

from __future__ import annotations


async def partners(console, a, b):
    await console.run(f":as {a}\n/partner request @{b}\n:as {b}\n:click Accept")


async def test_the_first_here_tells_the_member_who_answered_and_later_ones_add(console):
    for user in ("bob", "carol", "alice"):
        await console.agree(user)
    await partners(console, "alice", "bob")
    await partners(console, "alice", "carol")
    await console.run(":as alice\n/sos")
    out = await console.run(":as bob\n:click I'm here")
    assert out[-1].visible_to == ["bob"] and out[-1].text == "Thank you — alice knows you're there."
    [note] = [o for o in out if o.kind == "dm"]
    assert note.visible_to == ["alice"]
    assert note.text == "bob is here for you — they pressed **I'm here**."
    again = await console.run(":click I'm here")
    assert again[-1].text == "alice already knows you're there. Thank you."
    assert not [o for o in again if o.kind == "dm"]
    out = await console.run(":as carol\n:click I'm here")
    assert [o.text for o in out if o.kind == "dm"] == ["carol is here for you too."]
    # answered: no "nobody answered" follow-up later
    later = await console.run(":advance 20m")
    assert not [o for o in later if o.kind == "dm"]


async def test_no_answer_in_time_brings_the_helplines_back_and_a_choice(console):
    await console.run(":as mona mod\n/mod channel moderators #mods")
    for user in ("bob", "alice"):
        await console.agree(user)
    await partners(console, "alice", "bob")
    await console.run(":as alice\n/sos")
    early = await console.run(":advance 14m")
    assert not [o for o in early if o.kind == "dm"]
    out = await console.run(":advance 2m")
    [follow] = [o for o in out if o.kind == "dm"]
    assert follow.visible_to == ["alice"]
    assert "None of your partners has answered yet." in follow.text
    assert "988" in follow.text
    assert [a["label"] for a in follow.actions] == ["Let a moderator know"]
    assert not [o for o in out if o.kind == "message"]  # nothing automatic
    told = await console.run(":as alice\n:click Let a moderator know")
    [post] = [o for o in told if o.kind == "message"]
    assert post.to == "#mods" and "alice" not in post.text
    # once: a later press of bob's button still reaches her, and no second follow-up
    assert not [o for o in await console.run(":advance 1h") if o.kind == "dm"]
