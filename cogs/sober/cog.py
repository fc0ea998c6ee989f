"""/sober — sober-day counters by label, counted in the member's own zone,
with milestones congratulated privately (and shared only if they choose)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any, Literal

from sqlmodel import delete, func, select

from bot.api import (
    Button,
    ButtonStyle,
    Capability,
    Choice,
    Cog,
    CommunitySettings,
    Context,
    Date,
    Due,
    EngineSettings,
    Help,
    HomeSection,
    HomeSections,
    JobSpec,
    LimitReached,
    Member,
    Message,
    Named,
    NotFound,
    Positional,
    Refusal,
    Rest,
    Scope,
    Skip,
    Text,
    Undeliverable,
    UsageError,
    action,
    command,
    error,
    job,
    literal,
    matches,
    setting,
    translate,
)

from . import cost, texts
from .chip import chip_file
from .days import (
    Milestone,
    days_sober,
    local_today,
    milestone_at,
    parse_milestone,
    reached_today,
)
from .models import (
    DEFAULT_LABEL,
    ROLES_CHOICES,
    SHARE_CHOICES,
    SoberCounter,
    SoberPrefs,
    SoberRun,
)
from .options import Label, MilestoneOpt
from .schedule import (
    KIND,
    count_from_of,
    morning_of,
    specs_for_run,
    tomorrow_starts,
)

MAX_COUNTERS = 20
#: Runs one counter keeps (a reset adds one). A relapse a week for 19 years; the
#: cap stops a script from growing a member's history (read whole by /sober
#: history and set, and by the export) without end.
MAX_RUNS = 1000
HISTORY_SHOWN = 25
#: The options several commands take (each with ``= None``: optional).
LabelArg = Annotated[str | None, Label(), Help("which counter (default sobriety)")]
NoteArg = Annotated[str | None, Text(max_length=500), Help("a private note")]
COUNT_CHOICES = {"from-zero": 0, "from-one": 1}
SHARE_AGAIN = "sober:share-again"


class SoberSettings(CommunitySettings, namespace="sober"):
    """``/mod roles``: the role granted at each milestone (by its code)."""

    milestone_roles: dict[str, str] = setting({})


class Sober(Cog):
    name = "sober"
    description = "Sober-day counters and milestones"
    privacy = "sober-privacy"  # "sober dates" (locales/*/privacy.ftl)
    migrations = Path(__file__).parent / "migrations"
    job_sources = (SoberRun, SoberPrefs)
    provides = (HomeSections,)

    def home_sections(self) -> tuple[HomeSection, ...]:
        return (HomeSection("sober-home-title", "sober show", place=10),)

    # -- commands ---------------------------------------------------------

    @command(
        "sober set",
        direct=True,
        zone=True,
        help="Start a counter, or move its start date (backfill)",
        example="/sober set 2025-01-02 label:alcohol",
    )
    async def set(
        self,
        ctx: Context,
        date: Annotated[date, Date(allow_future=False), Help("your start date")],
        label: LabelArg = None,
        note: NoteArg = None,
    ) -> Message:
        label = texts.stored_label(label, ctx.t)
        counter = await self._counter(ctx, label)
        now = ctx.now()
        after = tomorrow_starts(ctx.today(), ctx.zone)
        if counter is None:
            await ctx.hold_community()  # members' commands at once count one at a time
            if len(await self._counters(ctx)) >= MAX_COUNTERS:
                raise LimitReached(ctx.t("sober-too-many", limit=MAX_COUNTERS), limit=MAX_COUNTERS)
            counter = SoberCounter(member_id=ctx.member.id, label=label, created_at=now)
            ctx.db.add(counter)
            await ctx.db.flush()
            run = SoberRun(
                counter_id=counter.id,
                member_id=ctx.member.id,
                start_date=date,
                note=note,
                milestones_after=after,
                created_at=now,
            )
            ctx.db.add(run)
            lead = ctx.t("sober-started", label=texts.counter_name(label, ctx.t))
            moved = True
        else:
            run = await self._active_run(ctx, counter)
            last_end = await self._last_end(ctx, counter)
            if last_end is not None and date < last_end:
                raise Refusal(
                    ctx.t(
                        "sober-overlap",
                        date=ctx.format_date(date),
                        last_end=ctx.format_date(last_end),
                    )
                )
            moved = date != run.start_date
            earlier = date < run.start_date
            if moved:
                run.start_date = date
                run.milestones_after = after
            if note is not None:
                run.note = note
            ctx.db.add(run)
            said = "sober-corrected"
            if not moved:
                said = "sober-already-starts"
            elif earlier:
                said = "sober-backfilled"
            lead = ctx.t(said, label=texts.counter_name(label, ctx.t), date=ctx.format_date(date))
        await ctx.db.flush()
        prefs = await self._prefs(ctx)
        summary = texts.counter_summary(
            ctx.t,
            ctx.format_date,
            label,
            run.start_date,
            ctx.today(),
            count_from_of(prefs),
            heading=False,
        )
        return self._acknowledged(ctx, f"{lead}\n{summary}", run, prefs, moved)

    @command(
        "sober show",
        direct=True,
        zone=True,
        help="Your days, the next milestone and how far it is",
        example="/sober show label:alcohol",
    )
    async def show(self, ctx: Context, label: LabelArg = None) -> Message:
        counters = [await self._require(ctx, label)] if label else await self._counters(ctx)
        if not counters:
            raise NotFound(ctx.t("sober-no-counter"))
        prefs = await self._prefs(ctx)
        lines = []
        for counter in counters:
            run = await self._active_run(ctx, counter)
            lines.append(
                texts.counter_summary(
                    ctx.t,
                    ctx.format_date,
                    counter.label,
                    run.start_date,
                    ctx.today(),
                    count_from_of(prefs),
                )
            )
            given = self._back(ctx, run, days_sober(run.start_date, ctx.today()))
            if given:
                lines.append("  " + ctx.t("sober-show-back", back=given))
        return Message(text="\n".join(lines))

    @command(
        "sober cost",
        direct=True,
        zone=True,
        help="Money and time back: what it cost a day (off unless you set it)",
        example="/sober cost 12.50 currency:EUR hours:2 label:alcohol",
    )
    async def set_cost(
        self,
        ctx: Context,
        amount: Annotated[Any, cost.Amount(), Help("what you spent a day, or off")],
        currency: Annotated[str | None, cost.Currency(), Help("ISO 4217 code, like EUR")] = None,
        hours: Annotated[float | None, cost.Hours(), Help("hours a day it took")] = None,
        label: LabelArg = None,
    ) -> Message:
        counter = await self._pick(ctx, label)
        run = await self._active_run(ctx, counter)
        name = texts.counter_name(counter.label, ctx.t)
        if amount == "off":
            if currency is not None or hours is not None:
                raise UsageError(ctx.t("sober-cost-off-alone"))
            run.cost_per_day = run.cost_currency = run.hours_per_day = None
            ctx.db.add(run)
            return Message(text=ctx.t("sober-cost-off", label=name))
        if amount == 0 and not hours:
            raise UsageError(ctx.t("sober-cost-no-hours"))
        run.cost_per_day = str(amount)
        run.cost_currency = currency or run.cost_currency or cost.DEFAULT_CURRENCY
        if hours is not None:
            run.hours_per_day = hours or None
        ctx.db.add(run)
        locale = cost.locale_of(ctx.settings(EngineSettings).locale or ctx.locale)
        set_to = cost.describe(
            run.cost_per_day if amount else None,
            run.cost_currency,
            run.hours_per_day,
            locale,
            ctx.t,
        )
        given = self._back(ctx, run, days_sober(run.start_date, ctx.today()))
        if given:
            return Message(text=ctx.t("sober-cost-set-back", label=name, set_to=set_to, back=given))
        return Message(text=ctx.t("sober-cost-set", label=name, set_to=set_to))

    @staticmethod
    def _back(ctx: Context, run: SoberRun, days: int) -> str | None:
        """ "about $4,380 and 730 hours back" over ``days`` of ``run``, or None."""
        return cost.back(
            days,
            run.cost_per_day,
            run.cost_currency,
            run.hours_per_day,
            cost.locale_of(ctx.settings(EngineSettings).locale or ctx.locale),
            ctx.t,
        )

    @command(
        "sober reset",
        direct=True,
        zone=True,
        help="A new start; the run so far stays in your history",
        example="/sober reset label:alcohol date:2026-11-20",
    )
    async def reset(
        self,
        ctx: Context,
        label: LabelArg = None,
        date: Annotated[date | None, Date(allow_future=False), Help("the new start")] = None,
        note: NoteArg = None,
    ) -> Message:
        counter = await self._pick(ctx, label)
        await ctx.hold_community()  # members' commands at once count one at a time
        if await self._run_count(ctx, counter) >= MAX_RUNS:
            raise LimitReached(
                ctx.t(
                    "sober-too-many-runs",
                    label=texts.counter_name(counter.label, ctx.t),
                    limit=MAX_RUNS,
                ),
                limit=MAX_RUNS,
            )
        run = await self._active_run(ctx, counter)
        new_start = date or ctx.today()
        if new_start < run.start_date:
            raise Refusal(
                ctx.t(
                    "sober-reset-before",
                    date=ctx.format_date(new_start),
                    start=ctx.format_date(run.start_date),
                )
            )
        now = ctx.now()
        prefs = await self._prefs(ctx)
        if new_start == run.start_date:  # a new start the same day: still this run
            if note is not None:
                run.note = note
            ctx.db.add(run)
            return self._pause_sharing(
                ctx,
                counter,
                prefs,
                self._acknowledged(
                    ctx,
                    texts.new_start(ctx.t, ctx.format_date, new_start, counter.label, None),
                    run,
                    prefs,
                    True,
                ),
            )
        length = (new_start - run.start_date).days
        run.end_date = new_start
        run.end_note = note
        run.ended_at = now
        ctx.db.add(run)
        fresh = SoberRun(
            counter_id=counter.id,
            member_id=ctx.member.id,
            start_date=new_start,
            milestones_after=tomorrow_starts(ctx.today(), ctx.zone),
            created_at=now,
            # What it cost a day is still true after a new start.
            cost_per_day=run.cost_per_day,
            cost_currency=run.cost_currency,
            hours_per_day=run.hours_per_day,
        )
        ctx.db.add(fresh)
        await ctx.db.flush()
        return self._pause_sharing(
            ctx,
            counter,
            prefs,
            self._acknowledged(
                ctx,
                texts.new_start(ctx.t, ctx.format_date, new_start, counter.label, length),
                fresh,
                prefs,
                True,
            ),
        )

    @staticmethod
    def _pause_sharing(
        ctx: Context, counter: SoberCounter, prefs: SoberPrefs | None, reply: Message
    ) -> Message:
        """A new start is never announced: a shared counter's milestones wait
        for the member's word ("Share your milestones again?")."""
        if prefs is None or prefs.share == "private":
            return reply
        counter.share_paused = True
        ctx.db.add(counter)
        return replace(
            reply,
            text=f"{reply.text}\n\n{ctx.t('sober-sharing-paused')}",
            buttons=(
                *reply.buttons,
                Button(
                    f"{SHARE_AGAIN}:{counter.id}:yes",
                    ctx.t("sober-button-yes"),
                    ButtonStyle.PRIMARY,
                ),
                Button(f"{SHARE_AGAIN}:{counter.id}:no", ctx.t("sober-button-no")),
            ),
        )

    @action(SHARE_AGAIN)
    async def share_again(self, ctx: Context, counter_id: str = "", answer: str = "") -> Message:
        """The answer to "Share your milestones again?" after a reset."""
        counter = await self._own_counter(ctx, counter_id)
        if counter is None or answer not in ("yes", "no"):
            return error(ctx.t("sober-share-again-gone"))
        if answer == "no":
            return Message(text=texts.sharing_kept_private(ctx.t, counter.label))
        counter.share_paused = False
        ctx.db.add(counter)
        prefs = await self._prefs(ctx)
        return Message(
            text=texts.sharing_resumed(ctx.t, counter.label, prefs.share if prefs else "private")
        )

    @command(
        "sober history",
        direct=True,
        zone=True,
        help="Past runs with their lengths",
        example="/sober history label:alcohol",
    )
    async def history(self, ctx: Context, label: LabelArg = None) -> Message:
        counters = [await self._require(ctx, label)] if label else await self._counters(ctx)
        if not counters:
            raise NotFound(ctx.t("sober-no-counter"))
        today = ctx.today()
        count_from = count_from_of(await self._prefs(ctx))
        lines = []
        for counter in counters:
            lines.append(f"**{texts.counter_name(counter.label, ctx.t)}**")
            runs = await self._runs(ctx, counter)
            lines.extend(texts.run_statistics(ctx.t, runs, today, count_from))
            for run in runs[:HISTORY_SHOWN]:
                if run.end_date is None:
                    days = days_sober(run.start_date, today, count_from)
                    line = ctx.t(
                        "sober-history-current",
                        start=ctx.format_date(run.start_date),
                        days=texts.days_text(ctx.t, days),
                    )
                    given = self._back(ctx, run, days_sober(run.start_date, today))
                else:
                    days = (run.end_date - run.start_date).days
                    line = ctx.t(
                        "sober-history-ended",
                        start=ctx.format_date(run.start_date),
                        end=ctx.format_date(run.end_date),
                        days=texts.days_text(ctx.t, days),
                    )
                    given = self._back(ctx, run, days)
                if given:
                    line = ctx.t("sober-history-with-back", line=line, back=given)
                lines.append(f"- {line}")
                for key, value in (
                    ("sober-history-note", run.note),
                    ("sober-history-end-note", run.end_note),
                ):
                    if value:
                        lines.append("  " + ctx.t(key, note=literal(value)))
            if len(runs) > HISTORY_SHOWN:
                more = ctx.t("sober-history-more", count=len(runs) - HISTORY_SHOWN)
                lines.append(f"- {more}")
        return Message(text="\n".join(lines), title=ctx.t("sober-history-title"))

    @command(
        "sober share",
        direct=True,
        help="How your milestones are shared in the milestones channel, "
        "and whether you get milestone roles",
        example="/sober share anonymous roles:on",
    )
    async def share(
        self,
        ctx: Context,
        choice: Annotated[str | None, Choice(choices=SHARE_CHOICES), Positional()] = None,
        roles: Annotated[
            str | None,
            Choice(choices=ROLES_CHOICES),
            Help("whether you get the milestone roles moderators set (default off)"),
        ] = None,
    ) -> Message:
        if choice is None and roles is None:
            raise UsageError(ctx.t("sober-share-usage"))
        prefs = await self._prefs(ctx, create=True)
        lines = []
        if choice is not None:
            prefs.share = choice
            if choice != "private":  # the member's word: paused counters share again
                for counter in await self._counters(ctx):
                    if counter.share_paused:
                        counter.share_paused = False
                        ctx.db.add(counter)
            lines.append(ctx.t(texts.SHARE_KEYS[choice], user=f"<@{ctx.user_id}>"))
            if choice != "private" and not ctx.channel("milestones"):
                lines.append(ctx.t("sober-share-no-channel"))
        if roles is not None:
            prefs.roles = roles == "on"
            lines.append(ctx.t(texts.ROLES_KEYS[prefs.roles]))
        if prefs.roles and prefs.share == "private":
            lines.append(ctx.t("sober-roles-need-sharing"))
        ctx.db.add(prefs)
        return Message(text="\n".join(lines))

    @command(
        "sober remove",
        direct=True,
        help="Delete one counter and its history (asks first)",
        example="/sober remove label:alcohol confirm",
    )
    async def remove(
        self,
        ctx: Context,
        label: Annotated[str, Label(), Named(), Help("the counter to delete")],
        confirm: Annotated[Literal["confirm"] | None, Positional()] = None,
    ) -> Message:
        counter = await self._require(ctx, label)
        if confirm == "confirm":
            return await self._remove(ctx, counter)
        return Message(
            text=ctx.t("sober-remove-ask", label=texts.counter_name(counter.label, ctx.t)),
            buttons=(
                Button(
                    f"sober:remove:{counter.id}:confirm",
                    ctx.t("sober-button-delete"),
                    ButtonStyle.DANGER,
                ),
                Button(f"sober:remove:{counter.id}:cancel", ctx.t("sober-button-keep")),
            ),
        )

    @action("sober:remove")
    async def remove_button(self, ctx: Context, counter_id: str = "", choice: str = "") -> Message:
        counter = (
            await ctx.db.get(SoberCounter, int(counter_id)) if counter_id.isdecimal() else None
        )
        if counter is None or counter.member_id != ctx.member.id:
            return error(ctx.t("sober-remove-gone"))
        if choice == "confirm":
            return await self._remove(ctx, counter)
        if choice == "cancel":
            return Message(
                text=ctx.t("sober-remove-kept", label=texts.counter_name(counter.label, ctx.t))
            )
        return error(ctx.t("sober-remove-stale"))

    async def _remove(self, ctx: Context, counter: SoberCounter) -> Message:
        label = counter.label
        await ctx.db.exec(delete(SoberRun).where(SoberRun.counter_id == counter.id))
        await ctx.db.delete(counter)
        return Message(text=ctx.t("sober-removed", label=texts.counter_name(label, ctx.t)))

    @command(
        "sober count",
        direct=True,
        help="Count your start day as day 0 (default) or as day 1",
        example="/sober count from-one",
    )
    async def count(self, ctx: Context, convention: Literal["from-zero", "from-one"]) -> Message:
        prefs = await self._prefs(ctx, create=True)
        before, prefs.count_from = prefs.count_from or 0, COUNT_CHOICES[convention]
        ctx.db.add(prefs)
        if prefs.count_from > before:  # every mark moves a day earlier
            await self._keep_marks_crossed_today(ctx, prefs)
        return Message(text=ctx.t(texts.COUNT_KEYS[prefs.count_from]))

    @command(
        "sober morning",
        direct=True,
        zone=True,
        help="When milestone congratulations arrive (your local time; default 09:00)",
        example="/sober morning 07:30",
    )
    async def morning(
        self, ctx: Context, time: Annotated[time, Help("local time of milestone messages")]
    ) -> Message:
        prefs = await self._prefs(ctx, create=True)
        prefs.morning = f"{time:%H:%M}"
        ctx.db.add(prefs)
        return Message(text=ctx.t("sober-morning-set", time=prefs.morning, zone=ctx.zone))

    @command(
        "sober roles",
        help="Moderators: a role granted at a milestone (where the platform has roles)",
        example="/sober roles 90d 90 Days",
        moderator=True,
        consent=False,
    )
    async def roles(
        self,
        ctx: Context,
        milestone: Annotated[Milestone, MilestoneOpt()],
        role: Annotated[str, Text(max_length=100), Help("a role name, or off"), Rest()],
    ) -> Message:
        mapping = dict(ctx.settings(SoberSettings).milestone_roles)
        name = texts.milestone_name(ctx.t, milestone)
        if role.lower() == "off":
            mapping.pop(milestone.code, None)
            text = ctx.t("sober-role-off", milestone=name)
        else:
            mapping[milestone.code] = role
            said = "sober-role-set" if ctx.has(Capability.ROLES) else "sober-role-set-no-roles"
            text = ctx.t(said, milestone=name, role=literal(role))
        ctx.update_settings(SoberSettings, milestone_roles=mapping)
        return Message(text=text)

    # -- milestones -------------------------------------------------------

    @job(KIND, holdable=True)
    async def milestone(self, ctx: Context, due: Due) -> None:
        run = await ctx.db.get(SoberRun, due.job.payload["run_id"])
        if run is None or run.end_date is not None:
            raise Skip("the run has ended")
        milestone = parse_milestone(due.job.payload["code"])
        prefs = await self._prefs(ctx)
        count_from = count_from_of(prefs)
        if milestone is None or (
            milestone.reached_on(run.start_date, count_from).isoformat() != due.job.payload["date"]
        ):
            raise Skip("the start date or the counting changed")
        if milestone_at(milestone, run.start_date, ctx.zone, morning_of(prefs), count_from) < (
            run.milestones_after
        ):
            raise Skip("reached before the counter was set")
        counter = await ctx.db.get(SoberCounter, run.counter_id)
        # Held through quiet hours (bot.holding) is not late: it waited on purpose.
        late = due.late and not due.held
        chip = chip_file(milestone, texts.chip_unit(ctx.t, milestone))
        try:
            await ctx.send_dm(
                ctx.user_id,
                Message(
                    text=texts.congratulation(
                        ctx.t,
                        ctx.format_date,
                        counter.label,
                        milestone,
                        run.start_date,
                        reached=date.fromisoformat(due.job.payload["date"]),
                        today=ctx.today(),
                        late=late,
                    )
                    + texts.given_back(
                        ctx.t, self._back(ctx, run, days_sober(run.start_date, ctx.today()))
                    ),
                    files=(chip,),
                ),
            )
        except Undeliverable:  # closed DMs must not cost the post, the role or what follows
            pass  # (a passing failure raises anything else, and the scheduler retries)
        share = "private" if prefs is None or counter.share_paused else prefs.share
        channel = ctx.channel("milestones")
        if share != "private" and channel:
            # The channel reads the community's language, not this member's.
            here = ctx.community_locale

            def say(key: str, **args: Any) -> str:
                return translate(here, key, **args)

            named = ctx.user_id if share == "named" else None
            files = (chip_file(milestone, texts.chip_unit(say, milestone)),)
            post = Message(text=texts.channel_post(say, milestone, named))
            await ctx.post(channel, replace(post, files=files if ctx.has(Capability.FILES) else ()))
        role = ctx.settings(SoberSettings).milestone_roles.get(milestone.code)
        if role and share != "private" and prefs.roles:  # a role is public: theirs to choose
            await ctx.grant_role(ctx.user_id, role)

    async def jobs_for(self, ctx: Context, scope: Scope) -> Iterable[JobSpec]:
        """Each ongoing run's next milestone (and one missed within the grace),
        at the member's morning in their zone."""
        query = select(SoberRun, Member).join(Member, Member.id == SoberRun.member_id)
        query = query.where(SoberRun.end_date.is_(None))
        if scope.members is not None:
            query = query.where(SoberRun.member_id.in_(sorted(scope.members)))
        runs = (await ctx.db.exec(query)).all()
        if not runs:
            return []
        member_ids = sorted({run.member_id for run, _ in runs})
        query = select(SoberPrefs).where(SoberPrefs.member_id.in_(member_ids))
        prefs = {p.member_id: p for p in await ctx.db.exec(query)}
        now = ctx.now()
        specs: list[JobSpec] = []
        for run, member in runs:
            zone = ctx.zone_of(member)
            specs.extend(specs_for_run(run, prefs.get(run.member_id), zone, now))
        return specs

    # -- data hooks -------------------------------------------------------

    async def export_user_data(self, ctx: Context, member: Member) -> dict[str, Any] | None:
        counters = (
            await ctx.db.exec(select(SoberCounter).where(SoberCounter.member_id == member.id))
        ).all()
        counters = sorted(counters, key=lambda counter: counter.label)
        prefs = (
            await ctx.db.exec(select(SoberPrefs).where(SoberPrefs.member_id == member.id))
        ).first()
        if not counters and prefs is None:
            return None
        exported = []
        for counter in counters:
            runs = await self._runs(ctx, counter)
            exported.append(
                {
                    "label": counter.label,
                    "created_at": counter.created_at.isoformat(),
                    "sharing_paused_after_a_new_start": counter.share_paused,
                    "runs": [
                        {
                            "start_date": run.start_date.isoformat(),
                            "end_date": run.end_date.isoformat() if run.end_date else None,
                            "days": (run.end_date - run.start_date).days if run.end_date else None,
                            "note": run.note,
                            "note_at_new_start": run.end_note,
                            "ended_at": run.ended_at.isoformat() if run.ended_at else None,
                            "cost_per_day": run.cost_per_day,
                            "cost_currency": run.cost_currency,
                            "hours_per_day": run.hours_per_day,
                        }
                        for run in reversed(runs)
                    ],
                }
            )
        data: dict[str, Any] = {"counters": exported}
        if prefs is not None:
            data["preferences"] = {
                "share": prefs.share,
                "count_start_day_as": prefs.count_from,
                "morning": prefs.morning,
                "milestone_roles": prefs.roles,
            }
        return data

    async def delete_user_data(self, ctx: Context, member: Member) -> None:
        for table in (SoberRun, SoberCounter, SoberPrefs):
            await ctx.db.exec(delete(table).where(table.member_id == member.id))

    async def stats(self, ctx: Context) -> dict[str, int]:
        """Counters in use, and the collective days of members who share their
        milestones — only when at least five share, so no one can be singled out."""
        # Column queries say their community outright (the automatic scope is
        # written for entity loads).
        here = ctx.community.id
        counting = set(
            (
                await ctx.db.exec(
                    select(SoberCounter.member_id).where(SoberCounter.community_id == here)
                )
            ).all()
        )
        shares = select(SoberPrefs.member_id).where(
            SoberPrefs.community_id == here, SoberPrefs.share != "private"
        )
        sharing = set((await ctx.db.exec(shares)).all()) & counting
        figures = {
            ctx.t("sober-figure-counters"): len(counting),
            ctx.t("sober-figure-sharing"): len(sharing),
        }
        if len(sharing) >= 5:
            rows = (
                await ctx.db.exec(
                    select(SoberRun, Member)
                    .join(Member, Member.id == SoberRun.member_id)
                    .where(SoberRun.end_date.is_(None), SoberRun.member_id.in_(sharing))
                )
            ).all()
            total = 0
            now = ctx.now()
            for run, member in rows:
                today = local_today(now, ctx.zone_of(member))
                total += max(0, days_sober(run.start_date, today))
            figures[ctx.t("sober-figure-collective")] = total
        return figures

    # -- helpers ----------------------------------------------------------

    async def _counters(self, ctx: Context) -> list[SoberCounter]:
        result = await ctx.db.exec(
            select(SoberCounter).where(SoberCounter.member_id == ctx.member.id)
        )
        # Labels are encrypted: sorted here, not in SQL.
        return sorted(result.all(), key=lambda counter: counter.label)

    async def _counter(self, ctx: Context, label: str) -> SoberCounter | None:
        label = texts.stored_label(label, ctx.t)
        result = await ctx.db.exec(
            select(SoberCounter).where(
                SoberCounter.member_id == ctx.member.id,
                matches(SoberCounter.label_hash, label, ctx.member.id),
            )
        )
        return result.first()

    async def _own_counter(self, ctx: Context, counter_id: str) -> SoberCounter | None:
        """The member's own counter by id (a button's), or None."""
        if not counter_id.isdigit():
            return None
        result = await ctx.db.exec(
            select(SoberCounter).where(
                SoberCounter.id == int(counter_id), SoberCounter.member_id == ctx.member.id
            )
        )
        return result.first()

    async def _require(self, ctx: Context, label: str) -> SoberCounter:
        counter = await self._counter(ctx, label)
        if counter is None:
            raise NotFound(self._no_such(ctx, label, await self._counters(ctx)))
        return counter

    async def _pick(self, ctx: Context, label: str | None) -> SoberCounter:
        """The named counter; unnamed: ``sobriety``, else the only one there is."""
        if label:
            return await self._require(ctx, label)
        counters = await self._counters(ctx)
        for counter in counters:
            if counter.label == DEFAULT_LABEL:
                return counter
        if len(counters) == 1:
            return counters[0]
        if not counters:
            raise NotFound(ctx.t("sober-no-counter"))
        names = ", ".join(texts.counter_name(c.label, ctx.t) for c in counters)
        raise UsageError(ctx.t("sober-which-counter", names=names))

    @staticmethod
    def _no_such(ctx: Context, label: str, counters: list[SoberCounter]) -> str:
        if not counters:
            return ctx.t("sober-no-such-counter", label=literal(label))
        names = ", ".join(texts.counter_name(c.label, ctx.t) for c in counters)
        return ctx.t("sober-no-such-counter-yours", label=literal(label), names=names)

    async def _active_run(self, ctx: Context, counter: SoberCounter) -> SoberRun:
        result = await ctx.db.exec(
            select(SoberRun).where(SoberRun.counter_id == counter.id, SoberRun.end_date.is_(None))
        )
        return result.one()

    async def _runs(self, ctx: Context, counter: SoberCounter) -> list[SoberRun]:
        """The counter's runs, newest first."""
        result = await ctx.db.exec(
            select(SoberRun)
            .where(SoberRun.counter_id == counter.id)
            .order_by(SoberRun.start_date.desc(), SoberRun.id.desc())
        )
        return list(result.all())

    async def _run_count(self, ctx: Context, counter: SoberCounter) -> int:
        query = select(func.count(SoberRun.id)).where(SoberRun.counter_id == counter.id)
        return (await ctx.db.exec(query)).one()

    async def _last_end(self, ctx: Context, counter: SoberCounter) -> date | None:
        ends = [run.end_date for run in await self._runs(ctx, counter) if run.end_date]
        return max(ends, default=None)

    async def _prefs(self, ctx: Context, create: bool = False) -> SoberPrefs | None:
        prefs = (
            await ctx.db.exec(select(SoberPrefs).where(SoberPrefs.member_id == ctx.member.id))
        ).first()
        if prefs is None and create:
            prefs = SoberPrefs(member_id=ctx.member.id)
            ctx.db.add(prefs)
        return prefs

    @staticmethod
    def _acknowledged(
        ctx: Context, text: str, run: SoberRun, prefs: SoberPrefs | None, moved: bool
    ) -> Message:
        """The reply, with today's milestone (if the new start makes one) said
        and its chip: the scheduled ones start tomorrow, whatever the hour."""
        mark = reached_today(run.start_date, ctx.today(), count_from_of(prefs)) if moved else None
        if mark is None:
            return Message(text=text)
        chip = chip_file(mark, texts.chip_unit(ctx.t, mark))
        return Message(text=f"{texts.reached_today(ctx.t, mark)}\n{text}", files=(chip,))

    async def _keep_marks_crossed_today(self, ctx: Context, prefs: SoberPrefs) -> None:
        """A mark that counting from one brings to today is congratulated (at
        once), even on a run whose start was set today."""
        morning = morning_of(prefs)
        for run in await self._ongoing(ctx):
            mark = reached_today(run.start_date, ctx.today(), prefs.count_from)
            if mark is not None:
                at = milestone_at(mark, run.start_date, ctx.zone, morning, prefs.count_from)
                run.milestones_after = min(run.milestones_after, at)
                ctx.db.add(run)

    async def _ongoing(self, ctx: Context) -> list[SoberRun]:
        result = await ctx.db.exec(
            select(SoberRun).where(SoberRun.member_id == ctx.member.id, SoberRun.end_date.is_(None))
        )
        return list(result.all())
