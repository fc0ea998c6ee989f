"""Abuse limits on what notifies other members (issue 9): partner requests,
SOS and RSVP changes are limited per member, and every refusal says when the
member can try again. RSVPs: tests/cogs/meetings/test_meetings_rsvp_limit.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cooldown import Limit, TooSoon, wait_words

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
TEN = timedelta(minutes=10)


def test_sliding_window_allows_n_then_names_the_moment_the_oldest_leaves():
    limit = Limit(times=3, per=TEN)
    times = [T0, T0 + timedelta(minutes=2), T0 + timedelta(minutes=5)]
    assert limit.retry_at(times[:2], T0 + timedelta(minutes=6)) is None
    assert limit.retry_at(times, T0 + timedelta(minutes=6)) == T0 + TEN
    assert limit.retry_at(times, T0 + TEN + timedelta(seconds=1)) is None  # T0 left the window


def test_counter_window_refuses_after_n_and_resets_after_the_period():
    limit = Limit(times=2, per=TEN)
    started, used = limit.spend(None, 0, T0)
    started, used = limit.spend(started, used, T0 + timedelta(minutes=1))
    assert (started, used) == (T0, 2)
    with pytest.raises(TooSoon) as refused:
        limit.spend(started, used, T0 + timedelta(minutes=3))
    assert refused.value.retry_at == T0 + TEN
    assert limit.spend(started, used, T0 + TEN) == (T0 + TEN, 1)


def test_wait_words_round_up_so_trying_then_works():
    assert wait_words(T0 + timedelta(minutes=3, seconds=1), T0) == "in 4 minutes"
    assert wait_words(T0 + timedelta(seconds=5), T0) == "in 1 minute"
    assert wait_words(T0, T0) == "in 1 minute"
    assert wait_words(T0 + timedelta(hours=2), T0) == "in 2 hours"
    assert wait_words(T0 + timedelta(days=7), T0) == "in 7 days"


@settings(max_examples=50, deadline=None)
@given(
    st.integers(min_value=1, max_value=6),
    st.lists(st.integers(min_value=0, max_value=3600), max_size=30),
)
def test_never_more_than_n_in_any_window(times, gaps):
    """Whatever a member tries, accepted actions never exceed the limit within
    any period, and a refusal's retry time is in the future."""
    limit = Limit(times=times, per=TEN)
    now, accepted = T0, []
    for gap in gaps:
        now += timedelta(seconds=gap)
        retry = limit.retry_at(accepted, now)
        if retry is None:
            accepted.append(now)
        else:
            assert retry > now
    for t in accepted:
        assert sum(t <= u < t + TEN for u in accepted) <= times


async def test_sos_refusal_says_when_and_still_gives_resources(console):
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run(":as alice\n/partner request @bob\n:as bob\n:click Accept\n:as alice")
    first = await console.run("/sos")
    assert [o.to for o in first if o.kind == "dm"] == ["bob"]
    again = await console.run(":advance 4m\n/sos")
    assert not [o for o in again if o.kind == "dm"]  # bob is not alerted twice
    refused = again[-1]
    assert refused.error and "you can send another" in refused.text
    assert "in 6 minutes" in refused.text  # the console renders <t:…:R> relative times
    assert "988" in again[0].text  # the helplines came first, as always


async def test_partner_request_refusals_say_when(console):
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run("/partner request @bob")
    repeat = await console.run("/partner request @bob")
    assert repeat[-1].error and not [o for o in repeat if o.kind == "dm"]
    await console.run(":as bob\n/partner decline @alice\n:as alice")
    out = await console.run(":advance 1d\n/partner request @bob")
    assert not [o for o in out if o.kind == "dm"]
    assert out[-1].error and "You can ask again from" in out[-1].text
    assert "28 Nov 2026" in out[-1].text  # seven days after the decline
