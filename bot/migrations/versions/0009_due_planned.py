"""due_planned: which cogs' scheduled work is built from their data (issue 19)

An empty table: every cog is unplanned, so the upgrade that creates it ends by
building the ``due`` rows of a deployment from before scheduled work was rows
from its data — every member's prompt, every milestone, every meeting
reminder — through the cogs' own declarations (bot/due_plan.py). That runs
after every branch is at its head (bot/migrate.py: the declarations read the
cogs' tables through their models), in the upgrade's transaction.

Revision ID: 0009_due_planned
Revises: 0008_member_discretion
Create Date: 2026-12-02 07:50:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.columns import UTCDateTime

revision = "0009_due_planned"
down_revision = "0008_member_discretion"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        "due_planned",
        sa.Column("cog", text(length=80), nullable=False),
        sa.Column("declares", text(length=1000), nullable=False),
        sa.Column("planned_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("cog", name=op.f("pk_due_planned")),
    )


def downgrade() -> None:
    op.drop_table("due_planned")
