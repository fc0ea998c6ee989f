"""What the counters say, from ``locales/<locale>/sober.ftl``. Warm and never
competitive; a new start is a new start — no word here calls it failing.

Every function takes ``t``, the member's ``ctx.t``: a key and its arguments
in their language; the ones that show a date also take ``day``, the member's
``ctx.format_date``, so a date reads as their language writes it
("January 2, 2025", "2. Januar 2025")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bot.api import literal

from .days import WEEKS_UNTIL, Milestone, days_sober, next_milestone, span
from .models import DEFAULT_LABEL

#: Says a catalogue key with its arguments, in one language (``ctx.t``).
Say = Callable[..., str]
#: Writes a date as that language does (``ctx.format_date``).
Day = Callable[[date], str]

SHARE_KEYS = {
    "private": "sober-share-private",
    "named": "sober-share-named",
    "anonymous": "sober-share-anonymous",
}
ROLES_KEYS = {True: "sober-roles-on", False: "sober-roles-off"}
COUNT_KEYS = {0: "sober-count-from-zero", 1: "sober-count-from-one"}
_UNITS = {"d": "sober-days", "m": "sober-months", "y": "sober-years"}


def days_text(t: Say, n: int) -> str:
    return t("sober-days", count=n)


def together(t: Say, parts: list[str]) -> str:
    """One, two or three lengths as one: "1 year, 2 months and 3 days"."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return t("sober-two", first=parts[0], last=parts[1])
    return t("sober-three", first=parts[0], second=parts[1], last=parts[2])


def duration(t: Say, start: date, today: date, count_from: int = 0) -> str:
    """How long, in words (:func:`cogs.sober.days.duration`, in ``t``'s language)."""
    days = max(0, days_sober(start, today, count_from))
    if days >= WEEKS_UNTIL:
        found = span(start, today, count_from)
        units = (
            ("sober-years", found.years),
            ("sober-months", found.months),
            ("sober-days", found.days),
        )
    else:
        units = (("sober-weeks", days // 7), ("sober-days", days % 7))
    parts = [t(key, count=n) for key, n in units if n]
    return together(t, parts) if parts else t("sober-days", count=0)


def milestone_name(t: Say, milestone: Milestone) -> str:
    """ "90 days", "1 week", "2 years" in ``t``'s language."""
    if milestone.code == "7d":
        return t("sober-weeks", count=1)
    return t(_UNITS[milestone.unit], count=milestone.amount)


def chip_unit(t: Say, milestone: Milestone) -> str:
    """The chip's unit under the number: "DAYS", "WEEK", "YEARS"."""
    if milestone.code == "7d":
        return t("sober-chip-unit", unit="week", count=1)
    unit = {"d": "day", "m": "month", "y": "year"}[milestone.unit]
    return t("sober-chip-unit", unit=unit, count=milestone.amount)


def counter_summary(
    t: Say,
    day: Day,
    label: str,
    start: date,
    today: date,
    count_from: int,
    *,
    heading: bool = True,
) -> str:
    """``**alcohol**: **323 days** (10 months and 19 days) since January 2, 2025`` and
    the next milestone with the days left to it."""
    days = (today - start).days + count_from
    coming: Milestone = next_milestone(start, today, count_from)
    reached_on = coming.reached_on(start, count_from)
    left = (reached_on - today).days
    args: dict[str, Any] = {"days": days_text(t, days), "date": day(start)}
    if days >= 7:
        summary = t("sober-summary-long", duration=duration(t, start, today, count_from), **args)
    else:
        summary = t("sober-summary", **args)
    if heading:
        summary = t("sober-summary-named", label=counter_name(label, t), summary=summary)
    following = t(
        "sober-summary-next",
        milestone=milestone_name(t, coming),
        date=day(reached_on),
        left=left,
    )
    return f"{summary}\n  {following}"


def new_start(t: Say, day: Day, start: date, label: str, length: int | None) -> str:
    """The reply to a reset; ``length`` is the run it ends (None: it ended the
    same day it began, so the new start replaces it)."""
    args = {"date": day(start), "label": counter_name(label, t)}
    said = (
        t("sober-new-start-kept", days=length, **args) if length else t("sober-new-start", **args)
    )
    return f"{said}\n{t('sober-be-gentle')}"


def reached_today(t: Say, milestone: Milestone) -> str:
    """A command's acknowledgement of a milestone whose day is today."""
    return t("sober-reached-today", milestone=milestone_name(t, milestone))


def congratulation(
    t: Say,
    day: Day,
    label: str,
    milestone: Milestone,
    start: date,
    *,
    reached: date,
    today: date,
    late: bool,
) -> str:
    """Says when the milestone was reached: a late note never says "today" of
    another day."""
    if reached == today:
        when = "today-late" if late else "today"
    elif reached == today - timedelta(days=1):
        when = "yesterday"
    else:
        when = "other"
    text = t(
        "sober-congratulation",
        when=when,
        date=day(reached),
        milestone=milestone_name(t, milestone),
        label=counter_name(label, t),
        start=day(start),
    )
    if late:
        text += "\n" + t("sober-late-this-morning" if reached == today else "sober-late")
    return text


def channel_post(t: Say, milestone: Milestone, user_id: str | None) -> str:
    name = milestone_name(t, milestone)
    if user_id:
        return t("sober-post-named", user=f"<@{user_id}>", milestone=name)
    return t("sober-post-anonymous", milestone=name)


def sharing_kept_private(t: Say, label: str) -> str:
    return t("sober-kept-private", label=counter_name(label, t))


def sharing_resumed(t: Say, label: str, share: str) -> str:
    if share == "private":
        return t("sober-resumed-private")
    key = "sober-resumed-named" if share == "named" else "sober-resumed-anonymous"
    return t(key, label=counter_name(label, t))


def given_back(t: Say, back: str | None) -> str:
    """The congratulation's line about money and time, when the member set a cost."""
    return "\n" + t("sober-given-back", back=back) if back else ""


def run_statistics(t: Say, runs: list, today: date, count_from: int) -> list[str]:
    """Current, longest and average run of one counter's runs (newest first).

    An ended run counts its days up to the new start; the current one counts
    as ``/sober show`` does. Average over every run, the current one included.
    """
    if not runs:
        return []
    lengths = []
    current = None
    for run in runs:
        if run.end_date is None:
            current = max(days_sober(run.start_date, today, count_from), 0)
            lengths.append(current)
        else:
            lengths.append((run.end_date - run.start_date).days)
    longest = max(lengths)
    average = sum(lengths) / len(lengths)
    parts = []
    if current is not None:
        parts.append(t("sober-stats-current", days=days_text(t, current)))
    parts.append(t("sober-stats-longest", days=days_text(t, longest)))
    if len(lengths) > 1:
        # A number, so each language writes its own decimal mark (2.5, 2,5).
        shown = round(average, 1)
        parts.append(t("sober-stats-average", average=shown, runs=len(lengths)))
    return ["  " + " · ".join(parts)]


def counter_name(label: str, t: Say) -> str:
    """A counter's name as its member reads it: the default counter's in their
    language ("sobriedad"; stored as ``sobriety``), a name of their own as written."""
    return t("sober-default-label") if label == DEFAULT_LABEL else literal(label)


def stored_label(label: str | None, t: Say) -> str:
    """The label a member's words name: none, or the default counter's name in
    their language ("sobriedad"), is the default counter."""
    if not label or label.casefold() == t("sober-default-label").casefold():
        return DEFAULT_LABEL
    return label
