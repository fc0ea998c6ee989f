"""cost per run: what a member spent a day, and the hours it took (/sober cost)

Kept on each run, so a history says what each stretch gave back. Nullable:
off unless the member sets it.

Revision ID: sober_0005
Revises: sober_0004
Create Date: 2026-12-12 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "sober_0005"
down_revision = "sober_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sober_run") as batch:
        batch.add_column(
            sa.Column("cost_per_day", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=True)
        )
        batch.add_column(
            sa.Column("cost_currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True)
        )
        batch.add_column(sa.Column("hours_per_day", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sober_run") as batch:
        batch.drop_column("hours_per_day")
        batch.drop_column("cost_currency")
        batch.drop_column("cost_per_day")
