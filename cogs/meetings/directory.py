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
from .messages import details, speaker
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
            raise Refusal(ctx.t("meetings-import-twice"))
        if len(existing) >= MAX_FEEDS:
            raise LimitReached(ctx.t("meetings-import-limit", count=len(existing)), limit=MAX_FEEDS)
        feed = MeetingFeed(
            url=url, key=key, format="", zone=tz, types=",".join(types or ()),
            within=within, created_at=ctx.now(),
        )  # fmt: skip
        await ctx.before_platform_call()  # no write lock held while the feed downloads
        try:
            read = await feeds.fetch_and_read(ctx, feed)
        except FeedError as problem:
            return error(
                ctx.t("meetings-import-failed", problem=problem.said(ctx.t))
                + "\n"
                + ctx.t("meetings-import-usage")
            )
        await ctx.hold_community()
        listed = (await ctx.db.exec(select(func.count(ListedMeeting.id)))).one()
        if listed + len(read.listings) > MAX_LISTED:
            raise LimitReached(
                ctx.t("meetings-import-too-many", count=len(read.listings), listed=listed,
                      most=MAX_LISTED),
                limit=MAX_LISTED,
            )  # fmt: skip
        feed.format = read.format
        ctx.db.add(feed)
        await ctx.db.flush()
        report = await feeds.apply(ctx, feed, read, speaker(ctx.community_locale))
        await ctx.audit("meeting import", target=str(feed.id))
        kind = "BMLT" if read.format == "bmlt" else "Meeting Guide"
        imported = ctx.t("meetings-imported", id=str(feed.id), format=kind, host=host_of(url),
                         result=report.line(ctx.t))  # fmt: skip
        then = ctx.t("meetings-imported-next", hours=ctx.config.feed_sync_hours)
        return Message(text=f"{imported}\n{then}")

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
                ctx.t("meetings-sync-no-feed", id=str(feed))
                if feed is not None
                else ctx.t("meetings-sync-no-feeds")
            )
        lines = []
        for each in found:
            result = await self._sync(ctx, each)
            lines.append(ctx.t("meetings-sync-line", id=str(each.id), host=host_of(each.url),
                               result=result))  # fmt: skip
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
                raise NotFound(ctx.t("meetings-sync-no-feed", id=str(remove)))
            await ctx.db.exec(delete(ListedMeeting).where(ListedMeeting.feed_id == feed.id))
            await ctx.db.delete(feed)
            await ctx.audit("meeting feed removed", target=str(remove))
            return Message(
                text=ctx.t("meetings-feeds-removed", id=str(remove), host=host_of(feed.url))
            )
        found = (await ctx.db.exec(select(MeetingFeed).order_by(MeetingFeed.id))).all()
        if not found:
            return Message(text=ctx.t("meetings-feeds-none"))
        lines = [ctx.t("meetings-feeds-heading")]
        for feed in found:
            # The outcome as the sync said it, in the community's language then.
            said = {"id": str(feed.id), "host": host_of(feed.url),
                    "result": literal(feed.last_result)}  # fmt: skip
            if feed.synced_at:
                item = ctx.t("meetings-feeds-item", when=timestamp(feed.synced_at, "R"), **said)
            else:
                item = ctx.t("meetings-feeds-item-never", **said)
            lines.append(f"- {item}")
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
            raise NotFound(ctx.t("meetings-not-found", id=str(meeting)))
        found.public = listed
        ctx.db.add(found)
        await ctx.audit("meeting public", target=str(meeting))
        title = literal(found.title)
        if not listed:
            return Message(text=ctx.t("meetings-public-off", title=title))
        text = ctx.t("meetings-public-on", title=title)
        if found.every_weeks != 1:
            text += " " + ctx.t("meetings-public-not-weekly")
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
                return Message(text=ctx.t("meetings-feed-already-off"))
            published.on = False
            ctx.db.add(published)
            await ctx.audit("meeting feed off")
            return Message(text=ctx.t("meetings-feed-off"))
        base = ctx.config.public_url
        if not base:
            return error(ctx.t("meetings-no-public-url"))
        if published is None:
            published = PublishedFeed(token=subscribe.new_token())
        published.on = True
        published.key_hash = subscribe.digest(key) if key else None
        ctx.db.add(published)
        await ctx.audit("meeting feed on")
        count = (await ctx.db.exec(select(func.count(Meeting.id)).where(Meeting.public))).one()
        url = f"{base}/feeds/{published.token}/meetings.json"
        text = ctx.t("meetings-feed-on-key" if key else "meetings-feed-on", url=url)
        text += "\n" + ctx.t("meetings-feed-lists", count=count)
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
        """Sync one feed; the outcome in a line, in the reader's language (a
        failure changes nothing). The line kept for ``/meeting feeds`` is in the
        community's: every moderator reads it."""
        kept = speaker(ctx.community_locale)
        await ctx.before_platform_call()
        try:
            read = await feeds.fetch_and_read(ctx, feed)
        except FeedError as problem:
            feed = await ctx.db.get(MeetingFeed, feed.id)
            feed.last_result = kept("meetings-feed-not-synced", problem=problem.said(kept))
            ctx.db.add(feed)
            return ctx.t("meetings-feed-not-synced", problem=problem.said(ctx.t))
        feed = await ctx.db.get(MeetingFeed, feed.id)
        if feed is None:
            return ctx.t("meetings-feed-removed-meanwhile")
        others = (
            await ctx.db.exec(
                select(func.count(ListedMeeting.id)).where(ListedMeeting.feed_id != feed.id)
            )
        ).one()
        if others + len(read.listings) > MAX_LISTED:
            too_many = {"count": len(read.listings), "most": MAX_LISTED}
            feed.last_result = kept("meetings-feed-too-many", **too_many)
            ctx.db.add(feed)
            return ctx.t("meetings-feed-too-many", **too_many)
        return (await feeds.apply(ctx, feed, read, kept)).line(ctx.t)


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
