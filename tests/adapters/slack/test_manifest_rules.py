"""The generated manifest answers to Slack's rules, not to our fake.

Slack rejects a manifest naming one of its built-in commands (and the whole
``slash_commands`` array with it), commands outside ``[a-z0-9_-]{1,32}``, over-long
texts and unknown scopes. The scopes must be exactly what the Web API methods
Haven calls need: each method's scopes come from Slack's published Web API
description (``../shared/specs/slack/web_openapi_v2.json``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from adapters.slack import manifest as slack_manifest
from adapters.slack.manifest import RESERVED, SCOPES, manifest
from bot.app import Haven
from bot.config import Settings
from tests.support.specs import slack_web_api

SLACK_ADAPTER = Path(slack_manifest.__file__).parent

#: Slack's built-in commands (PLATFORM_LIMITS.md, from Slack's help page "Use
#: built-in slash commands"); Haven also treats /help as reserved.
BUILT_INS = set(
    "me status away active dnd remind msg dm join open leave close part invite kick remove "
    "rename topic mute search s shrug who feed collapse expand shortcuts keys apps archive "
    "call feedback pro giphy".split()
)

#: The 2021 description names the scopes of its day; the granular bot scopes
#: that replaced them (Slack's scope reference) are what a manifest lists.
GRANULAR = {
    "chat:write:bot": "chat:write",
    "chat:write:user": "chat:write",
    "files:write:user": "files:write",
    "channels:write": "channels:manage",
}

#: Methods newer than the 2021 description, with their scopes from Slack's
#: method reference: files_upload_v2 uploads in these two steps.
NEWER_METHODS = {
    "files.getUploadURLExternal": {"files:write"},
    "files.completeUploadExternal": {"files:write"},
}

#: SDK helpers that call other methods.
HELPERS = {"files.upload.v2": ("files.getUploadURLExternal", "files.completeUploadExternal")}

#: Scopes for what is not a Web API call.
NOT_WEB_API = {"commands": "slash commands"}


def _methods_haven_calls() -> set[str]:
    """Every Web API method named by the Slack adapter's code, as Slack spells it."""
    families = {p.strip("/").split(".")[0] for p in slack_web_api()["paths"]}
    called: set[str] = set()
    for source in SLACK_ADAPTER.glob("*.py"):
        for name in re.findall(r"client\.([a-z]+_[A-Za-z0-9_]+)\b", source.read_text()):
            family, _, rest = name.partition("_")
            if family not in families:
                continue  # an attribute of the client, not a method (base_url, …)
            method = f"{family}.{rest.replace('_', '.')}"
            called.update(HELPERS.get(method, (method,)))
    return called


def _scopes_for(method: str) -> set[str]:
    """The granular scopes any one of which lets a bot token call ``method``."""
    if method in NEWER_METHODS:
        return NEWER_METHODS[method]
    operation = next(iter(slack_web_api()["paths"]["/" + method].values()))
    [security] = operation["security"]
    return {GRANULAR.get(s, s) for s in security["slackAuth"]} - {"none"}


@pytest.fixture
def parsed():
    app = Haven(Settings(database_url="sqlite+aiosqlite://"))
    app.load_cogs()
    return {
        mode: yaml.safe_load(
            manifest(app.registry, mode=mode, url="https://haven.example.org", oauth=True)
        )
        for mode in ("socket", "http")
    }


def test_every_method_haven_calls_exists_in_slacks_description():
    methods = _methods_haven_calls()
    paths = slack_web_api()["paths"]
    assert {"chat.postMessage", "conversations.open", "views.publish"} <= methods
    unknown = {m for m in methods if "/" + m not in paths and m not in NEWER_METHODS}
    assert not unknown, f"not Slack Web API methods: {sorted(unknown)}"


@pytest.mark.parametrize("mode", ["socket", "http"])
def test_commands_follow_slacks_naming_rules(parsed, mode):
    commands = parsed[mode]["features"]["slash_commands"]
    assert commands, "no slash commands in the manifest"
    for command in commands:
        name = command["command"]
        assert re.fullmatch(r"/[a-z0-9_-]{1,32}", name), name
        assert name[1:] not in BUILT_INS | {"help"}, f"{name} is one of Slack's own"
        assert 0 < len(command["description"]) <= 2000
        assert len(command.get("usage_hint", "")) <= 1000
        if mode == "http":
            assert command["url"] == "https://haven.example.org/slack/events"
    assert len({c["command"] for c in commands}) == len(commands)
    assert BUILT_INS <= RESERVED


def test_display_information_fits_slacks_limits(parsed):
    info = parsed["socket"]["display_information"]
    assert 0 < len(info["name"]) <= 35
    assert len(info["description"]) <= 140
    assert 175 <= len(info["long_description"]) <= 4000
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", info["background_color"])
    assert len(parsed["socket"]["features"]["bot_user"]["display_name"]) <= 80


def test_scopes_exist_and_are_exactly_what_the_calls_need(parsed):
    known = {
        GRANULAR.get(s, s) for s in slack_web_api()["securityDefinitions"]["slackAuth"]["scopes"]
    }
    known |= set(NOT_WEB_API) | {s for scopes in NEWER_METHODS.values() for s in scopes}
    listed = set(parsed["socket"]["oauth_config"]["scopes"]["bot"])
    assert listed == set(SCOPES)
    assert listed <= known, f"scopes Slack does not have: {sorted(listed - known)}"

    justified = set(NOT_WEB_API)
    for method in _methods_haven_calls():
        needs = _scopes_for(method)
        if not needs:
            continue
        granted = needs & listed
        assert granted, f"{method} needs one of {sorted(needs)}; the manifest has none"
        justified |= granted
    assert listed <= justified, f"scopes no call needs: {sorted(listed - justified)}"
