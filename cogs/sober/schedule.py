"""Milestone jobs: one date job per upcoming milestone of each ongoing run.

A run declares its next milestone (and one just missed, within the grace);
when one has been sent the engine asks again and the run declares the one
after. Each job's ``once_key`` names the run, its start date and the milestone,
so the ledger lets it fire once whatever happens — restarts, two instances, the
counting convention changed — while a corrected start date brings the
milestones it promises (a week from the new start is a new week). A long
grace means a milestone passed while Haven was down is still congratulated,
once, late; one that a change (counting from one) makes due is sent at once.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from apscheduler.triggers.date import DateTrigger

from bot.api import JobSpec, local_datetime

from .days import Milestone, due_milestones
from .models import DEFAULT_MORNING, SoberPrefs, SoberRun

KIND = "sober:milestone"
GRACE = timedelta(days=3)  # milestones are at least 6 days apart; keep below that


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


def milestone_spec(run: SoberRun, milestone: Milestone, at: datetime, reached: str) -> JobSpec:
    """The job for one milestone, due at ``at`` (the member's morning)."""
    key = job_id(run.id, milestone.code)
    return JobSpec(
        job_id=key,
        kind=KIND,
        trigger=DateTrigger(run_date=at),
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
        run_if_past=True,
    )


def specs_for_run(
    run: SoberRun, prefs: SoberPrefs | None, zone: str, now: datetime
) -> list[JobSpec]:
    """The jobs an ongoing run implies now: its next milestone, and one missed
    within the grace window (sent late if Haven was down at its time; at once
    if a change — counting from one — made it due)."""
    count_from = count_from_of(prefs)
    found = due_milestones(
        run.start_date,
        zone,
        morning_of(prefs),
        count_from,
        not_before=max(now - GRACE, run.milestones_after),
        now=now,
    )
    return [
        milestone_spec(
            run, milestone, at, milestone.reached_on(run.start_date, count_from).isoformat()
        )
        for milestone, at in found
    ]
