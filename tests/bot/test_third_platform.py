"""A third platform plugs in without a change to ``bot/``: one Platform class
(with its settings section) under ``haven.platforms`` brings its ``haven``
subcommand, its variables, ``haven run`` serving it, and its defaults."""

from __future__ import annotations

import argparse
import types
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points as installed

import pytest

from bot import cli, config
from bot.config import Secret
from bot.platform import (
    CommunityKey,
    Form,
    Invocation,
    Message,
    Platform,
    Ref,
    Section,
    config_error,
    read_secret,
)


@dataclass(frozen=True)
class PaperSection(Section):
    name = "paper"
    variables = ("PAPER_TOKEN",)

    token: Secret | None = None

    @classmethod
    def load(cls, values: Mapping[str, str]) -> PaperSection:
        token = read_secret(values, "PAPER_TOKEN")
        if token is not None and len(token.get()) < 4:
            raise config_error("PAPER_TOKEN", "is too short", "PAPER_TOKEN=pt-1234")
        return cls(token=token)

    @property
    def enabled(self) -> bool:
        return bool(self.token)


SERVED: list[Paper] = []
REPLIES: list[str] = []


class Paper(Platform):
    """Messages on paper: the least a platform implements."""

    name = "paper"
    title = "Paper"
    settings = PaperSection
    discreet = True

    @classmethod
    def partition(cls, workspace_id: str) -> int | None:
        return len(workspace_id)

    @classmethod
    def add_cli(cls, sub: argparse._SubParsersAction) -> None:
        tools = sub.add_parser("paper", help="Paper set-up helpers")
        tools.set_defaults(run=lambda args, settings: print("folded") or 0)

    async def serve(self) -> None:
        SERVED.append(self)
        community = CommunityKey("paper", "desk", "", "Desk")
        await self.engine.deliver(Invocation(community, "ann", "Ann", "c1", command="crisis"))

    async def send(self, community, channel_id, msg: Message) -> Ref:
        return Ref("paper", community.workspace_id, "1")

    async def send_dm(self, community, user_id, msg: Message) -> Ref:
        return Ref("paper", community.workspace_id, "2")

    async def reply(self, invocation, msg: Message) -> Ref | None:
        REPLIES.append(msg.text)
        return None

    async def edit(self, ref, msg: Message) -> None: ...

    async def open_form(self, invocation, form: Form) -> None: ...

    async def create_private_space(self, community, name, member_ids, welcome) -> Ref:
        return Ref("paper", community.workspace_id, name)

    async def post_in_space(self, space, msg: Message) -> Ref:
        return space

    async def close_space(self, space) -> None: ...

    async def grant_role(self, community, user_id, role) -> None: ...

    async def can_post(self, community, channel_id) -> bool:
        return True


@pytest.fixture
def paper_installed(monkeypatch):
    """``paper = "tests.bot.test_third_platform:Paper"`` in haven.platforms."""

    def entry_points(group):
        found = list(installed(group=group))
        if group == config.GROUP:
            found.append(types.SimpleNamespace(name="paper", load=lambda: Paper))
        return found

    monkeypatch.setattr(config, "entry_points", entry_points)
    config.installed_platform.cache_clear()
    yield
    config.installed_platform.cache_clear()


def test_its_command_and_title_come_with_it(paper_installed, capsys):
    parser = cli.build_parser()
    assert "Discord, Paper and Slack" in parser.description
    assert cli.main(["--env-file", "/nonexistent.env", "paper"]) == 0
    assert capsys.readouterr().out == "folded\n"


def test_its_settings_partition_and_discretion_are_its_own(paper_installed):
    from bot.discretion import platform_default
    from bot.due import Route
    from bot.models import Community

    settings = config.load_settings({"PAPER_TOKEN": "pt-1234"}, env_file=None)
    assert settings.section(PaperSection).token.get() == "pt-1234"
    assert "PAPER_TOKEN" in config.all_variables()
    with pytest.raises(config.ConfigError, match="PAPER_TOKEN"):
        config.load_settings({"PAPER_TOKEN": "x"}, env_file=None)
    assert Route.of(Community(platform="paper", workspace_id="desk")).shard_base == 4
    assert platform_default("paper") is True


def test_haven_run_serves_it_when_configured(paper_installed, tmp_path):
    settings = config.load_settings(
        {"PAPER_TOKEN": "pt-1234", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/h.db"},
        env_file=None,
    )
    SERVED.clear()
    REPLIES.clear()
    assert cli._run(settings) == 0
    [platform] = SERVED
    assert platform.section == settings.section(PaperSection)
    assert len(REPLIES) == 1 and "988" in REPLIES[0]  # /crisis answered through it


def test_a_platform_that_does_not_load_is_listed_and_says_why(monkeypatch, capsys):
    def entry_points(group):
        found = list(installed(group=group))
        if group == config.GROUP:
            broken = types.SimpleNamespace(name="paper", load=lambda: __import__("paper_sdk"))
            found.append(broken)
        return found

    monkeypatch.setattr(config, "entry_points", entry_points)
    assert "`haven paper` says why" in cli.build_parser().format_help()
    assert cli.main(["--env-file", "/nonexistent.env", "paper", "anything"]) == 2
    err = capsys.readouterr().err
    assert "the paper adapter could not be loaded: No module named 'paper_sdk'" in err
