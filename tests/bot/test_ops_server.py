"""The operations server (bot/ops/server.py): /healthz says alive, /readyz says
what keeps Haven from working — the database, a platform, due work nobody
claimed — and /metrics can have its own port and token."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import datetime, timedelta

import aiohttp
import pytest
from apscheduler.triggers.date import DateTrigger

from adapters.console.adapter import COMMUNITY
from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection
from bot import cli
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings, load_settings
from bot.ops.backlog import Backlog, backlog_of
from bot.ops.server import OpsServer
from bot.plugins import JobHandlerSpec
from bot.scheduler import JobSpec
from tests.conftest import START


async def get(url: str, headers: dict | None = None) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        async with session.get(url, headers=headers or {}) as response:
            return response.status, await response.text()


async def get_json(url: str) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return response.status, await response.json()


@pytest.fixture
async def waiting_app(settings):
    """Haven as ``haven run`` has it before its platforms connect: jobs loaded, not timed."""
    app = Haven(settings, clock=VirtualClock(START))
    app.load_cogs()
    await app.start(schedule=False)
    yield app
    await app.stop()


async def test_due_work_nobody_claims_makes_haven_not_ready_until_it_runs(console):
    app = console.app
    ops = OpsServer(app, platforms=("console",), host="127.0.0.1", backlog_limit=300)
    ops.link("console", lambda: True)
    port = await ops.start()
    base = f"http://127.0.0.1:{port}"
    try:
        cid = (await app.community(COMMUNITY)).id
        due = START + timedelta(minutes=1)

        async def nothing(ctx, due) -> None:  # a job of no cog: it only has to run
            return None

        app.registry.jobs["nothing"] = JobHandlerSpec("nothing", nothing)
        await app.scheduler.put(JobSpec("ops-test", "nothing", DateTrigger(run_date=due), cid))
        assert await get_json(f"{base}/readyz") == (200, {"status": "ready"})

        app.clock.set(due + timedelta(minutes=4))  # 240 s late: under the limit
        assert (await backlog_of(app.scheduler, app.clock.now())) == Backlog(1, due)
        assert await get_json(f"{base}/readyz") == (200, {"status": "ready"})

        app.clock.set(due + timedelta(minutes=6))
        status, body = await get_json(f"{base}/readyz")
        assert status == 503
        assert body == {
            "status": "not ready",
            "scheduler": "due work has waited 360 s unclaimed (limit 300 s)",
        }
        assert await get_json(f"{base}/healthz") == (200, {"status": "ok"})
        _, text = await get(f"{base}/metrics")
        assert "haven_scheduler_queue_depth 1.0" in text
        assert "haven_scheduler_oldest_due_seconds 360.0" in text

        await app.scheduler.run_until(app.clock.now())  # a worker is free again: it runs
        assert await get_json(f"{base}/readyz") == (200, {"status": "ready"})
        _, text = await get(f"{base}/metrics")
        assert "haven_scheduler_queue_depth 0.0" in text
        assert 'haven_deliveries_total{kind="nothing",status="sent"}' in text
    finally:
        await ops.stop()


async def test_a_platform_not_connected_and_the_database_away_are_named(waiting_app):
    app = waiting_app
    connected = {"discord": False}
    ops = OpsServer(app, platforms=("discord", "slack"), host="127.0.0.1")
    ops.link("discord", lambda: connected["discord"])
    port = await ops.start()
    base = f"http://127.0.0.1:{port}"
    try:
        status, body = await get_json(f"{base}/readyz")
        assert (status, body) == (
            503,
            {"status": "not ready", "discord": "not connected", "slack": "not connected"},
        )
        connected["discord"] = True
        ops.link("slack", lambda: True)
        assert await get_json(f"{base}/readyz") == (200, {"status": "ready"})

        async def still_away() -> None:
            raise ConnectionError("still away")

        app.storage.recover = still_away
        app.storage.lost(ConnectionError("gone"))
        status, body = await get_json(f"{base}/readyz")
        assert (status, body) == (503, {"status": "not ready", "database": "away"})
        assert await get_json(f"{base}/healthz") == (200, {"status": "ok"})
        _, text = await get(f"{base}/metrics")
        assert 'haven_database_errors_total{kind="ConnectionError"}' in text
    finally:
        await ops.stop()


async def test_a_scheduler_that_keeps_its_own_backlog_is_asked(waiting_app):
    """The interface a scheduler keeping due work in a table implements."""

    class TableScheduler:
        def __init__(self) -> None:
            self.asked: list[datetime] = []

        async def backlog(self, now: datetime) -> Backlog:
            self.asked.append(now)
            return Backlog(7, now - timedelta(minutes=10))

    real, waiting_app.scheduler = waiting_app.scheduler, TableScheduler()
    ops = OpsServer(waiting_app, platforms=(), host="127.0.0.1", backlog_limit=120)
    port = await ops.start()
    try:
        status, body = await get_json(f"http://127.0.0.1:{port}/readyz")
        assert (status, body["scheduler"]) == (
            503,
            "due work has waited 600 s unclaimed (limit 120 s)",
        )
        _, text = await get(f"http://127.0.0.1:{port}/metrics")
        assert "haven_scheduler_queue_depth 7.0" in text
        assert waiting_app.scheduler.asked == [START, START]
    finally:
        waiting_app.scheduler = real
        await ops.stop()


async def test_metrics_on_their_own_port_behind_a_token(waiting_app):
    ops = OpsServer(
        waiting_app,
        platforms=(),
        host="127.0.0.1",
        metrics_port=0,
        metrics_token="scrape-me-please",
    )
    port = await ops.start()
    try:
        assert (await get(f"http://127.0.0.1:{port}/metrics"))[0] == 404
        metrics_url = f"http://127.0.0.1:{ops.metrics_port}/metrics"
        assert (await get(metrics_url))[0] == 401
        wrong = {"Authorization": "Bearer nope"}
        assert (await get(metrics_url, wrong))[0] == 401
        status, text = await get(metrics_url, {"Authorization": "Bearer scrape-me-please"})
        assert status == 200 and "# TYPE haven_commands_total counter" in text
        assert (await get(f"http://127.0.0.1:{ops.metrics_port}/readyz"))[0] == 404
    finally:
        await ops.stop()


def test_settings_for_the_operations_server(tmp_path):
    none = tmp_path / "none.env"
    settings = load_settings({}, env_file=none)
    assert settings.ops_port is None and settings.http_port == 3000
    settings = load_settings(
        {
            "HAVEN_HTTP_PORT": "8080",
            "HAVEN_METRICS_PORT": "9100",
            "HAVEN_METRICS_TOKEN": "a-long-scrape-token",
            "HAVEN_METRICS_COMMUNITY_LABELS": "1",
            "HAVEN_READY_BACKLOG_SECONDS": "60",
            "HAVEN_LOG_FORMAT": "JSON",
        },
        env_file=none,
    )
    assert (settings.ops_port, settings.http_port, settings.metrics_port) == (8080, 8080, 9100)
    assert settings.metrics_community_labels and settings.ready_backlog_seconds == 60
    assert settings.log_format == "json"
    assert "a-long-scrape-token" in settings.secrets()  # redacted from logs
    with pytest.raises(cli.ConfigError, match="HAVEN_LOG_FORMAT"):
        load_settings({"HAVEN_LOG_FORMAT": "xml"}, env_file=none)


@pytest.fixture
def _quick_ready(monkeypatch):
    import adapters.discord.main as main

    original = main.build_client

    def build(adapter, settings):
        client = original(adapter, settings)
        client._connection.guild_ready_timeout = 0.01
        return client

    monkeypatch.setattr(main, "build_client", build)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.usefixtures("_quick_ready")
async def test_a_discord_only_haven_run_serves_the_operations_endpoints(settings: Settings):
    """``haven run`` with only DISCORD_TOKEN and HAVEN_HTTP_PORT: the same
    endpoints, ready once discord.py is connected to the (fake) gateway."""
    from adapters.discord.main import serve
    from tests.fakes.discord.server import FakeDiscord

    fake = FakeDiscord(users=("alice",))
    await fake.start()
    port = free_port()
    settings = dataclasses.replace(
        settings,
        sections=(
            DiscordSection(
                token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url
            ),
        ),
        ops_port=port,
    )
    clients = []

    async def serving_discord(app, settings):
        clients.append(app)
        await serve(app, settings)

    def discord_client():
        return clients[0].adapters["discord"].client

    run = asyncio.create_task(cli._serve_all(settings, {"discord": serving_discord}))
    base = f"http://127.0.0.1:{port}"
    try:
        seen = []
        for _ in range(1000):
            try:
                seen.append(await get_json(f"{base}/readyz"))
                if seen[-1][0] == 200:
                    break
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.01)
        assert seen[-1] == (200, {"status": "ready"})
        assert await get_json(f"{base}/healthz") == (200, {"status": "ok"})
        status, text = await get(f"{base}/metrics")
        assert status == 200 and "haven_commands_total" in text

        await discord_client().close()  # the gateway connection is gone
        status, body = await get_json(f"{base}/readyz")
        assert (status, body) == (503, {"status": "not ready", "discord": "not connected"})
    finally:
        run.cancel()
        await asyncio.gather(run, return_exceptions=True)
        await fake.close()


async def test_community_labels_only_when_the_operator_opts_in(console):
    from bot import metrics

    try:
        ops = OpsServer(console.app, platforms=(), host="127.0.0.1", community_labels=True)
        port = await ops.start()
        await console.agree("alice")
        _, text = await get(f"http://127.0.0.1:{port}/metrics")
        await ops.stop()
        assert 'command="haven consent",community="console",outcome="ok"' in text

        ops = OpsServer(console.app, platforms=(), host="127.0.0.1")  # the default again
        port = await ops.start()
        await console.agree("bob")
        _, text = await get(f"http://127.0.0.1:{port}/metrics")
        await ops.stop()
        assert 'command="haven consent",outcome="ok",platform="console"} 1.0' in text
        assert "community=" not in text
    finally:
        metrics.configure(community_labels=False)


async def test_slack_http_mode_and_discord_share_one_server(settings: Settings, _quick_ready):
    """``haven run`` with Slack's HTTP mode and Discord: Slack's routes join the
    operations server on HAVEN_HTTP_PORT (a second server there could not even
    bind), and /readyz waits for both platforms."""
    from adapters.discord.main import serve as discord_serve
    from adapters.slack.main import serve as slack_serve
    from tests.fakes.discord.server import FakeDiscord
    from tests.fakes.slack.server import FakeSlack

    discord_fake = FakeDiscord(users=("alice",))
    await discord_fake.start()
    slack_fake = await FakeSlack("xoxb-test-token", team="T0001").start()
    port = free_port()
    settings = dataclasses.replace(
        settings,
        sections=(
            DiscordSection(
                token=Secret(discord_fake.token),
                api_base=discord_fake.api_base,
                gateway_url=discord_fake.gateway_url,
            ),
            SlackSection(
                bot_token=Secret("xoxb-test-token"),
                signing_secret=Secret("8f742231b10e8888abcd99yyyzzz85a5"),
                mode="http",
                api_url=slack_fake.api_url,
            ),
        ),
        http_port=port,  # HAVEN_HTTP_PORT unset: Slack's port
    )
    serve = {"discord": discord_serve, "slack": slack_serve}
    run = asyncio.create_task(cli._serve_all(settings, serve))
    base = f"http://127.0.0.1:{port}"
    try:
        seen = []
        for _ in range(1000):
            try:
                seen.append(await get_json(f"{base}/readyz"))
                if seen[-1][0] == 200:
                    break
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.01)
        assert seen[-1] == (200, {"status": "ready"})
        assert not run.done()
        async with aiohttp.ClientSession() as session:  # Slack's route, same port
            async with session.post(f"{base}/slack/events", data=b"{}") as response:
                assert response.status == 401  # unsigned: refused by the guard
        status, text = await get(f"{base}/metrics")
        assert status == 200 and "haven_commands_total" in text
    finally:
        run.cancel()
        await asyncio.gather(run, return_exceptions=True)
        await discord_fake.close()
        await slack_fake.close()
