"""sos answers: who pressed "I'm here", and the no-answer check

Revision ID: accountability_0002
Revises: accountability_0001
Create Date: 2026-12-01 22:10:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "accountability_0002"
down_revision = "accountability_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partner_sos") as batch:
        batch.add_column(
            sa.Column(
                "answered_by",
                sqlmodel.sql.sqltypes.AutoString(length=400),
                nullable=False,
                server_default="",
            )
        )
        batch.add_column(
            sa.Column("checked", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("partner_sos") as batch:
        batch.drop_column("checked")
        batch.drop_column("answered_by")
