"""encrypt display names: a member's cached display name is encrypted at rest

Existing names are encrypted with the active key.

Revision ID: 0005_encrypt_display_names
Revises: 0004_slack_request_seen
Create Date: 2026-12-03 10:00:00
"""

import sqlmodel
from alembic import op

import bot.crypto
from bot.migrate import decrypt_in_place, encrypt_in_place

revision = "0005_encrypt_display_names"
down_revision = "0004_slack_request_seen"
branch_labels = None
depends_on = None

NAME = sqlmodel.sql.sqltypes.AutoString(length=200)


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.alter_column(
            "display_name",
            type_=bot.crypto.EncryptedText(),
            existing_type=NAME,
            existing_nullable=False,
        )
    encrypt_in_place("member", "display_name")


def downgrade() -> None:
    decrypt_in_place("member", "display_name")
    with op.batch_alter_table("member") as batch:
        batch.alter_column(
            "display_name",
            type_=NAME,
            existing_type=bot.crypto.EncryptedText(),
            existing_nullable=False,
        )
