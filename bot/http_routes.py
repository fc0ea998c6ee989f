"""Routes cogs serve on Haven's HTTP server (the seam between cogs and servers).

A cog that answers plain HTTP requests — the meetings cog's public feed and
calendar subscriptions — declares them in :meth:`bot.plugins.Cog.http_routes`
as aiohttp route definitions. The operations server (:mod:`bot.ops.server`,
on ``HAVEN_HTTP_PORT``, for every platform; Slack's HTTP mode shares it) serves
every turned-on cog's routes beside /healthz, /readyz and /metrics. Handlers get
no platform context: they open their own
community-scoped session and must check whatever token the path carries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.app import Haven


def cog_routes(haven: Haven) -> list[web.AbstractRouteDef]:
    """Every turned-on cog's routes (a dormant cog serves none)."""
    return [route for cog in haven.registry.cogs.values() for route in cog.http_routes()]
