"""Benchmark: upgrading an older deployment to scheduled work as rows.

    .venv/bin/python benchmarks/due_upgrade.py [--members 20000] [--communities 20] [--pg URL]

In a fresh process per database (a SQLite file, then — with ``--pg``, a
PostgreSQL database of your own, emptied first): the schema at its heads, then
``--members`` consented members spread over ``--communities`` communities,
each with a daily check-in prompt at 08:30 in one of three zones and a
sobriety counter whose next milestone is pending; then the schema taken back
to before the ``due`` table (``0007_due-1``), as an older Haven left it. Timed:

* **upgrade** — ``haven db upgrade``'s own call (every migration, then the
  rows built from the data through the cogs' declarations, one transaction);
* **of which building** — the planner's share (bot/due_plan.py), per member;
* **next start** — the same call once more: what every later start pays.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command
from sqlalchemy import func, select, text

from bot import crypto
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Settings
from bot.due import TABLE
from bot.migrate import alembic_config
from bot.models import Community, Member
from cogs.checkins.models import CheckinPrefs
from cogs.sober.models import SoberCounter, SoberRun

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
ZONES = ("Europe/London", "America/New_York", "Europe/Helsinki")
BATCH = 5_000


async def seed(app: Haven, members: int, communities: int) -> None:
    """Members, prompts and counters, written straight to the tables."""
    keyring = crypto.get_keyring()
    label = "sobriety"
    async with app.database.engine.begin() as conn:
        await conn.execute(
            Community.__table__.insert(),
            [{"platform": "console", "workspace_id": f"w{c}", "enterprise_id": "",
              "name": f"Circle {c}", "settings": {}, "created_at": NOW}
             for c in range(communities)],
        )  # fmt: skip
        ids = (await conn.execute(select(Community.__table__.c.id))).scalars().all()
    for first in range(0, members, BATCH):
        numbers = range(first, min(first + BATCH, members))
        async with app.database.engine.begin() as conn:
            await conn.execute(
                Member.__table__.insert(),
                [{"community_id": ids[n % len(ids)], "platform_user_id": f"m{n}",
                  "display_name": f"member {n}", "timezone": ZONES[n % 3], "consent_version": 1,
                  "consented_at": NOW, "declined_at": None, "settings": {}}
                 for n in numbers],
            )  # fmt: skip
            table = Member.__table__
            rows = (
                await conn.execute(
                    select(table.c.id, table.c.community_id)
                    .order_by(table.c.id)
                    .offset(first)
                    .limit(len(numbers))
                )
            ).all()
            await conn.execute(
                CheckinPrefs.__table__.insert(),
                [{"community_id": c, "member_id": m, "remind_at": "08:30", "paused_until": None,
                  "weekly_day": None, "share": "private", "prompted_on": None}
                 for m, c in rows],
            )  # fmt: skip
            await conn.execute(
                SoberCounter.__table__.insert(),
                [{"community_id": c, "member_id": m, "label": label,
                  "label_hash": keyring.lookup(label, m), "created_at": NOW}
                 for m, c in rows],
            )  # fmt: skip
            counters = SoberCounter.__table__
            made = (
                await conn.execute(
                    select(counters.c.id, counters.c.member_id, counters.c.community_id)
                    .order_by(counters.c.id)
                    .offset(first)
                    .limit(len(numbers))
                )
            ).all()
            await conn.execute(
                SoberRun.__table__.insert(),
                [{"community_id": c, "counter_id": k, "member_id": m,
                  "start_date": date(2026, 11, 1) - timedelta(days=m % 40),
                  "milestones_after": NOW - timedelta(days=1), "created_at": NOW}
                 for k, m, c in made],
            )  # fmt: skip


async def to_before_due(app: Haven) -> None:
    def down(conn) -> None:
        cfg = alembic_config(app.registry.migration_dirs())
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_due-1")

    async with app.database.engine.begin() as conn:
        await conn.run_sync(down)


async def child(members: int, communities: int, url: str) -> dict:
    crypto.set_keyring(crypto.Keyring([crypto.generate_key()]))
    app = Haven(Settings(database_url=url, log_level="WARNING"), clock=VirtualClock(NOW))
    if not app.database.is_sqlite:
        async with app.database.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    app.load_cogs()
    dirs = app.registry.migration_dirs()
    await app.database.upgrade(dirs, plan=app.plan_due)
    await seed(app, members, communities)
    await to_before_due(app)

    began = time.perf_counter()
    planned = await app.database.upgrade(dirs, plan=app.plan_due)  # what `haven db upgrade` runs
    upgrade = time.perf_counter() - began
    async with app.database.engine.connect() as conn:
        rows = (await conn.execute(select(func.count()).select_from(TABLE))).scalar_one()
    began = time.perf_counter()
    again = await app.database.upgrade(dirs, plan=app.plan_due)
    next_start = time.perf_counter() - began
    await app.database.dispose()
    assert not again.cogs, "a second upgrade built rows again"
    return {"db": "SQLite" if app.database.is_sqlite else "PostgreSQL", "members": members,
            "communities": communities, "rows": rows, "upgrade_s": upgrade,
            "build_s": planned.seconds, "next_start_ms": next_start * 1000}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--communities", type=int, default=20)
    parser.add_argument("--pg", help="a PostgreSQL URL of your own (it is emptied)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(child(args.members, args.communities, args.url))))
        return
    results = []
    with tempfile.TemporaryDirectory(prefix="haven-upgrade-") as folder:
        urls = [f"sqlite+aiosqlite:///{Path(folder) / 'haven.db'}", *([args.pg] if args.pg else [])]
        for url in urls:
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--members", str(args.members),
                 "--communities", str(args.communities), "--url", url],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print("| database | members | rows built | upgrade | of which building | per member "
          "| next start |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['db']} | {r['members']:,} in {r['communities']} communities | {r['rows']:,} | "
            f"{r['upgrade_s']:.1f} s | {r['build_s']:.1f} s | "
            f"{r['build_s'] / max(r['members'], 1) * 1000:.2f} ms | {r['next_start_ms']:.0f} ms |"
        )


if __name__ == "__main__":
    main()
