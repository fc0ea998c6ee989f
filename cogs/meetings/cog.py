"""/meeting — recurring meetings with reminders, RSVPs and a calendar file.

Work the scheduler does for a series (each claimed once in the ledger, so it
happens exactly once across restarts and instances):

* ``meeting:remind`` — one job per (meeting, lead): ``lead`` minutes before each
  start, the announcement with RSVP buttons (or, for a cancelled date, one
  "no meeting this week" note at the earliest lead). Its grace is the lead
  itself: after downtime a reminder is still posted late while the meeting
  has not started, and skipped (recorded) once it has.
* ``meeting:going`` — one job per member who answered *going* for an
  occurrence: a private DM ten minutes (or the member's own lead) before the
  start (per member, so one member's reminder is claimed on its own and
  erasure drops it with the member).
* ``meeting:cannot-post`` — when a reminder finds Haven may not post in the
  meeting's channel: one note to moderators per meeting (a ``once_key``).
* ``meeting:mirror`` — while the scheduled-event mirror is on: at each start,
  move the meeting's one platform event on to its next occurrence.

An RSVP answers for the next occurrence that has not started yet, whether it
comes from a button or from ``/meeting rsvp``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated, Literal

from apscheduler.triggers.date import DateTrigger
from sqlmodel import delete, func, select

from bot.api import (
    Capability,
    ChannelOpt,
    Choice,
    Cog,
    Context,
    Due,
    File,
    HomeSection,
    HomeSections,
    Integer,
    JobSpec,
    Limit,
    LimitReached,
    ListOf,
    Member,
    Message,
    Named,
    NotFound,
    Ref,
    Refusal,
    Scope,
    Skip,
    Text,
    TooSoon,
    UsageError,
    Zone,
    action,
    as_zone,
    choose_language,
    command,
    error,
    job,
    literal,
    local_datetime,
    timestamp,
    wait_words,
)

from . import http, ics, mirror
from .directory import Directory, sync_job
from .messages import (
    CHOICES,
    Say,
    announcement,
    cancelled_note,
    cannot_post_note,
    describe,
    details,
    going_reminder,
    lead_words,
    removed_note,
)
from .models import CalendarToken, Meeting, MeetingFeed, MeetingPost, MeetingRsvp, MeetingSkip
from .options import EveryWeeks, HttpLink, MeetingId, Phone, Weekday
from .recurrence import WEEKDAYS, LeadTrigger, StartTrigger, monday_of
from .types import LanguageCode, TypeCodes

DEFAULT_LEADS = (60, 10)
#: Minutes before the start of a going member's private reminder, unless they chose.
GOING_LEAD = 10
#: ``MeetingPost.lead`` of a "no meeting this week" note (reminder leads are >= 1).
NOTE_LEAD = 0
LIST_DAYS = 7
#: How many cancelled occurrences in a row an RSVP looks past for the next one.
MAX_LOOKAHEAD = 60
#: Meeting series one community may keep: each brings reminder jobs and posts,
#: and a moderator's typo loop (or a compromised moderator) must not grow them
#: without end.
MAX_MEETINGS = 200
#: Each answer edits the public counts: changes per member and occurrence are limited.
RSVP_LIMIT = Limit(times=5, per=timedelta(minutes=10))


def cannot_post(channel: str, t: Say) -> str:
    return t("meetings-cannot-post", channel=channel)


def starts_of(meeting: Meeting) -> StartTrigger:
    return StartTrigger(
        meeting.days, meeting.hour, meeting.minute, meeting.zone,
        meeting.every_weeks, meeting.anchor,
    )  # fmt: skip


def remind_jobs(meeting: Meeting) -> list[JobSpec]:
    starts = starts_of(meeting)
    return [
        JobSpec(
            job_id=f"meeting:{meeting.id}:lead:{lead}",
            kind="meeting:remind",
            trigger=LeadTrigger(starts, timedelta(minutes=lead)),
            community_id=meeting.community_id,
            payload={"meeting_id": meeting.id, "lead": lead},
            grace=timedelta(minutes=lead),
        )
        for lead in meeting.lead_minutes
    ]


def mirror_job(meeting: Meeting) -> JobSpec:
    """At each start, move the mirrored event on to the next occurrence."""
    return JobSpec(
        job_id=f"meeting:{meeting.id}:mirror",
        kind="meeting:mirror",
        trigger=starts_of(meeting),
        community_id=meeting.community_id,
        payload={"meeting_id": meeting.id},
        # Long enough that after any downtime the latest missed start still runs.
        grace=timedelta(weeks=meeting.every_weeks, days=1),
    )


def going_lead(rsvp: MeetingRsvp) -> timedelta:
    return timedelta(minutes=rsvp.remind or GOING_LEAD)


def going_job(rsvp: MeetingRsvp) -> JobSpec:
    lead = going_lead(rsvp)
    return JobSpec(
        job_id=f"meeting:{rsvp.meeting_id}:going:{rsvp.member_id}:{rsvp.occurrence:%Y%m%dT%H%MZ}",
        kind="meeting:going",
        trigger=DateTrigger(run_date=rsvp.occurrence - lead),
        community_id=rsvp.community_id,
        member_id=rsvp.member_id,
        payload={"meeting_id": rsvp.meeting_id, "start": rsvp.occurrence.isoformat()},
        grace=lead,
    )


def cannot_post_job(meeting: Meeting, now: datetime) -> JobSpec:
    """Tell moderators, once per meeting, that its reminders are not going out."""
    return JobSpec(
        job_id=f"meeting:{meeting.id}:cannot-post",
        kind="meeting:cannot-post",
        trigger=DateTrigger(run_date=now),
        community_id=meeting.community_id,
        payload={"meeting_id": meeting.id},
        grace=timedelta(hours=1),
        once_key=f"meeting:{meeting.id}:cannot-post",
    )


class Meetings(Directory, Cog):
    name = "meetings"
    description = "Recurring meetings: announcements, reminders, RSVPs and a calendar"
    privacy = "meetings-privacy"  # "meeting RSVPs" (locales/*/privacy.ftl)
    migrations = Path(__file__).parent / "migrations"
    job_sources = (Meeting, MeetingRsvp, MeetingFeed)
    provides = (HomeSections,)

    def home_sections(self) -> tuple[HomeSection, ...]:
        return (HomeSection("meetings-home-title", "meeting list", place=30),)

    # -- commands ---------------------------------------------------------

    @command(
        "meeting add",
        help="Add a recurring meeting (reminders 60 and 10 minutes before by default)",
        example='/meeting add title:"Evening circle" day:mon,thu time:19:00 '
        "tz:America/New_York link:https://meet.example.org/circle duration:90 types:O,D",
        moderator=True,
        consent=False,
    )
    async def add(
        self,
        ctx: Context,
        title: Annotated[str, Text(max_length=200), Named()],
        day: Annotated[tuple[str, ...], ListOf(Weekday(), max_items=7), Named()],
        time: Annotated[time, Named()],
        tz: Annotated[str, Zone(), Named()],
        every: Annotated[int, EveryWeeks()] = 1,
        channel: Annotated[str | None, ChannelOpt()] = None,
        link: Annotated[str | None, HttpLink()] = None,
        remind: Annotated[
            tuple[int, ...] | None, ListOf(Integer(min_value=1, max_value=1440), max_items=5)
        ] = None,
        about: Annotated[str | None, Text(max_length=1000)] = None,
        duration: Annotated[int, Integer(min_value=5, max_value=720)] = 60,
        types: Annotated[tuple[str, ...] | None, TypeCodes()] = None,
        phone: Annotated[str | None, Phone()] = None,
        passcode: Annotated[str | None, Text(max_length=100, example="serenity")] = None,
        language: Annotated[str | None, LanguageCode()] = None,
        public: bool = False,
    ) -> Message:
        channel = channel or ctx.channel("announcements")
        if not channel:
            raise Refusal(ctx.t("meetings-no-channel"))
        if not await ctx.can_post(channel):
            raise Refusal(cannot_post(channel, ctx.t))
        # Counted under the community's lock, after the platform calls above
        # (each commits first), so the lock is held until this meeting commits.
        await ctx.hold_community()
        count = await self._count(ctx)
        if count >= MAX_MEETINGS:
            raise LimitReached(
                ctx.t("meetings-add-limit", count=count, most=MAX_MEETINGS), limit=MAX_MEETINGS
            )
        days = sorted(day, key=WEEKDAYS.index)
        leads = sorted(set(remind or DEFAULT_LEADS), reverse=True)
        meeting = Meeting(
            title=title,
            weekdays=",".join(days),
            hour=time.hour,
            minute=time.minute,
            zone=tz,
            every_weeks=every,
            anchor=_first_week(days, time.hour, time.minute, tz, ctx.now()),
            channel=channel,
            link=link,
            leads=",".join(map(str, leads)),
            about=about,
            created_at=ctx.now(),
            duration=duration,
            types=",".join(types or ()),
            phone=phone,
            passcode=passcode,
            language=language,
            public=public,
        )
        ctx.db.add(meeting)
        await ctx.db.flush()
        first = starts_of(meeting).get_next_fire_time(None, ctx.now())
        text = describe(meeting, ctx.locale)
        text += "\n" + ctx.t("meetings-added-first", start=timestamp(first, "F"))
        if mirror.enabled(ctx):
            text += "\n" + await self._mirror(ctx, meeting)
        return Message(text=text)

    @command(
        "meeting list",
        help="The next 7 days of meetings, in your own time",
        example="/meeting list",
        consent=False,
    )
    async def list_meetings(self, ctx: Context) -> Message:
        now = ctx.now()
        upcoming = []
        for meeting in await self._meetings(ctx):
            skipped = await self._skipped_days(ctx, meeting.id)
            for start in starts_of(meeting).between(now, now + timedelta(days=LIST_DAYS)):
                cancelled = _local_day(meeting, start) in skipped
                upcoming.append((start, meeting.id, meeting, cancelled))
        if not upcoming:
            return Message(text=ctx.t("meetings-list-none"))
        lines = [ctx.t("meetings-list-heading")]
        shown: set[int] = set()
        for start, _, meeting, cancelled in sorted(upcoming, key=lambda u: u[:2]):
            key = "meetings-list-item-cancelled" if cancelled else "meetings-list-item"
            item = ctx.t(key, start=timestamp(start, "F"), title=literal(meeting.title),
                         id=str(meeting.id))  # fmt: skip
            lines.append(f"- {item}")
            if not cancelled and meeting.id not in shown:  # details once per series
                shown.add(meeting.id)
                if meeting.link:
                    lines.append(f"  {ctx.t('meetings-join', link=meeting.link)}")
                lines += [f"  {d}" for d in details(meeting, private=True, locale=ctx.locale)]
        return Message(text="\n".join(lines))

    @command(
        "meeting rsvp",
        help="Going, maybe or no for the next meeting of a series; "
        "going: a private reminder, 10 min before",
        example="/meeting rsvp 1 going remind:30",
    )
    async def rsvp(
        self,
        ctx: Context,
        meeting: MeetingId,
        answer: Annotated[str, Choice(choices=CHOICES)],
        remind: Annotated[int | None, Integer(min_value=1, max_value=1440)] = None,
    ) -> Message:
        if remind is not None and answer != "going":
            raise UsageError(ctx.t("meetings-rsvp-remind-going-only"))
        return await self._answer(ctx, meeting, answer, remind)

    @action("meeting:rsvp")
    async def rsvp_button(self, ctx: Context, meeting_id: str = "", answer: str = "") -> Message:
        if not meeting_id.isdigit() or answer not in CHOICES:
            raise Refusal(ctx.t("meetings-button-gone"))
        return await self._answer(ctx, int(meeting_id), answer)

    @command(
        "meeting skip",
        help="Cancel one meeting (a short note goes out instead of the reminder)",
        example="/meeting skip 1 2026-12-24",
        moderator=True,
        consent=False,
    )
    async def skip(self, ctx: Context, meeting: MeetingId, date: date) -> Message:
        meeting = await self._meeting(ctx, meeting)
        start = local_datetime(date, meeting.hour, meeting.minute, meeting.zone)
        weekday = WEEKDAYS[date.weekday()]
        if weekday not in meeting.days or not starts_of(meeting).in_active_week(start):
            raise Refusal(
                ctx.t("meetings-skip-not-that-day", title=literal(meeting.title),
                      day=ctx.format_date(date, "full"))
            )  # fmt: skip
        if start <= ctx.now():
            raise Refusal(ctx.t("meetings-skip-started", day=ctx.format_date(date)))
        if date in await self._skipped_days(ctx, meeting.id):
            return Message(
                text=ctx.t("meetings-skip-already", title=literal(meeting.title),
                           day=ctx.format_date(date))
            )  # fmt: skip
        was_next = await self._next_start(ctx, meeting) == start
        ctx.db.add(MeetingSkip(meeting_id=meeting.id, day=date))
        await ctx.db.flush()
        text = ctx.t(
            "meetings-skip-done", title=literal(meeting.title), start=timestamp(start, "F")
        )
        if await self._posts(ctx, meeting.id, start):  # already announced: say so now
            if await ctx.can_post(meeting.channel):
                await self._post_note(ctx, meeting, start)
            else:
                text += "\n" + cannot_post(meeting.channel, ctx.t)
        if was_next and mirror.enabled(ctx):
            text += "\n" + await self._mirror(ctx, meeting)
        return Message(text=text)

    @command(
        "meeting remove",
        help="Delete a meeting series and its pending reminders",
        example="/meeting remove 1",
        moderator=True,
        consent=False,
    )
    async def remove(self, ctx: Context, meeting: MeetingId) -> Message:
        meeting = await self._meeting(ctx, meeting)
        number = meeting.id
        title = meeting.title
        going = await self._going_members(ctx, meeting)
        note = {uid: removed_note(meeting, start, locale) for uid, (start, locale) in going.items()}
        if mirror.available(ctx):
            await mirror.drop(ctx, meeting)
        for table in (MeetingPost, MeetingRsvp, MeetingSkip):
            await ctx.db.exec(delete(table).where(table.meeting_id == number))
        await ctx.db.delete(meeting)
        await ctx.db.flush()
        text = ctx.t("meetings-removed", title=literal(title), id=str(number))
        if note:
            reached = [await ctx.reach(uid, msg) for uid, msg in note.items()]
            told = sum(map(bool, reached))
            if 0 < told < len(note):
                going = ctx.t("meetings-removed-going-some", going=len(note), told=told,
                              missed=len(note) - told)  # fmt: skip
            else:
                key = "meetings-removed-going-told" if told else "meetings-removed-going-untold"
                going = ctx.t(key, going=len(note), told=told)
            text += " " + going
        return Message(text=text)

    async def _going_members(
        self, ctx: Context, meeting: Meeting
    ) -> dict[str, tuple[datetime, str]]:
        """Platform id → the next occurrence each member said they're going to,
        and the language to tell them in: a DM has no interaction to read their
        app's from, so their own choice, else the community's (as scheduled DMs)."""
        community = ctx.community_locale
        rows = await ctx.db.exec(
            select(Member.platform_user_id, MeetingRsvp.occurrence, Member.language)
            .join(MeetingRsvp, MeetingRsvp.member_id == Member.id)
            .where(
                MeetingRsvp.meeting_id == meeting.id,
                MeetingRsvp.status == "going",
                MeetingRsvp.occurrence > ctx.now(),
            )
            .order_by(MeetingRsvp.occurrence)
        )
        going: dict[str, tuple[datetime, str]] = {}
        for uid, start, language in rows.all():
            going.setdefault(uid, (start, choose_language(language, None, community)))
        return going

    @command(
        "meeting mirror",
        help="Mirror each meeting's next occurrence as a scheduled event (Discord)",
        example="/meeting mirror on",
        moderator=True,
        consent=False,
    )
    async def mirror_setting(self, ctx: Context, state: Literal["on", "off"]) -> Message:
        if not mirror.available(ctx):
            return error(ctx.t("meetings-mirror-unavailable"))
        on = state == "on"
        ctx.update_settings(mirror.MeetingSettings, mirror=on)
        meetings = await self._meetings(ctx)
        failed = 0
        for meeting in meetings:
            if on:
                failed += not await mirror.place(ctx, meeting, await self._next_start(ctx, meeting))
            else:
                failed += not await mirror.drop(ctx, meeting)
        await ctx.db.flush()
        await ctx.audit(f"meeting mirror {state}")
        if on:
            text = ctx.t("meetings-mirror-on", done=len(meetings) - failed, count=len(meetings))
        else:
            text = ctx.t("meetings-mirror-off", done=len(meetings) - failed)
        if failed:
            text += "\n" + ctx.t("meetings-mirror-some-failed", count=failed)
        return Message(text=text)

    @command(
        "meeting calendar",
        help="An iCalendar (.ics) file of the community's meetings",
        example="/meeting calendar",
        consent=False,
    )
    async def calendar(self, ctx: Context) -> Message:
        meetings = await self._meetings(ctx)
        if not meetings:
            return Message(text=ctx.t("meetings-calendar-none"))
        entries = [(m, sorted(await self._skipped_days(ctx, m.id))) for m in meetings]
        data = ics.calendar(
            entries,
            community=ctx.community.name,
            uid_domain=f"{ctx.community.platform}-{ctx.community.workspace_id}.haven",
            now=ctx.now(),
            t=ctx.t,  # the file's own words in the language of the member who asked
        )
        return Message(
            text=ctx.t("meetings-calendar-file", count=len(meetings)),
            files=(File("meetings.ics", data, "text/calendar"),),
        )

    # -- scheduled work ---------------------------------------------------

    @job("meeting:remind")
    async def remind(self, ctx: Context, due: Due) -> None:
        meeting = await ctx.db.get(Meeting, due.job.payload["meeting_id"])
        if meeting is None:
            raise Skip("meeting removed")
        lead = due.job.payload["lead"]
        start = due.scheduled_for + timedelta(minutes=lead)
        if ctx.now() >= start:
            raise Skip("meeting already started")
        if any(
            m < lead and start - timedelta(minutes=m) <= ctx.now() for m in meeting.lead_minutes
        ):
            raise Skip("a nearer reminder is due too")  # after downtime: post only that one
        if not await ctx.can_post(meeting.channel):
            if ctx.channel("moderators"):
                ctx.later(cannot_post_job(meeting, ctx.now()))
            raise Skip("cannot post in channel")
        if _local_day(meeting, start) in await self._skipped_days(ctx, meeting.id):
            if any(p.lead == NOTE_LEAD for p in await self._posts(ctx, meeting.id, start)):
                raise Skip("occurrence cancelled")
            await self._post_note(ctx, meeting, start)
            return
        counts = await self._counts(ctx, meeting.id, start)
        post = announcement(meeting, start, counts, late=due.late, locale=ctx.community_locale)
        ref = await ctx.post(meeting.channel, post)
        ctx.db.add(
            MeetingPost(
                meeting_id=meeting.id, occurrence=start, lead=lead, late=due.late,
                platform=ref.platform, workspace=ref.workspace, ref_id=ref.id,
            )
        )  # fmt: skip

    @job("meeting:going")
    async def going(self, ctx: Context, due: Due) -> None:
        meeting = await ctx.db.get(Meeting, due.job.payload["meeting_id"])
        if meeting is None:
            raise Skip("meeting removed")
        start = datetime.fromisoformat(due.job.payload["start"])
        if ctx.now() >= start:
            raise Skip("meeting already started")
        if _local_day(meeting, start) in await self._skipped_days(ctx, meeting.id):
            raise Skip("occurrence cancelled")
        rsvp = (
            await ctx.db.exec(
                select(MeetingRsvp).where(
                    MeetingRsvp.meeting_id == meeting.id,
                    MeetingRsvp.member_id == ctx.member.id,
                    MeetingRsvp.occurrence == start,
                )
            )
        ).first()
        if rsvp is None or rsvp.status != "going":
            raise Skip("no longer going")
        await ctx.send_dm(ctx.member.platform_user_id, going_reminder(meeting, start, ctx.locale))

    @job("meeting:cannot-post")
    async def tell_cannot_post(self, ctx: Context, due: Due) -> None:
        meeting = await ctx.db.get(Meeting, due.job.payload["meeting_id"])
        if meeting is None:
            raise Skip("meeting removed")
        moderators = ctx.channel("moderators")
        if not moderators:
            raise Skip("no moderators channel")
        if not await ctx.can_post(moderators):
            raise Skip("cannot post in the moderators channel either")
        await ctx.post(moderators, cannot_post_note(meeting, ctx.community_locale))

    @job("meeting:mirror")
    async def move_mirror(self, ctx: Context, due: Due) -> None:
        meeting = await ctx.db.get(Meeting, due.job.payload["meeting_id"])
        if meeting is None:
            raise Skip("meeting removed")
        if not mirror.enabled(ctx):
            raise Skip("mirror off")
        if _local_day(meeting, due.scheduled_for) in await self._skipped_days(ctx, meeting.id):
            raise Skip("occurrence cancelled")  # the skip moved the event already
        if due.scheduled_for < meeting.created_at:
            raise Skip("before the meeting was added")
        after = due.scheduled_for + timedelta(seconds=1)
        later = starts_of(meeting).get_next_fire_time(None, after)
        if later is not None and later <= ctx.now():
            raise Skip("a later start is due too")  # after downtime: move it once
        if not await mirror.place(ctx, meeting, await self._next_start(ctx, meeting)):
            raise Skip("platform refused the scheduled event")

    async def jobs_for(self, ctx: Context, scope: Scope) -> list[JobSpec]:
        """Each meeting's reminders (and, with the mirror on, its event's move
        at each start): the community's own; each going member's reminder:
        theirs (answers for occurrences up to a day ago)."""
        specs: list[JobSpec] = []
        if scope.community:
            meetings = (await ctx.db.exec(select(Meeting))).all()
            mirrored = ctx.settings(mirror.MeetingSettings).mirror
            for meeting in meetings:
                specs += remind_jobs(meeting)
                if mirrored:
                    specs.append(mirror_job(meeting))
            hours = ctx.config.feed_sync_hours
            specs += [
                sync_job(feed, hours) for feed in (await ctx.db.exec(select(MeetingFeed))).all()
            ]
        if scope.members is None or scope.members:
            query = select(MeetingRsvp).where(
                MeetingRsvp.status == "going",
                MeetingRsvp.occurrence > ctx.now() - timedelta(days=1),
            )
            if scope.members is not None:
                query = query.where(MeetingRsvp.member_id.in_(sorted(scope.members)))
            specs += [going_job(rsvp) for rsvp in (await ctx.db.exec(query)).all()]
        return specs

    def http_routes(self):
        return http.routes(self)

    # -- member data ------------------------------------------------------

    async def export_user_data(self, ctx: Context, member: Member) -> dict | None:
        rows = (
            await ctx.db.exec(
                select(MeetingRsvp, Meeting)
                .join(Meeting, Meeting.id == MeetingRsvp.meeting_id)
                .where(MeetingRsvp.member_id == member.id)
                .order_by(MeetingRsvp.occurrence)
            )
        ).all()
        tokens = (
            await ctx.db.exec(select(CalendarToken).where(CalendarToken.member_id == member.id))
        ).all()
        if not rows and not tokens:
            return None
        data: dict = {
            "rsvps": [
                {
                    "meeting_id": meeting.id,
                    "meeting": meeting.title,
                    "occurrence": rsvp.occurrence.isoformat(),
                    "answer": rsvp.status,
                    "reminder_minutes": rsvp.remind,
                    "updated_at": rsvp.updated_at.isoformat(),
                }
                for rsvp, meeting in rows
            ],
        }
        if tokens:  # the links themselves are not kept (a hash of each only)
            data["calendar_subscriptions"] = [
                {"calendar": token.scope, "created_at": token.created_at.isoformat()}
                for token in tokens
            ]
        return data

    async def delete_user_data(self, ctx: Context, member: Member) -> None:
        rows = (
            await ctx.db.exec(select(MeetingRsvp).where(MeetingRsvp.member_id == member.id))
        ).all()
        touched = {(r.meeting_id, r.occurrence) for r in rows if r.occurrence > ctx.now()}
        await ctx.db.exec(delete(MeetingRsvp).where(MeetingRsvp.member_id == member.id))
        await ctx.db.exec(delete(CalendarToken).where(CalendarToken.member_id == member.id))
        for meeting_id, start in touched:  # the counts on posts drop them too
            meeting = await ctx.db.get(Meeting, meeting_id)
            if meeting is not None:
                await self._refresh(ctx, meeting, start)

    async def stats(self, ctx: Context) -> dict[str, int]:
        """Series, and answers given in the last 7 days (counts only)."""
        since = ctx.now() - timedelta(days=7)
        meetings = await self._meetings(ctx)
        rsvps = (
            await ctx.db.exec(select(MeetingRsvp).where(MeetingRsvp.updated_at >= since))
        ).all()
        return {
            ctx.t("meetings-figure-series"): len(meetings),
            ctx.t("meetings-figure-rsvps"): len(rsvps),
        }

    # -- internals --------------------------------------------------------

    async def _answer(
        self, ctx: Context, meeting_id: int, answer: str, remind: int | None = None
    ) -> Message:
        """Record an answer; ``remind`` (going only) sets the member's own lead, and
        leaving it out keeps a lead chosen before for this occurrence."""
        meeting = await self._meeting(ctx, meeting_id)
        start = await self._next_start(ctx, meeting)
        if start is None:
            raise Refusal(ctx.t("meetings-rsvp-no-upcoming", title=literal(meeting.title)))
        rsvp = (
            await ctx.db.exec(
                select(MeetingRsvp).where(
                    MeetingRsvp.meeting_id == meeting.id,
                    MeetingRsvp.member_id == ctx.member.id,
                    MeetingRsvp.occurrence == start,
                )
            )
        ).first()
        if rsvp is None:
            rsvp = MeetingRsvp(meeting_id=meeting.id, member_id=ctx.member.id, occurrence=start,
                               status=answer, updated_at=ctx.now())  # fmt: skip
        else:
            try:
                rsvp.changes_since, rsvp.changes = RSVP_LIMIT.spend(
                    rsvp.changes_since, rsvp.changes, ctx.now()
                )
            except TooSoon as too_soon:
                wait = wait_words(too_soon.retry_at, ctx.now(), ctx.locale)
                return error(
                    ctx.t("meetings-rsvp-too-often", title=literal(meeting.title),
                          answer=rsvp.status, wait=wait)
                )  # fmt: skip
        rsvp.status, rsvp.updated_at = answer, ctx.now()
        if remind is not None:
            rsvp.remind = remind
        ctx.db.add(rsvp)
        await ctx.db.flush()
        await self._refresh(ctx, meeting, start)
        when = {"title": literal(meeting.title), "start": timestamp(start, "F")}
        lead = going_lead(rsvp)
        if answer == "going" and start - lead > ctx.now():
            minutes = int(lead.total_seconds()) // 60
            text = ctx.t("meetings-rsvp-going", lead=lead_words(minutes, ctx.t), **when)
        elif answer == "going":
            text = ctx.t("meetings-rsvp-going-soon", **when)
        else:
            text = ctx.t(f"meetings-rsvp-{answer}", **when)
        return Message(text=text)

    async def _mirror(self, ctx: Context, meeting: Meeting) -> str:
        """Put the meeting's scheduled event on its next occurrence; a line for the reply."""
        if await mirror.place(ctx, meeting, await self._next_start(ctx, meeting)):
            return ctx.t("meetings-mirrored")
        return ctx.t("meetings-mirror-failed")

    async def _post_note(self, ctx: Context, meeting: Meeting, start: datetime) -> None:
        """The one "no meeting this week" note of a cancelled occurrence."""
        ref = await ctx.post(meeting.channel, cancelled_note(meeting, start, ctx.community_locale))
        ctx.db.add(
            MeetingPost(
                meeting_id=meeting.id, occurrence=start, lead=NOTE_LEAD,
                platform=ref.platform, workspace=ref.workspace, ref_id=ref.id,
            )
        )  # fmt: skip

    async def _refresh(self, ctx: Context, meeting: Meeting, start: datetime) -> None:
        """Bring this occurrence's announcements up to date with every answer.

        Platforms pace edits (Slack's ``chat.update``: about 50 a minute a
        workspace) and answers can come faster, so a member does not wait for
        the edit: the refresh runs after their answer has committed (a
        follow-up), one at a time per occurrence, and answers that arrive
        meanwhile make the running one go round once more, counting them all.
        """
        if not ctx.has(Capability.EDIT):
            return
        key = (meeting.id, start)
        if ctx.invocation is None:
            await self._refresh_now(ctx, key)
        else:
            ctx.follow_up(lambda later: self._refresh_now(later, key), unreachable=None)

    async def _refresh_now(self, ctx: Context, key: tuple[int, datetime]) -> None:
        stale: set = self.__dict__.setdefault("_stale", set())
        running: set = self.__dict__.setdefault("_running", set())
        stale.add(key)
        if key in running:
            return  # the refresh running now goes round once more and counts this too
        running.add(key)
        try:
            while key in stale:
                stale.discard(key)
                meeting = await ctx.db.get(Meeting, key[0])
                posts = await self._posts(ctx, key[0], key[1]) if meeting else []
                if not posts:
                    return
                counts = await self._counts(ctx, key[0], key[1])
                for post in posts:
                    if post.lead == NOTE_LEAD:
                        continue
                    ref = Ref(post.platform, post.workspace, post.ref_id)
                    # The edit commits first: the next round reads a fresh snapshot.
                    updated = announcement(
                        meeting, key[1], counts, late=post.late, locale=ctx.community_locale
                    )
                    await ctx.edit(ref, updated)
        finally:
            running.discard(key)

    async def _next_start(self, ctx: Context, meeting: Meeting) -> datetime | None:
        skipped = await self._skipped_days(ctx, meeting.id)
        starts = starts_of(meeting)
        start = starts.get_next_fire_time(None, ctx.now() + timedelta(seconds=1))
        for _ in range(MAX_LOOKAHEAD):
            if start is None or _local_day(meeting, start) not in skipped:
                return start
            start = starts.get_next_fire_time(None, start + timedelta(seconds=1))
        return None

    async def _meeting(self, ctx: Context, meeting_id: int) -> Meeting:
        meeting = await ctx.db.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound(ctx.t("meetings-not-found", id=str(meeting_id)))
        return meeting

    async def _count(self, ctx: Context) -> int:
        return (await ctx.db.exec(select(func.count(Meeting.id)))).one()

    async def _meetings(self, ctx: Context) -> list[Meeting]:
        return list((await ctx.db.exec(select(Meeting).order_by(Meeting.id))).all())

    async def _skipped_days(self, ctx: Context, meeting_id: int) -> set:
        rows = await ctx.db.exec(select(MeetingSkip).where(MeetingSkip.meeting_id == meeting_id))
        return {row.day for row in rows.all()}

    async def _posts(self, ctx: Context, meeting_id: int, start: datetime) -> list[MeetingPost]:
        rows = await ctx.db.exec(
            select(MeetingPost).where(
                MeetingPost.meeting_id == meeting_id, MeetingPost.occurrence == start
            )
        )
        return list(rows.all())

    async def _counts(self, ctx: Context, meeting_id: int, start: datetime) -> dict[str, int]:
        rows = await ctx.db.exec(
            select(MeetingRsvp).where(
                MeetingRsvp.meeting_id == meeting_id, MeetingRsvp.occurrence == start
            )
        )
        return dict(Counter(row.status for row in rows.all()))


def _first_week(days, hour: int, minute: int, zone: str, now: datetime):
    """The Monday of the week of the series' first meeting (in its zone)."""
    first = StartTrigger(tuple(days), hour, minute, zone).get_next_fire_time(None, now)
    return monday_of(first.astimezone(as_zone(zone)).date())


def _local_day(meeting: Meeting, start: datetime):
    return start.astimezone(as_zone(meeting.zone)).date()
