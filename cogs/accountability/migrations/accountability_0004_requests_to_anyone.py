"""requests to anyone: a partner request names its target's platform id, and
needs no member row (the asker must not learn who uses Haven)

Revision ID: accountability_0004
Revises: accountability_0003
Create Date: 2026-12-03 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "accountability_0004"
down_revision = "accountability_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partner_request") as batch:
        batch.add_column(
            sa.Column(
                "target_user_id",
                sqlmodel.sql.sqltypes.AutoString(length=64),
                nullable=False,
                server_default="",
            )
        )
    op.execute(
        "UPDATE partner_request SET target_user_id = "
        "(SELECT member.platform_user_id FROM member WHERE member.id = partner_request.target_id)"
    )
    with op.batch_alter_table("partner_request") as batch:
        batch.alter_column("target_id", existing_type=sa.Integer(), nullable=True)
        batch.alter_column("target_user_id", server_default=None)
        batch.create_index(batch.f("ix_partner_request_target_user_id"), ["target_user_id"])


def downgrade() -> None:
    op.execute("DELETE FROM partner_request WHERE target_id IS NULL")
    with op.batch_alter_table("partner_request") as batch:
        batch.drop_index(batch.f("ix_partner_request_target_user_id"))
        batch.alter_column("target_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_column("target_user_id")
