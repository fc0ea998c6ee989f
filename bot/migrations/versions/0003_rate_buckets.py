"""rate buckets: shared rate-limit state for every Haven process

Revision ID: 0003_rate_buckets
Revises: 0002_slack_oauth
Create Date: 2026-11-22 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003_rate_buckets"
down_revision = "0002_slack_oauth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_bucket",
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("bucket", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("next_free_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "bucket", name=op.f("pk_rate_bucket")),
    )


def downgrade() -> None:
    op.drop_table("rate_bucket")
