"""What "just for today" says: the morning pledge, the evening review and the
word after several very hard days. Kind, never counting anything against the
member; a missed pledge or a hard day is never mentioned as a failure."""

from __future__ import annotations

from datetime import date

from bot.api import Button, ButtonStyle, Context, Message

from .messages import day_month

PLEDGE_ACTION = "checkin:pledge"
REVIEW_ACTION = "checkin:review"
#: The accountability cog's SOS button (``/sos``): partners told privately.
SOS_ACTION = "partner:sos"

#: The review's answers, each mapped to the check-in's mood (1 very low – 5
#: very good): a review fills in the day's mood and nothing else.
REVIEW_MOODS = {"easy": 4, "okay": 3, "hard": 2, "veryhard": 1}
#: The mood a "Very hard" answer (or a mood:1 check-in) records.
VERY_HARD = REVIEW_MOODS["veryhard"]


def late_note(ctx: Context, late: bool) -> str:
    """The line a prompt held while Haven was away ends with."""
    return "\n" + ctx.t("checkins-late") if late else ""


def pledge_prompt(ctx: Context, late: bool, day: date) -> Message:
    """The morning prompt; its button names ``day``, the local date it is for."""
    return Message(
        text=ctx.t("checkins-pledge-prompt") + late_note(ctx, late),
        title=ctx.t("checkins-pledge-title"),
        buttons=(
            Button(
                f"{PLEDGE_ACTION}:{day.isoformat()}",
                ctx.t("checkins-pledge-button"),
                ButtonStyle.PRIMARY,
            ),
        ),
    )


def pledged(
    ctx: Context, day: date, *, again: bool, run: int | None, moved_from: date | None = None
) -> str:
    """The answer to a pledge. ``run``: days pledged in a row (None: streak
    counts are off); ``moved_from``: the prompt's own day, already over."""
    lines = []
    if moved_from is not None:
        lines.append(
            ctx.t(
                "checkins-pledge-moved",
                asked=day_month(moved_from, ctx),
                date=day_month(day, ctx),
            )
        )
    if again:
        lines.append(ctx.t("checkins-pledge-again"))
    else:
        lines.append(ctx.t("checkins-pledged", date=day_month(day, ctx)))
    if run is not None and run > 1 and not again:
        lines.append(ctx.t("checkins-pledge-run", count=run))
    return "\n".join(lines)


def review_prompt(ctx: Context, late: bool, day: date, today: date) -> Message:
    """The evening prompt; its buttons name ``day``, the local date it asks about
    (``today`` is later when it was held through quiet hours into the morning)."""
    if day == today:
        text = ctx.t("checkins-review-today", weekday=ctx.format_date(day, "EEEE"))
    elif (today - day).days == 1:
        text = ctx.t("checkins-review-yesterday", date=day_month(day, ctx))
    else:
        text = ctx.t("checkins-review-earlier", date=day_month(day, ctx))
    return Message(
        text=text + late_note(ctx, late),
        title=ctx.t("checkins-review-title"),
        buttons=tuple(
            Button(f"{REVIEW_ACTION}:{key}:{day.isoformat()}", ctx.t(f"checkins-review-{key}"))
            for key in REVIEW_MOODS
        ),
    )


def hard_run_offer(
    ctx: Context, days: int, *, has_partners: bool
) -> tuple[str, tuple[Button, ...]]:
    """Said once per run of very hard days: partner contact, and /crisis."""
    if has_partners:
        return (
            ctx.t("checkins-hard-run-partners", count=days),
            (Button(SOS_ACTION, ctx.t("checkins-hard-run-button"), ButtonStyle.PRIMARY),),
        )
    return ctx.t("checkins-hard-run-alone", count=days), ()
