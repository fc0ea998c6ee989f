"""Forming pods from the pool: sizes of 2–4, people whose local hours are
close, and no one grouped again with someone they were with recently.

Pure arithmetic on (member id, UTC offset in hours); the cog supplies both and
the set of recent pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import combinations

from bot.clock import as_zone

MIN_POD, MAX_POD = 2, 4
REPEAT_PENALTY = 1000.0  # one repeated pair outweighs any time-zone spread


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
    recent: Iterable[tuple[int, int]] = (),
    size: int = 3,
) -> list[list[int]]:
    """Group members (ids → UTC offsets): close clocks first, repeats avoided.

    Start from the members sorted by offset, cut into pods, then swap members
    between pods while that lowers the cost (time-zone spread plus a large
    penalty per repeated pair). Deterministic for the same input.
    """
    recent = {pair_key(a, b) for a, b in recent}
    order = sorted(offsets, key=lambda m: (offsets[m], m))
    groups: list[list[int]] = []
    start = 0
    for n in pod_sizes(len(order), size):
        groups.append(order[start : start + n])
        start += n
    costs = [_cost(g, offsets, recent) for g in groups]
    improved = True
    while improved:
        improved = False
        for gi, gj in combinations(range(len(groups)), 2):
            for i in range(len(groups[gi])):
                for j in range(len(groups[gj])):
                    a, b = groups[gi], groups[gj]
                    new_a = [*a[:i], b[j], *a[i + 1 :]]
                    new_b = [*b[:j], a[i], *b[j + 1 :]]
                    ca, cb = _cost(new_a, offsets, recent), _cost(new_b, offsets, recent)
                    if ca + cb < costs[gi] + costs[gj] - 1e-9:
                        groups[gi], groups[gj] = new_a, new_b
                        costs[gi], costs[gj] = ca, cb
                        improved = True
    return [sorted(g) for g in groups]
