"""slack: the platform's branch takes over its tables

The Slack tables (``slack_installation``, ``slack_oauth_state``,
``slack_request_seen``) were created by core revisions 0002_slack_oauth and
0004_slack_request_seen, which stay as written so every existing history stays
valid. From here on they are this branch's: the branch starts after 0004 and
creates whichever of them a database lacks (none, after the core history), so
later changes to them are Slack revisions, not core ones.

Revision ID: slack_0001
Revises: 0004_slack_request_seen
Create Date: 2026-12-02 14:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.columns
import bot.crypto

revision = "slack_0001"
down_revision = "0004_slack_request_seen"
branch_labels = ("slack",)
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString
WHEN = bot.columns.UTCDateTime(timezone=True)


def _installation() -> None:
    op.create_table(
        "slack_installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", TEXT(length=32), nullable=False),
        sa.Column("team_id", TEXT(length=32), nullable=False),
        sa.Column("app_id", TEXT(length=32), nullable=False),
        sa.Column("enterprise_name", TEXT(length=200), nullable=False),
        sa.Column("enterprise_url", TEXT(length=200), nullable=False),
        sa.Column("team_name", TEXT(length=200), nullable=False),
        sa.Column("bot_token", bot.crypto.EncryptedText(), nullable=True),
        sa.Column("bot_id", TEXT(length=32), nullable=False),
        sa.Column("bot_user_id", TEXT(length=32), nullable=False),
        sa.Column("bot_scopes", TEXT(length=1000), nullable=False),
        sa.Column("bot_refresh_token", bot.crypto.EncryptedText(), nullable=True),
        sa.Column("bot_token_expires_at", WHEN, nullable=True),
        sa.Column("user_id", TEXT(length=32), nullable=False),
        sa.Column("user_token", bot.crypto.EncryptedText(), nullable=True),
        sa.Column("user_scopes", TEXT(length=1000), nullable=False),
        sa.Column("user_refresh_token", bot.crypto.EncryptedText(), nullable=True),
        sa.Column("user_token_expires_at", WHEN, nullable=True),
        sa.Column("incoming_webhook_url", bot.crypto.EncryptedText(), nullable=True),
        sa.Column("incoming_webhook_channel", TEXT(length=200), nullable=False),
        sa.Column("incoming_webhook_channel_id", TEXT(length=64), nullable=False),
        sa.Column("incoming_webhook_configuration_url", TEXT(length=200), nullable=False),
        sa.Column("is_enterprise_install", sa.Boolean(), nullable=False),
        sa.Column("token_type", TEXT(length=32), nullable=False),
        sa.Column("installed_at", WHEN, nullable=False),
        sa.Column("custom_values", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_installation")),
        sa.UniqueConstraint(
            "enterprise_id", "team_id", name=op.f("uq_slack_installation_enterprise_id")
        ),
    )


def _oauth_state() -> None:
    op.create_table(
        "slack_oauth_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", TEXT(length=100), nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_oauth_state")),
        sa.UniqueConstraint("state", name=op.f("uq_slack_oauth_state_state")),
    )


def _request_seen() -> None:
    op.create_table(
        "slack_request_seen",
        sa.Column("signature", TEXT(length=80), nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_slack_request_seen")),
    )
    with op.batch_alter_table("slack_request_seen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_slack_request_seen_expires_at"), ["expires_at"], unique=False
        )


TABLES = {
    "slack_installation": _installation,
    "slack_oauth_state": _oauth_state,
    "slack_request_seen": _request_seen,
}


def upgrade() -> None:
    present = set(sa.inspect(op.get_bind()).get_table_names())
    for name, create in TABLES.items():
        if name not in present:
            create()


def downgrade() -> None:
    """Nothing: the tables stay with the core history that made them."""
