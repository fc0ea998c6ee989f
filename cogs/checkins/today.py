""" "Just for today": a morning pledge and an evening review, mixed into the
check-in cog.

- ``/checkin pledge <HH:MM|off|now>``: a private prompt each morning, "Just for
  today, I'll stay sober", with a Pledge button; ``now`` pledges at once.
  A pledge is always for the member's current local day: the button counts for
  its prompt's day while that day lasts, and pressed later (a prompt opened
  the next morning) it pledges for the day it is pressed — a pledge for a day
  already over would mean nothing, and the tap should not be lost.
- ``/checkin review <HH:MM|off>``: "How was today?" each evening — Easy, Okay,
  Hard, Very hard — which fills in or updates that day's check-in: the mood
  only (:data:`REVIEW_MOODS`), craving, sober, note and triggers stay as the
  member left them. Pressed after its day (within :data:`~.arithmetic.LATE_ANSWER_DAYS`),
  it answers for the day it asked about.
- :data:`HARD_RUN` very hard days in a row (a mood of 1, from the review or a
  check-in) make the review's answer offer partner contact and ``/crisis`` —
  once per run of such days.

Both prompts are jobs of their own (:func:`schedule.daily_spec`: the member's
zone, one per local day, spread across the minute), held through quiet hours
(``holdable``) and skipped while prompts are paused (``/checkin pause``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import select

from bot.api import Choice, Context, Due, Message, OneOf, Skip, Time, action, command, error, job

from .arithmetic import past_day, streak
from .messages import day_word, help_now
from .models import CheckIn, CheckinPledge, CheckinPrefs
from .schedule import PLEDGE_KIND, REVIEW_KIND
from .today_messages import (
    PLEDGE_ACTION,
    REVIEW_ACTION,
    REVIEW_MOODS,
    VERY_HARD,
    hard_run_offer,
    pledge_prompt,
    pledged,
    review_prompt,
)

#: Very hard days in a row before partner contact and /crisis are offered.
HARD_RUN = 3
#: Pledge days fetched for the "days of pledges in a row" count.
PLEDGE_RUN_PAGE = 400


class JustForToday:
    """The pledge and review commands, buttons and prompts of the check-in cog."""

    # -- the morning pledge -------------------------------------------------

    @command(
        "checkin pledge",
        direct=True,
        zone=True,
        help='"Just for today, I\'ll stay sober": a morning prompt at this local time '
        "(or off), or pledge now",
        example="/checkin pledge 07:30",
    )
    async def pledge(
        self,
        ctx: Context,
        time: Annotated[Any, OneOf(types=(Time(), Choice(choices=("off", "now"))))],
    ) -> Message:
        if time == "now":
            return await self._pledge(ctx, ctx.today())
        prefs = await self._prefs(ctx, create=True)
        if time == "off":
            prefs.pledge_at = None
            ctx.db.add(prefs)
            return Message(text=ctx.t("checkins-pledge-off"))
        prefs.pledge_at = f"{time:%H:%M}"
        ctx.db.add(prefs)
        await ctx.db.flush()
        said = ctx.t("checkins-pledge-on", time=prefs.pledge_at, zone=ctx.zone)
        return Message(text=said + self._paused_note(ctx, prefs))

    @action(PLEDGE_ACTION)
    async def pledge_button(self, ctx: Context, day: str = "") -> Message:
        today = ctx.today()
        try:
            asked = date.fromisoformat(day)
        except ValueError:
            asked = today
        return await self._pledge(ctx, today, moved_from=asked if asked < today else None)

    async def _pledge(self, ctx: Context, today: date, moved_from: date | None = None) -> Message:
        again = not await _record_pledge(ctx, today)
        prefs = await self._prefs(ctx)
        run = await self._pledge_run(ctx, today) if prefs is None or prefs.show_streaks else None
        return Message(text=pledged(ctx, today, again=again, run=run, moved_from=moved_from))

    @job(PLEDGE_KIND, holdable=True)
    async def pledge_reminder(self, ctx: Context, due: Due) -> None:
        prefs = await self._prefs(ctx)
        if prefs is None or not prefs.pledge_at:
            raise Skip("no pledge prompt set")
        day = self._prompt_day(ctx, prefs, due, prefs.pledge_prompted_on)
        # Held through quiet hours past midnight, it asks for the day it arrives on.
        for_day = max(day, ctx.today())
        if await self._pledge_on(ctx, for_day) is not None:
            raise Skip("already pledged today")
        prefs.pledge_prompted_on = day
        ctx.db.add(prefs)
        await ctx.db.flush()
        await ctx.send_dm(ctx.user_id, pledge_prompt(ctx, due.late, for_day))

    # -- the evening review -------------------------------------------------

    @command(
        "checkin review",
        direct=True,
        zone=True,
        help='"How was today?" each evening at this local time (or off); '
        "the answer fills in the day's mood",
        example="/checkin review 21:30",
    )
    async def review(
        self, ctx: Context, time: Annotated[Any, OneOf(types=(Time(), Choice(choices=("off",))))]
    ) -> Message:
        prefs = await self._prefs(ctx, create=True)
        if time == "off":
            prefs.review_at = None
            ctx.db.add(prefs)
            return Message(text=ctx.t("checkins-review-off"))
        prefs.review_at = f"{time:%H:%M}"
        ctx.db.add(prefs)
        await ctx.db.flush()
        said = ctx.t("checkins-review-on", time=prefs.review_at, zone=ctx.zone)
        return Message(text=said + self._paused_note(ctx, prefs))

    @action(REVIEW_ACTION)
    async def review_button(self, ctx: Context, answer: str = "", day: str = "") -> Message:
        if answer not in REVIEW_MOODS:
            return error(ctx.t("checkins-stale-button"))
        today = ctx.today()
        asked = past_day(day, today)
        mood = REVIEW_MOODS[answer]
        reply = await self._check_in(ctx, mood, quick=True, day=asked)
        if mood != VERY_HARD:
            return reply
        return await self._offer_after_hard_run(ctx, asked or today, reply)

    async def _offer_after_hard_run(self, ctx: Context, day: date, reply: Message) -> Message:
        """The reply, with partner contact and /crisis offered in place of the usual
        pointer when ``day`` ends :data:`HARD_RUN` very hard days in a row — once
        per run: a run's later days, or the same day answered again, add nothing."""
        run = await self._hard_run(ctx, day)
        if run < HARD_RUN:
            return reply
        prefs = await self._prefs(ctx, create=True)
        started = day - timedelta(days=run - 1)
        if prefs.hard_run_offered_on is not None and prefs.hard_run_offered_on >= started:
            return reply
        prefs.hard_run_offered_on = day
        ctx.db.add(prefs)
        text, buttons = hard_run_offer(
            ctx, run, has_partners=bool(await self._partners(ctx, ctx.member))
        )
        return replace(
            reply,
            text=reply.text.replace(help_now(ctx.t), text),
            buttons=(*buttons, *reply.buttons),
        )

    @job(REVIEW_KIND, holdable=True)
    async def review_reminder(self, ctx: Context, due: Due) -> None:
        prefs = await self._prefs(ctx)
        if prefs is None or not prefs.review_at:
            raise Skip("no evening review set")
        day = self._prompt_day(ctx, prefs, due, prefs.review_prompted_on)
        prefs.review_prompted_on = day
        ctx.db.add(prefs)
        await ctx.db.flush()
        await ctx.send_dm(ctx.user_id, review_prompt(ctx, due.late, day, ctx.today()))

    # -- helpers ------------------------------------------------------------

    @staticmethod
    def _prompt_day(ctx: Context, prefs: CheckinPrefs, due: Due, prompted_on: date | None) -> date:
        """The member's local day the prompt is for (their zone now, as the daily
        prompt reads it); :class:`Skip` while paused or when already sent that day."""
        day = due.scheduled_for.astimezone(ZoneInfo(ctx.zone)).date()
        if prefs.paused_until and day < prefs.paused_until:
            raise Skip("paused")
        if prompted_on == day:
            raise Skip("already prompted today")
        return day

    @staticmethod
    def _paused_note(ctx: Context, prefs: CheckinPrefs) -> str:
        if prefs.paused_until and prefs.paused_until > ctx.today():
            return "\n" + ctx.t("checkins-paused-until", date=day_word(prefs.paused_until, ctx))
        return ""

    async def _pledge_on(self, ctx: Context, day: date) -> CheckinPledge | None:
        return (
            await ctx.db.exec(
                select(CheckinPledge).where(
                    CheckinPledge.member_id == ctx.member.id, CheckinPledge.local_date == day
                )
            )
        ).first()

    async def _pledge_run(self, ctx: Context, today: date) -> int:
        """Days pledged in a row up to ``today`` (counted over the newest
        :data:`PLEDGE_RUN_PAGE` pledges: more than a year)."""
        days = await ctx.db.exec(
            select(CheckinPledge.local_date)
            .where(CheckinPledge.member_id == ctx.member.id, CheckinPledge.local_date <= today)
            .order_by(CheckinPledge.local_date.desc())
            .limit(PLEDGE_RUN_PAGE)
        )
        return streak(list(days.all()), today)

    async def _hard_run(self, ctx: Context, day: date) -> int:
        """Very hard days (a mood of 1) in a row, ending with ``day``."""
        rows = await ctx.db.exec(
            select(CheckIn.local_date, CheckIn.mood)
            .where(
                CheckIn.member_id == ctx.member.id,
                CheckIn.local_date <= day,
                CheckIn.local_date > day - timedelta(days=31),
            )
            .order_by(CheckIn.local_date.desc())
        )
        run = 0
        for local_date, mood in rows.all():
            if local_date != day - timedelta(days=run) or mood != VERY_HARD:
                break
            run += 1
        return run


async def _record_pledge(ctx: Context, day: date) -> bool:
    """Record the member's pledge for ``day``; False when it was there already.

    ``ON CONFLICT DO NOTHING``: a double tap (two requests at once) records one
    pledge and answers both, where a read-then-insert would fail the second."""
    dialect = postgresql if ctx.db.bind.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(CheckinPledge.__table__)
        .values(
            community_id=ctx.community.id,
            member_id=ctx.member.id,
            local_date=day,
            pledged_at=ctx.now(),
        )
        .on_conflict_do_nothing(index_elements=["member_id", "local_date"])
    )
    return (await ctx.db.exec(statement)).rowcount == 1
