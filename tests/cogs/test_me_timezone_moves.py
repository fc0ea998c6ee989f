"""/haven timezone moves every pending job of the member to the new zone.

Alice, in Europe/Helsinki, has a daily prompt at 21:00, a Sunday summary and a
sober counter whose first week falls after she flies to America/Los_Angeles.
After the move each comes at the right local time and day there: no prompt at
11:00, no summary on Sunday morning, no "Today you reach 1 week" the evening
before.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tests.cogs.checkins.checkins_support import dms

LA = ZoneInfo("America/Los_Angeles")
START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # Saturday, 11:00 in Helsinki
SETUP = """
:as alice
/haven timezone Europe/Helsinki
/checkin remind 21:00
/checkin weekly sun
/sober set 2026-11-18
/checkin mood:4 craving:2
"""


def what(output) -> str:
    if "1 week" in output.text:
        return "milestone"
    if output.files:
        return "summary"
    return "prompt"


def received(outputs) -> list[tuple[str, str]]:
    """(local time in Los Angeles, kind) of each DM alice got."""
    return [
        (f"{datetime.fromisoformat(o.at).astimezone(LA):%a %d %H:%M}", what(o))
        for o in dms(outputs, "alice")
    ]


EXPECTED = [
    ("Sun 22 18:00", "summary"),
    ("Sun 22 21:00", "prompt"),
    ("Mon 23 21:00", "prompt"),
    ("Tue 24 21:00", "prompt"),
    ("Wed 25 09:00", "milestone"),
    ("Wed 25 21:00", "prompt"),
]


async def test_every_pending_job_follows_the_member_to_her_new_zone(make_harness):
    h = await make_harness(start=START)
    await h.agree("alice")
    await h.run(SETUP)
    await h.run(":advance 1d")  # Sunday 10:00 UTC: 12:00 in Helsinki, 02:00 in Los Angeles
    reply = await h.say("/haven timezone America/Los_Angeles")
    assert "America/Los_Angeles" in reply.text
    out = await h.run(":advance 4d")
    assert received(out) == EXPECTED


async def test_the_jobs_move_on_postgresql_too(make_harness, pg_migrated_url, settings):
    import dataclasses

    h = await make_harness(
        start=START, settings=dataclasses.replace(settings, database_url=pg_migrated_url)
    )
    await h.agree("alice")
    await h.run(SETUP)
    await h.run(":advance 1d\n/haven timezone America/Los_Angeles")
    assert received(await h.run(":advance 4d")) == EXPECTED
