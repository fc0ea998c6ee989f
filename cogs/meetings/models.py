"""The meetings' tables: a series, its cancelled dates, RSVPs and posts.

A meeting series is community data (moderators wrote it); an RSVP is member
data — it says who plans to attend, so it is exported and erased with the
member. Titles, links and descriptions are encrypted at rest: the name or
place of a recovery meeting can itself be sensitive.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from bot.api import CommunityOwned, EncryptedText, UTCDateTime


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
    #: Minutes the meeting lasts (the calendar file and the scheduled event use it).
    duration: int = 60
    #: Meeting Guide type codes, "O,D,ONL" (cogs/meetings/types.py).
    types: str = Field(default="", max_length=200)
    #: A dial-in number ("+1 555 0100,,12345#"); shown with the join link.
    phone: str | None = Field(default=None, sa_type=EncryptedText)
    #: The online meeting's passcode: shown to members only, never in a public post
    #: or the public feed.
    passcode: str | None = Field(default=None, sa_type=EncryptedText)
    #: ISO 639 code of the meeting's language ("en", "es").
    language: str | None = Field(default=None, max_length=8)
    #: Listed in the community's public Meeting Guide feed (``/meeting feed``).
    public: bool = False

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


class MeetingFeed(CommunityOwned, table=True):
    """A Meeting Guide or BMLT feed a moderator imported, synced again and again."""

    __tablename__ = "meeting_feed"

    id: int | None = Field(default=None, primary_key=True)
    #: The address (a sharing key may sit in it, so it is encrypted like one).
    url: str = Field(sa_type=EncryptedText)
    #: The feed's sharing key, sent as ``key=`` (12 Step Meeting List's private feeds).
    key: str | None = Field(default=None, sa_type=EncryptedText)
    #: "guide" (Meeting Guide / TSML JSON) or "bmlt" (the BMLT semantic API).
    format: str = Field(max_length=16)
    #: The zone of meetings that name none (None: such meetings are skipped).
    zone: str | None = Field(default=None, max_length=64)
    #: Only meetings with all of these type codes ("" for all).
    types: str = Field(default="", max_length=200)
    #: Only meetings in this zone, or whose region or address holds this text.
    within: str | None = Field(default=None, max_length=100)
    created_at: datetime = Field(sa_type=UTCDateTime)
    synced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    #: The last sync's outcome in a line ("12 meetings; 2 skipped: no time zone").
    last_result: str = Field(default="", sa_type=Text)


class ListedMeeting(CommunityOwned, table=True):
    """A meeting from an imported feed: public directory data, found with
    ``/meeting find``, never announced. Names, times and links come from a
    feed the recovery group itself publishes, so they are stored as given;
    contact people (names, phones, emails) are never read from the feed."""

    __tablename__ = "listed_meeting"
    __table_args__ = (UniqueConstraint("feed_id", "external_id"),)

    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="meeting_feed.id", index=True, ondelete="CASCADE")
    #: The feed's own id: Meeting Guide ``slug``, BMLT ``id_bigint``.
    external_id: str = Field(max_length=200)
    name: str = Field(max_length=200)
    weekdays: str = Field(max_length=40)  # "sun,tue"
    hour: int
    minute: int
    duration: int = 60
    zone: str = Field(max_length=64)
    types: str = Field(default="", max_length=200)
    language: str | None = Field(default=None, max_length=8)
    link: str | None = Field(default=None, max_length=500)
    phone: str | None = Field(default=None, max_length=100)
    place: str | None = Field(default=None, max_length=300)
    notes: str | None = Field(default=None, sa_type=Text)
    #: A digest of everything above, so a re-sync updates only what changed.
    fingerprint: str = Field(max_length=64)

    @property
    def days(self) -> tuple[str, ...]:
        return tuple(self.weekdays.split(","))


class PublishedFeed(CommunityOwned, table=True):
    """The community's public Meeting Guide feed (``/meeting feed on``)."""

    __tablename__ = "meeting_published_feed"

    id: int | None = Field(default=None, primary_key=True)
    #: The feed's address segment: random, and the same across on/off.
    token: str = Field(max_length=64, unique=True)
    on: bool = True
    #: SHA-256 of the key readers must pass as ``?key=`` (None: open to all).
    key_hash: str | None = Field(default=None, max_length=64)


class CalendarToken(CommunityOwned, table=True):
    """A member's private calendar subscription (``/meeting subscribe``).

    Only the SHA-256 of the random token is kept: the link itself is shown once
    to its member, and anyone holding the database cannot rebuild it."""

    __tablename__ = "meeting_calendar_token"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    #: "mine" (the meetings they're going to) or "all".
    scope: str = Field(max_length=8)
    created_at: datetime = Field(sa_type=UTCDateTime)
