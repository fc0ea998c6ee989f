"""Pillar: accountability — a partner request accepted in the DM, a pod match
from the pool by a moderator, and /sos reaching partners privately."""

from __future__ import annotations

import asyncio

from cogs.accountability.models import PodMember, PoolEntry
from tests.e2e.rows import rows_of

POOL = ("carol", "dan", "erin", "fay")


def pods_with(world, *names: str) -> list[list[str]]:
    return [members for members, _ in world.spaces() if set(names) <= set(members)]


async def test_request_accept_pod_match_and_sos(world):
    await world.agree(world.mod, "alice", "bob", *POOL)

    # alice asks bob; bob is asked privately, with buttons, in a DM.
    asked = await world.command("alice", "/partner request @bob")
    assert asked.ok and asked.reply.visible_to == ["alice"], asked.seen
    [request] = [p for p in world.dms("bob") if "Accept" in p.buttons]
    assert "alice would like to be accountability partners" in world.plain(request.text)
    assert request.buttons == ["Accept", "Decline"]
    assert world.spaces() == []  # nothing formed before bob says yes

    # bob presses Accept in that DM: partners, and a space only the two see.
    accepted = await world.press("bob", "Accept")
    assert accepted.ok, accepted.seen
    assert "partners now" in accepted.replies[0].text  # at once; the space follows
    assert "knows you said yes" in accepted.reply.text
    assert any("accepted" in p.text for p in world.dms("alice"))
    [(members, messages)] = world.spaces()
    assert members == ["alice", "bob"]
    assert "confidential" in messages[0].text and "/crisis" in messages[0].text
    listing = await world.command("alice", "/partner list")
    assert "bob" in world.plain(listing.reply.text)

    # Four members join the pool at once; the moderator forms pods of two.
    joined = await asyncio.gather(*(world.command(u, "/partner pool join") for u in POOL))
    assert all(outcome.ok for outcome in joined), [o.seen for o in joined]
    assert len(await rows_of(world, PoolEntry)) == 4
    refused = await world.command("carol", "/partner match")
    assert refused.reply.error and "moderators" in refused.reply.text
    matched = await world.command(world.mod, "/partner match size:2")
    assert matched.ok, matched.seen
    assert "Formed 2 pods" in matched.reply.text
    for name in POOL:  # the moderator is told counts, never who
        assert name not in world.plain(matched.reply.text)
    pods = [m for m, _ in world.spaces() if m != ["alice", "bob"]]
    assert len(pods) == 2 and sorted(n for pod in pods for n in pod) == sorted(POOL)
    assert all(len(pod) == 2 for pod in pods)
    assert len(await rows_of(world, PodMember)) == 2 + 4
    assert await rows_of(world, PoolEntry) == []  # matched members left the pool

    # alice and carol reach out at the same moment: each partner hears privately.
    [carols_pod] = pods_with(world, "carol")
    podmate = next(n for n in carols_pod if n != "carol")
    sos_alice, sos_carol = await asyncio.gather(
        world.command("alice", "/sos"), world.command("carol", "/sos")
    )
    for outcome in (sos_alice, sos_carol):  # resources at once, then who was reached
        assert outcome.ok, outcome.seen
        assert all(s.ephemeral for s in outcome.replies)
        assert "988" in outcome.replies[0].text
    assert world.plain(sos_alice.reply.text) == "bob has your alert by private message."
    assert world.plain(sos_carol.reply.text) == f"{podmate} has your alert by private message."
    alerts = {
        name: [p.text for p in world.dms(name) if "could use a call" in p.text]
        for name in (*world.members[:6], world.mod)
    }
    assert len(alerts["bob"]) == 1 and "alice" in world.plain(alerts["bob"][0])
    assert len(alerts[podmate]) == 1 and "carol" in world.plain(alerts[podmate][0])
    assert all(not texts for name, texts in alerts.items() if name not in ("bob", podmate))
    for name in ("announcements", "checkins", "moderators", "milestones"):
        assert world.posts(name) == []  # nothing public


async def test_a_member_who_left_a_partner_is_not_matched_with_them_and_is_told(world):
    await world.agree(world.mod, "alice", "bob")
    assert (await world.command("alice", "/partner request @bob")).ok
    accepted = await world.press("bob", "Accept")
    assert accepted.ok, accepted.seen
    listing = world.plain((await world.command("alice", "/partner list")).reply.text)
    pod = listing.split("pod:")[1].split("`")[0]
    left = await world.command("alice", f"/partner leave pod:{pod}")
    assert left.ok, left.seen
    for user in ("alice", "bob"):
        assert (await world.command(user, "/partner pool join")).ok
    matched = await world.command(world.mod, "/partner match")
    assert matched.ok and "2 members stay in the pool" in matched.reply.text, matched.seen
    assert [m for m, _ in world.spaces() if m != ["alice", "bob"]] == []  # no new pod
    for user in ("alice", "bob"):
        [note] = [p for p in world.dms(user) if "No new pod this week" in p.text]
        assert "already been in a pod with you" in world.plain(note.text)
    assert len(await rows_of(world, PoolEntry)) == 2  # still pooled for next time


async def test_a_member_leaves_a_partnership_by_mentioning_the_partner(world):
    await world.agree("alice", "bob")
    assert (await world.command("alice", "/partner request @bob")).ok
    assert (await world.press("bob", "Accept")).ok
    left = await world.command("alice", "/partner leave @bob")
    assert left.ok and "stepped away" in left.reply.text, left.seen
    assert left.reply.visible_to == ["alice"]
    listing = await world.command("bob", "/partner list")
    assert "No partners or pods yet" in listing.reply.text
