"""member discretion: /haven discreet and /haven quiet (issue 18)

Revision ID: 0008_member_discretion
Revises: 0007_due
Create Date: 2026-12-02 04:40:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008_member_discretion"
down_revision = "0007_due"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discreet", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column("quiet_hours", sqlmodel.sql.sqltypes.AutoString(length=11), nullable=True)
        )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), never a batch copy of ``member``: on
    # SQLite that drops the old table, and its ON DELETE CASCADE would take
    # every counter, check-in and preference with it.
    op.drop_column("member", "quiet_hours")
    op.drop_column("member", "discreet")
