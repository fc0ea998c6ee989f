"""Routes cogs serve on Haven's HTTP server (the seam between cogs and servers).

A cog that answers plain HTTP requests — the meetings cog's public feed and
calendar subscriptions — declares them in :meth:`bot.plugins.Cog.http_routes`
as aiohttp route definitions. Each HTTP server Haven runs mounts every turned-on
cog's routes with :func:`mount`: today the one Slack's HTTP mode (and its
install pages) runs on ``HAVEN_HTTP_PORT``; an operations server mounts them the
same way. Handlers get no platform context: they open their own
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


def mount(application: web.Application, haven: Haven) -> web.Application:
    application.add_routes(cog_routes(haven))
    return application
