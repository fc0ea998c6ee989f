"""Forming pods from the pool: sizes of 2–4, people whose local hours are
close, and no one grouped with someone they may not be grouped with (a past
pod-mate, someone they left or declined).

Pure arithmetic on (member id, UTC offset in hours); the cog supplies both and
the set of pairs kept apart. Members no grouping can place are left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import combinations

from bot.api import as_zone

MIN_POD, MAX_POD = 2, 4
REPEAT_PENALTY = 1000.0  # one kept-apart pair outweighs any time-zone spread
SEARCH_BUDGET = 20_000  # steps of the exact search for those the first pass left out


def utc_offset_hours(zone: str, now: datetime) -> float:
    offset = now.astimezone(as_zone(zone)).utcoffset()
    return offset.total_seconds() / 3600 if offset is not None else 0.0


def hours_apart(a: float, b: float) -> float:
    """How far apart two clocks are, around the day (UTC-11 and UTC+13 agree)."""
    diff = abs(a - b) % 24
    return min(diff, 24 - diff)


def pod_sizes(n: int, size: int = 3) -> list[int]:
    """Split ``n`` people into pods of 2–4, as near ``size`` as allowed."""
    if n < MIN_POD:
        return []
    lowest, highest = math.ceil(n / MAX_POD), n // MIN_POD
    count = min(max(round(n / size), lowest, 1), highest)
    base, extra = divmod(n, count)
    return [base + 1] * extra + [base] * (count - extra)


def pair_key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _cost(group: Sequence[int], offsets: dict[int, float], recent: set[tuple[int, int]]) -> float:
    total = 0.0
    for a, b in combinations(group, 2):
        total += hours_apart(offsets[a], offsets[b])
        if pair_key(a, b) in recent:
            total += REPEAT_PENALTY
    return total


def form_pods(
    offsets: dict[int, float],
    apart: Iterable[tuple[int, int]] = (),
    size: int = 3,
) -> list[list[int]]:
    """Group members (ids → UTC offsets): close clocks first, and never a pair
        in ``apart`` in the same pod. Members who cannot be placed are left out.

        Start from the members sorted by offset, cut into pods, then swap members
        between pods while that lowers the cost (time-zone spread plus a large
        penalty per kept-apart pair). Pods still holding such a pair give up
        members until they hold none; those are grouped among themselves by an
        exhaustive search (most members placed), and the rest join a pod with
        room where nobody is kept apart from them. If someone is still left out, the
    search runs over everyone, and wins if it places more. Deterministic.
    """
    apart = {pair_key(a, b) for a, b in apart}
    groups = _swapped(offsets, apart, size)
    spare: list[int] = []
    for group in groups:
        while any(pair_key(a, b) in apart for a, b in combinations(group, 2)):
            worst = max(group, key=lambda m: (_clashes(m, group, apart), m))
            group.remove(worst)
            spare.append(worst)
    spare += [m for g in groups if len(g) < MIN_POD for m in g]
    groups = [g for g in groups if len(g) >= MIN_POD]
    spare.sort(key=lambda m: (offsets[m], m))
    groups += _best_groups(spare, offsets, apart)
    placed = {m for g in groups for m in g}
    for member in (m for m in spare if m not in placed):
        fits = [
            g
            for g in groups
            if len(g) < MAX_POD and all(pair_key(member, o) not in apart for o in g)
        ]
        if fits:
            best = min(fits, key=lambda g: sum(hours_apart(offsets[member], offsets[o]) for o in g))
            best.append(member)
    if sum(map(len, groups)) < len(offsets):  # someone left out: could a regrouping place more?
        everyone = sorted(offsets, key=lambda m: (offsets[m], m))
        regrouped = _best_groups(everyone, offsets, apart)
        if sum(map(len, regrouped)) > sum(map(len, groups)):
            groups = regrouped
    return sorted(sorted(g) for g in groups)


def _clashes(member: int, group: list[int], apart: set[tuple[int, int]]) -> int:
    return sum(pair_key(member, o) in apart for o in group if o != member)


def _swapped(offsets: dict[int, float], apart: set[tuple[int, int]], size: int) -> list[list[int]]:
    order = sorted(offsets, key=lambda m: (offsets[m], m))
    groups: list[list[int]] = []
    start = 0
    for n in pod_sizes(len(order), size):
        groups.append(order[start : start + n])
        start += n
    costs = [_cost(g, offsets, apart) for g in groups]
    improved = True
    while improved:
        improved = False
        for gi, gj in combinations(range(len(groups)), 2):
            for i in range(len(groups[gi])):
                for j in range(len(groups[gj])):
                    a, b = groups[gi], groups[gj]
                    new_a = [*a[:i], b[j], *a[i + 1 :]]
                    new_b = [*b[:j], a[i], *b[j + 1 :]]
                    ca, cb = _cost(new_a, offsets, apart), _cost(new_b, offsets, apart)
                    if ca + cb < costs[gi] + costs[gj] - 1e-9:
                        groups[gi], groups[gj] = new_a, new_b
                        costs[gi], costs[gj] = ca, cb
                        improved = True
    return groups


def _best_groups(
    members: list[int], offsets: dict[int, float], apart: set[tuple[int, int]]
) -> list[list[int]]:
    """Pairs and threes of ``members`` with nobody kept apart, placing as many
    as possible (any larger pod splits into these, so none is missed), nearer
    clocks tried first. Exhaustive within :data:`SEARCH_BUDGET` steps."""

    def ok(a: int, b: int) -> bool:
        return pair_key(a, b) not in apart

    best: list[list[int]] = []
    best_placed = 0
    steps = 0

    def search(rest: list[int], chosen: list[list[int]], placed: int) -> None:
        nonlocal best, best_placed, steps
        steps += 1
        if placed > best_placed:
            best, best_placed = [list(g) for g in chosen], placed
        if steps > SEARCH_BUDGET or placed + len(rest) <= best_placed or len(rest) < MIN_POD:
            return
        first, others = rest[0], rest[1:]
        near = sorted(
            (o for o in others if ok(first, o)),
            key=lambda o: (hours_apart(offsets[first], offsets[o]), o),
        )
        for mate in near:
            left = [o for o in others if o != mate]
            for third in [o for o in left if ok(first, o) and ok(mate, o)] + [None]:
                if steps > SEARCH_BUDGET:
                    return
                group = [first, mate] if third is None else [first, mate, third]
                remaining = [o for o in left if o != third]
                search(remaining, [*chosen, group], placed + len(group))
        search(others, chosen, placed)

    search(members, [], 0)
    return best
