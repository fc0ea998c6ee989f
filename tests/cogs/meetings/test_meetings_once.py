"""Each (meeting, occurrence, lead) is posted exactly once: across downtime,
restarts, a crash between claim and send, and two schedulers on one database."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.config import Settings
from bot.ledger import Claim
from bot.models import Delivery

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon,thu time:18:00 tz:Europe/London
"""


def posts(outputs) -> list[str]:
    return [o.at[:16] for o in outputs if o.kind == "message" and o.to == "#announcements"]


async def ledger(h) -> dict[str, tuple[str, str]]:
    async with h.db.unscoped_session("test") as session:
        rows = (await session.exec(select(Delivery))).all()
    return {row.key: (row.status, row.note) for row in rows}


async def test_downtime_before_the_start_posts_late_with_the_true_lead(make_harness):
    first = await make_harness()
    await first.run(SETUP)
    await first.close()
    # Back at 17:53: both reminder times passed, the meeting has not started.
    back = await make_harness(start=datetime(2026, 11, 23, 17, 53, tzinfo=UTC))
    out = back.outputs
    assert posts(out) == ["2026-11-23T17:53"]
    assert "Starts in 7 minutes — Mon 23 Nov 2026 18:00 UTC" in out[-1].text
    assert "Posted a little late" in out[-1].text
    rows = await ledger(back)
    assert rows["meeting:1:lead:60@2026-11-23T17:00Z"] == (
        "skipped",
        "a nearer reminder is due too",
    )
    assert rows["meeting:1:lead:10@2026-11-23T17:50Z"] == ("sent", "")


async def test_downtime_past_the_start_posts_nothing_and_records_it(make_harness):
    first = await make_harness()
    await first.run(SETUP)
    await first.close()
    back = await make_harness(start=datetime(2026, 11, 23, 18, 5, tzinfo=UTC))
    assert posts(back.outputs) == []
    rows = await ledger(back)
    assert rows["meeting:1:lead:60@2026-11-23T17:00Z"][0] == "skipped"
    assert rows["meeting:1:lead:10@2026-11-23T17:50Z"][0] == "skipped"
    # Later occurrences are announced as usual.
    assert posts(await back.run(":advance 4d")) == ["2026-11-26T17:00", "2026-11-26T17:50"]


async def test_a_restart_does_not_repeat_what_was_posted(make_harness):
    first = await make_harness()
    await first.run(SETUP)
    assert posts(await first.run(":at 2026-11-23T17:55:00+00:00")) == [
        "2026-11-23T17:00",
        "2026-11-23T17:50",
    ]
    await first.close()
    again = await make_harness(start=datetime(2026, 11, 23, 17, 56, tzinfo=UTC))
    assert posts(again.outputs) == []
    assert posts(await again.run(":advance 4d")) == ["2026-11-26T17:00", "2026-11-26T17:50"]


async def test_a_crash_between_claim_and_send_is_taken_over_once(make_harness):
    h = await make_harness()
    await h.run(SETUP)
    await h.run(":at 2026-11-23T17:49:00+00:00")
    # Another instance claimed the 10-minute reminder at 17:50, then died.
    spec = (await h.app.scheduler.jobs())["meeting:1:lead:10"]
    when = datetime(2026, 11, 23, 17, 50, tzinfo=UTC)
    h.app.ledger.instance_id = "crashed"
    assert await h.app.ledger.claim(
        Claim(spec.community_id, spec.key_for(when), spec.job_id, when), when
    )
    h.app.ledger.instance_id = "survivor"
    assert posts(await h.run(":at 2026-11-23T17:51:00+00:00")) == []  # still leased
    await h.run(":at 2026-11-23T17:56:00+00:00")  # the 5-minute lease ran out at 17:55
    await h.app.scheduler.sweep()
    await h.app.scheduler.sweep()
    assert posts(h.outputs[-1:]) == ["2026-11-23T17:55"]
    assert len(posts(h.outputs)) == 2  # the 60-minute one, and this one once
    assert (await ledger(h))["meeting:1:lead:10@2026-11-23T17:50Z"][0] == "sent"


async def two_schedulers(make_harness, settings: Settings | None, until: datetime) -> list[str]:
    kw = {"settings": settings} if settings else {}
    a = await make_harness(instance_id="a", **kw)
    await a.run(SETUP)
    b = await make_harness(instance_id="b", **kw)  # loads the meeting from the database
    await asyncio.gather(a.app.scheduler.run_until(until), b.app.scheduler.run_until(until))
    return sorted(posts(a.outputs) + posts(b.outputs))


async def test_two_concurrent_schedulers_on_sqlite_post_each_once(make_harness):
    got = await two_schedulers(make_harness, None, START + timedelta(weeks=2))
    expected = []
    for day in ("2026-11-23", "2026-11-26", "2026-11-30", "2026-12-03"):
        expected += [f"{day}T17:00", f"{day}T17:50"]
    assert got == expected


async def test_two_concurrent_schedulers_on_postgresql_post_each_once(
    make_harness, pg_migrated_url
):
    got = await two_schedulers(
        make_harness, Settings(database_url=pg_migrated_url), START + timedelta(days=6)
    )
    assert got == [
        "2026-11-23T17:00",
        "2026-11-23T17:50",
        "2026-11-26T17:00",
        "2026-11-26T17:50",
    ]
