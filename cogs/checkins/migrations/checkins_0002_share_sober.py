"""share sober: partners see "sober today" only when the member opts in

Revision ID: checkins_0002
Revises: checkins_0001
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "checkins_0002"
down_revision = "checkins_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkin_prefs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("share_sober", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("checkin_prefs", schema=None) as batch_op:
        batch_op.drop_column("share_sober")
