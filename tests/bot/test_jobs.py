"""A job's ledger key per occurrence: the key exactly-once rests on, so it
must read as every earlier Haven wrote it (a process of the previous version
and one of this may share a database during a rolling restart)."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.jobs import JobSpec

WHENS = [
    datetime(2026, 12, 3, 9, 15, tzinfo=UTC),
    datetime(2026, 12, 3, 9, 15, 59, 999999, tzinfo=UTC),  # seconds are not in it
    datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # after DST began
    datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York")),  # the repeat
    datetime(2027, 1, 1, 0, 5, tzinfo=timezone(timedelta(hours=14))),  # yesterday in UTC
]


def spec(**kwargs) -> JobSpec:
    return JobSpec("checkins:prompt:7", "checkins:prompt", CronTrigger(hour=21), 1, **kwargs)


def test_an_occurrence_is_keyed_by_its_minute_in_utc():
    keys = [spec().key_for(when) for when in WHENS]
    assert keys == [
        "checkins:prompt:7@2026-12-03T09:15Z",
        "checkins:prompt:7@2026-12-03T09:15Z",
        "checkins:prompt:7@2026-03-29T01:30Z",
        "checkins:prompt:7@2026-11-01T06:30Z",
        "checkins:prompt:7@2026-12-31T10:05Z",
    ]
    assert keys == [f"checkins:prompt:7@{w.astimezone(UTC):%Y-%m-%dT%H:%MZ}" for w in WHENS]


def test_daily_work_is_keyed_by_its_day_where_the_member_is():
    daily = spec(daily_in="Pacific/Auckland")
    assert daily.key_for(WHENS[0]) == "checkins:prompt:7@2026-12-03"  # 22:15 there
    assert daily.key_for(datetime(2026, 12, 3, 11, 0, tzinfo=UTC)) == "checkins:prompt:7@2026-12-04"
    assert spec(once_key="welcome:7").key_for(WHENS[0]) == "welcome:7"
