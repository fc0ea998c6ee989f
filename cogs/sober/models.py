"""The counter tables: a member's counters by label, the runs of each counter
(the active one has no end date), and the member's counter preferences.

A label names what a member is recovering from ("fentanyl"): it is encrypted
like the notes, and found through its lookup hash (bot/lookup.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from bot.api import CommunityOwned, EncryptedText, UTCDateTime, lookup_hash_of

SHARE_CHOICES = ("private", "named", "anonymous")
ROLES_CHOICES = ("on", "off")
DEFAULT_LABEL = "sobriety"
DEFAULT_MORNING = "09:00"


class SoberCounter(CommunityOwned, table=True):
    """One counter of one member (``sobriety``, ``alcohol``, ``nicotine`` ...)."""

    __tablename__ = "sober_counter"
    __table_args__ = (UniqueConstraint("member_id", "label_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    label: str = Field(sa_type=EncryptedText)
    label_hash: str = lookup_hash_of("label", scope="member_id")
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Set by a reset while the member shares: this counter's milestones stay
    # private until they say to share them again (a new start is never posted).
    share_paused: bool = False


class SoberRun(CommunityOwned, table=True):
    """A stretch of days from ``start_date`` to ``end_date`` (a new start), or
    ongoing when ``end_date`` is None — one ongoing run per counter."""

    __tablename__ = "sober_run"

    id: int | None = Field(default=None, primary_key=True)
    counter_id: int = Field(foreign_key="sober_counter.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    start_date: date
    end_date: date | None = None
    note: str | None = Field(default=None, sa_type=EncryptedText)  # given with set
    end_note: str | None = Field(default=None, sa_type=EncryptedText)  # given with reset
    # Milestones that fell before this instant are not congratulated: a start
    # set (or backfilled) today celebrates what comes next, not the past.
    milestones_after: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # What the member spent each day on what they are recovering from, and the
    # hours it took (``/sober cost``): kept per run, carried to a new start.
    # None: not set, and nothing about money or time is said.
    cost_per_day: str | None = Field(default=None, max_length=24)  # a decimal, "12.50"
    cost_currency: str | None = Field(default=None, max_length=3)  # ISO 4217
    hours_per_day: float | None = None


class SoberPrefs(CommunityOwned, table=True):
    """A member's counter choices; a row exists once they set any of them."""

    __tablename__ = "sober_prefs"
    __table_args__ = (UniqueConstraint("member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    share: str = Field(default="private", max_length=16)
    count_from: int = 0  # 0: the start day is day 0; 1: it is day 1
    morning: str = Field(default=DEFAULT_MORNING, max_length=5)  # "HH:MM", local
    # Milestone roles are public: granted only to members who turn them on.
    roles: bool = False
