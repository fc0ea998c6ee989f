"""`haven slack manifest`, and which mode `serve` runs."""

from __future__ import annotations

import asyncio
import dataclasses
import re

import pytest

from adapters.slack import main as slack_main
from adapters.slack.manifest import SCOPES
from adapters.slack.settings import SlackSection
from bot.app import Haven
from bot.config import Secret

GROUPS = ("checkin", "crisis", "haven", "meeting", "mod", "partner", "sober", "sos")


def test_manifest_lists_every_command_group_scopes_and_events(settings, capsys):
    assert slack_main.cli(["manifest"], settings) == 0
    text = capsys.readouterr().out
    for group in GROUPS:
        assert f'  - command: "/{group}"' in text
    for reserved in ("me", "help"):  # Slack's own: one of them rejects the whole list
        assert f'  - command: "/{reserved}"' not in text
    [sober_hint] = re.findall(r'"/sober"\n.*\n      usage_hint: "(.*)"', text)
    assert {"set", "show", "reset", "history", "share", "remove"} <= set(
        sober_hint.strip("[] …").split("|")
    )
    bot_scopes = re.findall(r'^      - "([a-z:]+)"$', text, re.M)
    assert set(bot_scopes) == set(SCOPES)
    assert {
        "commands",
        "chat:write",
        "im:write",
        "mpim:write",
        "groups:write",
        "users:read",
    } <= set(bot_scopes)
    for event in ("app_home_opened", "app_uninstalled", "tokens_revoked"):
        assert f'      - "{event}"' in text
    assert "    home_tab_enabled: true" in text
    assert "  socket_mode_enabled: true" in text and "request_url" not in text
    # a plain YAML shape: two-space indents, "key: value" or "- value" on every line
    for line in text.splitlines():
        assert re.fullmatch(r"( {2})*(- )?[a-z_]+:( .+)?|( {2})*- \".*\"", line), line


def test_http_manifest_points_every_url_at_slack_events(settings, capsys):
    slack_main.cli(["manifest", "--mode", "http", "--url", "https://haven.example.com/"], settings)
    text = capsys.readouterr().out
    assert "  socket_mode_enabled: false" in text
    urls = re.findall(r'(?:url|request_url): "(.*)"', text)
    assert urls and set(urls) == {"https://haven.example.com/slack/events"}


def test_manifest_cli_reports_bad_arguments(settings, capsys):
    assert slack_main.cli(["nope"], settings) == 2


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_serve_runs_the_configured_mode(settings, monkeypatch, mode):
    chosen = []

    async def fake(kind):
        async def run(runtime, _settings):
            chosen.append((kind, runtime.haven.adapters["slack"] is runtime.adapter))

        return run

    monkeypatch.setattr(slack_main, "serve_socket", await fake("socket"))
    monkeypatch.setattr(slack_main, "serve_http", await fake("http"))
    slack_settings = dataclasses.replace(
        settings,
        sections=(
            SlackSection(
                bot_token=Secret("xoxb-1"),
                app_token=Secret("xapp-1"),
                signing_secret=Secret("s"),
                mode=mode,
                api_url="http://127.0.0.1:9/api",
            ),
        ),
    )
    app = Haven(slack_settings)
    app.load_cogs()
    await asyncio.wait_for(slack_main.serve(app, slack_settings), 5)
    assert chosen == [(mode, True)]
    await app.limiter.dispose()
    await app.database.dispose()


def test_client_uses_the_configured_api_url(settings):
    client = slack_main.make_client(
        dataclasses.replace(
            settings,
            sections=(
                SlackSection(
                    bot_token=Secret("xoxb-1"),
                    app_token=Secret("xapp-1"),
                    api_url="http://127.0.0.1:9/api",
                ),
            ),
        )
    )
    assert client.base_url == "http://127.0.0.1:9/api/"
