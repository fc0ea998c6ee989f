"""reasons: a member's own reasons, shown with /sos

Revision ID: accountability_0003
Revises: accountability_0002
Create Date: 2026-12-01 22:58:00
"""

import sqlalchemy as sa
from alembic import op

import bot.columns
import bot.crypto

revision = "accountability_0003"
down_revision = "accountability_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_reason",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("text", bot.crypto.EncryptedText(), nullable=False),
        sa.Column("created_at", bot.columns.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
            name=op.f("fk_partner_reason_community_id_community"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_partner_reason_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_reason")),
    )
    with op.batch_alter_table("partner_reason") as batch:
        batch.create_index(batch.f("ix_partner_reason_community_id"), ["community_id"])
        batch.create_index(batch.f("ix_partner_reason_member_id"), ["member_id"])


def downgrade() -> None:
    op.drop_table("partner_reason")
