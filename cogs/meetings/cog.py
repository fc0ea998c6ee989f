"""/meeting — recurring meetings with reminders, RSVPs and a calendar file.

Work the scheduler does for a series (each claimed once in the ledger, so it
happens exactly once across restarts and instances):

* ``meeting:remind`` — one job per (meeting, lead): ``lead`` minutes before each
  start, the announcement with RSVP buttons (or, for a cancelled date, one
  "no meeting this week" note at the earliest lead). Its grace is the lead
  itself: after downtime a reminder is still posted late while the meeting
  has not started, and skipped (recorded) once it has.
* ``meeting:going`` — one job per member who answered *going* for an
  occurrence: a private DM ten minutes before the start (per member, so one
  member's reminder is claimed on its own and erasure drops it with the member).

An RSVP answers for the next occurrence that has not started yet, whether it
comes from a button or from ``/meeting rsvp``.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from apscheduler.triggers.date import DateTrigger
from sqlmodel import delete, select

from bot.adapters import Capability, Ref
from bot.clock import as_zone, local_datetime
from bot.context import Context
from bot.messages import File, Message, timestamp
from bot.models import Member
from bot.options import ChannelOpt, Choice, Date, Integer, ListOf, Opt, Text, Time, Zone
from bot.parsing import UsageError
from bot.plugins import Cog, action, command, job
from bot.scheduler import Due, JobSpec, Skip

from . import ics
from .messages import CHOICES, announcement, cancelled_note, describe, going_reminder
from .models import Meeting, MeetingPost, MeetingRsvp, MeetingSkip
from .options import EveryWeeks, HttpLink, Weekday
from .recurrence import WEEKDAYS, LeadTrigger, StartTrigger, monday_of

DEFAULT_LEADS = (60, 10)
GOING_LEAD = timedelta(minutes=10)
#: ``MeetingPost.lead`` of a "no meeting this week" note (reminder leads are >= 1).
NOTE_LEAD = 0
LIST_DAYS = 7
#: How many cancelled occurrences in a row an RSVP looks past for the next one.
MAX_LOOKAHEAD = 60

NO_CHANNEL = (
    "there is no announcements channel yet: set one with "
    "`/mod channel announcements #channel`, or pass channel:#channel"
)


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


def going_job(rsvp: MeetingRsvp) -> JobSpec:
    return JobSpec(
        job_id=f"meeting:{rsvp.meeting_id}:going:{rsvp.member_id}:{rsvp.occurrence:%Y%m%dT%H%MZ}",
        kind="meeting:going",
        trigger=DateTrigger(run_date=rsvp.occurrence - GOING_LEAD),
        community_id=rsvp.community_id,
        member_id=rsvp.member_id,
        payload={"meeting_id": rsvp.meeting_id, "start": rsvp.occurrence.isoformat()},
        grace=GOING_LEAD,
    )


class Meetings(Cog):
    name = "meetings"
    description = "Recurring meetings: announcements, reminders, RSVPs and a calendar"
    migrations = Path(__file__).parent / "migrations"

    # -- commands ---------------------------------------------------------

    @command(
        "meeting add",
        options=[
            Opt("title", Text(max_length=200), positional=False),
            Opt("day", ListOf(Weekday(), max_items=7), positional=False),
            Opt("time", Time(), positional=False),
            Opt("tz", Zone(), positional=False),
            Opt("every", EveryWeeks(), required=False, default=1),
            Opt("channel", ChannelOpt(), required=False),
            Opt("link", HttpLink(), required=False),
            Opt(
                "remind", ListOf(Integer(min_value=1, max_value=1440), max_items=5), required=False
            ),
            Opt("about", Text(max_length=1000), required=False),
        ],
        help="Add a recurring meeting (reminders 60 and 10 minutes before by default)",
        example='/meeting add title:"Evening circle" day:mon,thu time:19:00 '
        "tz:America/New_York link:https://meet.example.org/circle",
        moderator=True,
        consent=False,
    )
    async def add(
        self, ctx: Context, title: str, day: tuple[str, ...], time, tz: str, every: int = 1,
        channel: str | None = None, link: str | None = None,
        remind: tuple[int, ...] | None = None, about: str | None = None,
    ) -> Message:  # fmt: skip
        channel = channel or ctx.channel("announcements")
        if not channel:
            raise UsageError(NO_CHANNEL)
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
        )
        ctx.db.add(meeting)
        await ctx.db.flush()
        for spec in remind_jobs(meeting):
            ctx.scheduler.add(spec)
        first = starts_of(meeting).get_next_fire_time(None, ctx.now())
        return Message(text=f"Added {describe(meeting)}.\nFirst meeting: {timestamp(first, 'F')}.")

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
            return Message(text="No meetings in the next 7 days.")
        lines = ["Meetings in the next 7 days (in your time):"]
        for start, _, meeting, cancelled in sorted(upcoming, key=lambda u: u[:2]):
            line = f"- {timestamp(start, 'F')} — **{meeting.title}** (#{meeting.id})"
            lines.append(line + (" — cancelled this time" if cancelled else ""))
        return Message(text="\n".join(lines))

    @command(
        "meeting rsvp",
        options=[Opt("id", Integer(min_value=1)), Opt("answer", Choice(choices=CHOICES))],
        help="Going, maybe or not going, for the next meeting of a series",
        example="/meeting rsvp 1 going",
    )
    async def rsvp(self, ctx: Context, id: int, answer: str) -> Message:
        return await self._answer(ctx, id, answer)

    @action("meeting:rsvp")
    async def rsvp_button(self, ctx: Context, meeting_id: str = "", answer: str = "") -> Message:
        if not meeting_id.isdigit() or answer not in CHOICES:
            raise UsageError("That button no longer does anything. Try `/meeting list`.")
        return await self._answer(ctx, int(meeting_id), answer)

    @command(
        "meeting skip",
        options=[Opt("id", Integer(min_value=1)), Opt("date", Date())],
        help="Cancel one meeting (a short note goes out instead of the reminder)",
        example="/meeting skip 1 2026-12-24",
        moderator=True,
        consent=False,
    )
    async def skip(self, ctx: Context, id: int, date) -> Message:
        meeting = await self._meeting(ctx, id)
        start = local_datetime(date, meeting.hour, meeting.minute, meeting.zone)
        weekday = WEEKDAYS[date.weekday()]
        if weekday not in meeting.days or not starts_of(meeting).in_active_week(start):
            raise UsageError(
                f"**{meeting.title}** does not meet on {date.isoformat()} ({weekday}); "
                f"see `/meeting list`"
            )
        if start <= ctx.now():
            raise UsageError(f"the meeting on {date.isoformat()} has already started")
        if date in await self._skipped_days(ctx, meeting.id):
            return Message(text=f"**{meeting.title}** on {date.isoformat()} is already cancelled.")
        ctx.db.add(MeetingSkip(meeting_id=meeting.id, day=date))
        if await self._posts(ctx, meeting.id, start):
            await self._post_note(ctx, meeting, start)  # already announced: say so now
        return Message(
            text=f"Cancelled **{meeting.title}** on {timestamp(start, 'F')}. "
            "A short note replaces its reminder."
        )

    @command(
        "meeting remove",
        options=[Opt("id", Integer(min_value=1))],
        help="Delete a meeting series and its pending reminders",
        example="/meeting remove 1",
        moderator=True,
        consent=False,
    )
    async def remove(self, ctx: Context, id: int) -> Message:
        meeting = await self._meeting(ctx, id)
        title = meeting.title
        for table in (MeetingPost, MeetingRsvp, MeetingSkip):
            await ctx.db.exec(delete(table).where(table.meeting_id == id))
        await ctx.db.delete(meeting)
        await ctx.db.flush()
        community_id = ctx.community.id
        ctx.scheduler.remove_where(
            lambda spec: (
                spec.community_id == community_id
                and spec.kind.startswith("meeting:")
                and spec.payload.get("meeting_id") == id
            )
        )
        return Message(text=f"Removed **{title}** (#{id}) and its pending reminders.")

    @command(
        "meeting calendar",
        help="An iCalendar (.ics) file of the community's meetings",
        example="/meeting calendar",
        consent=False,
    )
    async def calendar(self, ctx: Context) -> Message:
        meetings = await self._meetings(ctx)
        if not meetings:
            return Message(text="There are no meetings yet, so there is no calendar to give.")
        entries = [(m, sorted(await self._skipped_days(ctx, m.id))) for m in meetings]
        data = ics.calendar(
            entries,
            name=f"{ctx.community.name or 'Haven'} meetings",
            uid_domain=f"{ctx.community.platform}-{ctx.community.workspace_id}.haven",
            now=ctx.now(),
        )
        return Message(
            text=f"{len(meetings)} meeting series — open the file to add them to your calendar.",
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
        if _local_day(meeting, start) in await self._skipped_days(ctx, meeting.id):
            if any(p.lead == NOTE_LEAD for p in await self._posts(ctx, meeting.id, start)):
                raise Skip("occurrence cancelled")
            await self._post_note(ctx, meeting, start)
            return
        counts = await self._counts(ctx, meeting.id, start)
        ref = await ctx.post(meeting.channel, announcement(meeting, start, counts, late=due.late))
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
        await ctx.send_dm(ctx.member.platform_user_id, going_reminder(meeting, start))

    async def load_jobs(self) -> list[JobSpec]:
        now = self.app.clock.now()
        async with self.app.db.unscoped_session("load meetings jobs") as session:
            meetings = (await session.exec(select(Meeting))).all()
            going = (
                await session.exec(
                    select(MeetingRsvp).where(
                        MeetingRsvp.status == "going",
                        MeetingRsvp.occurrence > now - timedelta(days=1),
                    )
                )
            ).all()
        specs = [spec for meeting in meetings for spec in remind_jobs(meeting)]
        return specs + [going_job(rsvp) for rsvp in going]

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
        if not rows:
            return None
        return {
            "rsvps": [
                {
                    "meeting_id": meeting.id,
                    "meeting": meeting.title,
                    "occurrence": rsvp.occurrence.isoformat(),
                    "answer": rsvp.status,
                    "updated_at": rsvp.updated_at.isoformat(),
                }
                for rsvp, meeting in rows
            ]
        }

    async def delete_user_data(self, ctx: Context, member: Member) -> None:
        rows = (
            await ctx.db.exec(select(MeetingRsvp).where(MeetingRsvp.member_id == member.id))
        ).all()
        touched = {(r.meeting_id, r.occurrence) for r in rows if r.occurrence > ctx.now()}
        await ctx.db.exec(delete(MeetingRsvp).where(MeetingRsvp.member_id == member.id))
        member_id = member.id
        ctx.scheduler.remove_where(
            lambda spec: spec.kind == "meeting:going" and spec.member_id == member_id
        )
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
        return {"meetings": len(meetings), "RSVPs this week": len(rsvps)}

    # -- internals --------------------------------------------------------

    async def _answer(self, ctx: Context, meeting_id: int, answer: str) -> Message:
        meeting = await self._meeting(ctx, meeting_id)
        start = await self._next_start(ctx, meeting)
        if start is None:
            raise UsageError(f"**{meeting.title}** has no upcoming meeting to answer for")
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
        rsvp.status, rsvp.updated_at = answer, ctx.now()
        ctx.db.add(rsvp)
        await ctx.db.flush()
        spec = going_job(rsvp)
        if answer == "going":
            ctx.scheduler.add(spec)
        else:
            ctx.scheduler.remove(spec.job_id)
        await self._refresh(ctx, meeting, start)
        when = f"**{meeting.title}** on {timestamp(start, 'F')}"
        if answer == "going":
            text = f"You're going to {when}. I'll send you a private reminder 10 minutes before."
        elif answer == "maybe":
            text = f"Marked as maybe for {when}. No pressure — come if you can."
        else:
            text = f"Marked as not going to {when}. Thanks for letting us know."
        return Message(text=text + " Only the counts are shown to others.")

    async def _post_note(self, ctx: Context, meeting: Meeting, start: datetime) -> None:
        """The one "no meeting this week" note of a cancelled occurrence."""
        ref = await ctx.post(meeting.channel, cancelled_note(meeting, start))
        ctx.db.add(
            MeetingPost(
                meeting_id=meeting.id, occurrence=start, lead=NOTE_LEAD,
                platform=ref.platform, workspace=ref.workspace, ref_id=ref.id,
            )
        )  # fmt: skip

    async def _refresh(self, ctx: Context, meeting: Meeting, start: datetime) -> None:
        """Edit the counts on this occurrence's announcements, where the platform can."""
        if not ctx.has(Capability.EDIT):
            return
        posts = await self._posts(ctx, meeting.id, start)
        if not posts:
            return
        counts = await self._counts(ctx, meeting.id, start)
        for post in posts:
            if post.lead == NOTE_LEAD:
                continue
            ref = Ref(post.platform, post.workspace, post.ref_id)
            await ctx.edit(ref, announcement(meeting, start, counts, late=post.late))

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
            raise UsageError(f"there is no meeting #{meeting_id}; see `/meeting list`")
        return meeting

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
