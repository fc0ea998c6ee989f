"""Lookup hashes: finding and keeping unique an encrypted value without reading it.

An :class:`~bot.crypto.EncryptedText` column cannot be compared in SQL (every
write has a fresh IV). A column declared with :func:`lookup_hash_of` beside it
holds the keyed hash of its normalised text within a scope (usually the
member), so ``WHERE hash IN (...)`` finds it and a unique constraint on
``(scope, hash)`` keeps it unique. The hash is filled in at every flush, so no
code path can forget it; key rotation (bot/rotation.py) recomputes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Field

from bot.crypto import get_keyring

INFO_KEY = "haven_lookup"
HASH_LENGTH = 64  # hex HMAC-SHA256


def lookup_hash_of(column: str, *, scope: str) -> Any:
    """A field holding the lookup hash of ``column``, distinct within ``scope``."""
    return Field(
        default="",
        max_length=HASH_LENGTH,
        sa_column_kwargs={"info": {INFO_KEY: (column, scope)}},
    )


def lookup_pairs(table) -> list[tuple[str, str, str]]:
    """``(hash column, text column, scope column)`` of every lookup hash in ``table``."""
    return [
        (column.name, *column.info[INFO_KEY]) for column in table.columns if INFO_KEY in column.info
    ]


def matches(hash_column, text: str, scope: object) -> ColumnElement[bool]:
    """A WHERE clause finding ``text``, written under any configured key."""
    return hash_column.in_(get_keyring().lookups(text, scope))


@event.listens_for(Session, "before_flush")
def _fill_lookup_hashes(session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty):
        table = getattr(type(obj), "__table__", None)
        if table is None:
            continue
        for hash_name, text_name, scope_name in lookup_pairs(table):
            text = getattr(obj, text_name)
            if text is not None:
                value = get_keyring().lookup(text, getattr(obj, scope_name))
                if getattr(obj, hash_name) != value:
                    setattr(obj, hash_name, value)
