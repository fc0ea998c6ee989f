"""An adapter plugs in through bot.platform: Haven answers the inbound half
(``Engine``), and platforms are found under ``haven.platforms`` or, on older
installs, ``haven.adapters``."""

import types

import pytest

from bot import config, platform
from bot.config import ConfigError
from bot.platform import Engine, Platform, platform_entry, platform_names
from tests.support.harness import COMMUNITY


async def test_haven_answers_everything_an_adapter_may_ask(console):
    app = console.app
    for name in Engine.__dict__:
        if not name.startswith("_") and name not in ("clock", "limiter"):
            assert hasattr(app, name), name
    assert app.clock is console.clock and app.limiter is not None

    await console.agree("alice", zone="Europe/Helsinki")
    assert await app.member_zone(COMMUNITY, "alice") == "Europe/Helsinki"
    assert await app.member_zone(COMMUNITY, "bob") == "UTC"  # no zone set: the default

    before = len(console.outputs)
    inv = platform.Invocation(COMMUNITY, "alice", "alice", "general", command="crisis")
    assert await app.deliver(inv) is None
    assert "crisis" in console.outputs[before].text.lower()  # replied through the adapter
    answered = await app.answer(inv)
    assert answered is not None and len(console.outputs) == before + 1  # returned, not sent
    assert not app.needs_moderator_check(inv)


class Paper(Platform):
    name = "paper"
    title = "Paper"


def _entry(name, load):
    return types.SimpleNamespace(name=name, load=load)


def test_platforms_come_from_their_group_then_the_older_one(monkeypatch):
    legacy = types.ModuleType("adapters.paper.main")
    plain = types.ModuleType("adapters.plain.main")
    groups = {
        "haven.platforms": [_entry("paper", lambda: Paper)],
        "haven.adapters": [
            _entry("paper", lambda: legacy),
            _entry("plain", lambda: plain),
            _entry("broken", lambda: (_ for _ in ()).throw(ImportError("no module x"))),
        ],
    }
    monkeypatch.setattr(config, "entry_points", lambda group: groups[group])
    assert platform_names() == ["broken", "paper", "plain"]
    assert platform_entry("paper") is Paper  # the new group wins
    with pytest.raises(ConfigError, match="the plain adapter is not a haven Platform"):
        platform_entry("plain")  # a module without a PLATFORM class
    legacy.PLATFORM = Paper
    groups["haven.platforms"] = []
    assert platform_entry("paper") is Paper  # an old install: the module names its class
    with pytest.raises(ConfigError, match="the broken adapter could not be loaded"):
        platform_entry("broken")
    with pytest.raises(ConfigError, match="not installed"):
        platform_entry("nowhere")


def test_every_platform_in_pyproject_is_a_platform_of_that_name():
    import tomllib
    from importlib.metadata import EntryPoint
    from pathlib import Path

    project = tomllib.loads(Path("pyproject.toml").read_text())["project"]
    listed = project["entry-points"][platform.GROUP]
    assert "console" in listed
    for name, value in listed.items():
        cls = EntryPoint(name, value, platform.GROUP).load()
        assert platform.is_platform(cls) and cls.name == name


async def test_the_console_is_built_like_any_platform(console):
    from adapters.console.main import Console

    adapter = Console(console.app, None)  # the one factory signature
    assert adapter.platform == "console" and adapter.clock is console.app.clock
    assert Console.fallback and platform_entry("console") is Console


def test_haven_run_builds_an_enabled_platform_with_its_section_and_serves_it(monkeypatch, tmp_path):
    """A third platform needs no engine edit: its section turns it on, and
    ``haven run`` builds it as ``cls(engine, section)``."""
    from dataclasses import dataclass

    from bot import cli
    from bot.config import Section, load_settings

    @dataclass(frozen=True)
    class PaperSection(Section):
        name = "paper"
        variables = ("PAPER_TOKEN",)
        token: str = ""

        @classmethod
        def load(cls, values):
            return cls(token=values.get("PAPER_TOKEN", ""))

        @property
        def enabled(self):
            return bool(self.token)

    served = []

    class Served(Paper):
        settings = PaperSection
        send = send_dm = reply = edit = open_form = create_private_space = None  # never used
        post_in_space = close_space = grant_role = can_post = None

        async def serve(self):
            served.append((self.section.token, self.engine.adapters[self.name] is self))
            await self.engine.ready(self.name)

    groups = {"haven.platforms": [_entry("paper", lambda: Served)], "haven.adapters": []}
    monkeypatch.setattr(config, "entry_points", lambda group: groups[group])
    env = {"PAPER_TOKEN": "t0k", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/h.db"}
    settings = load_settings(env, env_file=None)
    assert settings.section(PaperSection).token == "t0k"
    assert cli._run(settings) == 0
    assert served == [("t0k", True)]


def test_a_community_is_filed_under_the_partition_its_platform_names():
    from bot.due import Route
    from bot.models import Community

    guild = "81384788765712384"
    assert (
        Route.of(Community(platform="discord", workspace_id=guild)).shard_base == int(guild) >> 22
    )
    assert Route.of(Community(platform="slack", workspace_id="T1")).shard_base is None
    # a platform not installed here: its work is anyone's who runs it
    assert Route.of(Community(platform="paper", workspace_id="12")).shard_base is None
    assert Paper.partition("12") is None
