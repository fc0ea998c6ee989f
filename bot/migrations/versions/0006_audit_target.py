"""audit target: whom a moderator action was about (a platform id, never content)

Revision ID: 0006_audit_target
Revises: 0005_encrypt_display_names
Create Date: 2026-12-02 02:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_audit_target"
down_revision = "0005_encrypt_display_names"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("target_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("target_id")
