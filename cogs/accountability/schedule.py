"""The accountability jobs, one of each per community: weekly pod matching at
a moderator-chosen local time, and the daily scan for quiet members (see
:mod:`.signals`); one per unanswered SOS alert, the no-answer check; and one
per partner told of a quiet member's gap, the nudge.

Both run in the community's zone (its ``timezone`` setting, else Haven's
default) and are keyed by local date (``daily_in``), so a DST fall-back never
runs them twice in a day. The zone is captured in the job; the handlers rebuild
the job when the community's zone or schedule has changed since.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger

from bot.api import Community, CommunitySettings, JobSpec, setting

from .models import SosAlert

MATCH_KIND = "partner:match"
QUIET_KIND = "partner:quiet"
SOS_CHECK_KIND = "partner:soscheck"
NUDGE_KIND = "partner:nudge"
#: A partner's nudge is still news this long after it first fell due (it may
#: wait through the partner's quiet hours; a held one keeps this grace).
NUDGE_GRACE = timedelta(days=1)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
QUIET_AT = (10, 0)  # the quiet-member scan runs at 10:00 in the community's zone


def runnable(plan: dict[str, Any]) -> bool:
    """A stored plan the match job can follow: a day, an ``HH:MM`` time, a size."""
    try:
        hour, minute = map(int, plan["at"].split(":"))
    except (KeyError, ValueError, AttributeError):
        return False
    size = plan.get("size", 3)
    in_day = 0 <= hour < 24 and 0 <= minute < 60
    return plan.get("day") in DAYS and in_day and isinstance(size, int) and size > 1


class PodSettings(CommunitySettings, namespace="accountability"):
    """``/partner schedule``: when the pool is matched into pods, and their size
    (``{"day": "mon", "at": "18:00", "size": 3}``); None: only by hand."""

    pod_matching: dict[str, Any] | None = setting(None, check=runnable)


def match_job_id(community_id: int) -> str:
    return f"partner:match:{community_id}"


def quiet_job_id(community_id: int) -> str:
    return f"partner:quietscan:{community_id}"


def match_spec(community_id: int, plan: dict[str, Any], zone: str) -> JobSpec:
    hour, minute = map(int, plan["at"].split(":"))
    return JobSpec(
        job_id=match_job_id(community_id),
        kind=MATCH_KIND,
        trigger=CronTrigger(day_of_week=plan["day"], hour=hour, minute=minute, timezone=zone),
        community_id=community_id,
        payload={"zone": zone, "plan": dict(plan)},
        daily_in=zone,
    )


def quiet_spec(community_id: int, zone: str) -> JobSpec:
    hour, minute = QUIET_AT
    return JobSpec(
        job_id=quiet_job_id(community_id),
        kind=QUIET_KIND,
        trigger=CronTrigger(hour=hour, minute=minute, timezone=zone),
        community_id=community_id,
        payload={"zone": zone},
        daily_in=zone,
    )


def specs_for(
    community: Community, plan: dict[str, Any] | None, zone: str, quiet: bool
) -> list[JobSpec]:
    """The jobs a community should have at start-up, in its ``zone`` (the
    community's, never a member's: a moderator's own zone must not leak in)."""
    specs = []
    if plan:
        specs.append(match_spec(community.id, plan, zone))
    if quiet:
        specs.append(quiet_spec(community.id, zone))
    return specs


def nudge_spec(
    community_id: int, gap_key: str, member_id: int, last: date, partner_id: int, at: datetime
) -> JobSpec:
    """One partner's nudge about one gap (``gap_key``, see :mod:`.signals`),
    due at ``at``: a job of the partner's, so it waits through their quiet hours."""
    return JobSpec(
        f"{NUDGE_KIND}:{member_id}:{last.isoformat()}:{partner_id}",
        NUDGE_KIND,
        DateTrigger(run_date=at),
        community_id,
        member_id=partner_id,
        payload={"member": member_id, "last": last.isoformat()},
        grace=NUDGE_GRACE,
        once_key=f"{gap_key}:{partner_id}",
        run_if_past=True,
    )


def sos_check_spec(alert: SosAlert, minutes: int) -> JobSpec:
    """The no-answer check of one SOS alert, ``minutes`` after it went out."""
    job_id = f"{SOS_CHECK_KIND}:{alert.id}"
    return JobSpec(
        job_id,
        SOS_CHECK_KIND,
        DateTrigger(run_date=alert.at + timedelta(minutes=minutes)),
        alert.community_id,
        member_id=alert.member_id,
        payload={"alert": alert.id},
        once_key=job_id,
    )
