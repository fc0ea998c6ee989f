"""The meeting directory: feeds in (``/meeting import``, ``sync``, ``feeds``), the
community's own feed out (``/meeting feed``, ``public``), ``/meeting find``, and
private calendar subscriptions (``/meeting subscribe``).

Scheduled work: ``meeting:feed-sync`` — one job per imported feed, every
``HAVEN_FEED_SYNC_HOURS``, syncing it as ``/meeting sync`` does.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Annotated, Literal
from urllib.parse import urlsplit

from apscheduler.triggers.interval import IntervalTrigger
from sqlmodel import delete, func, select

from bot.api import (
    Context,
    Due,
    Integer,
    JobSpec,
    LimitReached,
    Message,
    Name,
    Named,
    NotFound,
    Positional,
    Refusal,
    Skip,
    Text,
    Zone,
    command,
    error,
    job,
    literal,
    timestamp,
)

from . import feeds, subscribe
from .fetch import FeedError
from .messages import details
from .models import CalendarToken, ListedMeeting, Meeting, MeetingFeed, MeetingSkip, PublishedFeed
from .options import Flag, HttpLink, MeetingId
from .recurrence import StartTrigger
from .types import TYPES, LanguageCode, TypeCodes, language_words, split, type_name, words

#: Feeds one community may import, and meetings all its feeds may list.
MAX_FEEDS = 10
MAX_LISTED = 20_000
#: What ``/meeting find`` shows at most, and how far ahead it looks by default.
FIND_SHOWN = 10
FIND_HOURS = 24
NO_PUBLIC_URL = (
    "Haven has no public address yet, so it cannot give links: the operator sets "
    "HAVEN_PUBLIC_URL (for example https://haven.example.org) and serves HAVEN_HTTP_PORT there."
)


def sync_job(feed: MeetingFeed, hours: int) -> JobSpec:
    """Sync the feed every ``hours`` (HAVEN_FEED_SYNC_HOURS), counted from its import."""
    return JobSpec(
        job_id=f"meeting:feed:{feed.id}:sync",
        kind="meeting:feed-sync",
        trigger=IntervalTrigger(
            hours=hours, start_date=feed.created_at + timedelta(hours=hours), timezone=UTC
        ),
        community_id=feed.community_id,
        payload={"feed_id": feed.id},
        grace=timedelta(hours=hours),
    )


def host_of(url: str) -> str:
    return urlsplit(url).hostname or "?"


class Directory:
    """Commands and work of the directory, mixed into the meetings cog."""

    @command(
        "meeting import",
        help="Import a Meeting Guide (12 Step Meeting List) or NA BMLT feed into /meeting find",
        example="/meeting import https://aa.example.org/wp-admin/admin-ajax.php?action=meetings "
        "tz:America/New_York",
        moderator=True,
        consent=False,
    )
    async def import_feed(
        self,
        ctx: Context,
        url: Annotated[str, HttpLink(max_length=1000)],
        key: Annotated[
            str | None, Text(max_length=200, placeholder="sharing key", example="abc123")
        ] = None,
        tz: Annotated[str | None, Zone()] = None,
        types: Annotated[tuple[str, ...] | None, TypeCodes()] = None,
        within: Annotated[
            str | None, Text(max_length=100, placeholder="zone or region", example="Ohio")
        ] = None,
    ) -> Message:
        existing = (await ctx.db.exec(select(MeetingFeed))).all()
        if any(feed.url == url for feed in existing):
            raise Refusal("that feed is imported already; `/meeting sync` brings it up to date")
        if len(existing) >= MAX_FEEDS:
            raise LimitReached(
                f"this community has {len(existing)} feeds; remove one first with "
                "`/meeting feeds remove:<id>`",
                limit=MAX_FEEDS,
            )
        feed = MeetingFeed(
            url=url, key=key, format="", zone=tz, types=",".join(types or ()),
            within=within, created_at=ctx.now(),
        )  # fmt: skip
        await ctx.before_platform_call()  # no write lock held while the feed downloads
        try:
            read = await feeds.fetch_and_read(ctx, feed)
        except FeedError as problem:
            return error(f"Nothing was imported: {problem}.\nUsage: `/meeting import <url> "
                         "[key:<sharing key>] [tz:<zone>] [types:<codes>] [within:<zone or "
                         "region>]`")  # fmt: skip
        await ctx.hold_community()
        listed = (await ctx.db.exec(select(func.count(ListedMeeting.id)))).one()
        if listed + len(read.listings) > MAX_LISTED:
            raise LimitReached(
                f"Nothing was imported: the feed has {len(read.listings):,} meetings and this "
                f"community already lists {listed:,}; Haven keeps at most {MAX_LISTED:,}. "
                "Narrow it with within:<region> or types:<codes>.",
                limit=MAX_LISTED,
            )
        feed.format = read.format
        ctx.db.add(feed)
        await ctx.db.flush()
        report = await feeds.apply(ctx, feed, read)
        await ctx.audit("meeting import", target=str(feed.id))
        kind = "BMLT" if read.format == "bmlt" else "Meeting Guide"
        return Message(
            text=f"Imported feed #{feed.id} ({kind}, {host_of(url)}): {report.line()}.\n"
            f"`/meeting find` shows its meetings; it syncs again every "
            f"{ctx.config.feed_sync_hours} hours, or now with `/meeting sync`."
        )

    @command(
        "meeting sync",
        help="Bring imported feeds up to date now (all, or one by its id)",
        example="/meeting sync",
        moderator=True,
        consent=False,
    )
    async def sync_feeds(
        self, ctx: Context, feed: Annotated[int | None, Integer(min_value=1), Name("id")] = None
    ) -> Message:
        chosen = select(MeetingFeed).order_by(MeetingFeed.id)
        if feed is not None:
            chosen = chosen.where(MeetingFeed.id == feed)
        found = list((await ctx.db.exec(chosen)).all())
        if not found:
            raise NotFound(
                f"there is no imported feed #{feed}; see `/meeting feeds`"
                if feed is not None
                else "no feeds are imported yet; add one with `/meeting import <url>`"
            )
        lines = []
        for each in found:
            lines.append(f"Feed #{each.id} ({host_of(each.url)}): {await self._sync(ctx, each)}")
        return Message(text="\n".join(lines))

    @command(
        "meeting feeds",
        help="The imported feeds, when each last synced; remove:<id> drops one and its meetings",
        example="/meeting feeds",
        moderator=True,
        consent=False,
    )
    async def list_feeds(
        self, ctx: Context, remove: Annotated[int | None, Integer(min_value=1), Named()] = None
    ) -> Message:
        if remove is not None:
            feed = await ctx.db.get(MeetingFeed, remove)
            if feed is None:
                raise NotFound(f"there is no imported feed #{remove}; see `/meeting feeds`")
            await ctx.db.exec(delete(ListedMeeting).where(ListedMeeting.feed_id == feed.id))
            await ctx.db.delete(feed)
            await ctx.audit("meeting feed removed", target=str(remove))
            return Message(text=f"Removed feed #{remove} ({host_of(feed.url)}) and its meetings.")
        found = (await ctx.db.exec(select(MeetingFeed).order_by(MeetingFeed.id))).all()
        if not found:
            return Message(text="No feeds are imported. Add one with `/meeting import <url>`.")
        lines = ["Imported feeds:"]
        for feed in found:
            when = timestamp(feed.synced_at, "R") if feed.synced_at else "never"
            lines.append(
                f"- #{feed.id} {host_of(feed.url)} — synced {when}: {literal(feed.last_result)}"
            )
        return Message(text="\n".join(lines))

    @command(
        "meeting find",
        help="The next meetings that match, ours and imported ones, in your time",
        example="/meeting find online types:O,D language:en within:12",
        consent=False,
    )
    async def find(
        self,
        ctx: Context,
        online: Annotated[bool, Flag(), Positional()] = False,
        types: Annotated[tuple[str, ...] | None, TypeCodes()] = None,
        language: Annotated[str | None, LanguageCode()] = None,
        within: Annotated[int, Integer(min_value=1, max_value=168)] = FIND_HOURS,
    ) -> Message:
        now = ctx.now()
        end = now + timedelta(hours=within)
        wanted = set(types or ())
        found = []
        own = (await ctx.db.exec(select(Meeting))).all()
        skips = (await ctx.db.exec(select(MeetingSkip))).all()
        skipped = {(s.meeting_id, s.day) for s in skips}
        listed_query = select(ListedMeeting)
        if language:
            listed_query = listed_query.where(ListedMeeting.language == language)
        if online:
            listed_query = listed_query.where(ListedMeeting.link.is_not(None))
        listed = (await ctx.db.exec(listed_query)).all()
        for meeting in [*own, *listed]:
            ours = isinstance(meeting, Meeting)
            if wanted and not wanted <= set(split(meeting.types)):
                continue
            if language and meeting.language != language:
                continue
            if online and not meeting.link:
                continue
            starts = StartTrigger(
                meeting.days, meeting.hour, meeting.minute, meeting.zone,
                meeting.every_weeks if ours else 1, meeting.anchor if ours else None,
            )  # fmt: skip
            for start in starts.between(now - timedelta(minutes=meeting.duration), end):
                if ours and (meeting.id, start.astimezone(starts.zone).date()) in skipped:
                    continue
                found.append((start, ours, meeting.id, meeting))
                break
        asked = _asked(ctx, types, language, online)
        filtered = {"filters": asked} if asked else {}
        if not found:
            key = "meetings-find-none-filtered" if asked else "meetings-find-none"
            return Message(text=ctx.t(key, within=within, **filtered))
        found.sort(key=lambda f: f[:3])
        heading = "meetings-find-heading-filtered" if asked else "meetings-find-heading"
        lines = [ctx.t(heading, **filtered)]
        for start, ours, _, meeting in found[:FIND_SHOWN]:
            name = meeting.title if ours else meeting.name
            when = ctx.t("meetings-find-now") if start <= now else timestamp(start, "R")
            item = {"start": timestamp(start, "F"), "when": when, "name": literal(name)}
            if ours:
                lines.append(f"- {ctx.t('meetings-find-item-ours', id=str(meeting.id), **item)}")
            else:
                lines.append(f"- {ctx.t('meetings-find-item', **item)}")
            if meeting.link:
                lines.append(f"  {ctx.t('meetings-join', link=meeting.link)}")
            if ours:
                lines += [f"  {d}" for d in details(meeting, private=True, locale=ctx.locale)]
            else:
                extra = [words(meeting.types, ctx.t), language_words(meeting.language, ctx.locale)]
                if meeting.phone:
                    extra.append(ctx.t("meetings-find-dial-in", phone=literal(meeting.phone)))
                if meeting.place and not meeting.link:
                    extra.append(literal(meeting.place[:120]))
                if any(extra):
                    lines.append("  " + " · ".join(filter(None, extra)))
        if len(found) > FIND_SHOWN:
            lines.append(ctx.t("meetings-find-more", count=len(found) - FIND_SHOWN))
        return Message(text="\n".join(lines))

    @command(
        "meeting types",
        help="The meeting type codes (Meeting Guide's) and what they mean",
        example="/meeting types",
        consent=False,  # reads the database for the member's and community's language
    )
    async def list_types(self, ctx: Context) -> Message:
        pairs = [f"`{code}` {type_name(code, ctx.t)}" for code in TYPES]
        return Message(text=ctx.t("meetings-types-heading") + "\n" + " · ".join(pairs))

    @command(
        "meeting public",
        help="List a meeting in the community's public feed, or take it out",
        example="/meeting public 3 yes",
        moderator=True,
        consent=False,
    )
    async def set_public(self, ctx: Context, meeting: MeetingId, listed: bool) -> Message:
        found = await ctx.db.get(Meeting, meeting)
        if found is None:
            raise NotFound(f"there is no meeting #{meeting}; see `/meeting list`")
        found.public = listed
        ctx.db.add(found)
        await ctx.audit("meeting public", target=str(meeting))
        title = literal(found.title)
        if not listed:
            return Message(text=f"**{title}** is no longer in the public feed.")
        text = f"**{title}** is listed in the public feed (its passcode never is)."
        if found.every_weeks != 1:
            text += " Meeting Guide feeds have no every-n-weeks meetings, so it is left out there."
        return Message(text=text)

    @command(
        "meeting feed",
        help="Serve the meetings marked public:yes as a Meeting Guide feed (key: to restrict it)",
        example="/meeting feed on",
        moderator=True,
        consent=False,
    )
    async def publish(
        self,
        ctx: Context,
        state: Literal["on", "off"],
        key: Annotated[
            str | None, Text(max_length=200, placeholder="key", example="s3cret")
        ] = None,
    ) -> Message:
        published = (await ctx.db.exec(select(PublishedFeed))).first()
        if state == "off":
            if published is None or not published.on:
                return Message(text="The public feed is already off.")
            published.on = False
            ctx.db.add(published)
            await ctx.audit("meeting feed off")
            return Message(text="The public feed is off: its address now answers 404.")
        base = ctx.config.public_url
        if not base:
            return error(NO_PUBLIC_URL)
        if published is None:
            published = PublishedFeed(token=subscribe.new_token())
        published.on = True
        published.key_hash = subscribe.digest(key) if key else None
        ctx.db.add(published)
        await ctx.audit("meeting feed on")
        count = (await ctx.db.exec(select(func.count(Meeting.id)).where(Meeting.public))).one()
        url = f"{base}/feeds/{published.token}/meetings.json"
        text = f"The public feed is on: {url}" + ("?key=<your key>" if key else "")
        text += (
            f"\nIt lists {count} meeting{'s' if count != 1 else ''} marked public "
            "(`/meeting public <id> yes`); passcodes are never in it."
        )
        return Message(text=text)

    @command(
        "meeting subscribe",
        help="A private calendar link that stays current: mine (going), all, or revoke",
        example="/meeting subscribe mine",
    )
    async def subscribe_calendar(
        self,
        ctx: Context,
        scope: Annotated[Literal["mine", "all", "revoke"], Positional()] = "mine",
    ) -> Message:
        mine = CalendarToken.member_id == ctx.member.id
        if scope == "revoke":
            had = (await ctx.db.exec(select(func.count(CalendarToken.id)).where(mine))).one()
            await ctx.db.exec(delete(CalendarToken).where(mine))
            if not had:
                return Message(text=ctx.t("meetings-subscribe-nothing-to-revoke"))
            return Message(text=ctx.t("meetings-subscribe-revoked", count=had))
        base = ctx.config.public_url
        if not base:
            return error(ctx.t("meetings-subscribe-no-address"))
        replaced = (
            await ctx.db.exec(
                select(func.count(CalendarToken.id)).where(mine, CalendarToken.scope == scope)
            )
        ).one()
        await ctx.db.exec(delete(CalendarToken).where(mine, CalendarToken.scope == scope))
        token = subscribe.new_token()
        ctx.db.add(CalendarToken(member_id=ctx.member.id, token_hash=subscribe.digest(token),
                                 scope=scope, created_at=ctx.now()))  # fmt: skip
        lines = [
            ctx.t(f"meetings-subscribe-link-{scope}", link=subscribe.webcal(base, token)),
            ctx.t("meetings-subscribe-how"),
        ]
        if replaced:
            lines.append(ctx.t("meetings-subscribe-replaced"))
        return Message(text="\n".join(lines))

    # -- scheduled work ---------------------------------------------------

    @job("meeting:feed-sync")
    async def feed_sync(self, ctx: Context, due: Due) -> None:
        feed = await ctx.db.get(MeetingFeed, due.job.payload["feed_id"])
        if feed is None:
            raise Skip("feed removed")
        await self._sync(ctx, feed)

    async def _sync(self, ctx: Context, feed: MeetingFeed) -> str:
        """Sync one feed; the outcome in a line (a failure changes nothing)."""
        await ctx.before_platform_call()
        try:
            read = await feeds.fetch_and_read(ctx, feed)
        except FeedError as problem:
            feed = await ctx.db.get(MeetingFeed, feed.id)
            feed.last_result = f"not synced: {problem}; nothing changed"
            ctx.db.add(feed)
            return feed.last_result
        feed = await ctx.db.get(MeetingFeed, feed.id)
        if feed is None:
            return "removed meanwhile"
        others = (
            await ctx.db.exec(
                select(func.count(ListedMeeting.id)).where(ListedMeeting.feed_id != feed.id)
            )
        ).one()
        if others + len(read.listings) > MAX_LISTED:
            feed.last_result = (
                f"not synced: it now lists {len(read.listings):,} meetings, more than this "
                f"community's room for {MAX_LISTED:,}; nothing changed"
            )
            ctx.db.add(feed)
            return feed.last_result
        return (await feeds.apply(ctx, feed, read)).line()


def _asked(ctx: Context, types, language, online) -> str:
    """What ``/meeting find`` was asked for, as its answer repeats it
    ("Open, in Spanish, online"); empty when nothing narrowed it."""
    parts = []
    if types:
        parts.append(words(types, ctx.t))
    if language:
        parts.append(
            ctx.t("meetings-find-in-language", language=language_words(language, ctx.locale))
        )
    if online:
        parts.append(ctx.t("meetings-find-online"))
    return ", ".join(parts)
