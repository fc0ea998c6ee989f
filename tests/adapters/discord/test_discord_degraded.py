"""With its database unreachable at start-up, Haven still connects to Discord
and answers /crisis and /sos with helplines; other commands say storage is away."""

from __future__ import annotations

import pytest

from bot.config import Settings

CLOSED_PORT = "postgresql+asyncpg://haven@127.0.0.1:9/haven"


@pytest.fixture
def settings() -> Settings:
    return Settings(database_url=CLOSED_PORT)


async def test_crisis_and_sos_answer_on_discord_with_the_database_down(env):
    assert env.app.storage.down
    crisis = await env.driver.command("alice", "/crisis")
    assert "988" in crisis[-1].text and crisis[-1].ephemeral
    sos = await env.driver.command("alice", "/sos")
    assert "988" in sos[0].text
    assert any(s.text.startswith("I can't reach your partners right now") for s in sos)
    away = await env.driver.command("alice", "/sober show")
    assert away[-1].error and away[-1].text.startswith("Haven can't reach its storage right now")
