"""Partner requests: consent both ways, neutral declines, the cool-down, and
a private space that only the partners see."""

from __future__ import annotations

from adapters.console.adapter import COMMUNITY


async def test_request_accept_creates_a_space_only_the_two_see(console):
    await console.agree("bob")
    await console.agree("alice")
    out = await console.run("/partner request @bob")
    dm = [o for o in out if o.kind == "dm"]
    assert len(dm) == 1 and dm[0].visible_to == ["bob"]
    assert "alice would like to be accountability partners" in dm[0].text
    assert [a["label"] for a in dm[0].actions] == ["Accept", "Decline"]
    [reply] = [o for o in out if o.kind == "reply"]
    assert reply.visible_to == ["alice"] and not reply.error
    assert reply.text.startswith("If @bob uses Haven here, they'll get your request privately")
    assert out.index(reply) < out.index(dm[0])  # the answer first: its timing tells nothing
    assert not any(o.kind == "space" for o in out)  # nothing formed before bob says yes

    out = await console.run(":as bob\n:click Accept")
    spaces = [o for o in out if o.kind == "space"]
    assert len(spaces) == 1
    assert sorted(spaces[0].visible_to) == ["alice", "bob"]
    assert "confidential" in spaces[0].text and "/crisis" in spaces[0].text
    assert "not a substitute for professional help" in spaces[0].text
    assert [a["id"] for a in spaces[0].actions] == ["partner:sos"]
    assert any(o.kind == "dm" and o.visible_to == ["alice"] and "accepted" in o.text for o in out)
    # the answer first, then (after the space is open) where it is
    first, then = [o for o in out if o.kind == "reply"]
    assert first.visible_to == ["bob"] and first.text == "You and alice are partners now."
    assert then.visible_to == ["bob"] and then.text.startswith("Your private space: ")
    assert then.text.endswith("alice knows you said yes.")
    assert out.index(first) < out.index(spaces[0])
    assert console.adapter.spaces[spaces[0].to].members == ["alice", "bob"]

    cog = console.app.registry.cogs["accountability"]
    community = await console.app.community(COMMUNITY)
    async with console.app.context(community, console.adapter) as ctx:
        alice = await ctx.find_member("alice")
        bob = await ctx.find_member("bob")
        assert [m.platform_user_id for m in await cog.partners_of(ctx, alice)] == ["bob"]
        assert [m.platform_user_id for m in await cog.partners_of(ctx, bob)] == ["alice"]

    listing = await console.say("/partner list")
    assert "alice" in listing.text and "pod:" in listing.text


async def test_decline_is_neutral_and_cool_down_applies(console):
    await console.agree("bob")
    await console.agree("alice")
    await console.run("/partner request @bob")
    again = await console.say("/partner request @bob")
    assert again.error and "already asked" in again.text

    out = await console.run(":as bob\n/partner decline @alice")
    note = next(o for o in out if o.kind == "dm")
    assert note.visible_to == ["alice"]
    assert note.text == "bob isn't available right now."
    assert not any(o.kind == "space" for o in out)

    out = await console.run(":as alice\n/partner request @bob")
    assert out[-1].error and "isn't available right now" in out[-1].text
    assert not any(o.kind == "dm" for o in out)  # bob is not pestered

    out = await console.run(":advance 7d1m\n/partner request @bob")
    assert any(o.kind == "dm" and o.visible_to == ["bob"] for o in out)
    assert not out[-1].error


async def test_cannot_request_self_and_strangers_get_the_members_answer(console):
    """Whether someone uses Haven is not the asker's to learn (issue 15); see
    tests/security/test_partner_oracle.py for every state."""
    await console.agree("alice")
    me = await console.say("/partner request @alice")
    assert me.error and "can't be your own partner" in me.text and me.visible_to == ["alice"]
    assert "Usage:" not in me.text  # said plainly: not a typing mistake
    out = await console.run("/partner request @zed")
    assert [o.kind for o in out] == ["reply"]  # nobody to tell
    assert not out[-1].error
    assert out[-1].text.startswith("If @zed uses Haven here, they'll get your request privately")
    # someone who declined the privacy notice is treated the same way
    await console.run(":as carol\n/haven consent\n:click Decline\n:as alice")
    out = await console.run("/partner request @carol")
    assert [o.kind for o in out] == ["reply"]
    assert out[-1].text.startswith("If @carol uses Haven here, they'll get your request privately")


async def test_accept_by_someone_else_does_nothing(console):
    await console.agree("bob")
    await console.agree("mallory")
    await console.agree("alice")
    await console.run("/partner request @bob")
    out = await console.run(":as mallory\n/partner accept @alice")
    assert out[-1].error and "no longer open" in out[-1].text
    assert not console.adapter.spaces


async def test_one_member_cannot_fan_requests_out_to_many(console):
    for name in ("b1", "b2", "b3", "b4", "alice"):
        await console.agree(name)
    for name in ("b1", "b2", "b3"):
        out = await console.say(f"/partner request @{name}")
        assert not out.error
    out = await console.say("/partner request @b4")
    assert out.error and "3 requests waiting" in out.text
    assert not [o for o in console.outputs if o.kind == "dm" and o.visible_to == ["b4"]]
    await console.run(":as b1\n:click Decline")
    out = await console.run(":as alice\n/partner request @b4")
    assert not out[0].error and out[0].visible_to == ["alice"]
    assert out[1].kind == "dm" and out[1].visible_to == ["b4"]


async def test_requests_to_people_without_haven_count_against_the_cap_too(console):
    """Else asking a stranger and then a fourth member would tell the asker
    whether the stranger uses Haven."""
    for name in ("b1", "b2", "alice"):
        await console.agree(name)
    for name in ("b1", "b2", "zed"):
        assert not (await console.run(f"/partner request @{name}"))[0].error
    out = await console.run("/partner request @b3")
    assert out[-1].error and "3 requests waiting" in out[-1].text
    listing = await console.say("/partner list")
    assert "waiting for @zed to answer your request" in listing.text
