"""Slack's App Home through bolt against the fake Slack, on both databases:
the sections the cogs contribute (bot.services.HomeSections) stand in their
places, each showing what the member's own command shows them."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from bot.models import Community

#: App Home is Slack's: the world on Slack only, over both databases.
SLACK = pytest.mark.parametrize("world", ["slack"], indirect=True)

TITLES = ["Sober days", "Today's check-in", "Next meetings", "Partners and pods"]


async def home_of(world, user: str, event_id: str) -> list[dict]:
    uid = world.uid(user)
    world.fake.homes.pop(uid, None)
    home = {"type": "app_home_opened", "user": uid, "channel": f"D{uid}", "tab": "home"}
    team = world.driver.team
    status, _ = await world.driver.post_json(
        {
            "token": "legacy",
            "team_id": team,
            "api_app_id": "AHAVEN",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1700000000,
            "event": home,
            "authorizations": [{"team_id": team, "user_id": "UHAVENBOT", "is_bot": True}],
        }
    )
    assert status == 200
    await world.adapter.tracker.drain()
    return world.fake.homes[uid]["blocks"]


def sections(blocks: list[dict]) -> dict[str, str]:
    """Each header's title → everything drawn under it, as JSON text."""
    found: dict[str, str] = {}
    title = ""
    for block in blocks:
        if block["type"] == "header":
            title = block["text"]["text"]
            found[title] = ""
        elif title:
            found[title] += json.dumps(block, ensure_ascii=False)
    return found


@SLACK
async def test_app_home_shows_each_cog_s_section_in_its_place(world):
    await world.agree("alice", "bob")
    await world.command("alice", "/partner request @bob")
    assert (await world.press("bob", "Accept")).ok
    await world.command("alice", "/sober set 2026-01-01")

    before = sections(await home_of(world, "alice", "EvHome1"))
    assert list(before) == TITLES
    assert "sobriety" in before["Sober days"]
    assert [f"Mood {m}" in before["Today's check-in"] for m in range(1, 6)] == [True] * 5
    assert "No meetings" in before["Next meetings"]
    assert world.uid("bob") in before["Partners and pods"] or "bob" in before["Partners and pods"]

    await world.command("alice", "/checkin mood:4 craving:1")
    after = sections(await home_of(world, "alice", "EvHome2"))
    assert list(after) == TITLES
    assert "Day 1" in after["Today's check-in"] or "1 day" in after["Today's check-in"]


@SLACK
async def test_a_section_whose_cog_is_turned_off_here_is_left_out(world):
    await world.agree("alice")
    await world.command("alice", "/sober set 2026-01-01")
    async with world.app.database.unscoped_session("test") as session:
        community = (await session.exec(select(Community))).one()
        engine = {**community.settings.get("engine", {}), "disabled_cogs": ["accountability"]}
        community.settings = {**community.settings, "engine": engine}
        session.add(community)
        await session.commit()
    shown = sections(await home_of(world, "alice", "EvHome3"))
    assert list(shown) == [t for t in TITLES if t != "Partners and pods"]


@SLACK
async def test_app_home_speaks_the_member_s_slack_language(world):
    """A member whose Slack is in Brazilian Portuguese reads the whole home in
    it: the intro, each section's heading and what its command shows."""
    world.fake.locales[world.uid("alice")] = "pt-BR"
    await world.agree("alice")
    await world.command("alice", "/sober set 2026-01-01")
    shown = sections(await home_of(world, "alice", "EvHome4"))
    assert list(shown) == [
        "Dias de sobriedade",
        "Check-in de hoje",
        "Próximas reuniões",
        "Parceiros e grupos",
    ]
    assert "dias" in shown["Dias de sobriedade"] and "days" not in shown["Dias de sobriedade"]
    assert "Nenhuma reunião" in shown["Próximas reuniões"]
