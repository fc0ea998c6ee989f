"""The meetings' tables: a series, its cancelled dates, RSVPs and posts.

A meeting series is community data (moderators wrote it); an RSVP is member
data — it says who plans to attend, so it is exported and erased with the
member. Titles, links and descriptions are encrypted at rest: the name or
place of a recovery meeting can itself be sensitive.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from bot.columns import UTCDateTime
from bot.crypto import EncryptedText
from bot.models import CommunityOwned


class Meeting(CommunityOwned, table=True):
    """A recurring meeting: weekdays at a local time in its own zone."""

    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=EncryptedText)
    weekdays: str = Field(max_length=40)  # "mon,thu"
    hour: int
    minute: int
    zone: str = Field(max_length=64)
    every_weeks: int = 1
    #: Monday (in the meeting's zone) of the week of the first meeting; every-n-weeks
    #: series meet in the weeks a multiple of n after it.
    anchor: date
    channel: str = Field(max_length=100)
    link: str | None = Field(default=None, sa_type=EncryptedText)
    leads: str = Field(max_length=100)  # minutes before the start, "60,10"
    about: str | None = Field(default=None, sa_type=EncryptedText)
    created_at: datetime = Field(sa_type=UTCDateTime)
    #: The platform's scheduled event mirroring the next occurrence, when mirrored.
    event_id: str | None = Field(default=None, max_length=100)

    @property
    def days(self) -> tuple[str, ...]:
        return tuple(self.weekdays.split(","))

    @property
    def lead_minutes(self) -> tuple[int, ...]:
        return tuple(int(m) for m in self.leads.split(",") if m)


class MeetingSkip(CommunityOwned, table=True):
    """One cancelled occurrence, by its local date in the meeting's zone."""

    __tablename__ = "meeting_skip"
    __table_args__ = (UniqueConstraint("meeting_id", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    day: date


class MeetingRsvp(CommunityOwned, table=True):
    """A member's answer for one occurrence: going, maybe or no."""

    __tablename__ = "meeting_rsvp"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", "occurrence"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    occurrence: datetime = Field(sa_type=UTCDateTime, index=True)
    status: str = Field(max_length=8)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    #: Minutes before the start for the going member's own reminder (None: the default).
    remind: int | None = None
    #: The RSVP abuse limit's window: answers given since ``changes_since``.
    changes: int = 0
    changes_since: datetime | None = Field(default=None, sa_type=UTCDateTime)


class MeetingPost(CommunityOwned, table=True):
    """A post made for an occurrence: an announcement (``lead`` minutes before,
    so RSVP counts can be edited in place) or the cancellation note (lead 0)."""

    __tablename__ = "meeting_post"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    occurrence: datetime = Field(sa_type=UTCDateTime, index=True)
    lead: int
    late: bool = False
    platform: str = Field(max_length=16)
    workspace: str = Field(max_length=64)
    ref_id: str = Field(max_length=200)
