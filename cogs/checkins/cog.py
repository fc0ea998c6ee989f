"""/checkin — daily check-ins: mood, craving, streaks, prompts and summaries;
"just for today" (the pledge and the evening review) is in :mod:`.today`.

Every word a member reads is in ``locales/<locale>/checkins.ftl``, in their
language (issue #22); what a partner or the check-in channel is told is in
theirs (:meth:`Context.speaker`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, func
from sqlmodel import delete, select

from bot.api import (
    Button,
    Capability,
    CheckinActivity,
    Choice,
    Cog,
    Context,
    Due,
    File,
    Form,
    Help,
    HomeSection,
    HomeSections,
    Integer,
    JobSpec,
    Member,
    Message,
    OneOf,
    Partners,
    Positional,
    Rest,
    Scope,
    Sharing,
    Skip,
    Text,
    Time,
    UsageError,
    action,
    command,
    error,
    form,
    job,
)

from . import chart, patterns, patterns_chart
from . import triggers as triggers_module
from .arithmetic import Point, craving_trend, past_day, period, streak
from .messages import (
    CHECKIN_FORM,
    HIGH_CRAVING,
    MOODS,
    MORE_FORM,
    Saved,
    channel_line,
    checked_in,
    day_word,
    in_language,
    partner_note,
    prompt_message,
    saved_on,
    sharing_with_partners,
    streak_line,
    summary_text,
)
from .models import SHARE_CHOICES, CheckIn, CheckinPledge, CheckinPrefs, CheckinTrigger
from .schedule import (
    DAYS,
    PROMPT_KIND,
    WEEKLY_AT,
    WEEKLY_KIND,
    specs_for,
)
from .today import JustForToday

#: Days fetched by the first streak query; a longer unbroken run fetches more.
#: Two months: a streak of that length costs one statement per check-in.
STREAK_PAGE = 64

# A check-in's statements, built once with their parameters: built afresh each
# time, with the values in them, they cost more CPU than the database's work.
_DAY = CheckIn.__table__.c.local_date.type
#: The member's check-in of ``day`` and their preferences (``member``, ``day``).
DAY_AND_PREFS = (
    select(CheckIn, CheckinPrefs)
    .select_from(Member)
    .outerjoin(
        CheckIn,
        and_(CheckIn.member_id == Member.id, CheckIn.local_date == bindparam("day", type_=_DAY)),
    )
    .outerjoin(CheckinPrefs, CheckinPrefs.member_id == Member.id)
    .where(Member.id == bindparam("member"))
)
#: A page of the member's days up to ``today``, newest first (``member``, ``today``, ``page``).
STREAK = (
    select(CheckIn.local_date)
    .where(CheckIn.member_id == bindparam("member"))
    .where(CheckIn.local_date <= bindparam("today", type_=_DAY))
    .order_by(CheckIn.local_date.desc())
    .limit(bindparam("page"))
)
#: The next page: the days before ``before``.
STREAK_BEFORE = STREAK.where(CheckIn.local_date < bindparam("before", type_=_DAY))


def high_craving(row: CheckIn) -> bool:
    return row.craving is not None and row.craving >= HIGH_CRAVING


class Checkins(JustForToday, Cog):
    name = "checkins"
    description = (
        "Daily check-ins: mood, craving, streaks and summaries; "
        '"just for today" pledges and an evening review'
    )
    privacy = "checkins-privacy"  # "check-ins" (locales/*/privacy.ftl)
    migrations = Path(__file__).parent / "migrations"
    job_sources = (CheckinPrefs,)
    provides = (CheckinActivity, HomeSections)

    # -- what other cogs ask of check-ins (bot.services) -----------------

    async def members_sharing(self, ctx: Context, member_id: int | None = None) -> list[Sharing]:
        query = (
            select(CheckinPrefs, Member)
            .join(Member, Member.id == CheckinPrefs.member_id)
            .where(CheckinPrefs.share == "partners")
            .order_by(Member.id)
        )
        if member_id is not None:
            query = query.where(Member.id == member_id)
        return [Sharing(member, prefs.paused_until) for prefs, member in await ctx.db.exec(query)]

    async def last_checkin(self, ctx: Context, member_id: int) -> date | None:
        return (
            await ctx.db.exec(
                select(func.max(CheckIn.local_date)).where(CheckIn.member_id == member_id)
            )
        ).first()

    def home_sections(self) -> tuple[HomeSection, ...]:
        """Today's check-in, with a mood button each: one tap to check in."""
        # Each label is a catalogue key: the App Home says it in the member's language.
        moods = tuple(Button(f"checkin:quick:{m}", f"checkins-home-mood-{m}") for m in range(1, 6))
        return (HomeSection("checkins-home-title", "checkin streak", place=20, buttons=moods),)

    # -- checking in ------------------------------------------------------

    @command(
        "checkin",
        direct=True,
        zone=True,
        help="Check in for today (no options opens a form)",
        example='/checkin mood:4 craving:2 sober:yes note:"long day" triggers:stress,people',
    )
    async def checkin(
        self,
        ctx: Context,
        mood: Annotated[
            int | None, Integer(min_value=1, max_value=5), Help("1 very low – 5")
        ] = None,
        craving: Annotated[int | None, Integer(min_value=0, max_value=10), Help("0 – 10")] = None,
        sober: Annotated[bool | None, Help("sober today, yes or no")] = None,
        note: Annotated[str | None, Text(max_length=1000), Help("private, encrypted")] = None,
        triggers: Annotated[
            str | None,
            Text(max_length=400),
            Help("what weighed on you, comma separated (only you see them)"),
        ] = None,
    ) -> Message | None:
        if mood is None and craving is None:
            if sober is not None or note is not None or triggers is not None:
                raise UsageError(ctx.t("checkins-usage-need-both"))
            if not ctx.has(Capability.FORMS):
                return Message(text=ctx.t("checkins-no-forms"))
            await ctx.open_form(self._with_triggers(ctx, CHECKIN_FORM))
            return None
        if mood is None or craving is None:
            raise UsageError(
                ctx.t("checkins-usage-no-mood" if mood is None else "checkins-usage-no-craving")
            )
        offered = triggers_module.community_triggers(ctx)
        picked = triggers_module.pick(triggers, offered, ctx.t)
        return await self._check_in(
            ctx, mood, craving=craving, sober=sober, note=note, triggers=picked
        )

    @staticmethod
    def _with_triggers(ctx: Context, form_: Form) -> Form:
        """The form in the member's language, with the community's triggers as a
        multi-select."""
        form_ = in_language(form_, ctx.t)
        return triggers_module.with_choices(form_, triggers_module.community_triggers(ctx), ctx.t)

    @form(CHECKIN_FORM)
    async def checkin_form(self, ctx: Context, values: dict[str, Any]) -> Message:
        return await self._check_in(
            ctx,
            values["mood"],
            craving=values["craving"],
            sober=_yes_no(values.get("sober")),
            note=values.get("note"),
            triggers=self._form_triggers(ctx, values),
        )

    @staticmethod
    def _form_triggers(ctx: Context, values: dict[str, Any]) -> list[str] | None:
        """The form's picks, each on the community's list (typed in the console,
        or the list changed while the form was open); none picked: none named."""
        picked = values.get("triggers")
        if not picked:
            return None
        offered = triggers_module.community_triggers(ctx)
        return triggers_module.pick(",".join(picked), offered, ctx.t)

    @action("checkin:quick")
    async def quick(self, ctx: Context, mood: str = "", day: str = "") -> Message:
        """A one-tap answer to the daily prompt: the mood only, the rest offered after.

        A prompt answered after its day (yesterday's 21:00 prompt, tapped at
        08:00) is saved for that day while the day has no check-in, else for today.
        """
        if mood not in {str(m) for m in MOODS}:
            return error(ctx.t("checkins-stale-button"))
        today = ctx.today()
        asked = past_day(day, today)
        if asked is None:
            return await self._check_in(ctx, int(mood), quick=True)
        if await self._checkin_on(ctx, asked) is None:
            return await self._check_in(ctx, int(mood), quick=True, day=asked)
        return await self._check_in(ctx, int(mood), quick=True, saved_for=saved_on(today, today))

    @action("checkin:more")
    async def more(self, ctx: Context, day: str = "") -> Message | None:
        asked = past_day(day, ctx.today())
        more_form = self._with_triggers(ctx, MORE_FORM)
        if asked is None:
            await ctx.open_form(more_form)
        else:
            title = ctx.t("checkins-more-title-day", weekday=ctx.format_date(asked, "EEEE"))
            await ctx.open_form(
                replace(more_form, form_id=f"{MORE_FORM.form_id}:{day}", title=title)
            )
        return None

    @form(MORE_FORM)
    async def more_form(self, ctx: Context, values: dict[str, Any], day: str = "") -> Message:
        asked = past_day(day, ctx.today())
        row = await self._checkin_on(ctx, asked or ctx.today())
        if row is None:
            return error(ctx.t("checkins-more-no-checkin"))
        return await self._check_in(
            ctx,
            row.mood,
            craving=values["craving"],
            sober=_yes_no(values.get("sober")),
            note=values.get("note"),
            more=True,
            day=asked,
            triggers=self._form_triggers(ctx, values),
        )

    async def _check_in(
        self,
        ctx: Context,
        mood: int,
        *,
        craving: int | None = None,
        sober: bool | None = None,
        note: str | None = None,
        quick: bool = False,
        more: bool = False,
        day: date | None = None,
        saved_for: Saved | None = None,
        triggers: list[str] | None = None,
    ) -> Message:
        """Record today's check-in (or ``day``'s, a past one), or update it: one
        per member per local day.

        An update changes what was given this time and keeps the rest (a quick
        mood tap keeps the craving; a check-in without a note keeps the note).
        """
        today = ctx.today()
        now = ctx.now()
        if day is not None and day != today and saved_for is None:
            saved_for = saved_on(day, today, more=more)
        row, prefs = await self._day_and_prefs(ctx, day or today)
        updated = row is not None
        was_high = updated and high_craving(row)
        if row is None:
            row = CheckIn(
                community_id=ctx.community.id,
                member_id=ctx.member.id,
                local_date=day or today,
                mood=mood,
                created_at=now,
                updated_at=now,
            )
        row.mood = mood
        row.updated_at = now
        if craving is not None:
            row.craving = craving
        if sober is not None:
            row.sober = sober
        if note is not None:
            row.note = note
        ctx.db.add(row)
        await ctx.db.flush()
        if triggers is not None:
            await triggers_module.replace_tags(ctx, row, triggers)
        # Others hear of the day's first check-in, and of an update only when it
        # newly shows a high craving: re-checking in must not become a stream of DMs.
        if not updated or (high_craving(row) and not was_high):
            await self._share(ctx, prefs, row, updated)
        days = await self._streak(ctx, today) if _streaks_on(prefs) else None
        return checked_in(
            ctx,
            row,
            updated=updated,
            streak=days,
            quick=quick,
            more=more,
            saved_for=saved_for,
            triggers=triggers,
        )

    async def _share(
        self, ctx: Context, prefs: CheckinPrefs | None, row: CheckIn, updated: bool
    ) -> None:
        """Tell whoever the member chose — mood and craving only, never the note."""
        choice = prefs.share if prefs else "private"
        name = f"<@{ctx.member.platform_user_id}>"
        if choice == "partners":
            for partner in await self._partners(ctx, ctx.member):
                # A partner whose DMs are closed must not cost the member their check-in.
                note = partner_note(
                    name, row, updated, sober=prefs.share_sober, t=ctx.speaker(partner)
                )
                await ctx.reach(partner.platform_user_id, note)
        elif choice in ("anonymous", "named"):
            channel = ctx.channel("checkins")
            if channel:
                who = name if choice == "named" else None
                line = channel_line(who, row, ctx.speaker(None))
                await ctx.post(channel, Message(text=line))

    async def _partners(self, ctx: Context, member: Member) -> list[Member]:
        partners = ctx.service(Partners)
        return [] if partners is None else list(await partners.partners_of(ctx, member))

    # -- the daily prompt -------------------------------------------------

    @command(
        "checkin remind",
        direct=True,
        zone=True,
        help="A private prompt every day at this local time (or off)",
        example="/checkin remind 08:30",
    )
    async def remind(
        self, ctx: Context, time: Annotated[Any, OneOf(types=(Time(), Choice(choices=("off",))))]
    ) -> Message:
        prefs = await self._prefs(ctx, create=True)
        if time == "off":
            prefs.remind_at = None
            ctx.db.add(prefs)
            return Message(text=ctx.t("checkins-remind-off"))
        prefs.remind_at = f"{time:%H:%M}"
        ctx.db.add(prefs)
        await ctx.db.flush()
        lines = [ctx.t("checkins-remind-on", time=prefs.remind_at, zone=ctx.zone)]
        if prefs.paused_until and prefs.paused_until > ctx.today():
            lines.append(ctx.t("checkins-paused-until", date=day_word(prefs.paused_until, ctx)))
        if not ctx.member.timezone:
            lines.append(ctx.t("checkins-zone-tip"))
        return Message(text="\n".join(lines))

    @command(
        "checkin pause",
        direct=True,
        zone=True,
        help="No prompts until that date (travel, holidays)",
        example="/checkin pause 2026-12-27",
    )
    async def pause(self, ctx: Context, date: date) -> Message:
        if date <= ctx.today():
            raise UsageError(ctx.t("checkins-pause-not-after-today", date=day_word(date, ctx)))
        prefs = await self._prefs(ctx, create=True)
        prefs.paused_until = date
        ctx.db.add(prefs)
        await ctx.db.flush()
        lines = [ctx.t("checkins-paused", date=day_word(date, ctx))]
        if not _any_prompt(prefs):
            lines.append(ctx.t("checkins-pause-no-prompt"))
        return Message(text="\n".join(lines))

    @command(
        "checkin resume", direct=True, help="Restart paused prompts", example="/checkin resume"
    )
    async def resume(self, ctx: Context) -> Message:
        prefs = await self._prefs(ctx)
        if prefs is None or prefs.paused_until is None:
            said = [ctx.t("checkins-resume-not-paused")]
        else:
            prefs.paused_until = None
            ctx.db.add(prefs)
            said = [ctx.t("checkins-resume-back-on")]
        if not _any_prompt(prefs):
            said.append(ctx.t("checkins-resume-no-prompt"))
        elif prefs.remind_at:
            said.append(ctx.t("checkins-resume-next", time=prefs.remind_at, zone=ctx.zone))
        return Message(text=" ".join(said))

    @job(PROMPT_KIND, holdable=True)
    async def prompt(self, ctx: Context, due: Due) -> None:
        prefs = await self._prefs(ctx)
        if prefs is None or not prefs.remind_at:
            raise Skip("no daily prompt set")
        # The member's zone now, not the one the job was built with: if they
        # moved (/haven timezone), the job was declared again for the coming
        # days and this occurrence counts for their current local day.
        # ``prompted_on`` keeps it to one prompt per local day even then.
        day = self._prompt_day(ctx, prefs, due, prefs.prompted_on)
        if await self._checkin_on(ctx, day) is not None:
            raise Skip("already checked in today")
        prefs.prompted_on = day
        ctx.db.add(prefs)
        await ctx.db.flush()
        await ctx.send_dm(ctx.user_id, prompt_message(due.late, day, ctx.t))

    # -- streaks and summaries --------------------------------------------

    @command(
        "checkin streak",
        direct=True,
        zone=True,
        help="Consecutive days with a check-in",
        example="/checkin streak",
    )
    async def show_streak(self, ctx: Context) -> Message:
        prefs = await self._prefs(ctx)
        if not _streaks_on(prefs):
            done = await self._checkin_on(ctx, ctx.today()) is not None
            key = "checkins-streak-hidden-done" if done else "checkins-streak-hidden-not-yet"
            return Message(text=ctx.t(key))
        days = await self._streak(ctx, ctx.today())
        if days == 0:
            return Message(text=ctx.t("checkins-streak-none"))
        lines = [streak_line(days, ctx.t)]
        if await self._checkin_on(ctx, ctx.today()) is None:
            lines.append(ctx.t("checkins-streak-keep-going"))
        return Message(text="\n".join(lines))

    @command(
        "checkin summary",
        direct=True,
        zone=True,
        help="The last 7, 30 and 90 days, with charts",
        example="/checkin summary",
    )
    async def summary(self, ctx: Context) -> Message:
        return await self._summary(ctx, ctx.today())

    async def _summary(self, ctx: Context, today: date) -> Message:
        """The last 7 and 30 days with their chart; and the last 90 with a
        chart of their own once check-ins go back further than 30 days."""
        quarter = await self._points(ctx, today - timedelta(days=89))
        points = [p for p in quarter if p.day >= today - timedelta(days=29)]
        if not points:
            return Message(text=ctx.t("checkins-summary-none"))
        longer = any(p.day < today - timedelta(days=29) for p in quarter)
        shows_streaks = _streaks_on(await self._prefs(ctx))
        text = summary_text(
            period(points, today, 7),
            period(points, today, 30),
            craving_trend(points, today),
            await self._streak(ctx, today) if shows_streaks else None,
            quarter=period(quarter, today, 90) if longer else None,
            t=ctx.t,
        )
        png = chart.render(points, today, t=ctx.t, dates=ctx.format_date)
        files = [File(f"checkins-{today.isoformat()}.png", png, "image/png")]
        if longer:
            png = chart.render(quarter, today, days=90, t=ctx.t, dates=ctx.format_date)
            files.append(File(f"checkins-90-days-{today.isoformat()}.png", png, "image/png"))
        return Message(text=text, title=ctx.t("checkins-summary-title"), files=tuple(files))

    # -- streaks optional, patterns ---------------------------------------

    @command(
        "checkin streaks",
        direct=True,
        help="Whether streak counts appear anywhere for you",
        example="/checkin streaks off",
    )
    async def streaks(
        self, ctx: Context, choice: Annotated[Literal["on", "off"], Positional()]
    ) -> Message:
        prefs = await self._prefs(ctx, create=True)
        prefs.show_streaks = choice == "on"
        ctx.db.add(prefs)
        return Message(
            text=ctx.t("checkins-streaks-on" if prefs.show_streaks else "checkins-streaks-off")
        )

    @command(
        "checkin patterns",
        direct=True,
        zone=True,
        help="Your own trends over 30 or 90 days, in words — only you see them",
        example="/checkin patterns 90",
    )
    async def show_patterns(
        self, ctx: Context, days: Annotated[Literal["30", "90"] | None, Positional()] = None
    ) -> Message:
        span = int(days or 30)
        today = ctx.today()
        since = today - timedelta(days=span - 1)
        found = patterns.find(await self._entries(ctx, since), today, span, ctx.t)
        text = "\n".join(f"- {line}" for line in found.sentences)
        if not found.by_trigger:
            text += "\n" + ctx.t("checkins-patterns-name-triggers")
        title = ctx.t("checkins-patterns-title", days=span)
        if found.checkins == 0:
            return Message(text=text, title=title)
        png = patterns_chart.render(found, ctx.t("checkins-patterns-chart-title", days=span), ctx.t)
        return Message(
            text=text,
            title=title,
            files=(File(f"patterns-{span}-days-{today.isoformat()}.png", png, "image/png"),),
        )

    async def _entries(self, ctx: Context, since: date) -> list[patterns.Entry]:
        rows = await ctx.db.exec(
            select(CheckIn.local_date, CheckIn.mood, CheckIn.craving, CheckIn.created_at)
            .where(CheckIn.member_id == ctx.member.id, CheckIn.local_date >= since)
            .order_by(CheckIn.local_date)
        )
        tags = await triggers_module.tags_of(ctx, ctx.member.id, since)
        zone = ZoneInfo(ctx.zone)
        entries = []
        for day, mood, craving, created in rows.all():
            local = created.astimezone(zone)
            hour = local.hour if local.date() == day else None
            named = tuple(triggers_module.words(tags.get(day, ()), ctx.t))  # as they say them
            entries.append(patterns.Entry(day, mood, craving, hour, named))
        return entries

    @command(
        "mod triggers",
        help="The triggers members can name with a check-in (a comma list, or default)",
        example="/mod triggers stress, loneliness, work, family",
        moderator=True,
        consent=False,
    )
    async def set_triggers(
        self, ctx: Context, triggers: Annotated[str, Text(max_length=1000), Rest()]
    ) -> Message:
        if triggers.strip().lower() == "default":
            ctx.update_settings(triggers_module.CheckinSettings, triggers=())
            chosen = tuple(triggers_module.words(triggers_module.DEFAULT_TRIGGERS, ctx.t))
            lead = "checkins-triggers-default"
        else:
            chosen = triggers_module.parse_list(triggers, ctx.t)
            ctx.update_settings(triggers_module.CheckinSettings, triggers=chosen)
            lead = "checkins-triggers-set"
        return Message(
            text=ctx.t(lead, triggers=", ".join(chosen))
            + "\n"
            + ctx.t("checkins-triggers-private", count=triggers_module.SMALL_GROUP)
        )

    @command(
        "checkin weekly",
        direct=True,
        zone=True,
        help="A private summary every week on that day (or off)",
        example="/checkin weekly sun",
    )
    async def weekly(
        self, ctx: Context, day: Annotated[str, Choice(choices=(*DAYS, "off"))]
    ) -> Message:
        prefs = await self._prefs(ctx, create=True)
        prefs.weekly_day = None if day == "off" else day
        ctx.db.add(prefs)
        await ctx.db.flush()
        if day == "off":
            return Message(text=ctx.t("checkins-weekly-off"))
        hour, minute = WEEKLY_AT
        at = f"{hour:02d}:{minute:02d}"
        return Message(text=ctx.t("checkins-weekly-on", day=day, time=at, zone=ctx.zone))

    @job(WEEKLY_KIND, holdable=True)
    async def weekly_summary(self, ctx: Context, due: Due) -> None:
        prefs = await self._prefs(ctx)
        if prefs is None or not prefs.weekly_day:
            raise Skip("weekly summary is off")
        today = due.scheduled_for.astimezone(ZoneInfo(ctx.zone)).date()
        if not await self._points(ctx, today - timedelta(days=6)):
            raise Skip("no check-ins this week")
        await ctx.send_dm(ctx.user_id, await self._summary(ctx, today))

    # -- sharing ----------------------------------------------------------

    @command(
        "checkin share",
        direct=True,
        help="Who sees your check-ins (private by default)",
        example="/checkin share partners",
    )
    async def share(
        self,
        ctx: Context,
        who: Annotated[str, Choice(choices=SHARE_CHOICES)],
        sober: Annotated[
            bool | None, Help("partners also see if you were sober today (default no)")
        ] = None,
    ) -> Message:
        if sober and who != "partners":
            raise UsageError(ctx.t("checkins-share-sober-partners-only"))
        prefs = await self._prefs(ctx, create=True)
        prefs.share = who
        # Each /checkin share says it all: sober today is shared only when asked for now.
        prefs.share_sober = who == "partners" and bool(sober)
        ctx.db.add(prefs)
        if who == "private":
            return Message(text=ctx.t("checkins-share-private"))
        if who == "partners":
            lines = [sharing_with_partners(prefs.share_sober, ctx.t)]
            if not await self._partners(ctx, ctx.member):
                lines.append(ctx.t("checkins-share-no-partners"))
            return Message(text="\n".join(lines))
        said = [ctx.t("checkins-share-named" if who == "named" else "checkins-share-anonymous")]
        if not ctx.channel("checkins"):
            said.append(ctx.t("checkins-share-no-channel"))
        return Message(text=" ".join(said))

    # -- data hooks -------------------------------------------------------

    async def jobs_for(self, ctx: Context, scope: Scope) -> Iterable[JobSpec]:
        """A consenting member's daily prompt, weekly summary, pledge and review
        prompts, in their zone."""
        query = (
            select(CheckinPrefs, Member)
            .join(Member, Member.id == CheckinPrefs.member_id)
            .where(
                CheckinPrefs.remind_at.is_not(None)
                | CheckinPrefs.weekly_day.is_not(None)
                | CheckinPrefs.pledge_at.is_not(None)
                | CheckinPrefs.review_at.is_not(None)
            )
        )
        if scope.members is not None:
            query = query.where(CheckinPrefs.member_id.in_(sorted(scope.members)))
        specs: list[JobSpec] = []
        for prefs, member in (await ctx.db.exec(query)).all():
            if member.consented:
                specs.extend(specs_for(prefs, ctx.zone_of(member)))
        return specs

    async def export_user_data(self, ctx: Context, member: Member) -> dict[str, Any] | None:
        named = await triggers_module.tags_of(ctx, member.id)
        rows = (
            await ctx.db.exec(
                select(CheckIn).where(CheckIn.member_id == member.id).order_by(CheckIn.local_date)
            )
        ).all()
        prefs = (
            await ctx.db.exec(select(CheckinPrefs).where(CheckinPrefs.member_id == member.id))
        ).first()
        pledges = (
            await ctx.db.exec(
                select(CheckinPledge)
                .where(CheckinPledge.member_id == member.id)
                .order_by(CheckinPledge.local_date)
            )
        ).all()
        if not rows and prefs is None and not pledges:
            return None
        return {
            "check_ins": [
                {
                    "date": r.local_date.isoformat(),
                    "mood": r.mood,
                    "craving": r.craving,
                    "sober": r.sober,
                    "note": r.note,
                    "triggers": named.get(r.local_date, []),
                    "created_at": r.created_at.isoformat(),
                    "updated_at": r.updated_at.isoformat(),
                }
                for r in rows
            ],
            "pledges": [
                {"date": p.local_date.isoformat(), "pledged_at": p.pledged_at.isoformat()}
                for p in pledges
            ],
            "preferences": None
            if prefs is None
            else {
                "remind_at": prefs.remind_at,
                "paused_until": prefs.paused_until.isoformat() if prefs.paused_until else None,
                "weekly_day": prefs.weekly_day,
                "share": prefs.share,
                "share_sober": prefs.share_sober,
                "show_streaks": prefs.show_streaks,
                "pledge_at": prefs.pledge_at,
                "review_at": prefs.review_at,
            },
        }

    async def delete_user_data(self, ctx: Context, member: Member) -> None:
        await ctx.db.exec(delete(CheckinTrigger).where(CheckinTrigger.member_id == member.id))
        await ctx.db.exec(delete(CheckIn).where(CheckIn.member_id == member.id))
        await ctx.db.exec(delete(CheckinPledge).where(CheckinPledge.member_id == member.id))
        await ctx.db.exec(delete(CheckinPrefs).where(CheckinPrefs.member_id == member.id))

    async def stats(self, ctx: Context) -> dict[str, int]:
        since = ctx.today() - timedelta(days=6)
        week = (
            await ctx.db.exec(select(func.count(CheckIn.id)).where(CheckIn.local_date >= since))
        ).one()
        reminders = (
            await ctx.db.exec(
                select(func.count(CheckinPrefs.id)).where(CheckinPrefs.remind_at.is_not(None))
            )
        ).one()
        figures = {
            ctx.t("checkins-figure-week"): int(week),
            ctx.t("checkins-figure-reminders"): int(reminders),
        }
        return figures | await triggers_module.community_counts(ctx)

    # -- helpers ----------------------------------------------------------

    async def _prefs(self, ctx: Context, create: bool = False) -> CheckinPrefs | None:
        prefs = (
            await ctx.db.exec(select(CheckinPrefs).where(CheckinPrefs.member_id == ctx.member.id))
        ).first()
        if prefs is None and create:
            prefs = CheckinPrefs(community_id=ctx.community.id, member_id=ctx.member.id)
        return prefs

    async def _day_and_prefs(
        self, ctx: Context, day: date
    ) -> tuple[CheckIn | None, CheckinPrefs | None]:
        """The member's check-in for ``day`` and their preferences, in one statement."""
        found = (
            await ctx.db.exec(DAY_AND_PREFS, params={"day": day, "member": ctx.member.id})
        ).one()
        return found[0], found[1]

    async def _checkin_on(self, ctx: Context, day: date) -> CheckIn | None:
        return (
            await ctx.db.exec(
                select(CheckIn).where(CheckIn.member_id == ctx.member.id, CheckIn.local_date == day)
            )
        ).first()

    async def _streak(self, ctx: Context, today: date) -> int:
        """:func:`streak` over the newest days only: fetched newest first, in
        growing pages, until one holds a gap — years of history cost no more
        than the streak itself (an index range scan on member_id, local_date)."""
        days: list[date] = []
        page = STREAK_PAGE
        while True:
            params = {"member": ctx.member.id, "today": today, "page": page}
            if days:  # a longer streak than the first page: the days before it
                params["before"] = days[-1]
            query = STREAK_BEFORE if days else STREAK
            rows = list((await ctx.db.exec(query, params=params)).all())
            days.extend(rows)
            count = streak(days, today)
            if len(rows) < page or count < len(days):  # no more days, or the run broke
                return count
            page *= 4

    async def _points(self, ctx: Context, since: date) -> list[Point]:
        rows = await ctx.db.exec(
            select(CheckIn.local_date, CheckIn.mood, CheckIn.craving)
            .where(CheckIn.member_id == ctx.member.id, CheckIn.local_date >= since)
            .order_by(CheckIn.local_date)
        )
        return [Point(d, m, c) for d, m, c in rows.all()]


def _any_prompt(prefs: CheckinPrefs | None) -> bool:
    """Whether the member has a daily prompt, a pledge or a review prompt set."""
    return prefs is not None and bool(prefs.remind_at or prefs.pledge_at or prefs.review_at)


def _streaks_on(prefs: CheckinPrefs | None) -> bool:
    return prefs is None or prefs.show_streaks


def _yes_no(value: str | None) -> bool | None:
    return None if value is None else value == "yes"
