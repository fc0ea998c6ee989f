"""The check-in tables: one check-in per member per local day, each member's
check-in preferences (reminder, pause, weekly summary, sharing, the "just for
today" prompts) and the days they pledged."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from bot.api import CommunityOwned, EncryptedText, UTCDateTime

SHARE_CHOICES = ("private", "partners", "anonymous", "named")


class CheckIn(CommunityOwned, table=True):
    """How a member was on one day of their own calendar (``local_date``)."""

    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("member_id", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    local_date: date
    mood: int  # 1-5
    craving: int | None = None  # 0-10; None when given by a one-tap prompt answer
    sober: bool | None = None
    note: str | None = Field(default=None, sa_type=EncryptedText)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class CheckinPrefs(CommunityOwned, table=True):
    """A member's check-in choices; a row exists once they set any of them."""

    __tablename__ = "checkin_prefs"
    __table_args__ = (UniqueConstraint("member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    remind_at: str | None = Field(default=None, max_length=5)  # "HH:MM", member's local time
    paused_until: date | None = None  # no prompts before this local date
    weekly_day: str | None = Field(default=None, max_length=3)  # mon..sun
    share: str = Field(default="private", max_length=16)
    #: Partners also see "sober today" / "not sober today": an explicit opt-in.
    share_sober: bool = False
    prompted_on: date | None = None  # local date of the last prompt: one a day at most
    #: Off: no streak count appears anywhere for this member (``/checkin streaks off``).
    show_streaks: bool = True
    #: "Just for today": the morning pledge prompt and the evening review, "HH:MM" local.
    pledge_at: str | None = Field(default=None, max_length=5)
    review_at: str | None = Field(default=None, max_length=5)
    pledge_prompted_on: date | None = None  # one pledge prompt a local day at most
    review_prompted_on: date | None = None  # one review prompt a local day at most
    #: The day partner contact and /crisis were last offered after a run of very
    #: hard days: once per run (a later day of the same run offers nothing more).
    hard_run_offered_on: date | None = None


class CheckinTrigger(CommunityOwned, table=True):
    """One trigger a member named with a check-in (``stress``, ``people`` ...),
    from their community's list; private to them (``/checkin patterns``)."""

    __tablename__ = "checkin_trigger"
    __table_args__ = (UniqueConstraint("checkin_id", "tag"),)

    id: int | None = Field(default=None, primary_key=True)
    checkin_id: int = Field(foreign_key="checkin.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    local_date: date
    tag: str = Field(max_length=32)


class CheckinPledge(CommunityOwned, table=True):
    """ "Just for today, I'll stay sober": one row per member per local day pledged."""

    __tablename__ = "checkin_pledge"
    __table_args__ = (UniqueConstraint("member_id", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    local_date: date
    pledged_at: datetime = Field(sa_type=UTCDateTime)
