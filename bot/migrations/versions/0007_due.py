"""due: scheduled work as rows, one per job, with its next occurrence

The rows for today's data (every member's prompt, every meeting's reminders,
every pending milestone) are built at the end of the same upgrade, from the
same declarations the running engine uses (0009_due_planned, bot/due_plan.py).

Revision ID: 0007_due
Revises: 0006_audit_target
Create Date: 2026-12-02 04:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.columns import UTCDateTime

revision = "0007_due"
down_revision = "0006_audit_target"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "due",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", text(length=200), nullable=False),
        sa.Column("kind", text(length=80), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("run_at", UTCDateTime(), nullable=True),
        sa.Column("fire_at", UTCDateTime(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("trigger", sa.LargeBinary(), nullable=False),
        sa.Column("grace_seconds", sa.Integer(), nullable=True),
        sa.Column("once_key", text(length=200), nullable=True),
        sa.Column("daily_in", text(length=64), nullable=True),
        sa.Column("spread_seconds", sa.Integer(), nullable=True),
        sa.Column("signature", text(length=64), nullable=False),
        sa.Column("declared", sa.Boolean(), nullable=False),
        sa.Column("platform", text(length=16), nullable=False),
        sa.Column("shard_base", sa.BigInteger(), nullable=True),
        sa.Column("claimed_by", text(length=64), nullable=False),
        sa.Column("lease_until", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
            name=op.f("fk_due_community_id_community"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_due_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_due")),
        sa.UniqueConstraint("community_id", "job_id", name=op.f("uq_due_community_id")),
    )
    op.create_index(op.f("ix_due_community_id"), "due", ["community_id"], unique=False)
    op.create_index(op.f("ix_due_member_id"), "due", ["member_id"], unique=False)
    op.create_index("ix_due_fire_at", "due", ["fire_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_due_fire_at", table_name="due")
    op.drop_index(op.f("ix_due_member_id"), table_name="due")
    op.drop_index(op.f("ix_due_community_id"), table_name="due")
    op.drop_table("due")
