"""The check-in jobs: a daily prompt, an opt-in weekly summary and the "just
for today" pair — a morning pledge prompt and an evening review — per member.

Both run in the member's own zone (``CronTrigger(..., timezone=zone)``) and are
keyed by local date (``daily_in``), so the repeated hour of a DST fall-back
never fires twice. The zone is captured in the job; when the member changes
``/haven timezone`` the jobs are rebuilt at once (``member_zone_changed``), and
at fire time (see ``Checkins.prompt``) as a backstop.

Spreading: the scheduler fires due work one by one in time order, so prompts
due at the same minute go out sequentially and the adapters' rate limiters pace
them; nothing extra is done here.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from apscheduler.triggers.cron import CronTrigger

from bot.api import JobSpec

from .models import CheckinPrefs

PROMPT_KIND = "checkin:prompt"
WEEKLY_KIND = "checkin:weekly"
PLEDGE_KIND = "checkin:pledge"
REVIEW_KIND = "checkin:review"
WEEKLY_AT = (18, 0)  # the weekly summary comes at 18:00 local on the chosen day
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class LocalCron(CronTrigger):
    """A ``CronTrigger`` in the member's zone that hands back UTC instants.

    CronTrigger answers with wall-clock datetimes, and the second 03:30 of a
    fall-back night differs from the first only by ``fold``, which
    ``+ timedelta`` and same-zone comparisons ignore. UTC instants are never
    ambiguous, so "the next occurrence after this one" always moves forward.
    """

    def get_next_fire_time(self, previous_fire_time, now):
        when = super().get_next_fire_time(previous_fire_time, now)
        return None if when is None else when.astimezone(UTC)


def prompt_job_id(member_id: int) -> str:
    return f"checkin:prompt:{member_id}"


def weekly_job_id(member_id: int) -> str:
    return f"checkin:weekly:{member_id}"


#: Members who chose the same minute get their prompts spread across it, so a
#: busy 08:30 does not hit the platform's rate limits in one burst.
PROMPT_SPREAD = timedelta(seconds=60)


def daily_spec(kind: str, prefs: CheckinPrefs, at: str | None, zone: str) -> JobSpec | None:
    """A private prompt of ``kind`` every day at ``at`` ("HH:MM") in ``zone``,
    one per local day, spread across its minute."""
    if not at:
        return None
    hour, minute = map(int, at.split(":"))
    return JobSpec(
        job_id=f"{kind}:{prefs.member_id}",
        kind=kind,
        trigger=LocalCron(hour=hour, minute=minute, timezone=zone),
        community_id=prefs.community_id,
        member_id=prefs.member_id,
        payload={"zone": zone, "at": at},
        daily_in=zone,
        spread=PROMPT_SPREAD,
    )


def prompt_spec(prefs: CheckinPrefs, zone: str) -> JobSpec | None:
    return daily_spec(PROMPT_KIND, prefs, prefs.remind_at, zone)


def weekly_spec(prefs: CheckinPrefs, zone: str) -> JobSpec | None:
    if not prefs.weekly_day:
        return None
    hour, minute = WEEKLY_AT
    return JobSpec(
        job_id=weekly_job_id(prefs.member_id),
        kind=WEEKLY_KIND,
        trigger=LocalCron(day_of_week=prefs.weekly_day, hour=hour, minute=minute, timezone=zone),
        community_id=prefs.community_id,
        member_id=prefs.member_id,
        payload={"zone": zone, "day": prefs.weekly_day},
        daily_in=zone,
    )


def specs_for(prefs: CheckinPrefs, zone: str) -> list[JobSpec]:
    specs = (
        prompt_spec(prefs, zone),
        weekly_spec(prefs, zone),
        daily_spec(PLEDGE_KIND, prefs, prefs.pledge_at, zone),
        daily_spec(REVIEW_KIND, prefs, prefs.review_at, zone),
    )
    return [s for s in specs if s is not None]
