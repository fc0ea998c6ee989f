"""A Haven on the Slack adapter: the real bolt AsyncApp behind a local HTTP
endpoint, its Web API client pointed at the fake Slack."""

from __future__ import annotations

import dataclasses

import pytest
from aiohttp import web

from adapters.slack.main import EVENTS_PATH, SlackRuntime, build
from adapters.slack.settings import SlackSection
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret
from tests.conftest import START
from tests.fakes.slack.driver import SlackDriver
from tests.fakes.slack.server import FakeSlack
from tests.support.contract import ContractCog

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-test-token"
CLIENT_ID = "1111111111.2222222222"
CLIENT_SECRET = "c0ffee0c0ffee0c0ffee0c0ffee0c0ff"


@dataclasses.dataclass
class SlackWorld:
    app: Haven
    runtime: SlackRuntime
    fake: FakeSlack
    driver: SlackDriver
    url: str

    @property
    def adapter(self):
        return self.runtime.adapter

    @property
    def base(self) -> str:
        """Haven's HTTP server (``/slack/events``, ``/slack/install``, …)."""
        return self.url.removesuffix(EVENTS_PATH)

    @property
    def clock(self) -> VirtualClock:
        return self.app.clock  # type: ignore[return-value]


@pytest.fixture
async def make_world(settings):
    opened: list[tuple[Haven, web.AppRunner, FakeSlack]] = []

    async def make(
        *,
        pace: float = 0.0,
        rate_interval: float = 0.0,
        extra_cogs=(ContractCog,),
        team: str = "T0001",
        enterprise: str = "",
        oauth: bool = False,
    ) -> SlackWorld:
        """``oauth``: multi-workspace installs (SLACK_CLIENT_ID/SECRET, no
        SLACK_BOT_TOKEN); the fake then knows no token until a workspace installs."""
        fake = await FakeSlack(
            "" if oauth else TOKEN, team=team, rate_interval=rate_interval
        ).start()
        for name in ("alice", "bob", "carol", "dan", "erin", "fay", "gus", "hal", "ivy", "jo"):
            fake.add_user("U" + name.upper(), name)
        fake.add_user("UMOD", "mod", admin=True)
        slack_settings = dataclasses.replace(
            settings,
            sections=(
                SlackSection(
                    bot_token=None if oauth else Secret(TOKEN),
                    client_id=CLIENT_ID if oauth else None,
                    client_secret=Secret(CLIENT_SECRET) if oauth else None,
                    signing_secret=Secret(SECRET),
                    mode="http",
                    api_url=fake.api_url,
                ),
            ),
        )
        app = Haven(slack_settings, clock=VirtualClock(START))
        app.load_cogs()
        app.load_cogs(extra_cogs)
        await app.start()
        runtime = build(app, slack_settings, pace=pace)
        runner = web.AppRunner(runtime.web_app())
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}{EVENTS_PATH}"
        if oauth:
            redirect = f"http://127.0.0.1:{port}/slack/oauth_redirect"
            fake.enable_oauth(CLIENT_ID, CLIENT_SECRET, redirect)
        opened.append((app, runner, fake))
        driver = SlackDriver(fake, url, SECRET, runtime.adapter, team=team, enterprise=enterprise)
        return SlackWorld(app, runtime, fake, driver, url)

    yield make
    for app, runner, fake in opened:
        await runner.cleanup()
        await app.stop()
        await fake.close()


@pytest.fixture
async def world(make_world) -> SlackWorld:
    return await make_world()
