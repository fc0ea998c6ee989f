"""role opt-in: milestone roles only for members who ask for them

A role is seen by the whole server, so it is granted only to members who turn
roles on for themselves (``/sober share roles:on``). Every existing member
starts with roles off, like sharing.

Revision ID: sober_0003
Revises: sober_0002
Create Date: 2026-12-10 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "sober_0003"
down_revision = "sober_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sober_prefs") as batch:
        batch.add_column(
            sa.Column("roles", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("sober_prefs") as batch:
        batch.drop_column("roles")
