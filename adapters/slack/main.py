"""Slack as a :class:`~bot.platform.Platform`: ``haven run`` on Slack, and
``haven slack …`` tools.

Socket Mode (``SLACK_APP_TOKEN``, the default) needs no public URL; HTTP mode
(``SLACK_MODE=http`` + ``SLACK_SIGNING_SECRET``) serves ``POST /slack/events``
on ``HAVEN_HTTP_PORT`` — commands, buttons, modals and events on one path —
and bolt checks every request's signature and 5-minute window.

With ``SLACK_CLIENT_ID`` + ``SLACK_CLIENT_SECRET`` Haven installs into many
workspaces: the same HTTP server serves ``GET /slack/install`` and
``GET /slack/oauth_redirect`` (in Socket Mode it runs for those two alone), and
each workspace's bot token comes from its installation (adapters/slack/oauth.py)
instead of ``SLACK_BOT_TOKEN``.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.platform import ConfigError, Handler, Haven, OpsServer, Platform, Settings, serving

from .adapter import CHANNEL_PACE, SharedRateLimitRetryHandler, SlackAdapter
from .app import build_bolt
from .guard import Refused, RequestGuard, SeenRequests
from .logs import guard_slack_logs
from .manifest import SCOPES, manifest
from .oauth import (
    INSTALL_PATH,
    REDIRECT_PATH,
    HavenInstallationStore,
    HavenStateStore,
    InstallLimit,
    authorizer,
    oauth_enabled,
    oauth_settings,
    web_logger,
)
from .settings import SlackSection

log = logging.getLogger("haven.slack")
EVENTS_PATH = "/slack/events"
DESCRIPTION = "Slack set-up helpers."


def make_client(settings: Settings) -> AsyncWebClient:
    """The Web API client: SLACK_API_URL, and the SDK's retry handlers
    for connection errors and for 429 (waits Retry-After, then retries).

    With OAuth it has no token: each workspace's client gets its own."""
    oauth = oauth_enabled(settings)
    section = settings.section(SlackSection)
    if not oauth and not section.bot_token:
        raise ConfigError("SLACK_BOT_TOKEN: is not set (example: SLACK_BOT_TOKEN=xoxb-...)")
    if oauth and section.bot_token:
        log.warning(
            "SLACK_BOT_TOKEN is not used: with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET each "
            "workspace's bot token comes from its installation (%s)",
            INSTALL_PATH,
        )
    base = section.api_url
    return AsyncWebClient(
        token=None if oauth or not section.bot_token else section.bot_token.get(),
        base_url=base if base.endswith("/") else base + "/",
        logger=web_logger(),
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
            SharedRateLimitRetryHandler(max_retry_count=5),
        ],
    )


@dataclass
class SlackRuntime:
    haven: Haven
    adapter: SlackAdapter
    bolt: AsyncApp
    #: the installation store, with multi-workspace OAuth (else None)
    installations: HavenInstallationStore | None = None
    #: HTTP mode's checks before bolt (signature, shape, replays)
    guard: RequestGuard | None = None
    #: how often one client may start an install (OAuth only)
    installs: InstallLimit | None = None
    #: Slack requests reach Haven (HTTP server listening, or Socket Mode connected)
    ready: bool = False

    def web_app(self, *, events: bool = True) -> web.Application:
        """The operations server's application (``/healthz``, ``/readyz``,
        ``/metrics``) with Slack's routes (:meth:`mount`) — what ``haven run``
        serves, for a test to serve on its own."""
        ops = OpsServer(self.haven, platforms=(self.adapter.platform,))
        self.mount(ops, events=events)
        return ops.application()

    def mount(self, ops: OpsServer, *, events: bool = True) -> None:
        """Add ``POST /slack/events`` (HTTP mode) and, with OAuth,
        ``GET /slack/install`` and ``GET /slack/oauth_redirect`` to the
        operations server; its /readyz asks whether Slack is connected."""
        ops.link(self.adapter.platform, lambda: self.ready)
        for method, path, handler in self.routes(events=events):
            ops.add_route(method, path, handler)

    def routes(self, *, events: bool = True) -> list[tuple[str, str, Handler]]:
        """``POST /slack/events`` for HTTP mode; with OAuth also
        ``GET /slack/install`` and ``GET /slack/oauth_redirect``."""

        async def on_events(request: web.Request) -> web.Response:
            if self.guard is None:  # no signing secret: Settings refuses HTTP mode
                return web.Response(status=401, text="invalid request")
            try:
                body, first = await self.guard.check(
                    await request.read(), request.headers, request.content_type
                )
            except Refused as refused:
                return web.Response(status=refused.status, text=refused.reason)
            if not first:  # a replay: Slack hears 200, nothing acts twice
                return web.Response(status=200, text="")
            bolt_request = AsyncBoltRequest(
                body=body, query=request.query_string, headers=request.headers
            )
            try:
                answer = await self.bolt.async_dispatch(bolt_request)
            except Exception as exc:  # a shape the checks above missed: bolt could not read it
                log.warning("bolt could not read a Slack request (%s)", type(exc).__name__)
                return web.Response(status=400, text="the request could not be read")
            return await to_aiohttp_response(answer)

        async def install(request: web.Request) -> web.Response:
            flow = self.bolt.oauth_flow
            assert flow is not None and self.installs is not None
            wait = await self.installs.refusal(request.remote or "")
            if wait is not None:
                return web.Response(status=429, text=wait, headers={"Retry-After": "60"})
            return await to_aiohttp_response(
                await flow.handle_installation(await to_bolt_request(request))
            )

        async def redirect(request: web.Request) -> web.Response:
            flow = self.bolt.oauth_flow
            assert flow is not None
            return await to_aiohttp_response(
                await flow.handle_callback(await to_bolt_request(request))
            )

        routes: list[tuple[str, str, Handler]] = []
        if events:
            routes.append(("POST", EVENTS_PATH, on_events))
        if self.bolt.oauth_flow is not None:
            routes += [("GET", INSTALL_PATH, install), ("GET", REDIRECT_PATH, redirect)]
        return routes


class Slack(SlackAdapter, Platform):
    """Slack as installed (``haven.platforms``): built as ``Slack(engine,
    section)`` — its Web API client, and with OAuth its installation store —
    it adds ``haven slack …`` and serves Socket Mode or HTTP."""

    name = "slack"
    title = "Slack"
    settings = SlackSection
    #: Workspaces are on work devices: notifications say nothing until chosen.
    discreet = True
    #: Installations, OAuth states and seen requests (adapters/slack/models.py).
    migrations = Path(__file__).parent / "migrations"

    def __init__(
        self,
        engine: Haven,
        section: SlackSection | None = None,
        *,
        pace: float = CHANNEL_PACE,
        config: Settings | None = None,
    ) -> None:
        """``config``: Haven's settings (default: the engine's), for what Slack
        shares with the rest of Haven (the HTTP port, the bot's name)."""
        Platform.__init__(self, engine, section)
        self.app = engine
        self.config = config or engine.settings
        guard_slack_logs()
        client = make_client(self.config)
        store = HavenInstallationStore(engine.database) if oauth_enabled(self.config) else None
        # Channel pacing shared with every Haven process on the database.
        SlackAdapter.__init__(
            self, client, engine.clock, pace=pace, tokens=store, limiter=engine.limiter
        )
        self.installations = store
        if store is not None:
            store.listeners.append(self.forget_tokens)

    @classmethod
    def add_cli(cls, sub: argparse._SubParsersAction) -> None:
        tools_parser(cls.tools_command(sub, DESCRIPTION))

    def runtime(self) -> SlackRuntime:
        """bolt's AsyncApp on this adapter, with HTTP mode's request checks and,
        with OAuth, the install flow."""
        app, client, store = self.app, self.client, self.installations
        signing = self.config.section(SlackSection).signing_secret
        secret = signing.get() if signing else ""
        guard = (
            RequestGuard(secret, SeenRequests(app.database, app.clock), app.clock)
            if secret
            else None
        )
        if store is None:
            return SlackRuntime(app, self, build_bolt(app, self, client, secret), guard=guard)

        async def installed(installation) -> None:
            """A (re)install within the purge grace period keeps the community's data."""
            covered = await store.communities(
                installation.enterprise_id or "",
                "" if installation.is_enterprise_install else installation.team_id or "",
            )
            for key in covered:
                await app.community_returned(key)

        states = HavenStateStore(app.database, app.clock)
        settings_oauth = oauth_settings(self.config, store, states, SCOPES, installed=installed)
        bolt = build_bolt(
            app,
            self,
            client,
            secret,
            oauth=settings_oauth,
            installations=store,
            authorize=authorizer(self.config, store, client),
        )
        return SlackRuntime(app, self, bolt, store, guard, InstallLimit(states, app.clock))

    async def serve(self) -> None:
        """Socket Mode or HTTP until cancelled (the app is already started)."""
        await serve_runtime(self.runtime(), self.config)


#: Older installs find Slack through this module (bot.platform).
PLATFORM = Slack


def build(app: Haven, settings: Settings, *, pace: float = CHANNEL_PACE) -> SlackRuntime:
    """The platform (registered with ``app``) and bolt's AsyncApp."""
    platform = Slack(app, settings.section(SlackSection), pace=pace, config=settings)
    app.add_adapter(platform)
    return platform.runtime()


async def serve(app: Haven, settings: Settings) -> None:
    await serve_runtime(build(app, settings), settings)


async def serve_runtime(runtime: SlackRuntime, settings: Settings) -> None:
    ops = serving(runtime.haven)
    if ops is not None:  # haven run's operations server: /readyz asks about Slack too
        ops.link(runtime.adapter.platform, lambda: runtime.ready)
    if runtime.adapter.presence is not None:  # one bot token: a working token is the install
        await runtime.adapter.presence.confirm_token()
    try:
        if settings.section(SlackSection).mode == "http":
            await serve_http(runtime, settings)
        elif runtime.installations is not None:
            # Socket Mode for Slack's requests; HTTP for the install pages only.
            await asyncio.gather(
                serve_socket(runtime, settings), serve_http(runtime, settings, events=False)
            )
        else:
            await serve_socket(runtime, settings)
    finally:
        await runtime.adapter.tracker.drain()


async def serve_http(runtime: SlackRuntime, settings: Settings, *, events: bool = True) -> None:
    """Slack's routes on the process's operations server (``haven run`` starts
    it on HAVEN_HTTP_PORT); without one, start it here on ``settings.http_port``."""
    ops = serving(runtime.haven)
    own = ops is None
    if ops is None:
        ops = OpsServer.from_settings(
            runtime.haven, settings, (runtime.adapter.platform,), port=settings.http_port
        )
    runtime.mount(ops, events=events)
    if own:
        await ops.start()
    paths = [EVENTS_PATH] if events else []
    if runtime.installations is not None:
        paths += [INSTALL_PATH, REDIRECT_PATH]
    log.info("Slack HTTP routes on port %s: %s", ops.port, ", ".join(paths))
    if events:
        runtime.ready = True
        await runtime.haven.adapter_ready(runtime.adapter.platform)
    try:
        await asyncio.Event().wait()
    finally:
        if events:
            runtime.ready = False
        if own:
            await ops.stop()


async def serve_socket(runtime: SlackRuntime, settings: Settings) -> None:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    app_token = settings.section(SlackSection).app_token
    if not app_token:
        raise ConfigError("SLACK_APP_TOKEN: is not set, but Socket Mode needs it (xapp-...)")
    handler = AsyncSocketModeHandler(runtime.bolt, app_token.get(), web_client=runtime.bolt.client)
    log.info("Slack (Socket Mode) connecting")
    try:
        await handler.connect_async()
        runtime.ready = True
        await runtime.haven.adapter_ready(runtime.adapter.platform)
        await asyncio.Event().wait()
    finally:
        runtime.ready = False
        await handler.close_async()


def add_tools(sub: argparse._SubParsersAction) -> None:
    """``manifest``, under ``haven slack``."""
    make = sub.add_parser("manifest", help="print the Slack app manifest (YAML)")
    make.add_argument(
        "--mode",
        choices=("socket", "http"),
        help="Socket Mode or HTTP request URLs (default: SLACK_MODE, socket)",
    )
    make.add_argument(
        "--url",
        default="https://haven.example.org",
        help="public base URL for HTTP mode and OAuth (…/slack/events, …/slack/oauth_redirect)",
    )
    make.add_argument(
        "--name",
        help="the app's name in Slack (default: HAVEN_BOT_NAME, Haven); a neutral one such as "
        '"Wellbeing" says nothing on a lock screen',
    )
    make.add_argument(
        "--description",
        help="the app's short description in Slack (a neutral name wants a neutral one)",
    )
    make.add_argument(
        "--language",
        help="the language of the commands' descriptions: en (default), es, pt-BR, fr or de",
    )
    make.set_defaults(run=print_manifest)


def tools_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    add_tools(parser.add_subparsers(dest="tool", metavar="TOOL", required=True))
    return parser


def print_manifest(args: argparse.Namespace, settings: Settings) -> int:
    """``haven slack manifest [--mode M] [--url U] [--name N] [--description D]
    [--language L]``."""
    app = Haven(settings)
    app.load_cogs()
    mode = args.mode or settings.section(SlackSection).mode
    try:
        text = manifest(
            app.registry,
            mode=mode,
            url=args.url,
            oauth=oauth_enabled(settings),
            name=args.name or settings.bot_name,
            description=args.description,
            language=args.language,
        )
    except ValueError as exc:
        print(f"haven slack manifest: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


def cli(argv: list[str], settings: Settings) -> int:
    """``haven slack ARGS…`` outside the ``haven`` command (tests, scripts)."""
    parser = tools_parser(argparse.ArgumentParser(prog="haven slack", description=DESCRIPTION))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return args.run(args, settings)
