"""slack request seen: signed HTTP requests already taken (replay protection)

Revision ID: 0004_slack_request_seen
Revises: 0003_rate_buckets
Create Date: 2026-11-23 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.columns

revision = "0004_slack_request_seen"
down_revision = "0003_rate_buckets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slack_request_seen",
        sa.Column("signature", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("expires_at", bot.columns.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_slack_request_seen")),
    )
    with op.batch_alter_table("slack_request_seen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_slack_request_seen_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("slack_request_seen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slack_request_seen_expires_at"))
    op.drop_table("slack_request_seen")
