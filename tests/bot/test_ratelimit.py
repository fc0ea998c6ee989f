"""The shared rate limiter: processes on one database never exceed a bucket's
rate together, and a Retry-After holds every one of them back.

Each "process" is its own :class:`Database` engine (own connections) on one
SQLite file or one PostgreSQL database, with its own :class:`RateLimiter`.
Assertions are on the slots handed out (Unix seconds), not on durations.
"""

from __future__ import annotations

import asyncio
import itertools

import pytest

from bot.clock import SystemClock, VirtualClock
from bot.db import Database
from bot.ratelimit import Rate, RateLimiter, wall_clock
from tests.conftest import START

KEY = ("discord", "global")


async def _processes(url: str, count: int = 2, *, migrate: bool = False) -> list[RateLimiter]:
    limiters = [RateLimiter(Database(url), SystemClock()) for _ in range(count)]
    if migrate:
        await limiters[0].db.upgrade()
    return limiters


async def _close(limiters: list[RateLimiter]) -> None:
    for limiter in limiters:
        await limiter.dispose()
        await limiter.db.dispose()


async def _burst(limiter: RateLimiter, rate: Rate, n: int) -> list[tuple[float, float]]:
    """``n`` concurrent senders in one process: (slot, when the sender went)."""

    async def one() -> tuple[float, float]:
        slot = await limiter.acquire(KEY, rate)
        return slot, limiter.now()

    return list(await asyncio.gather(*(one() for _ in range(n))))


def _assert_within_rate(sent: list[tuple[float, float]], rate: Rate) -> None:
    slots = sorted(slot for slot, _ in sent)
    gaps = [b - a for a, b in itertools.pairwise(slots)]
    assert min(gaps) >= rate.interval - 1e-6, "two processes were given overlapping slots"
    # …so no one-second window holds more than the rate
    for i, start in enumerate(slots):
        in_window = sum(1 for s in slots[i:] if s < start + 1.0)
        assert in_window <= rate.per_second
    assert all(went >= slot - 0.002 for slot, went in sent), "a sender went before its slot"


async def _two_processes_share_one_bucket(limiters: list[RateLimiter]) -> None:
    rate = Rate(per_second=40, batch=3)
    first, second = limiters
    sent_a, sent_b = await asyncio.gather(_burst(first, rate, 15), _burst(second, rate, 15))
    _assert_within_rate(sent_a + sent_b, rate)
    assert len(sent_a) == len(sent_b) == 15
    # batches: fewer statements than slots
    assert first.round_trips < 15 and second.round_trips < 15


async def test_two_processes_on_one_sqlite_file_stay_under_the_rate_together(db_url):
    limiters = await _processes(db_url)
    try:
        await _two_processes_share_one_bucket(limiters)
    finally:
        await _close(limiters)


async def test_two_processes_on_postgresql_stay_under_the_rate_together(pg_url):
    limiters = await _processes(pg_url, migrate=True)
    try:
        await _two_processes_share_one_bucket(limiters)
    finally:
        await _close(limiters)


async def _retry_after_holds_everyone_back(limiters: list[RateLimiter]) -> None:
    rate = Rate(per_second=4, batch=3)
    first, second = limiters
    went = await first.acquire(KEY, rate)
    queued = asyncio.create_task(_burst(first, rate, 2))
    await asyncio.sleep(0.05)  # both queue; the next slot is 0.25 s after the first
    until = await first.push(KEY, 0.5)  # the platform said 429, Retry-After 0.5
    other = await second.acquire(KEY, rate)
    sent = await queued
    assert other >= until - 1e-6
    assert all(slot >= until - 1e-6 for slot, _ in sent), "a queued sender ignored the 429"
    _assert_within_rate([*sent, (other, other), (went, went)], rate)


async def test_retry_after_pushes_every_process_back_sqlite(db_url):
    limiters = await _processes(db_url)
    try:
        await _retry_after_holds_everyone_back(limiters)
    finally:
        await _close(limiters)


async def test_retry_after_pushes_every_process_back_postgresql(pg_url):
    limiters = await _processes(pg_url, migrate=True)
    try:
        await _retry_after_holds_everyone_back(limiters)
    finally:
        await _close(limiters)


async def test_buckets_are_independent_and_a_lone_sender_does_not_wait(db_url):
    (limiter,) = await _processes(db_url, 1)
    try:
        slow = Rate(per_second=1)
        before = limiter.now()
        a = await limiter.acquire(("slack", "channel:C1"), slow)
        b = await limiter.acquire(("slack", "channel:C2"), slow)
        assert a < before + 0.5 and b < before + 0.5  # no wait across channels
        assert await limiter.prune(older_than=3600) == 0  # just used: kept
    finally:
        await _close([limiter])


def test_a_virtual_clock_is_replaced_by_the_wall_clock_for_waiting():
    assert isinstance(wall_clock(VirtualClock(START)), SystemClock)
    clock = SystemClock()
    assert wall_clock(clock) is clock
    with pytest.raises(ValueError):
        Rate(per_second=0)
