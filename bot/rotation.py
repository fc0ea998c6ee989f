"""Key rotation: re-encrypt every stored note under the newest key (P3).

An operator puts a new key first in ``HAVEN_ENCRYPTION_KEY`` (``new,old``),
restarts, runs ``haven keys rotate``, and can then drop the old key. Every
:class:`~bot.crypto.EncryptedText` column of every table is found by walking
the metadata, so a new cog's notes are rotated without a change here. Rows go
in batches, each its own transaction: an interrupted rotation is simply run
again (values already under the newest key are left alone). Lookup hashes
beside an encrypted column are recomputed with it. Rotation compares before it
writes, so Haven can keep running meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Column, Table, Text, inspect, select, type_coerce, update
from sqlmodel import SQLModel

from bot.config import load_platforms
from bot.crypto import DecryptionError, EncryptedText, Keyring
from bot.db import Database
from bot.lookup import lookup_pairs

DEFAULT_BATCH = 500
#: Times one row is re-read when it changed under the rotation.
MAX_ATTEMPTS = 5


@dataclass
class RotationReport:
    """Per ``table.column``: values re-encrypted, and values already current."""

    rotated: dict[str, int] = field(default_factory=dict)
    current: dict[str, int] = field(default_factory=dict)

    @property
    def total_rotated(self) -> int:
        return sum(self.rotated.values())

    def lines(self) -> list[str]:
        return [
            f"{name}: {self.rotated[name]} re-encrypted, {self.current[name]} already current"
            for name in sorted(self.rotated)
        ]


def encrypted_columns() -> list[tuple[Table, Column]]:
    """Every (table, column) whose type is EncryptedText, in a stable order
    (installed platforms' tables too: loading a platform loads its models)."""
    load_platforms()
    return [
        (table, column)
        for table in SQLModel.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EncryptedText)
    ]


async def rotate_keys(
    db: Database,
    keyring: Keyring,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[str], None] | None = None,
) -> RotationReport:
    """Re-encrypt every encrypted value that the newest key cannot read, and
    recompute its lookup hash (bot/lookup.py) under the newest key.

    Each value is written only if it is still the one read (``WHERE id = ? AND
    column = <token read>``): a member's edit made meanwhile is re-read and
    rotated, never overwritten. A value no configured key can read stops the
    rotation with a :class:`DecryptionError` naming the table, column and row;
    batches done before it stay done.
    """
    report = RotationReport()
    async with db.engine.connect() as conn:
        present = set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))
    for table, column in encrypted_columns():
        if table.name not in present:  # a disabled cog's table that was never created
            continue
        name = f"{table.name}.{column.name}"
        report.rotated[name] = report.current[name] = 0
        [key] = table.primary_key.columns
        hashes = [(h, scope) for h, text, scope in lookup_pairs(table) if text == column.name]
        reads = [key, type_coerce(column, Text)]  # the stored token, not decrypted
        reads += [table.c[c] for pair in hashes for c in pair]
        last = None
        while True:
            query = select(*reads).where(column.isnot(None)).order_by(key).limit(batch_size)
            if last is not None:
                query = query.where(key > last)
            # Engine-level work across every community: tenants' scoping does not apply.
            async with db.unscoped_session(f"rotate encryption keys: {name}") as session:
                conn = await session.connection()
                rows = (await conn.execute(query)).all()
                if not rows:
                    break
                for row in rows:
                    rotated = await _rotate_row(conn, table, column, hashes, keyring, row)
                    report.rotated[name] += rotated
                    report.current[name] += not rotated
                await session.commit()
                last = rows[-1][0]
            if progress is not None:
                progress(f"{name}: {report.rotated[name]} re-encrypted so far")
    return report


async def _rotate_row(conn, table: Table, column: Column, hashes, keyring: Keyring, row) -> bool:
    """Bring one row's value (and its lookup hashes) to the newest key; True if written."""
    [key] = table.primary_key.columns
    ident, token, *stored = row
    name = f"{table.name}.{column.name}"
    for _attempt in range(MAX_ATTEMPTS):
        try:
            text = keyring.decrypt(token)
            values = {column.name: keyring.rotate(token)}
        except DecryptionError as exc:
            raise DecryptionError(f"{name}, row {ident}: {exc}") from None
        for (hash_name, _scope), (old_hash, scope) in zip(hashes, _pairs(stored), strict=True):
            if old_hash != keyring.lookup(text, scope):
                values[hash_name] = keyring.lookup(text, scope)
        if not keyring.needs_rotation(token):
            del values[column.name]  # already under the newest key
        if not values:
            return False
        raw = type_coerce(column, Text)
        stmt = (
            update(table)
            .where(key == ident, raw == token)
            .values({c: type_coerce(v, Text) if c == column.name else v for c, v in values.items()})
        )
        if (await conn.execute(stmt)).rowcount == 1:
            return True
        # Changed since it was read (a member's edit): read it again, rotate that.
        reread = select(raw, *(table.c[c] for pair in hashes for c in pair)).where(key == ident)
        found = (await conn.execute(reread)).first()
        if found is None or found[0] is None:
            return False  # deleted or emptied meanwhile
        token, *stored = found
    raise RuntimeError(f"{name}, row {ident} kept changing during the rotation; run it again")


def _pairs(values: list) -> list[tuple]:
    return list(zip(values[::2], values[1::2], strict=True))
