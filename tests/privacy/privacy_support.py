"""Helpers for the privacy suite: the whole stored state, to prove that a
refused or failed request wrote nothing."""

from __future__ import annotations

from sqlalchemy import inspect, text

#: Written on purpose by refusals (who tried what, when), so left out of "nothing changed".
AUDIT_TABLES = ("audit_log",)


async def snapshot(db, skip=AUDIT_TABLES) -> dict[str, list[str]]:
    """Every row of every table in the database (but ``skip``), in a stable order."""
    found: dict[str, list[str]] = {}
    async with db.engine.connect() as conn:
        names = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
        for name in sorted(names):
            if name in skip or name == "alembic_version":
                continue
            rows = await conn.execute(text(f'SELECT * FROM "{name}"'))
            found[name] = sorted(map(repr, rows.all()))
    return found
