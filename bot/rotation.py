"""Key rotation: re-encrypt every stored note under the newest key (P3).

An operator puts a new key first in ``HAVEN_ENCRYPTION_KEY`` (``new,old``),
restarts, runs ``haven keys rotate``, and can then drop the old key. Every
:class:`~bot.crypto.EncryptedText` column of every table is found by walking
the metadata, so a new cog's notes are rotated without a change here. Rows go
in batches, each its own transaction: an interrupted rotation is simply run
again (values already under the newest key are left alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Column, Table, Text, bindparam, inspect, select, type_coerce, update
from sqlmodel import SQLModel

import bot.models_slack  # noqa: F401  (Slack install tokens are encrypted too)
from bot.crypto import DecryptionError, EncryptedText, Keyring
from bot.db import Database

DEFAULT_BATCH = 500


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
    """Every (table, column) whose type is EncryptedText, in a stable order."""
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
    """Re-encrypt every encrypted value that the newest key cannot read.

    A value no configured key can read stops the rotation with a
    :class:`DecryptionError` naming the table, column and row; batches done
    before it stay done.
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
        raw = type_coerce(column, Text)  # the stored token, not decrypted
        last = None
        while True:
            query = select(key, raw).where(column.isnot(None)).order_by(key).limit(batch_size)
            if last is not None:
                query = query.where(key > last)
            # Engine-level work across every community: tenants' scoping does not apply.
            async with db.unscoped_session(f"rotate encryption keys: {name}") as session:
                conn = await session.connection()
                rows = (await conn.execute(query)).all()
                if not rows:
                    break
                changes = []
                for ident, token in rows:
                    if not keyring.needs_rotation(token):
                        report.current[name] += 1
                        continue
                    try:
                        changes.append({"ident": ident, "token": keyring.rotate(token)})
                    except DecryptionError as exc:
                        raise DecryptionError(f"{name}, row {ident}: {exc}") from None
                if changes:
                    stmt = (
                        update(table)
                        .where(key == bindparam("ident"))
                        .values({column.name: bindparam("token", type_=Text)})
                    )
                    await conn.execute(stmt, changes)
                    await session.commit()
                    report.rotated[name] += len(changes)
                last = rows[-1][0]
            if progress is not None:
                progress(f"{name}: {report.rotated[name]} re-encrypted so far")
    return report
