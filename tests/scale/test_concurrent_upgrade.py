"""``haven db upgrade`` run by several processes at once on a fresh PostgreSQL
database: one migrates (under an advisory lock), the others wait and find
nothing left to do, and every one of them succeeds."""

from __future__ import annotations

import asyncio
import os
import sys

from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import Haven
from bot.config import Settings
from bot.migrate import alembic_config, current_heads


async def test_three_upgrades_at_once_all_succeed_and_migrate_once(pg_url, tmp_path):
    haven = os.path.join(os.path.dirname(sys.executable), "haven")
    env = {**os.environ, "DATABASE_URL": pg_url, "HAVEN_LOG_LEVEL": "WARNING"}
    procs = [
        await asyncio.create_subprocess_exec(
            haven,
            "db",
            "upgrade",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for _ in range(3)
    ]
    try:
        outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 120)
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.kill()
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()[-2000:]

    app = Haven(Settings(database_url=pg_url))
    app.load_cogs()
    expected = set(
        ScriptDirectory.from_config(alembic_config(app.registry.migration_dirs())).get_heads()
    )
    engine = create_async_engine(pg_url)
    try:
        async with engine.connect() as conn:
            assert await conn.run_sync(current_heads) == expected
            versions = (await conn.execute(text("SELECT count(*) FROM alembic_version"))).scalar()
            assert versions == len(expected)  # one row per branch head, none doubled
    finally:
        await engine.dispose()
        await app.database.dispose()
