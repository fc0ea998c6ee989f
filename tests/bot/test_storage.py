"""Degraded mode: Haven starts, and keeps answering, without its database —
/crisis and /sos with helplines, every other command a clear "storage is away"
— and returns to normal on its own when the database is back."""

from __future__ import annotations

import asyncio
import shutil
from datetime import UTC, datetime

import pytest

from bot import storage
from bot.config import Settings
from tests.support.harness import build_harness

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(storage, "FIRST_RETRY", 0.05)
    monkeypatch.setattr(storage, "LONGEST_RETRY", 0.2)


async def _until_back(app) -> None:
    async with asyncio.timeout(20):  # a hang guard, not a speed goal
        await app.storage.wait_until_up()


async def test_starts_without_its_database_and_recovers_without_a_restart(
    template_db, tmp_path, caplog
):
    folder = tmp_path / "data"  # does not exist yet: the database cannot be opened
    url = f"sqlite+aiosqlite:///{folder}/haven.db"
    harness = await build_harness(Settings(database_url=url), start=T0)
    try:
        assert harness.app.storage.down
        crisis = await harness.say(":as alice\n/crisis")
        assert "988" in crisis.text and not crisis.error
        sos = await harness.run("/sos")
        assert "988" in sos[0].text
        assert sos[-1].text.startswith("I can't reach your partners right now")
        away = await harness.say("/sober show")
        assert away.error and away.text.startswith("Haven can't reach its storage right now")

        folder.mkdir()
        shutil.copy(template_db, folder / "haven.db")
        await _until_back(harness.app)
        back = await harness.say("/sober show")
        assert "Privacy notice" in back.text  # the normal first-contact flow
        assert (await harness.app.scheduler.jobs()) is not None and harness.app._loaded
        lost = [r for r in caplog.records if "can't reach its database" in r.getMessage()]
        returned = [r for r in caplog.records if "answers again" in r.getMessage()]
        assert len(lost) == 1 and len(returned) == 1  # each change of state, once
    finally:
        await harness.close()


async def test_losing_the_database_while_running_then_getting_it_back(template_db, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, folder / "haven.db")
    url = f"sqlite+aiosqlite:///{folder}/haven.db"
    harness = await build_harness(Settings(database_url=url), start=T0)
    try:
        await harness.agree("alice")
        await harness.run("/sober set 2026-11-01")
        await harness.app.database.engine.dispose()
        folder.rename(tmp_path / "away")  # the disk went away
        away = await harness.say("/sober show")
        assert away.text.startswith("Haven can't reach its storage right now")
        assert harness.app.storage.down
        assert "988" in (await harness.say("/crisis")).text
        (tmp_path / "away").rename(folder)
        await _until_back(harness.app)
        shown = await harness.say("/sober show")
        assert "20 days" in shown.text  # nothing was lost
    finally:
        await harness.close()
