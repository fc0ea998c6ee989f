"""triggers and optional streaks: the triggers a member names with a check-in,
and whether streak counts are shown to them at all

Revision ID: checkins_0003
Revises: checkins_0002
Create Date: 2026-12-12 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "checkins_0003"
down_revision = "checkins_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkin_prefs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("show_streaks", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    op.create_table(
        "checkin_trigger",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("tag", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkin.id"],
            name=op.f("fk_checkin_trigger_checkin_id_checkin"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
            name=op.f("fk_checkin_trigger_community_id_community"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_checkin_trigger_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_trigger")),
        sa.UniqueConstraint("checkin_id", "tag", name=op.f("uq_checkin_trigger_checkin_id")),
    )
    with op.batch_alter_table("checkin_trigger", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_trigger_checkin_id"), ["checkin_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checkin_trigger_community_id"), ["community_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checkin_trigger_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("checkin_trigger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_trigger_member_id"))
        batch_op.drop_index(batch_op.f("ix_checkin_trigger_community_id"))
        batch_op.drop_index(batch_op.f("ix_checkin_trigger_checkin_id"))
    op.drop_table("checkin_trigger")
    with op.batch_alter_table("checkin_prefs", schema=None) as batch_op:
        batch_op.drop_column("show_streaks")
