"""Abuse limits for actions that notify other members (partner requests, SOS,
RSVP changes): at most ``times`` actions per ``per``, and a refusal that says
when to try again.

Nothing is stored here. A cog counts the rows it already keeps — one row per
action (:meth:`Limit.retry_at` over their times) or a small counter on an
existing row (:meth:`Limit.spend`) — so a limit holds across restarts and
instances without a table of its own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from babel.dates import format_timedelta

from bot import i18n
from bot.errors import TooSoon as TooSoon  # re-exported: errors live in bot.errors


@dataclass(frozen=True)
class Limit:
    times: int
    per: timedelta

    def retry_at(self, recent: Iterable[datetime], now: datetime) -> datetime | None:
        """Sliding window over the times of earlier actions: None when one more
        is allowed now, else the moment the oldest one counted leaves the window."""
        inside = sorted(t for t in recent if t > now - self.per)
        if len(inside) < self.times:
            return None
        return inside[-self.times] + self.per

    def spend(self, started: datetime | None, used: int, now: datetime) -> tuple[datetime, int]:
        """One more action against a counter kept on a row: ``(started, used)`` is
        the current window (None: none yet). Returns the window to store, or raises
        :class:`TooSoon` when ``times`` actions were already spent in it."""
        if started is None or now >= started + self.per:
            return now, 1
        if used >= self.times:
            raise TooSoon(started + self.per)
        return started, used + 1


def wait_words(retry_at: datetime, now: datetime, locale: str = i18n.ENGLISH) -> str:
    """``in 4 minutes`` (``dans 4 minutes``) — the wait rounded up, so trying
    then always works: minutes under an hour, hours under two days, else days,
    as ``locale`` says them (Babel's CLDR words; English by default)."""
    seconds = max((retry_at - now).total_seconds(), 0)
    minutes = max(math.ceil(seconds / 60), 1)
    hours = math.ceil(minutes / 60)
    if minutes < 60:
        wait = timedelta(minutes=minutes)
        count = minutes
    elif hours < 48:
        wait, count = timedelta(hours=hours), hours
    else:
        count = math.ceil(hours / 24)
        wait = timedelta(days=count)
    # A threshold of the count itself keeps Babel on the unit chosen above
    # (a bigger unit holds fewer than ``count`` of it; this one exactly ``count``).
    return format_timedelta(
        wait, threshold=count, add_direction=True, locale=i18n.babel_locale(locale)
    )
