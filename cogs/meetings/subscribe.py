"""Private calendar subscriptions: a ``webcal://`` link per member that stays current.

``/meeting subscribe`` makes a random token, shows its link once and keeps
only the token's SHA-256: whoever reads the database cannot rebuild a link,
and a request is answered by hashing the token it brings. A token belongs to
one member of one community; making a new one for the same scope, ``revoke``,
and erasure (``/haven delete``) end it. The calendar is built on each request
from the current schedule — RRULE, EXDATE and VTIMEZONE as in the file
``/meeting calendar`` gives.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from sqlmodel import select

from .models import CalendarToken, Meeting, MeetingRsvp

SCOPES = ("mine", "all")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def webcal(public_url: str, token: str) -> str:
    """``https://haven.example.org`` → ``webcal://haven.example.org/calendar/<token>.ics``."""
    parts = urlsplit(public_url)
    path = parts.path.rstrip("/") + f"/calendar/{token}.ics"
    return urlunsplit(("webcal", parts.netloc, path, "", ""))


async def meetings_for(session, token: CalendarToken, now: datetime) -> list[Meeting]:
    """The series the token's calendar holds: all, or those its member is going to."""
    query = select(Meeting).order_by(Meeting.id)
    if token.scope == "mine":
        going = (
            select(MeetingRsvp.meeting_id)
            .where(
                MeetingRsvp.member_id == token.member_id,
                MeetingRsvp.status == "going",
                MeetingRsvp.occurrence > now - timedelta(days=1),
            )
            .distinct()
        )
        query = query.where(Meeting.id.in_(going))
    return list((await session.exec(query)).all())
