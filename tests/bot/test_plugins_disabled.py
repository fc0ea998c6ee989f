"""A feature turned off with HAVEN_DISABLED_COGS (#17.20) never breaks consent,
/help, /haven export or /haven delete — a member's data in the cog that is off
is still exported and erased — nor the scheduler: the cog's pending work waits
and resumes when it is turned on again. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlmodel import select

from bot.config import Settings
from bot.ledger import FAILED
from bot.models import Delivery
from tests.cogs.checkins.checkins_support import dms
from tests.privacy.member_data_support import member_id, rows_about, run_scenario

#: Each feature, and a command of it.
FEATURES = {
    "checkins": "/checkin mood:4 craving:1 sober:yes",
    "sober": "/sober show",
    "meetings": "/meeting list",
    "accountability": "/partner pool join",
}


@pytest.fixture(params=["sqlite", "postgres"])
def url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")


async def restarted(make_harness, before, *disabled: str):
    """``before`` stopped, and Haven started again on its database with ``disabled`` off."""
    await before.close()
    settings = dataclasses.replace(before.app.settings, disabled_cogs=frozenset(disabled))
    return await make_harness(start=before.clock.now(), settings=settings)


async def failed(console) -> list[str]:
    async with console.db.unscoped_session("test", readonly=True) as session:
        rows = await session.exec(select(Delivery).where(Delivery.status == FAILED))
        return [row.key for row in rows.all()]


@pytest.mark.parametrize("cog", list(FEATURES))
async def test_a_feature_turned_off_keeps_consent_help_export_and_erasure_whole(
    make_harness, url, cog
):
    first = await make_harness(settings=Settings(database_url=url))
    await run_scenario(first)  # alice has data in every cog
    console = await restarted(make_harness, first, cog)

    # The feature is off, and says so.
    off = await console.say(f":as alice\n{FEATURES[cog]}")
    assert off.error and "is turned off on this Haven" in off.text
    group = FEATURES[cog].split()[0]
    help_text = (await console.say("/help")).text
    assert f"**{group}**" not in help_text and "/haven delete" in help_text

    # Consent still works for someone new, and runs what they asked.
    asked = await console.say(":as dana\n/haven timezone Asia/Tokyo")
    assert asked.actions[0]["label"] == "Agree"
    agreed = await console.run(":click Agree")
    assert "Asia/Tokyo" in agreed[-1].text

    # alice's data in the cog that is off is still hers: exported, then erased.
    exported = await console.say(":as alice\n/haven export")
    data = json.loads(Path(exported.files[0]).read_text())
    assert data.get(cog), f"alice's export lacks {cog}, which is only turned off"
    alice = await member_id(console, "alice")
    erased = await console.say("/haven delete confirm")
    assert not erased.error and "erased" in erased.text
    left = {name: rows for name, rows in (await rows_about(console, alice)).items() if rows}
    assert not left, f"erasure left alice's rows in {sorted(left)} while {cog} was off"

    # Time passes: the cog's work is neither run nor failed.
    await console.run(":advance 2d")
    assert await failed(console) == []


async def test_pending_work_of_a_feature_turned_off_waits_and_resumes(make_harness, url):
    first = await make_harness(settings=Settings(database_url=url))
    await first.agree("alice")
    await first.run("/checkin remind 08:30")
    assert len(dms(await first.run(":advance 1d"), "alice")) == 1  # 2026-11-22 08:30

    off = await restarted(make_harness, first, "checkins")
    waiting = (await off.app.scheduler.jobs()).values()  # kept in ``due``, claimed by none
    assert [job.kind for job in waiting if job.kind.startswith("checkin")] == ["checkin:prompt"]
    assert dms(await off.run(":advance 2d"), "alice") == []  # 23 and 24: nothing
    assert await failed(off) == []

    on = await restarted(make_harness, off)
    await on.run(":as alice")
    produced = await on.run(":advance 1d")
    assert [o.at[:16] for o in dms(produced, "alice")] == ["2026-11-25T08:30"]
