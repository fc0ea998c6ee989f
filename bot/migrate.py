"""Alembic, driven from code: ``haven db upgrade`` and start-up call this.

The engine's migrations live in ``bot/migrations/versions``; a cog with tables
ships its own folder (declared as ``Cog.migrations``), a branch rooted at the
engine's first revision, and ``upgrade heads`` applies them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
LOCK_ID = 7_342_511  # PostgreSQL advisory lock: one migrator at a time


def alembic_config(extra_dirs: Iterable[Path] = ()) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    locations = [MIGRATIONS_DIR / "versions", *(Path(d) for d in extra_dirs)]
    cfg.set_main_option("version_locations", " ".join(str(p) for p in locations))
    cfg.set_main_option("path_separator", "space")
    return cfg


def upgrade(connection: Connection, extra_dirs: Iterable[Path] = ()) -> None:
    if connection.dialect.name == "postgresql":
        # Several processes may start at once; the others wait, then find nothing to do.
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_ID})")
    cfg = alembic_config(extra_dirs)
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "heads")


def current_heads(connection: Connection, extra_dirs: Iterable[Path] = ()) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    return set(MigrationContext.configure(connection).get_current_heads())
