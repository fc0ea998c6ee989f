"""Tables: partner requests, pods (a partnership is a pod of two), who is in
each pod, the matching pool and SOS alerts (kept only for the rate limit).

Nothing partners write in their space is stored: a pod row holds only the
space's platform reference, so Haven can close it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from bot.api import CommunityOwned, EncryptedText, UTCDateTime

OPEN, ACCEPTED, DECLINED, EXPIRED = "open", "accepted", "declined", "expired"
PAIR, POD = "partners", "pod"


class PartnerRequest(CommunityOwned, table=True):
    """A request to a platform user, kept whether or not they use Haven, so the
    asker can never tell which they do (issue 15): ``target_user_id`` names
    them; ``target_id`` is their member row, when they had one."""

    __tablename__ = "partner_request"

    id: int | None = Field(default=None, primary_key=True)
    requester_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    target_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="CASCADE"
    )
    target_user_id: str = Field(max_length=64, index=True)
    status: str = Field(default=OPEN, max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Pod(CommunityOwned, table=True):
    """A partnership (``kind`` partners, from a request) or a matched pod."""

    __tablename__ = "partner_pod"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default=PAIR, max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    space_platform: str | None = Field(default=None, max_length=16)
    space_workspace: str | None = Field(default=None, max_length=64)
    space_id: str | None = Field(default=None, max_length=128)


class PodMember(CommunityOwned, table=True):
    """Membership of a pod; kept after leaving (``left_at``) so matching never
    groups them again. Erasure deletes the member's rows."""

    __tablename__ = "partner_pod_member"
    __table_args__ = (UniqueConstraint("pod_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    pod_id: int = Field(foreign_key="partner_pod.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    joined_at: datetime = Field(sa_type=UTCDateTime)
    left_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PoolEntry(CommunityOwned, table=True):
    """A member who chose to be matched into a pod."""

    __tablename__ = "partner_pool"
    __table_args__ = (UniqueConstraint("community_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    joined_at: datetime = Field(sa_type=UTCDateTime)


class SosAlert(CommunityOwned, table=True):
    """When a member used /sos — only the time and how many were alerted."""

    __tablename__ = "partner_sos"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    at: datetime = Field(sa_type=UTCDateTime)
    alerted: int = 0
    moderators_told: bool = False
    #: Partners who pressed "I'm here" (member ids, comma-separated, in order).
    answered_by: str = Field(default="", max_length=400)
    #: The no-answer check after HAVEN_SOS_ACK_MINUTES has run.
    checked: bool = False


class Reason(CommunityOwned, table=True):
    """One of a member's own reasons, shown to them with /sos (encrypted)."""

    __tablename__ = "partner_reason"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    text: str = Field(sa_type=EncryptedText)
    created_at: datetime = Field(sa_type=UTCDateTime)
