"""App Home shows the sections the cogs contribute (bot.services.HomeSections)
in a fixed order, read through the member's own commands: the rendered view is
compared, block for block, with the one recorded before sections became a
service (golden/home_*.json)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.adapters.slack.test_slack_events import HOME, envelope, until
from tests.support.catalogues import register_all

register_all()

GOLDEN = Path(__file__).parent / "golden"


async def home_after(world, *lines: str) -> dict:
    for line in lines:
        await world.driver.command("alice", line)
    world.fake.homes.pop("UALICE", None)
    await world.driver.post_json(envelope(HOME, event_id=f"Ev{len(lines):04d}"))
    await until(lambda: "UALICE" in world.fake.homes)
    return world.fake.homes["UALICE"]


def same_as_recorded(view: dict, name: str) -> None:
    path = GOLDEN / name
    assert view == json.loads(path.read_text()), json.dumps(view, indent=1)


async def test_the_home_before_a_check_in_offers_the_mood_buttons(world):
    view = await home_after(
        world, "/haven consent agree", "/haven timezone UTC", "/sober set 2026-01-01"
    )
    same_as_recorded(view, "home_before_checkin.json")


async def test_the_home_after_a_check_in_shows_the_streak(world):
    view = await home_after(
        world,
        "/haven consent agree",
        "/haven timezone UTC",
        "/sober set 2026-01-01",
        "/checkin mood:4 craving:1",
    )
    same_as_recorded(view, "home_after_checkin.json")
