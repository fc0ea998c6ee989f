"""What the counters say. Warm and never competitive; a new start is a new
start — no word here calls it failing."""

from __future__ import annotations

from datetime import date, timedelta

from bot.api import literal

from .days import Milestone, days_sober, duration, next_milestone

SHARE_EXPLAINED = {
    "private": "Your milestones stay between you and Haven: a private message, nothing posted.",
    "named": "When you reach a milestone, the milestones channel will read "
    "“<@{user}> reached 90 days” (never which counter, never your notes).",
    "anonymous": "When you reach a milestone, the milestones channel will read "
    "“A member reached 90 days” — no name, no counter, no notes.",
}

ROLES_EXPLAINED = {
    True: "When you reach a milestone that has a role here, you get that role — "
    "everyone in the server can see it. `/sober share roles:off` stops new ones.",
    False: "You get no milestone roles; the milestones themselves stay as you chose.",
}
ROLES_NEED_SHARING = (
    "Roles are granted only while you share your milestones (`/sober share named` or "
    "`/sober share anonymous`); yours are private now, so no role is granted."
)

SHARING_PAUSED = (
    "Nothing about this new start is posted: this counter's milestones stay between "
    "you and Haven for now. **Share your milestones again?**"
)

COUNT_EXPLAINED = {
    0: "Your start day is day 0: one full day later you have 1 day.",
    1: "Your start day counts as day 1.",
}


def days_text(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def counter_summary(
    label: str, start: date, today: date, count_from: int, *, heading: bool = True
) -> str:
    """``**alcohol**: **323 days** (10 months and 19 days) since 2025-01-02`` and
    the next milestone with the days left to it."""
    days = (today - start).days + count_from
    coming: Milestone = next_milestone(start, today, count_from)
    reached_on = coming.reached_on(start, count_from)
    left = (reached_on - today).days
    breakdown = f" ({duration(start, today, count_from)})" if days >= 7 else ""
    head = f"**{literal(label)}**: " if heading else ""
    return (
        f"{head}**{days_text(days)}**{breakdown} since {start.isoformat()}\n"
        f"  Next milestone: **{coming.label}** on {reached_on.isoformat()} — "
        f"{days_text(left)} to go."
    )


def new_start(start: date, label: str, length: int | None) -> str:
    """The reply to a reset; ``length`` is the run it ends (None: it ended the
    same day it began, so the new start replaces it)."""
    kept = ""
    if length == 1:
        kept = " The 1 day before it stays in your history (`/sober history`) — it was real."
    elif length:
        kept = (
            f" The {days_text(length)} before it stay in your history (`/sober history`) "
            "— they were real and they still matter."
        )
    return (
        f"Every day counts. Your new start is **{start.isoformat()}** on your "
        f"**{literal(label)}** counter.{kept}\n"
        "Be gentle with yourself today. If you'd like someone to talk to, `/sos` "
        "reaches your partners and `/crisis` lists help lines."
    )


def reached_today(milestone: Milestone) -> str:
    """A command's acknowledgement of a milestone whose day is today."""
    return (
        f"🎉 Today is **{milestone.label}**! Every one of those days counted — take a "
        "moment to feel this one. Here is your chip."
    )


def congratulation(
    label: str, milestone: Milestone, start: date, *, reached: date, today: date, late: bool
) -> str:
    """Says when the milestone was reached: a late note never says "today" of
    another day."""
    if reached == today:
        when = f"Today you {'reached' if late else 'reach'}"
    elif reached == today - timedelta(days=1):
        when = "Yesterday you reached"
    else:
        when = f"On {reached.isoformat()} you reached"
    text = (
        f"🎉 {when} **{milestone.label}** on your **{literal(label)}** counter "
        f"(since {start.isoformat()}). Every one of those days counted — take a "
        "moment to feel this one. Here is your chip."
    )
    if late:
        text += (
            "\n_This note comes a little late this morning, but the milestone is just as real._"
            if reached == today
            else "\n_This note comes a little late, but the milestone is just as real._"
        )
    return text


def channel_post(milestone: Milestone, user_id: str | None) -> str:
    who = f"<@{user_id}>" if user_id else "A member"
    return f"🎉 {who} reached **{milestone.label}**. Congratulations!"


def sharing_kept_private(label: str) -> str:
    return (
        f"Your **{literal(label)}** milestones stay private: congratulations come to you "
        "alone. Whenever you'd like them shared again, `/sober share named` (or "
        "`anonymous`)."
    )


def sharing_resumed(label: str, share: str) -> str:
    if share == "private":
        return "Your milestones are private now (`/sober share` changes that)."
    how = "with your name" if share == "named" else "without your name"
    return (
        f"Your next **{literal(label)}** milestone will be celebrated in the milestones "
        f"channel {how}, as before."
    )


def given_back(back: str | None) -> str:
    """The congratulation's line about money and time, when the member set a cost."""
    return f"\nThat is {back} — yours to keep." if back else ""


def run_statistics(runs: list, today: date, count_from: int) -> list[str]:
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
        parts.append(f"current run {days_text(current)}")
    parts.append(f"longest {days_text(longest)}")
    if len(lengths) > 1:
        shown = f"{average:.1f}".removesuffix(".0")
        parts.append(f"average {shown} days over {len(lengths)} runs")
    return ["  " + " · ".join(parts)]
