"""The cog of docs/writing-a-cog.md runs as written: its command, button, form
and daily job, through the console, importing nothing of the engine but bot.api;
its privacy line joins the notice and its part of the privacy scenario runs
with every other cog's, its member's job gone on erasure."""

from __future__ import annotations

import ast
import dataclasses
import re
import sys
import types
from pathlib import Path

import pytest

GUIDE = Path(__file__).parents[2] / "docs" / "writing-a-cog.md"


def blocks() -> list[str]:
    """The guide's ```python blocks: the cog, its settings, and its part of
    the privacy scenario."""
    return re.findall(r"```python\n(.*?)```", GUIDE.read_text(), re.S)


def loaded(name: str, code: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(code, str(GUIDE), "exec"), module.__dict__)
    return module


@pytest.fixture
def gratitude():
    """The guide's cog, loaded as the module cogs.gratitude.cog."""
    try:
        yield loaded("cogs.gratitude.cog", blocks()[0])
    finally:
        del sys.modules["cogs.gratitude.cog"]


@pytest.fixture
def gratitude_scenario():
    """The guide's scenario, as tests/cogs/gratitude/privacy_scenario.py would be."""
    name = "tests.cogs.gratitude.privacy_scenario"
    try:
        yield loaded(name, blocks()[2])
    finally:
        del sys.modules[name]


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, pg_base) -> str:
    if request.param == "sqlite":
        return request.getfixturevalue("db_url")
    if pg_base is None:
        pytest.skip("set HAVEN_TEST_DATABASE_URL to run the PostgreSQL tests")
    return request.getfixturevalue("pg_migrated_url")


def test_the_guide_imports_only_bot_api_from_the_engine():
    assert len(blocks()) == 3
    for code in blocks()[:2]:
        engine = {
            node.module
            for node in ast.walk(ast.parse(code))
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot")
        }
        assert engine == {"bot.api"}


def test_the_guides_settings_read_with_defaults_and_write_checked():
    from bot.community_settings import read, update
    from bot.models import Community

    try:
        settings = loaded("cogs.gratitude.settings", blocks()[1]).GratitudeSettings
    finally:
        del sys.modules["cogs.gratitude.settings"]
    community = Community(platform="console", workspace_id="w", settings={})
    assert read(settings, community).hour == 20
    assert update(settings, community, hour=21).hour == 21
    assert community.settings == {"gratitude": {"hour": 21}}
    with pytest.raises(ValueError):
        update(settings, community, hour=25)
    assert read(settings, community).words == ()


async def test_the_guides_cog_answers_a_command_a_button_a_form_and_a_daily_job(
    make_harness, gratitude, settings, database_url
):
    settings = dataclasses.replace(settings, database_url=database_url)
    console = await make_harness(settings=settings, extra_cogs=[gratitude.Gratitude])
    await console.agree("alice")
    said = await console.say("/gratitude the morning light")
    assert (
        not said.error and said.text == "Grateful for the morning light. Thank you for saying it."
    )
    refused = await console.say("/gratitude nothing")
    assert refused.error and "Some days are like that" in refused.text
    assert "Usage:" not in refused.text  # a Refusal, not a typing mistake

    # 09:00 UTC now; the question comes at 20:00 in alice's zone (UTC), once a day.
    assert not [o for o in await console.run(":advance 10h") if o.kind == "dm"]
    (asked,) = [o for o in await console.run(":advance 2h") if o.kind == "dm"]
    assert asked.text == "What are you grateful for today?" and asked.visible_to == ["alice"]

    (shown,) = await console.run(":click Write one")
    assert shown.kind == "form" and shown.form.title == "Grateful for"
    thanked = await console.say(':submit thing="a walk by the sea"')
    assert thanked.text == "Grateful for a walk by the sea. Thank you for saying it."

    later = [o for o in await console.run(":advance 1d") if o.kind == "dm"]
    assert [o.text for o in later] == ["What are you grateful for today?"]  # the next evening


async def test_the_guides_cog_joins_the_notice_and_the_privacy_scenario(
    make_harness, gratitude, gratitude_scenario, settings, database_url
):
    from tests.privacy.member_data_support import member_id, run_scenario

    settings = dataclasses.replace(settings, database_url=database_url)
    console = await make_harness(settings=settings, extra_cogs=[gratitude.Gratitude])
    shown = await console.say(":as newcomer\n/haven consent")
    assert "sober dates and the time of your evening question — in this community" in shown.text

    await run_scenario(console)
    thanked = [o for o in console.outputs if o.text.startswith("Grateful for the morning light")]
    assert {who for o in thanked for who in o.visible_to} == {"alice", "bob"}
    alice = await member_id(console, "alice")
    kinds = {s.kind for s in (await console.app.scheduler.jobs()).values() if s.member_id == alice}
    assert "gratitude:evening" in kinds
    await console.run(":as alice\n/haven delete confirm")
    assert not [s for s in (await console.app.scheduler.jobs()).values() if s.member_id == alice]
