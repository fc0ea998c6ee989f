"""What "just for today" says: the morning pledge, the evening review and the
word after several very hard days. Kind, never counting anything against the
member; a missed pledge or a hard day is never mentioned as a failure."""

from __future__ import annotations

from datetime import date

from bot.api import Button, ButtonStyle, Message

PLEDGE_ACTION = "checkin:pledge"
REVIEW_ACTION = "checkin:review"
#: The accountability cog's SOS button (``/sos``): partners told privately.
SOS_ACTION = "partner:sos"

#: The review's answers, each mapped to the check-in's mood (1 very low – 5
#: very good): a review fills in the day's mood and nothing else.
REVIEW_MOODS = {"easy": 4, "okay": 3, "hard": 2, "veryhard": 1}
REVIEW_LABELS = {"easy": "Easy", "okay": "Okay", "hard": "Hard", "veryhard": "Very hard"}
#: The mood a "Very hard" answer (or a mood:1 check-in) records.
VERY_HARD = REVIEW_MOODS["veryhard"]

LATE = "\n(This comes a little late — Haven was away for a while.)"


def pledge_prompt(late: bool, day: date) -> Message:
    """The morning prompt; its button names ``day``, the local date it is for."""
    text = (
        "Just for today, I'll stay sober.\n"
        "One day is enough to think about. If you'd like to make today's promise "
        "to yourself, tap Pledge — or simply let it be a reminder."
    )
    return Message(
        text=text + (LATE if late else ""),
        title="Just for today",
        buttons=(Button(f"{PLEDGE_ACTION}:{day.isoformat()}", "Pledge", ButtonStyle.PRIMARY),),
    )


def pledged(day: date, *, again: bool, run: int | None, moved_from: date | None = None) -> str:
    """The answer to a pledge. ``run``: days pledged in a row (None: streak
    counts are off); ``moved_from``: the prompt's own day, already over."""
    lines = []
    if moved_from is not None:
        lines.append(
            f"That prompt was for {moved_from:%A %d %B}. A pledge is for the day you're in, "
            f"so this one counts for today, {day:%A %d %B}."
        )
    if again:
        lines.append(
            "You've already pledged for today — it still holds. Be gentle with yourself today."
        )
    else:
        lines.append(
            f"Pledged for today, {day:%A %d %B}: just for today, you'll stay sober. "
            "That's all today asks — I'm glad you're here."
        )
    if run is not None and run > 1 and not again:
        lines.append(f"{run} days of pledges in a row.")
    return "\n".join(lines)


def review_prompt(late: bool, day: date, today: date) -> Message:
    """The evening prompt; its buttons name ``day``, the local date it asks about
    (``today`` is later when it was held through quiet hours into the morning)."""
    if day == today:
        text = (
            f"How was today, {day:%A}? Tap what fits — there's no wrong answer.\n"
            "It fills in today's mood; anything else you wrote today stays as it is."
        )
    else:
        when = "yesterday, " if (today - day).days == 1 else ""
        text = (
            f"How was {when}{day:%A %d %B}? Tap what fits — there's no wrong answer.\n"
            "It fills in that day's mood; anything else you wrote stays as it is."
        )
    return Message(
        text=text + (LATE if late else ""),
        title="How was today?",
        buttons=tuple(
            Button(f"{REVIEW_ACTION}:{key}:{day.isoformat()}", label)
            for key, label in REVIEW_LABELS.items()
        ),
    )


def hard_run_offer(days: int, *, has_partners: bool) -> tuple[str, tuple[Button, ...]]:
    """Said once per run of very hard days: partner contact, and /crisis."""
    lead = f"That's {days} very hard days in a row. You don't have to carry them alone."
    if has_partners:
        return (
            f"{lead} Your partners would want to know: the button below tells them privately "
            "that you could use a call (the same as `/sos`). And `/crisis` lists helplines, "
            "any hour.",
            (Button(SOS_ACTION, "Let my partners know", ButtonStyle.PRIMARY),),
        )
    return (
        f"{lead} `/crisis` lists helplines, any hour — and a partner can help on days like "
        "these: `/partner request @member` asks someone you trust, `/partner pool join` "
        "finds you a small group.",
        (),
    )
