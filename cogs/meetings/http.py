"""The meetings cog's HTTP routes (mounted by :mod:`bot.http_routes`):

* ``GET /feeds/<community token>/meetings.json`` — the community's public-listed
  meetings as a Meeting Guide feed, while ``/meeting feed on``; with a key set,
  only for requests that bring ``?key=``.
* ``GET /calendar/<member token>.ics`` — a member's calendar subscription. A
  calendar app fetches it with no member at the keyboard, so the words Haven
  writes into it are in the language the member chose (``/haven language``),
  else the community's (``/mod language``), else English — as a scheduled DM
  is; the link is the member's alone, so their language, not the channel's.

Unknown, revoked or turned-off tokens all answer 404 alike, so a guess learns
nothing. Nothing about the request is logged beyond aiohttp's access line,
whose query string Haven's log filter drops.
"""

from __future__ import annotations

import hmac

from aiohttp import web
from sqlmodel import select

from bot.api import Cog, Community, EngineSettings, Member, choose_language, translate

from . import guide, ics
from .models import CalendarToken, Meeting, MeetingSkip, PublishedFeed
from .subscribe import digest, meetings_for


def routes(cog: Cog) -> list[web.RouteDef]:
    """The routes, reading through the engine ``cog`` was loaded into: no
    platform context, so each request opens its own session."""
    app = cog.app

    async def feed(request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        async with app.database.unscoped_session("public meeting feed", readonly=True) as session:
            published = (
                await session.exec(select(PublishedFeed).where(PublishedFeed.token == token))
            ).first()
        if published is None or not published.on:
            return web.Response(status=404, text="not found")
        if published.key_hash is not None:
            given = digest(request.query.get("key", ""))
            if not hmac.compare_digest(given, published.key_hash):
                return web.Response(status=403, text="this feed needs its key: ?key=…")
        async with app.database.session(published.community_id, readonly=True) as session:
            meetings = (
                await session.exec(
                    select(Meeting)
                    .where(Meeting.public, Meeting.every_weeks == 1)
                    .order_by(Meeting.id)
                )
            ).all()
        body = [entry for m in meetings for entry in guide.entries(m, updated=m.created_at)]
        return web.json_response(
            body, headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "max-age=300"}
        )

    async def calendar(request: web.Request) -> web.StreamResponse:
        hashed = digest(request.match_info["token"])
        async with app.database.unscoped_session("calendar subscription", readonly=True) as session:
            token = (
                await session.exec(select(CalendarToken).where(CalendarToken.token_hash == hashed))
            ).first()
            community = await session.get(Community, token.community_id) if token else None
        if token is None or community is None:
            return web.Response(status=404, text="not found")
        now = app.clock.now()
        async with app.database.session(community.id, readonly=True) as session:
            member = await session.get(Member, token.member_id)  # of this community only
            if member is None:
                return web.Response(status=404, text="not found")
            meetings = await meetings_for(session, token, now)
            skips = (await session.exec(select(MeetingSkip))).all()
        skipped: dict[int, list] = {}
        for skip in skips:
            skipped.setdefault(skip.meeting_id, []).append(skip.day)
        default = EngineSettings.from_stored(community.settings).language
        locale = choose_language(member.language, None, default)
        data = ics.calendar(
            [(m, sorted(skipped.get(m.id, []))) for m in meetings],
            community=community.name,
            uid_domain=f"{community.platform}-{community.workspace_id}.haven",
            now=now,
            t=lambda key, **args: translate(locale, key, **args),
        )
        return web.Response(
            body=data,
            content_type="text/calendar",
            charset="utf-8",
            headers={"Cache-Control": "private, max-age=300"},
        )

    return [
        web.get("/feeds/{token}/meetings.json", feed),
        web.get("/calendar/{token}.ics", calendar),
    ]
