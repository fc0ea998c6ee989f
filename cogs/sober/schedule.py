"""Milestone jobs: one date job per upcoming milestone of each ongoing run.

Only the next milestone of a run is scheduled; its handler schedules the one
after. Each job's ``once_key`` names the run, its start date and the milestone,
so the ledger lets it fire once whatever happens — restarts, two instances, the
counting convention changed — while a corrected start date brings the
milestones it promises (a week from the new start is a new week). A long
grace means a milestone passed while Haven was down is still congratulated,
once, late.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from apscheduler.triggers.date import DateTrigger

from bot.clock import local_datetime
from bot.config import Settings
from bot.models import Community, Member
from bot.scheduler import LOOKBACK, JobSpec

from .days import Milestone, due_milestones
from .models import DEFAULT_MORNING, SoberPrefs, SoberRun

KIND = "sober:milestone"
GRACE = timedelta(days=3)  # milestones are at least 6 days apart; keep below that


def zone_for(member: Member, community: Community, settings: Settings) -> str:
    """The member's zone as :attr:`bot.context.Context.zone` reads it."""
    return member.timezone or community.settings.get("timezone") or settings.default_timezone


def morning_of(prefs: SoberPrefs | None) -> time:
    hour, minute = map(int, (prefs.morning if prefs else DEFAULT_MORNING).split(":"))
    return time(hour, minute)


def count_from_of(prefs: SoberPrefs | None) -> int:
    return prefs.count_from if prefs else 0


def job_id(run_id: int, code: str) -> str:
    return f"sober:ms:{run_id}:{code}"


def tomorrow_starts(today: date, zone: str) -> datetime:
    """Local midnight after ``today``: a start set today acknowledges today's
    milestone in its reply, so only later ones are sent."""
    return local_datetime(today + timedelta(days=1), 0, 0, zone)


def milestone_spec(
    run: SoberRun, milestone: Milestone, at: datetime, reached: str, run_date: datetime
) -> JobSpec:
    """The job for one milestone; ``at`` is when it was due (the member's
    morning), ``run_date`` when to run it (later if it is being caught up)."""
    key = job_id(run.id, milestone.code)
    return JobSpec(
        job_id=key,
        kind=KIND,
        trigger=DateTrigger(run_date=run_date),
        community_id=run.community_id,
        member_id=run.member_id,
        payload={
            "run_id": run.id,
            "code": milestone.code,
            "date": reached,
            "at": at.isoformat(),
        },
        grace=GRACE,
        once_key=f"{key}:{run.start_date.isoformat()}",
    )


def specs_for_run(
    run: SoberRun, prefs: SoberPrefs | None, zone: str, now: datetime, *, catch_up: bool
) -> list[JobSpec]:
    """The jobs an ongoing run implies now.

    ``catch_up`` (start-up) keeps a milestone missed within the grace window at
    its own time, so the scheduler congratulates it late — but the scheduler's
    catch-up looks back only ``LOOKBACK`` (a day), whatever a job's grace, so an
    older one is due now instead (the handler still sees it is late from
    ``payload["at"]``). From a command, such a milestone (say the member
    switched to counting from one) is due at once, and is not late.
    """
    count_from = count_from_of(prefs)
    found = due_milestones(
        run.start_date,
        zone,
        morning_of(prefs),
        count_from,
        not_before=max(now - GRACE, run.milestones_after),
        now=now,
    )
    specs = []
    for milestone, at in found:
        reached = milestone.reached_on(run.start_date, count_from).isoformat()
        if at >= now:
            specs.append(milestone_spec(run, milestone, at, reached, at))
        elif catch_up:
            run_date = at if now - at < LOOKBACK else now
            specs.append(milestone_spec(run, milestone, at, reached, run_date))
        else:
            specs.append(milestone_spec(run, milestone, now, reached, now))
    return specs


def is_run_job(spec: JobSpec, run_id: int) -> bool:
    return spec.kind == KIND and spec.payload.get("run_id") == run_id
