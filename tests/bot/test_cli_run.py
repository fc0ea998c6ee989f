"""`haven run` picks adapters by configured tokens and serves them on one loop;
third-party cogs come from the `haven.cogs` entry-point group."""

import asyncio
import types

from adapters.console.adapter import ConsoleAdapter
from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection
from bot import cli, plugins
from bot.config import Secret, Settings
from bot.platform import platform_entry
from bot.plugins import Cog, command


def test_run_serves_every_configured_platform_on_one_event_loop(monkeypatch, tmp_path):
    loops = {}

    def fake_adapter(name):
        real = platform_entry(name)

        class Fake(ConsoleAdapter):
            settings = real.settings

            async def serve(self):
                loops[name] = asyncio.get_running_loop()
                assert self.section == self.engine.settings.section(real.settings)
                app = self.engine
                assert app.adapters[self.name] is self  # registered before it serves
                assert "me" in app.registry.cogs  # cogs are loaded before adapters serve
                assert (await app.scheduler.jobs()) is not None and app.database is not None

        Fake.name = name
        return Fake

    monkeypatch.setattr(cli, "adapter_entry", fake_adapter)
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path}/h.db",
        sections=(
            DiscordSection(token=Secret("discord-token-value")),
            SlackSection(bot_token=Secret("xoxb-1"), app_token=Secret("xapp-1")),
        ),
    )
    assert cli._run(settings) == 0
    assert set(loops) == {"discord", "slack"}
    assert loops["discord"] is loops["slack"]


class Gratitude(Cog):
    name = "gratitude"

    @command("gratitude", consent=False)
    async def gratitude(self, ctx):
        return None


def test_third_party_cogs_load_from_entry_points(monkeypatch):
    entry = types.SimpleNamespace(name="gratitude", load=lambda: Gratitude)
    broken = types.SimpleNamespace(name="broken", load=lambda: 1 / 0)

    def entry_points(group):
        assert group == "haven.cogs"
        return [entry, broken]

    monkeypatch.setattr(plugins, "entry_points", entry_points)
    names = [cls.name for cls in plugins.discover_cogs()]
    assert "gratitude" in names and "help" in names  # a broken plug-in is skipped, logged
    assert "gratitude" not in [cls.name for cls in plugins.discover_cogs(disabled={"gratitude"})]


def test_a_misspelt_feature_to_turn_off_stops_haven_with_the_features_named(
    monkeypatch, tmp_path, capsys
):
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/h.db")
    monkeypatch.setenv("HAVEN_DISABLED_COGS", "meeting")  # the feature is "meetings"
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["--env-file", str(tmp_path / "none.env"), "run"]) == 2
    err = capsys.readouterr().err
    assert "HAVEN_DISABLED_COGS: meeting is not a feature" in err
    assert "meetings" in err and "accountability" in err
