"""With its database unreachable at start-up, Haven still serves Slack and
answers /crisis and /sos with helplines; other commands say storage is away."""

from __future__ import annotations

import pytest

from bot.config import Settings

CLOSED_PORT = "postgresql+asyncpg://haven@127.0.0.1:9/haven"


@pytest.fixture
def settings() -> Settings:
    return Settings(database_url=CLOSED_PORT)


async def test_crisis_and_sos_answer_on_slack_with_the_database_down(world):
    assert world.app.storage.down
    crisis = await world.driver.command("alice", "/crisis")
    assert "988" in crisis[-1].text
    sos = await world.driver.command("alice", "/sos")
    assert "988" in sos[0].text
    assert any(s.text.startswith("I can't reach your partners right now") for s in sos)
    away = await world.driver.command("alice", "/sober show")
    assert any("Haven can't reach its storage right now" in s.text for s in away)
