"""The start-up key check: refuse to run with a key that cannot read what is stored.

Without it a wrong ``HAVEN_ENCRYPTION_KEY`` would be found only when a member
reads an old note — after new notes had been written under that key, leaving
two halves of the database that no one key reads. So before migrating or
writing anything, Haven reads a sample of every encrypted column (its oldest
and newest value) and stops unless a configured key reads all of them.
"""

from __future__ import annotations

from sqlalchemy import Text, inspect, select, type_coerce

from bot.crypto import Keyring, WrongKeyError, looks_encrypted
from bot.db import Database
from bot.rotation import encrypted_columns


async def check_keyring(db: Database, keyring: Keyring, *, source: str) -> None:
    """Raise :class:`WrongKeyError` if a sampled stored value is unreadable.

    ``source`` names where the keys came from (the variable or the dev key file),
    for the message; no key is ever shown.
    """
    unreadable = []
    async with db.engine.connect() as conn:
        present = set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))
        for table, column in encrypted_columns():
            if table.name not in present:
                continue
            [key] = table.primary_key.columns
            raw = type_coerce(column, Text)
            sample = []
            for order in (key.asc(), key.desc()):
                query = select(raw).where(column.isnot(None)).order_by(order).limit(1)
                sample.extend(await conn.scalars(query))
            # Plaintext is left to the pending migration that will encrypt it.
            if any(looks_encrypted(v) and not keyring.can_read(v) for v in sample):
                unreadable.append(f"{table.name}.{column.name}")
    if unreadable:
        raise WrongKeyError(
            f"{source} cannot read the text already stored in this database "
            f"({', '.join(unreadable)}); Haven did not start and wrote nothing. Put back in "
            f"{source} the key(s) this database was written with. To change keys, "
            "list the new key first and keep the old ones after it (new,old), start Haven, "
            "run `haven keys rotate`, and only then remove the old ones."
        )
