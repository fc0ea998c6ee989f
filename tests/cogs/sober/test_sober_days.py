"""Day arithmetic: whole local days, calendar months, DST, leap days, far zones."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cogs.sober.days import (
    Milestone,
    add_months,
    days_sober,
    due_milestones,
    duration,
    following,
    local_today,
    milestone_at,
    milestones,
    next_milestone,
    parse_milestone,
    span,
)

HEL = "Europe/Helsinki"
NYC = "America/New_York"


def days_at(start: date, instant: datetime, zone: str, count_from: int = 0) -> int:
    return days_sober(start, local_today(instant, zone), count_from)


@pytest.mark.parametrize("zone", [HEL, NYC, "UTC", "Asia/Kolkata"])
def test_a_year_shows_365_days_on_the_local_anniversary_whatever_the_utc_hour(zone):
    start = date(2025, 11, 21)
    local_midnight = datetime(2026, 11, 21, tzinfo=ZoneInfo(zone))
    for minutes in range(0, 24 * 60, 30):
        instant = (local_midnight + timedelta(minutes=minutes)).astimezone(UTC)
        assert days_at(start, instant, zone) == 365
    assert str(span(start, date(2026, 11, 21))) == "1 year"


def test_helsinki_spring_forward_night_is_one_day():
    # Clocks go 03:00 -> 04:00 on 2026-03-29 in Helsinki: a 23-hour day.
    start = date(2026, 3, 28)
    just_before = datetime(2026, 3, 28, 23, 59, tzinfo=ZoneInfo(HEL))
    after_midnight = datetime(2026, 3, 29, 0, 1, tzinfo=ZoneInfo(HEL))
    end_of_short_day = datetime(2026, 3, 29, 23, 59, tzinfo=ZoneInfo(HEL))
    assert days_at(start, just_before, HEL) == 0
    assert days_at(start, after_midnight, HEL) == 1
    assert days_at(start, end_of_short_day, HEL) == 1
    assert days_at(start, end_of_short_day + timedelta(minutes=2), HEL) == 2
    # The 1-day milestone is at 09:00 summer time: 06:00 UTC, not 07:00.
    at = milestone_at(Milestone(1, "d"), start, HEL, time(9))
    assert at == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)


def test_helsinki_fall_back_keeps_the_morning_at_nine_local():
    # 2026-10-25 04:00 -> 03:00 in Helsinki: a 25-hour day.
    start = date(2026, 10, 18)
    at = milestone_at(Milestone(7, "d"), start, HEL, time(9))
    assert at.astimezone(ZoneInfo(HEL)).hour == 9
    assert at == datetime(2026, 10, 25, 7, 0, tzinfo=UTC)  # EET, +02:00
    late_in_long_day = datetime(2026, 10, 25, 23, 30, tzinfo=ZoneInfo(HEL))
    assert days_at(start, late_in_long_day, HEL) == 7


def test_new_york_dst_changes_and_evenings_after_utc_midnight():
    start = date(2026, 3, 7)
    # 2026-03-08: 02:00 -> 03:00 in New York.
    assert days_at(start, datetime(2026, 3, 8, 23, 59, tzinfo=ZoneInfo(NYC)), NYC) == 1
    assert days_at(start, datetime(2026, 3, 9, 0, 0, tzinfo=ZoneInfo(NYC)), NYC) == 2
    # 22:30 in New York is already the next day in UTC; the count follows New York.
    evening = datetime(2026, 11, 21, 22, 30, tzinfo=ZoneInfo(NYC))
    assert evening.astimezone(UTC).date() == date(2026, 11, 22)
    assert days_at(date(2025, 11, 21), evening, NYC) == 365
    # 2026-11-01: 02:00 -> 01:00; the 30-day mark still comes at 09:00 local.
    at = milestone_at(Milestone(30, "d"), date(2026, 10, 5), NYC, time(9))
    assert at == datetime(2026, 11, 4, 14, 0, tzinfo=UTC)  # EST, -05:00


def test_a_start_on_leap_day():
    start = date(2024, 2, 29)
    assert days_sober(start, date(2025, 2, 28)) == 365
    assert str(span(start, date(2025, 2, 28))) == "1 year"
    assert str(span(start, date(2025, 3, 1))) == "1 year and 1 day"
    assert str(span(start, date(2028, 2, 29))) == "4 years"
    assert Milestone(1, "y").reached_on(start) == date(2025, 2, 28)
    assert Milestone(6, "m").reached_on(start) == date(2024, 8, 29)
    assert Milestone(18, "m").reached_on(start) == date(2025, 8, 29)
    assert Milestone(4, "y").reached_on(start) == date(2028, 2, 29)
    assert Milestone(30, "d").reached_on(start) == date(2024, 3, 30)
    assert next_milestone(start, date(2024, 3, 30)).code == "60d"


def test_members_at_utc_minus_12_and_plus_14_see_different_days_at_one_instant():
    instant = datetime(2026, 11, 21, 11, 0, tzinfo=UTC)
    start = date(2025, 11, 21)
    far_west, far_east = "Etc/GMT+12", "Pacific/Kiritimati"
    assert local_today(instant, far_west) == date(2026, 11, 20)
    assert local_today(instant, far_east) == date(2026, 11, 22)
    assert days_at(start, instant, far_west) == 364
    assert days_at(start, instant, far_east) == 366
    # Each gets the year milestone at their own 09:00: 26 hours apart.
    west = milestone_at(Milestone(1, "y"), start, far_west, time(9))
    east = milestone_at(Milestone(1, "y"), start, far_east, time(9))
    assert west - east == timedelta(hours=26)


def test_calendar_months_clamp_to_the_end_of_shorter_months():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 31), 13) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert str(span(date(2024, 1, 31), date(2024, 2, 29))) == "1 month"
    assert str(span(date(2025, 1, 2), date(2026, 11, 21))) == "1 year, 10 months and 19 days"
    assert str(span(date(2026, 11, 21), date(2026, 11, 21))) == "0 days"


def test_counting_the_start_day_as_day_one_moves_every_figure_together():
    start = date(2026, 11, 1)
    assert days_sober(start, start) == 0
    assert days_sober(start, start, count_from=1) == 1
    assert Milestone(1, "d").reached_on(start, 1) == start
    assert Milestone(30, "d").reached_on(start, 1) == date(2026, 11, 30)
    assert days_sober(start, date(2026, 11, 30), 1) == 30
    assert Milestone(1, "y").reached_on(start, 1) == date(2027, 10, 31)
    assert str(span(start, date(2027, 10, 31), 1)) == "1 year"


def test_milestone_sequence_and_names():
    first = [m for m, _ in zip(milestones(), range(12), strict=False)]
    assert [m.code for m in first] == [
        "1d", "7d", "30d", "60d", "90d", "6m", "9m", "1y", "18m", "2y", "3y", "4y",
    ]  # fmt: skip
    assert [m.label for m in first[:3]] == ["1 day", "1 week", "30 days"]
    assert Milestone(90, "d").chip_text == ("90", "DAYS")
    assert following(Milestone(18, "m")) == Milestone(2, "y")
    assert following(Milestone(1, "d")) == Milestone(7, "d")
    assert parse_milestone("90D") == Milestone(90, "d")
    assert parse_milestone("5y") == Milestone(5, "y")
    for bad in ("", "2d", "1m", "0y", "y", "12", "90 days"):
        assert parse_milestone(bad) is None


def test_due_milestones_give_a_missed_one_within_grace_and_the_next():
    start = date(2026, 11, 1)
    now = datetime(2026, 11, 9, 12, 0, tzinfo=UTC)  # the week mark was 2026-11-08 09:00
    found = due_milestones(start, "UTC", time(9), 0, not_before=now - timedelta(days=3), now=now)
    assert [(m.code, at.date()) for m, at in found] == [
        ("7d", date(2026, 11, 8)), ("30d", date(2026, 12, 1)),
    ]  # fmt: skip
    found = due_milestones(start, "UTC", time(9), 0, not_before=now, now=now)
    assert [m.code for m, _ in found] == ["30d"]


def test_durations_read_in_weeks_until_sixty_days_then_calendar_months():
    # 29 days across February: never "1 month and 1 day" before the 30-day mark.
    assert duration(date(2026, 2, 1), date(2026, 3, 2)) == "4 weeks and 1 day"
    assert duration(date(2026, 2, 1), date(2026, 3, 2), 1) == "4 weeks and 2 days"
    assert duration(date(2026, 11, 14), date(2026, 11, 21)) == "1 week"
    assert duration(date(2026, 11, 18), date(2026, 11, 21)) == "3 days"
    assert duration(date(2026, 1, 1), date(2026, 3, 1)) == "8 weeks and 3 days"  # 59 days
    assert duration(date(2026, 1, 1), date(2026, 3, 2)) == "2 months and 1 day"  # 60 days
    assert duration(date(2025, 1, 2), date(2026, 11, 21)) == "1 year, 10 months and 19 days"


async def test_show_reads_weeks_before_two_months(console):
    await console.agree("alice")
    await console.run(":at 2027-03-02T12:00:00+00:00\n/sober set 2027-02-01")
    show = (await console.say("/sober show")).text
    assert "**29 days** (4 weeks and 1 day) since February 1, 2027" in show
