"""pause sharing after a reset: a new start is never announced

After a reset, a counter's milestones are not posted (nor roles granted) until
the member says to share them again. Existing counters keep sharing as chosen.

Revision ID: sober_0004
Revises: sober_0003
Create Date: 2026-12-10 10:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "sober_0004"
down_revision = "sober_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sober_counter") as batch:
        batch.add_column(
            sa.Column("share_paused", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("sober_counter") as batch:
        batch.drop_column("share_paused")
