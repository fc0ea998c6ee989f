"""encrypt labels: counter labels are encrypted and found by a lookup hash

A label names what a member is recovering from. Existing labels are encrypted
with the active key and their lookup hashes filled in (bot/lookup.py); the
uniqueness of a member's labels moves to the hash.

Revision ID: sober_0002
Revises: sober_0001
Create Date: 2026-12-03 10:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.crypto
from bot.migrate import decrypt_in_place, encrypt_in_place

revision = "sober_0002"
down_revision = "sober_0001"
branch_labels = None
depends_on = None

UNIQUE = "uq_sober_counter_member_id"
LABEL = sqlmodel.sql.sqltypes.AutoString(length=40)
HASH = sqlmodel.sql.sqltypes.AutoString(length=64)


def upgrade() -> None:
    with op.batch_alter_table("sober_counter") as batch:
        batch.drop_constraint(UNIQUE, type_="unique")
        batch.alter_column(
            "label", type_=bot.crypto.EncryptedText(), existing_type=LABEL, existing_nullable=False
        )
        batch.add_column(sa.Column("label_hash", HASH, nullable=True))
    encrypt_in_place("sober_counter", "label", lookup=("label_hash", "member_id"))
    with op.batch_alter_table("sober_counter") as batch:
        batch.alter_column("label_hash", existing_type=HASH, nullable=False)
        batch.create_unique_constraint(UNIQUE, ["member_id", "label_hash"])


def downgrade() -> None:
    with op.batch_alter_table("sober_counter") as batch:
        batch.drop_constraint(UNIQUE, type_="unique")
        batch.drop_column("label_hash")
    decrypt_in_place("sober_counter", "label")
    with op.batch_alter_table("sober_counter") as batch:
        batch.alter_column(
            "label", type_=LABEL, existing_type=bot.crypto.EncryptedText(), existing_nullable=False
        )
        batch.create_unique_constraint(UNIQUE, ["member_id", "label"])
