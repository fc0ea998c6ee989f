"""Slack installations (multi-workspace OAuth) and OAuth ``state`` values.

Not community-owned: a workspace installs Haven before it has a community row,
and an Enterprise Grid org-wide install covers many workspaces at once.
Installs are keyed by ``(enterprise_id, team_id)`` with ``""`` for none:
``("", "T1")`` a workspace, ``("E1", "T1")`` a workspace of a Grid org,
``("E1", "")`` an org-wide install. Tokens and the incoming-webhook URL are
stored encrypted (:class:`~bot.crypto.EncryptedText`).

``adapters/slack/oauth.py`` turns these rows into slack_sdk's
``Installation`` / ``Bot`` and back. The tables are the Slack platform's
migration branch's (``adapters/slack/migrations``): they were created by core
revisions 0002 and 0004, which stay as written, and the branch takes them over.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.platform import EncryptedText, UTCDateTime


class SlackInstallation(SQLModel, table=True):
    """The latest installation of Haven in one workspace or Grid org."""

    __tablename__ = "slack_installation"
    __table_args__ = (UniqueConstraint("enterprise_id", "team_id"),)

    id: int | None = Field(default=None, primary_key=True)
    enterprise_id: str = Field(default="", max_length=32)
    team_id: str = Field(default="", max_length=32)
    app_id: str = Field(default="", max_length=32)
    enterprise_name: str = Field(default="", max_length=200)
    enterprise_url: str = Field(default="", max_length=200)
    team_name: str = Field(default="", max_length=200)
    bot_token: str | None = Field(default=None, sa_type=EncryptedText)
    bot_id: str = Field(default="", max_length=32)
    bot_user_id: str = Field(default="", max_length=32)
    bot_scopes: str = Field(default="", max_length=1000)  # comma-separated
    bot_refresh_token: str | None = Field(default=None, sa_type=EncryptedText)
    bot_token_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    user_id: str = Field(default="", max_length=32)  # the installer
    user_token: str | None = Field(default=None, sa_type=EncryptedText)
    user_scopes: str = Field(default="", max_length=1000)
    user_refresh_token: str | None = Field(default=None, sa_type=EncryptedText)
    user_token_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    incoming_webhook_url: str | None = Field(default=None, sa_type=EncryptedText)
    incoming_webhook_channel: str = Field(default="", max_length=200)
    incoming_webhook_channel_id: str = Field(default="", max_length=64)
    incoming_webhook_configuration_url: str = Field(default="", max_length=200)
    is_enterprise_install: bool = False
    token_type: str = Field(default="", max_length=32)
    installed_at: datetime = Field(sa_type=UTCDateTime)
    custom_values: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class SlackOAuthState(SQLModel, table=True):
    """A ``state`` issued by ``/slack/install``, consumed once by the redirect."""

    __tablename__ = "slack_oauth_state"

    id: int | None = Field(default=None, primary_key=True)
    state: str = Field(max_length=100, unique=True)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class SlackRequestSeen(SQLModel, table=True):
    """A signed HTTP request Haven already took, by its signature.

    A signature is valid for Slack's 5-minute window, so a request copied off
    the wire could be sent again inside it; the first process to insert the
    row acts, every other copy finds it here. Rows go once the window is over.
    """

    __tablename__ = "slack_request_seen"

    signature: str = Field(primary_key=True, max_length=80)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
