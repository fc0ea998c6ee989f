"""``haven run`` on Slack, and ``haven slack …`` tools.

Socket Mode (``SLACK_APP_TOKEN``, the default) needs no public URL; HTTP mode
(``SLACK_MODE=http`` + ``SLACK_SIGNING_SECRET``) serves ``POST /slack/events``
on ``HAVEN_HTTP_PORT`` — commands, buttons, modals and events on one path —
and bolt checks every request's signature and 5-minute window.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from dataclasses import dataclass

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import Haven
from bot.config import ConfigError, Settings

from .adapter import SlackAdapter
from .app import build_bolt
from .manifest import manifest

log = logging.getLogger("haven.slack")
EVENTS_PATH = "/slack/events"


def make_client(settings: Settings) -> AsyncWebClient:
    """The Web API client: Settings.slack_api_url, and the SDK's retry handlers
    for connection errors and for 429 (waits Retry-After, then retries)."""
    if not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN: is not set (example: SLACK_BOT_TOKEN=xoxb-...)")
    base = settings.slack_api_url
    return AsyncWebClient(
        token=settings.slack_bot_token.get(),
        base_url=base if base.endswith("/") else base + "/",
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
            AsyncRateLimitErrorRetryHandler(max_retry_count=5),
        ],
    )


@dataclass
class SlackRuntime:
    haven: Haven
    adapter: SlackAdapter
    bolt: AsyncApp

    def web_app(self) -> web.Application:
        """``POST /slack/events`` for HTTP mode."""

        async def events(request: web.Request) -> web.Response:
            bolt_request = await to_bolt_request(request)
            return await to_aiohttp_response(await self.bolt.async_dispatch(bolt_request))

        async def health(request: web.Request) -> web.Response:
            return web.Response(text="ok")

        application = web.Application()
        application.add_routes([web.post(EVENTS_PATH, events), web.get("/healthz", health)])
        return application


def build(app: Haven, settings: Settings, *, pace: float = 1.0) -> SlackRuntime:
    """The adapter (registered with ``app``) and bolt's AsyncApp."""
    client = make_client(settings)
    adapter = SlackAdapter(client, app.clock, pace=pace)
    app.add_adapter(adapter)
    secret = settings.slack_signing_secret.get() if settings.slack_signing_secret else ""
    return SlackRuntime(app, adapter, build_bolt(app, adapter, client, secret))


async def serve(app: Haven, settings: Settings) -> None:
    runtime = build(app, settings)
    try:
        if settings.slack_mode == "http":
            await serve_http(runtime, settings)
        else:
            await serve_socket(runtime, settings)
    finally:
        await runtime.adapter.tracker.drain()


async def serve_http(runtime: SlackRuntime, settings: Settings) -> None:
    runner = web.AppRunner(runtime.web_app())
    await runner.setup()
    site = web.TCPSite(runner, "0.0.0.0", settings.http_port)
    await site.start()
    log.info("Slack (HTTP mode) listening on port %s at %s", settings.http_port, EVENTS_PATH)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


async def serve_socket(runtime: SlackRuntime, settings: Settings) -> None:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    if not settings.slack_app_token:
        raise ConfigError("SLACK_APP_TOKEN: is not set, but Socket Mode needs it (xapp-...)")
    handler = AsyncSocketModeHandler(
        runtime.bolt, settings.slack_app_token.get(), web_client=runtime.bolt.client
    )
    log.info("Slack (Socket Mode) connecting")
    try:
        await handler.start_async()
    finally:
        await handler.close_async()


def cli(argv: list[str], settings: Settings) -> int:
    parser = argparse.ArgumentParser(prog="haven slack", description="Slack set-up helpers.")
    sub = parser.add_subparsers(dest="tool", metavar="TOOL", required=True)
    make = sub.add_parser("manifest", help="print the Slack app manifest (YAML)")
    make.add_argument(
        "--mode",
        choices=("socket", "http"),
        help="Socket Mode or HTTP request URLs (default: SLACK_MODE, socket)",
    )
    make.add_argument(
        "--url",
        default="https://haven.example.org",
        help="public base URL for HTTP mode (…/slack/events is added)",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    app = Haven(settings)
    app.load_cogs()
    sys.stdout.write(manifest(app.registry, mode=args.mode or settings.slack_mode, url=args.url))
    return 0
