"""member language: /haven language (issue 22)

Revision ID: 0010_member_language
Revises: 0009_due_planned
Create Date: 2026-12-02 14:20:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011_member_language"
down_revision = "0010_settings_namespaces"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), never a batch copy of ``member``: on
    # SQLite that drops the old table, and its ON DELETE CASCADE would take
    # every counter, check-in and preference with it.
    op.drop_column("member", "language")
