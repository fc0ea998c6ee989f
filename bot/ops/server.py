"""The operations server: one aiohttp server on ``HAVEN_HTTP_PORT`` for every platform.

* ``GET /healthz`` — the process is alive (its event loop answers): 200.
* ``GET /readyz`` — Haven can do its work: 200 ``{"status": "ready"}`` when the
  database answers, every configured platform is connected and the
  scheduler's oldest due-but-unclaimed work has waited less than
  ``HAVEN_READY_BACKLOG_SECONDS``; else 503 with a JSON body naming each
  thing that is not ready (``database``, ``discord``, ``slack``, ``console``,
  ``scheduler``) — and nothing more, as it is served without authentication.
  Degraded mode (the database away, /crisis and /sos still answering) is
  therefore *not ready* but alive: an orchestrator stops sending traffic, and
  does not restart a process that will recover by itself.
* ``GET /metrics`` — Prometheus metrics (bot/metrics.py), optionally on their
  own port (``HAVEN_METRICS_PORT``) and/or behind ``Authorization: Bearer
  <HAVEN_METRICS_TOKEN>``.

Adapters add their own routes to the same server (Slack's ``POST
/slack/events`` and OAuth pages: :meth:`OpsServer.add_route`, which works
before or after the server starts) and tell it whether they are connected
(:meth:`OpsServer.link`). A process runs one server; :func:`serving` finds it.
"""

from __future__ import annotations

import hmac
import logging
import weakref
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

from aiohttp import web

from bot import metrics
from bot.http_routes import cog_routes
from bot.ops.backlog import backlog_of
from bot.storage import reachable

if TYPE_CHECKING:
    from bot.app import Haven
    from bot.config import Settings

log = logging.getLogger("haven.ops")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
HEALTH_PATH, READY_PATH, METRICS_PATH = "/healthz", "/readyz", "/metrics"

_serving: weakref.WeakKeyDictionary[Haven, OpsServer] = weakref.WeakKeyDictionary()


def serving(app: Haven) -> OpsServer | None:
    """The operations server this process runs for ``app``, if any."""
    return _serving.get(app)


class OpsServer:
    def __init__(
        self,
        app: Haven,
        *,
        platforms: Iterable[str],
        port: int = 0,
        host: str = "0.0.0.0",
        metrics_port: int | None = None,
        metrics_token: str | None = None,
        backlog_limit: float = 300.0,
        community_labels: bool = False,
    ) -> None:
        self.app = app
        #: Platforms that must be connected for Haven to be ready.
        self.platforms = tuple(platforms)
        self.host, self.port, self.metrics_port = host, port, metrics_port
        self.metrics_token = metrics_token
        self.backlog_limit = backlog_limit
        self._links: dict[str, Callable[[], bool]] = {}
        self._routes: dict[tuple[str, str], Handler] = {}
        self._runners: list[web.AppRunner] = []
        metrics.configure(
            community_labels=community_labels,
            community_of=app.workspace_of,
        )

    @classmethod
    def from_settings(
        cls, app: Haven, settings: Settings, platforms: Iterable[str], *, port: int | None = None
    ) -> OpsServer:
        return cls(
            app,
            platforms=platforms,
            port=settings.ops_port if port is None else port,
            metrics_port=settings.metrics_port,
            metrics_token=settings.metrics_token.get() if settings.metrics_token else None,
            backlog_limit=settings.ready_backlog_seconds,
            community_labels=settings.metrics_community_labels,
        )

    # -- what adapters add -------------------------------------------------

    def link(self, platform: str, connected: Callable[[], bool]) -> None:
        """``connected()`` says whether ``platform`` can deliver right now."""
        self._links[platform] = connected

    def add_route(self, method: str, path: str, handler: Handler) -> None:
        self._routes[(method.upper(), path)] = handler

    # -- what it answers -----------------------------------------------------

    async def not_ready(self) -> dict[str, str]:
        """What keeps Haven from being ready, by name (empty: ready)."""
        app = self.app
        problems: dict[str, str] = {}
        if app.storage.down or not await reachable(app.database):
            problems["database"] = "away"
        for platform in self.platforms:
            connected = self._links.get(platform)
            if connected is None or not connected():
                problems[platform] = "not connected"
        if "database" in problems:  # the backlog is kept there: nothing more to say
            return problems
        try:
            now = app.clock.now()
            age = (await backlog_of(app.scheduler, now)).age(now)
        except Exception as exc:  # a backlog kept in the database cannot be read now
            problems["scheduler"] = f"backlog unknown ({type(exc).__name__})"
        else:
            if age > self.backlog_limit:
                problems["scheduler"] = (
                    f"due work has waited {age:.0f} s unclaimed (limit {self.backlog_limit:.0f} s)"
                )
        return problems

    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _ready(self, request: web.Request) -> web.Response:
        problems = await self.not_ready()
        if problems:
            return web.json_response({"status": "not ready", **problems}, status=503)
        return web.json_response({"status": "ready"})

    async def _metrics(self, request: web.Request) -> web.Response:
        if self.metrics_token is not None:
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {self.metrics_token}".encode()):
                return web.Response(status=401, text="a bearer token is needed")
        try:
            now = self.app.clock.now()
            backlog = await backlog_of(self.app.scheduler, now)
            metrics.backlog(backlog.depth, backlog.age(now))
        except Exception:  # the rest of the metrics are still worth having
            log.debug("the scheduler's backlog could not be read for /metrics")
        return web.Response(
            body=metrics.exposition(), headers={"Content-Type": metrics.CONTENT_TYPE_LATEST}
        )

    async def _added(self, request: web.Request) -> web.StreamResponse:
        method = "GET" if request.method == "HEAD" else request.method
        handler = self._routes.get((method, request.path))
        if handler is not None:
            return await handler(request)
        if any(path == request.path for _, path in self._routes):
            raise web.HTTPMethodNotAllowed(
                request.method, [m for m, p in self._routes if p == request.path]
            )
        raise web.HTTPNotFound()

    def application(self, *, with_metrics: bool | None = None) -> web.Application:
        """The aiohttp application (tests serve it themselves)."""
        if with_metrics is None:
            with_metrics = self.metrics_port is None
        application = web.Application()
        routes = [web.get(HEALTH_PATH, self._health), web.get(READY_PATH, self._ready)]
        if with_metrics:
            routes.append(web.get(METRICS_PATH, self._metrics))
        routes += cog_routes(self.app)  # e.g. the meeting directory's feed and calendars
        routes.append(web.route("*", "/{tail:.*}", self._added))
        application.add_routes(routes)
        return application

    # -- running ---------------------------------------------------------------

    async def start(self) -> int:
        """Listen (and on the metrics port, if one is set); returns the port."""
        self.port = await self._listen(self.application(), self.port)
        if self.metrics_port is not None:
            only = web.Application()
            only.add_routes([web.get(METRICS_PATH, self._metrics)])
            self.metrics_port = await self._listen(only, self.metrics_port)
        _serving[self.app] = self
        log.info(
            "operations server on port %s: %s, %s, %s%s",
            self.port,
            HEALTH_PATH,
            READY_PATH,
            METRICS_PATH,
            f" (metrics on port {self.metrics_port})" if self.metrics_port else "",
        )
        return self.port

    async def _listen(self, application: web.Application, port: int) -> int:
        runner = web.AppRunner(application)
        await runner.setup()
        self._runners.append(runner)
        site = web.TCPSite(runner, self.host, port)
        await site.start()
        return site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if _serving.get(self.app) is self:
            del _serving[self.app]
        for runner in self._runners:
            await runner.cleanup()
        self._runners.clear()
