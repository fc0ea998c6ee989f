"""Write a new Alembic migration from the difference between models and schema.

    .venv/bin/python scripts/make_migration.py "add reminders" 0002_reminders \
        [--cog cogs.checkins] [--branch checkins] [--head 0001_core]

It migrates a scratch SQLite database to the current heads, then lets Alembic
autogenerate what the models add. Review the file before committing it.
"""

from __future__ import annotations

import argparse
import importlib
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from bot.migrate import alembic_config, upgrade


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("message")
    parser.add_argument("rev_id")
    parser.add_argument("--cog", action="append", default=[], help="cog module(s) to import")
    parser.add_argument("--branch", help="new branch label (a cog's first migration)")
    parser.add_argument("--head", help="revision the new one follows")
    args = parser.parse_args()

    import bot.models  # noqa: F401

    dirs = []
    for name in args.cog:
        module = importlib.import_module(name)
        cog_dir = Path(module.__file__).parent / "migrations"
        cog_dir.mkdir(exist_ok=True)
        dirs.append(cog_dir)
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/scratch.db")
        with engine.begin() as conn:
            upgrade(conn, dirs)
            cfg = alembic_config(dirs)
            cfg.attributes["connection"] = conn
            command.revision(
                cfg,
                message=args.message,
                autogenerate=True,
                rev_id=args.rev_id,
                # A cog's first migration branches off the engine's first revision.
                head=args.head or ("0001_core" if args.branch else "heads"),
                splice=bool(args.branch),
                branch_label=args.branch,
                version_path=str(dirs[-1]) if dirs else None,
            )


if __name__ == "__main__":
    main()
