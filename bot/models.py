"""The engine's own tables: communities, members, the audit log and the
delivery ledger. Cogs define their tables beside their code; every table that
belongs to a community derives from :class:`CommunityOwned`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.columns import UTCDateTime
from bot.crypto import EncryptedText

# Names constraints predictably so Alembic migrations match on every backend.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Community(SQLModel, table=True):
    """A Discord guild, a Slack workspace (Grid-aware) or the console."""

    __table_args__ = (UniqueConstraint("platform", "enterprise_id", "workspace_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    workspace_id: str = Field(max_length=64)
    enterprise_id: str = Field(default="", max_length=64)
    name: str = Field(default="", max_length=200)
    settings: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(sa_type=UTCDateTime)
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CommunityOwned(SQLModel):
    """Base of every row that belongs to one community (automatically scoped)."""

    community_id: int = Field(foreign_key="community.id", index=True, ondelete="CASCADE")


class Member(CommunityOwned, table=True):
    """A person in one community. Exists only after they answered the privacy
    notice: with consent, or with the refusal alone (no other data)."""

    __table_args__ = (UniqueConstraint("community_id", "platform_user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform_user_id: str = Field(max_length=64)
    display_name: str = Field(default="", sa_type=EncryptedText)  # a name can identify
    timezone: str | None = Field(default=None, max_length=64)
    consent_version: int | None = None
    consented_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    declined_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    settings: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    #: ``/haven discreet``: True/False, or None for the community's default
    #: (:mod:`bot.discretion`).
    discreet: bool | None = None
    #: ``/haven quiet``: ``HH:MM-HH:MM`` in the member's zone, or None
    #: (:mod:`bot.quiet`).
    quiet_hours: str | None = Field(default=None, max_length=11)
    #: ``/haven language``: a shipped language (``es``, ``pt-BR``), or None to
    #: follow the platform's, then the community's (:mod:`bot.i18n`).
    language: str | None = Field(default=None, max_length=16)

    @property
    def consented(self) -> bool:
        return self.consent_version is not None


class AuditLog(CommunityOwned, table=True):
    """Who did what, when — never the content."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    actor_id: str = Field(max_length=64)
    action: str = Field(max_length=80)
    outcome: str = Field(max_length=16)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    #: Whom the action was about, by platform id (``/mod moderator add``).
    target_id: str | None = Field(default=None, max_length=64)


class Delivery(CommunityOwned, table=True):
    """The delivery ledger: one row per piece of due work, claimed once.

    ``key`` names the work (``meeting:3:2026-11-23T18:00Z:60``); the unique
    constraint is what makes a send happen once across restarts and instances.
    """

    __table_args__ = (UniqueConstraint("community_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=200)
    job_id: str = Field(default="", max_length=200)
    member_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="CASCADE"
    )
    scheduled_for: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(max_length=16, index=True)  # claimed | sent | skipped | failed
    claimed_by: str = Field(default="", max_length=64)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str = Field(default="", max_length=200)


class DueWork(CommunityOwned, table=True):
    """Scheduled work as data: one row per job, holding its next occurrence.

    The rows are the one truth about what is due (bot/due.py keeps them equal
    to what the cogs' declarations imply, in the transaction that changed the
    data). ``run_at`` is the occurrence (its ledger key and lateness count from
    it), ``fire_at`` when to run it (``run_at`` plus the job's spread); both are
    NULL when the job has nothing more to run (a one-off already done). A
    process claims a row by setting ``claimed_by``/``lease_until``; a lease that
    runs out makes the row claimable again. ``trigger`` is the job's APScheduler
    trigger (pickled, as APScheduler's own SQLAlchemy job store keeps it), from
    which the next occurrence is computed after each run; ``signature`` tells a
    changed declaration from an unchanged one. ``platform``/``shard_base`` say
    which processes can deliver it (the platform; a Discord guild's id >> 22).
    """

    __tablename__ = "due"
    __table_args__ = (
        UniqueConstraint("community_id", "job_id"),
        Index("ix_due_fire_at", "fire_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    job_id: str = Field(max_length=200)
    kind: str = Field(max_length=80)
    member_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="CASCADE"
    )
    run_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    fire_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    trigger: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    grace_seconds: int | None = None
    once_key: str | None = Field(default=None, max_length=200)
    daily_in: str | None = Field(default=None, max_length=64)
    spread_seconds: int | None = None
    signature: str = Field(max_length=64)
    #: True: implied by a cog's declaration (kept equal to it); False: a
    #: one-off follow-up that is its own data (``Context.later``).
    declared: bool = True
    platform: str = Field(max_length=16)
    shard_base: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    claimed_by: str = Field(default="", max_length=64)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


class DuePlanned(SQLModel, table=True):
    """A cog whose ``due`` rows were built from the data already there
    (bot/due_plan.py), with what it declared then: from that moment every change
    to its data declares its jobs in the transaction that makes it, so the rows
    never need building again — unless the cog is turned off (its mark goes),
    or a release changes the kinds of work it declares or its ``jobs_version``.

    Engine-level, not community-owned: one row per cog for the whole database.
    """

    __tablename__ = "due_planned"

    cog: str = Field(primary_key=True, max_length=80)
    #: The cog's ``jobs_version`` and job kinds when its rows were built.
    declares: str = Field(max_length=1000)
    planned_at: datetime = Field(sa_type=UTCDateTime)


class RateBucket(SQLModel, table=True):
    """Shared rate-limit state (bot/ratelimit.py): when the next request of one
    platform bucket may go, for every Haven process on this database.

    Engine-level, not community-owned: Discord's global limit is per bot token,
    Slack's per channel. ``next_free_at`` is seconds since the Unix epoch.
    """

    __tablename__ = "rate_bucket"

    platform: str = Field(primary_key=True, max_length=16)
    bucket: str = Field(primary_key=True, max_length=200)
    next_free_at: float = Field(default=0.0)
