"""just for today: the pledge and review prompt times, and the days pledged

Revision ID: checkins_0004
Revises: checkins_0003
Create Date: 2026-12-14 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.columns

revision = "checkins_0004"
down_revision = "checkins_0003"
branch_labels = None
depends_on = None

PREFS_COLUMNS = (
    ("pledge_at", sqlmodel.sql.sqltypes.AutoString(length=5)),
    ("review_at", sqlmodel.sql.sqltypes.AutoString(length=5)),
    ("pledge_prompted_on", sa.Date()),
    ("review_prompted_on", sa.Date()),
    ("hard_run_offered_on", sa.Date()),
)


def upgrade() -> None:
    with op.batch_alter_table("checkin_prefs", schema=None) as batch_op:
        for name, type_ in PREFS_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    op.create_table(
        "checkin_pledge",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("pledged_at", bot.columns.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community.id"],
            name=op.f("fk_checkin_pledge_community_id_community"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_checkin_pledge_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_pledge")),
        sa.UniqueConstraint("member_id", "local_date", name=op.f("uq_checkin_pledge_member_id")),
    )
    with op.batch_alter_table("checkin_pledge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_pledge_community_id"), ["community_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checkin_pledge_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("checkin_pledge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_pledge_member_id"))
        batch_op.drop_index(batch_op.f("ix_checkin_pledge_community_id"))
    op.drop_table("checkin_pledge")
    # Plain DROP COLUMN (SQLite 3.35+): no copy of the table is needed.
    for name, _ in reversed(PREFS_COLUMNS):
        op.drop_column("checkin_prefs", name)
