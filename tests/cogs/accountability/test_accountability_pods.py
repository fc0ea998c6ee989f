"""The pool and /partner match: opt-in only, close time zones, no repeats;
leaving and erasure."""

from __future__ import annotations

import json
from datetime import timedelta
from itertools import combinations
from pathlib import Path

from sqlmodel import select

from adapters.console.adapter import COMMUNITY
from cogs.accountability.matching import form_pods, hours_apart, pod_sizes
from cogs.accountability.models import PartnerRequest, PodMember


def read_json(path: str) -> dict:
    return json.loads(Path(path).read_text())


ZONES = {
    "alice": "Europe/Helsinki",
    "bob": "America/Los_Angeles",
    "carol": "Europe/Berlin",
    "dave": "America/Vancouver",
}


async def join_pool(console, zones):
    for user, zone in zones.items():
        await console.agree(user)
        await console.run(f"/haven timezone {zone}\n/partner pool join")


def pods_from(outputs):
    return [frozenset(o.visible_to) for o in outputs if o.kind == "space"]


async def test_match_groups_close_time_zones_and_avoids_repeats(console):
    await console.agree("eve")  # not in the pool: never matched
    await join_pool(console, ZONES)
    out = await console.run(":as mona mod\n/partner match size:2")
    first = pods_from(out)
    assert sorted(map(sorted, first)) == [["alice", "carol"], ["bob", "dave"]]
    reply = out[-1]
    assert reply.visible_to == ["mona"] and "Formed 2 pods" in reply.text
    for name in [*ZONES, "eve"]:  # the moderator is told counts, never who
        assert name not in reply.text

    # everyone left the pool once matched
    again = await console.run("/partner match size:2")
    assert not pods_from(again) and "Fewer than 2" in again[-1].text

    # they step away and opt in again: nobody is paired with the same person
    for user in ZONES:
        text = (await console.run(f":as {user}\n/partner list"))[-1].text
        if "`pod:" in text:  # the last of a pair finds it closed already
            pod = text.split("`pod:")[1].split("`")[0]
            await console.run(f"/partner leave pod:{pod}")
        await console.run("/partner pool join")
    out = await console.run(":as mona mod\n/partner match size:2")
    second = pods_from(out)
    assert len(second) == 2
    assert not set(first) & set(second)
    assert sorted(len(p) for p in second) == [2, 2]


async def test_match_is_for_moderators(console):
    await join_pool(console, {"alice": "UTC", "bob": "UTC"})
    out = await console.run(":as alice\n/partner match")
    assert out[-1].error and "moderators" in out[-1].text
    assert not pods_from(out)


async def test_pool_leave_means_not_matched(console):
    await join_pool(console, {"alice": "UTC", "bob": "UTC", "carol": "UTC"})
    await console.run(":as carol\n/partner pool leave")
    out = await console.run(":as mona mod\n/partner match")
    assert pods_from(out) == [frozenset({"alice", "bob"})]


def test_pod_sizes_stay_between_two_and_four():
    for n in range(0, 40):
        for size in (2, 3, 4):
            sizes = pod_sizes(n, size)
            assert sum(sizes) == (n if n >= 2 else 0)
            assert all(2 <= s <= 4 for s in sizes)


def test_form_pods_prefers_close_clocks_and_breaks_repeats():
    offsets = {1: 2.0, 2: -8.0, 3: 1.0, 4: -7.0, 5: 2.0, 6: -8.0}
    pods = form_pods(offsets, size=3)
    assert sorted(pods) == [[1, 3, 5], [2, 4, 6]]
    pods = form_pods(offsets, apart={(3, 1), (2, 4)}, size=3)
    assert sorted(len(p) for p in pods) == [3, 3]
    for pod in pods:
        assert not {(1, 3), (2, 4)} & {(a, b) for a in pod for b in pod if a < b}
    assert hours_apart(-11, 13) == 0


async def test_leave_tells_others_neutrally_and_closes_two_person_space(console):
    await console.agree("bob")
    await console.agree("alice")
    await console.run("/partner request @bob\n:as bob\n:click Accept")
    (space,) = console.adapter.spaces.values()
    out = await console.run(":as alice\n/partner leave @bob")
    note = next(o for o in out if o.kind == "dm")
    assert note.visible_to == ["bob"]
    assert note.text.startswith("alice has stepped away from your partnership.")
    assert space.closed
    assert out[-1].visible_to == ["alice"] and not out[-1].error
    assert (await console.say("/partner list")).text.startswith("No partners")
    out = await console.run("/partner leave @bob")
    assert out[-1].error and "aren't partners" in out[-1].text and "Usage:" not in out[-1].text


async def test_leaving_a_pod_of_three_keeps_the_space_open(console):
    await join_pool(console, {"alice": "UTC", "bob": "UTC", "carol": "UTC"})
    await console.run(":as mona mod\n/partner match")
    (space,) = console.adapter.spaces.values()
    assert sorted(space.members) == ["alice", "bob", "carol"]
    text = (await console.run(":as carol\n/partner list"))[-1].text
    pod = text.split("`pod:")[1].split("`")[0]
    out = await console.run(f"/partner leave pod:{pod}")
    dms = [o for o in out if o.kind == "dm"]
    assert sorted(o.to for o in dms) == ["alice", "bob"]
    assert all("stepped away from your pod" in o.text for o in dms)
    assert not space.closed
    out = await console.run("/partner leave pod:999")  # not a typing mistake: no usage line
    assert out[-1].error and "you're not in pod:999; `/partner list` shows yours" in out[-1].text
    assert "Usage:" not in out[-1].text
    out = await console.run("/partner leave 999")  # not a pod nor a member: a typing mistake
    assert out[-1].error and "Usage:" in out[-1].text


async def test_erasure_leaves_every_partnership(console):
    await console.agree("bob")
    await console.agree("alice")
    await console.run("/partner request @bob\n:as bob\n:click Accept")
    (space,) = console.adapter.spaces.values()
    out = await console.run(":as alice\n/haven delete confirm")
    assert any(o.kind == "dm" and o.visible_to == ["bob"] and "stepped away" in o.text for o in out)
    assert space.closed
    cog = console.app.registry.cogs["accountability"]
    community = await console.app.community(COMMUNITY)
    async with console.app.context(community, console.adapter) as ctx:
        bob = await ctx.find_member("bob")
        assert await ctx.find_member("alice") is None
        assert await cog.partners_of(ctx, bob) == []
        assert (await ctx.db.exec(select(PartnerRequest))).all() == []
        # only bob's own record of the (closed) partnership is left
        assert [r.member_id for r in (await ctx.db.exec(select(PodMember))).all()] == [bob.id]
        assert (await cog.stats(ctx)) == {"pods and partnerships": 0}


async def test_export_has_own_rows_only(console):
    await console.agree("bob")
    await console.agree("alice")
    await console.run("/partner request @bob\n:as bob\n:click Accept")
    out = await console.run(":as alice\n/haven export")
    data = read_json(out[-1].files[0])["accountability"]
    assert data["partnerships_and_pods"][0]["open"] is True
    assert data["requests"][0]["direction"] == "sent"
    assert "bob" not in json.dumps(data)


async def leave_pods_and_rejoin(console, users):
    for user in users:
        text = (await console.run(f":as {user}\n/partner list"))[-1].text
        if "`pod:" in text:  # the last of a pair finds it closed already
            pod = text.split("`pod:")[1].split("`")[0]
            await console.run(f"/partner leave pod:{pod}")
        await console.run("/partner pool join")


def told_no_new_pod(outputs) -> list[str]:
    return sorted(
        who
        for o in outputs
        if o.kind == "dm" and o.text.startswith("No new pod this week")
        for who in o.visible_to
    )


async def test_rounds_of_matching_never_regroup_pod_mates_and_say_so_when_none_is_left(console):
    zones = {"alice": "UTC", "bob": "UTC", "carol": "UTC", "dave": "UTC"}
    await join_pool(console, zones)
    seen: set[frozenset] = set()
    for _ in range(3):  # four people make exactly three rounds of new pairs
        out = await console.run(":as mona mod\n/partner match size:2")
        pods = pods_from(out)
        assert len(pods) == 2 and not told_no_new_pod(out)
        pairs = {frozenset(p) for p in pods}
        assert not pairs & seen
        seen |= pairs
        await leave_pods_and_rejoin(console, zones)
    out = await console.run(":as mona mod\n/partner match size:2")
    assert not pods_from(out)
    assert told_no_new_pod(out) == sorted(zones)
    note = next(o for o in out if o.kind == "dm")
    assert "everyone in the pool has already been in a pod with you" in note.text
    assert "`/partner pool leave`" in note.text
    assert "4 members stay in the pool" in out[-1].text
    listed = (await console.run(":as alice\n/partner list"))[-1].text
    assert "pod:" not in listed


async def test_a_member_is_never_matched_with_someone_they_declined(console):
    await join_pool(console, {"alice": "UTC", "bob": "UTC"})
    await console.run(":as bob\n/partner request @alice\n:as alice\n/partner decline @bob")
    out = await console.run(":as mona mod\n/partner match")
    assert not pods_from(out)
    assert told_no_new_pod(out) == ["alice", "bob"]
    for o in out:  # the decline stays private: nobody hears who or why
        assert "declin" not in o.text


async def test_a_member_is_never_matched_again_with_a_partner_they_left(console):
    await console.agree("bob")
    await console.agree("alice")
    await console.run("/partner request @bob\n:as bob\n:click Accept")
    await console.run(":as alice\n/partner leave @bob")
    console.clock.advance(timedelta(days=365))  # however long ago
    await console.run(":as alice\n/partner pool join\n:as bob\n/partner pool join")
    out = await console.run(":as mona mod\n/partner match")
    assert not pods_from(out) and told_no_new_pod(out) == ["alice", "bob"]


async def test_a_new_member_is_matched_with_the_one_left_over(console):
    await join_pool(console, {"alice": "UTC", "bob": "UTC"})
    await console.run(":as mona mod\n/partner match")
    await leave_pods_and_rejoin(console, ["alice", "bob"])
    await join_pool(console, {"carol": "UTC"})
    out = await console.run(":as mona mod\n/partner match")
    (pod,) = pods_from(out)
    assert "carol" in pod and len(pod) == 2
    (left_out,) = told_no_new_pod(out)
    assert left_out not in pod


def most_placeable(members: list[int], apart: set[tuple[int, int]]) -> int:
    """By brute force: the most members pods of two or three could hold."""
    if len(members) < 2:
        return 0
    first, rest = members[0], members[1:]
    best = most_placeable(rest, apart)
    for k in (1, 2):
        for mates in combinations(rest, k):
            group = (first, *mates)
            if any(tuple(sorted(p)) in apart for p in combinations(group, 2)):
                continue
            others = [m for m in rest if m not in mates]
            best = max(best, len(group) + most_placeable(others, apart))
    return best


def test_form_pods_over_many_rounds_never_repeats_a_pair_and_places_all_it_can():
    for people in (5, 6, 7, 8):
        offsets = {m: float(m % 3) for m in range(1, people + 1)}  # three zones
        apart: set[tuple[int, int]] = set()
        for _ in range(8):
            pods = form_pods(offsets, apart, size=3)
            pairs = {(a, b) for pod in pods for a in pod for b in pod if a < b}
            assert not pairs & apart
            assert all(2 <= len(p) <= 4 for p in pods)
            assert sum(map(len, pods)) == most_placeable(sorted(offsets), apart)
            apart |= pairs
        assert form_pods(offsets, apart, size=3) == []  # everyone has met everyone
