"""The one source of "now" in Haven.

Everything that needs the time receives a :class:`Clock`. Production uses
:class:`SystemClock`; tests and the console use :class:`VirtualClock`, which only
moves when told to, so scheduled work can be watched without waiting.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo


class Clock:
    """Tells the current instant as an aware UTC datetime."""

    def now(self) -> datetime:  # pragma: no cover - interface
        raise NotImplementedError

    @property
    def virtual(self) -> bool:
        return False

    def today(self, zone: str | ZoneInfo) -> date:
        """The calendar date right now in ``zone``."""
        return self.now().astimezone(as_zone(zone)).date()


class SystemClock(Clock):
    def now(self) -> datetime:
        return datetime.now(UTC)


class VirtualClock(Clock):
    """A clock that moves only forward, and only when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = _require_aware(start).astimezone(UTC)

    @property
    def virtual(self) -> bool:
        return True

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        when = _require_aware(when).astimezone(UTC)
        if when < self._now:
            raise ValueError(
                f"the clock never goes backwards: {when.isoformat()} is before "
                f"{self._now.isoformat()}"
            )
        self._now = when

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("the clock never goes backwards")
        self._now += delta


def as_zone(zone: str | ZoneInfo) -> ZoneInfo:
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)


def _require_aware(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("times must carry a time zone (for example 2026-03-28T09:00:00+02:00)")
    return when


def local_datetime(day: date, hour: int, minute: int, zone: str | ZoneInfo) -> datetime:
    """The instant of ``day`` at ``hour:minute`` wall-clock time in ``zone``.

    A wall time that does not exist (the skipped DST hour) moves forward by the
    gap, the way people read it ("02:30" on spring-forward night is 03:30). A
    repeated wall time resolves to its first occurrence (fold=0).
    """
    # PEP 495: fold=0 reads a gap time with the offset from before the jump,
    # which lands after it, and picks the first of two repeated times.
    wall = datetime(day.year, day.month, day.day, hour, minute, tzinfo=as_zone(zone), fold=0)
    return wall.astimezone(UTC)
