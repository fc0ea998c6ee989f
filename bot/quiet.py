"""When a member does not want to hear from Haven: their quiet hours
(``/haven quiet 22:00-07:30``, in their own zone) and, on Slack, Do Not Disturb.

:func:`quiet_until` answers "is now quiet for this member, and until when?";
:mod:`bot.holding` uses it to let non-urgent DMs wait.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot import i18n
from bot.clock import as_zone

RANGE_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
EXAMPLE = "/haven quiet 22:00-07:30"


@dataclass(frozen=True)
class QuietHours:
    """A daily window of local wall-clock time; it may run past midnight."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str, locale: str = i18n.ENGLISH) -> QuietHours:
        """``HH:MM-HH:MM``; ValueError with a reason for anything else, said
        in ``locale`` (a member's typing: their language)."""
        match = RANGE_RE.match(text or "")
        if not match:
            raise ValueError(i18n.translate(locale, "quiet-hours-shape", example="22:00-07:30"))
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise ValueError(i18n.translate(locale, "quiet-hours-range"))
        if (h1, m1) == (h2, m2):
            raise ValueError(i18n.translate(locale, "quiet-hours-same"))
        return cls(time(h1, m1), time(h2, m2))

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def end_after(self, now: datetime, zone: str) -> datetime | None:
        """When the window ``now`` falls in ends (UTC), or None outside it.

        Wall-clock times on the member's own calendar: on a DST day the window
        is an hour longer or shorter in real time, and an end that falls in the
        hour a spring-forward skips comes when the clock shows it an hour on."""
        tz = as_zone(zone)
        local = now.astimezone(tz)
        at = local.time().replace(tzinfo=None)
        day = local.date()
        if self.start < self.end:
            inside = self.start <= at < self.end
            end_day = day
        elif at >= self.start:
            inside, end_day = True, day + timedelta(days=1)
        else:
            inside, end_day = at < self.end, day
        if not inside:
            return None
        return _wall(end_day, self.end, tz)


def _wall(day: date, at: time, tz) -> datetime:
    """The instant a wall clock in ``tz`` shows ``at`` on ``day``: the first
    time on a fall-back day; on a spring-forward day a skipped time counts with
    the offset before the change (02:30 that never shows is 03:30)."""
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)


def parse(text: str | None) -> QuietHours | None:
    """A stored ``member.quiet_hours`` value (None: none set)."""
    return QuietHours.parse(text) if text else None


@dataclass(frozen=True)
class DoNotDisturb:
    """A member's Do Not Disturb as the platform reported it: a scheduled window
    (``start``–``end``) and/or a snooze until ``snooze_end``."""

    start: datetime | None = None
    end: datetime | None = None
    snooze_end: datetime | None = None

    def end_after(self, now: datetime) -> datetime | None:
        ends = []
        if self.start is not None and self.end is not None and self.start <= now < self.end:
            ends.append(self.end)
        if self.snooze_end is not None and now < self.snooze_end:
            ends.append(self.snooze_end)
        return max(ends) if ends else None
