"""The injected clock and wall-time arithmetic."""

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.clock import VirtualClock, local_datetime


def test_virtual_clock_moves_only_forward():
    clock = VirtualClock(datetime(2026, 1, 1, tzinfo=UTC))
    clock.advance(timedelta(hours=5))
    assert clock.now() == datetime(2026, 1, 1, 5, tzinfo=UTC)
    with pytest.raises(ValueError, match="backwards"):
        clock.set(datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="time zone"):
        clock.set(datetime(2026, 2, 1))


def test_today_is_the_members_local_date():
    clock = VirtualClock(datetime(2026, 11, 21, 11, 30, tzinfo=UTC))
    assert clock.today("Pacific/Kiritimati") == date(2026, 11, 22)  # UTC+14
    assert clock.today("Etc/GMT+12") == date(2026, 11, 20)  # UTC-12


def test_local_wall_times_across_dst():
    # the skipped hour reads forward: 03:30 on spring-forward night is 04:30 EEST
    assert local_datetime(date(2026, 3, 29), 3, 30, "Europe/Helsinki") == datetime(
        2026, 3, 29, 1, 30, tzinfo=UTC
    )
    # the repeated hour resolves to its first occurrence
    assert local_datetime(date(2026, 10, 25), 3, 30, "Europe/Helsinki") == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    assert local_datetime(date(2026, 7, 1), 9, 0, "America/New_York") == datetime(
        2026, 7, 1, 13, 0, tzinfo=UTC
    )
