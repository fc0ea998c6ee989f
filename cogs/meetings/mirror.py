"""The optional mirror of each meeting as a platform scheduled event (Discord).

Haven's schedule is the source of truth: one event per meeting, for its next
occurrence only (Discord allows at most 100 scheduled events per guild), moved
on after each start and on a skip, deleted on remove or when the mirror is
turned off. A platform failure is logged and never undoes Haven's own change.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import cast

from bot.api import Capability, CommunitySettings, Context, ScheduledEvents

from .models import Meeting

log = logging.getLogger("haven.meetings")


class MeetingSettings(CommunitySettings, namespace="meetings"):
    """``/meeting mirror``: each meeting mirrored as a scheduled event."""

    mirror: bool = False


def available(ctx: Context) -> bool:
    return ctx.has(Capability.SCHEDULED_EVENTS)


def enabled(ctx: Context) -> bool:
    return available(ctx) and ctx.settings(MeetingSettings).mirror


def events(ctx: Context) -> ScheduledEvents:
    """The adapter's optional scheduled-event methods (check :func:`available` first)."""
    return cast(ScheduledEvents, ctx.adapter)


def event_key(meeting: Meeting) -> str:
    return f"haven-meeting-{meeting.id}"


async def place(ctx: Context, meeting: Meeting, start: datetime | None) -> bool:
    """Put the meeting's event on ``start`` (None: nothing upcoming, so no event)."""
    if start is None:
        return await drop(ctx, meeting)
    await ctx.before_platform_call()
    try:
        meeting.event_id = await events(ctx).upsert_scheduled_event(
            ctx.key, event_key(meeting), meeting.title, start,
            start + timedelta(minutes=meeting.duration),
            meeting.link, meeting.about, event_id=meeting.event_id,
        )  # fmt: skip
    except Exception:
        log.exception("could not mirror meeting %s as a scheduled event", meeting.id)
        return False
    ctx.db.add(meeting)
    return True


async def drop(ctx: Context, meeting: Meeting) -> bool:
    """Delete the meeting's event, if it has one."""
    if meeting.event_id is None:
        return True
    await ctx.before_platform_call()
    try:
        await events(ctx).delete_scheduled_event(ctx.key, meeting.event_id)
    except Exception:
        log.exception("could not delete the scheduled event of meeting %s", meeting.id)
        return False
    meeting.event_id = None
    ctx.db.add(meeting)
    return True
