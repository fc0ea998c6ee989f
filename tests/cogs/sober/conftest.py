"""Fixtures for the counter tests: what the counter tables hold, raw."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.support.catalogues import register_all

# The texts' English default reads the catalogues, as loading the cog registers them.
register_all()

TABLES = ("sober_counter", "sober_run", "sober_prefs")


async def _raw_rows(harness) -> dict[str, list[tuple]]:
    """Every row of the counter tables as stored (notes still encrypted)."""
    async with harness.db.engine.connect() as conn:
        return {
            table: [
                tuple(row)
                for row in (await conn.execute(text(f"SELECT * FROM {table} ORDER BY id")))
            ]
            for table in TABLES
        }


@pytest.fixture
def sober_rows():
    return _raw_rows


@pytest.fixture
def milestone_jobs():
    async def jobs(harness) -> list[str]:
        return sorted(
            job_id
            for job_id, spec in (await harness.app.scheduler.jobs()).items()
            if spec.kind == "sober:milestone"
        )

    return jobs
