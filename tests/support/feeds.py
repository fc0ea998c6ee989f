"""Meeting feeds for tests and benchmarks, served by a local aiohttp server.

No test touches the network: :class:`FeedServer` serves the files in
``tests/cogs/meetings/feeds`` (and any body a test sets) on 127.0.0.1, which
Haven fetches with ``HAVEN_FEED_ALLOW_PRIVATE=1``.
"""

from __future__ import annotations

import json
from pathlib import Path

from aiohttp import web

FEEDS = Path(__file__).resolve().parent.parent / "cogs" / "meetings" / "feeds"


def many_meetings(count: int, *, zone: str = "America/Chicago", changed: int = 0) -> list[dict]:
    """A Meeting Guide feed of ``count`` meetings (the first ``changed`` renamed)."""
    types = (["O", "D"], ["C", "ST"], ["O", "SP", "ONL"], ["C", "W"], ["O", "BE", "S"])
    return [
        {
            "name": f"Group {n}" + (" (moved)" if n < changed else ""),
            "slug": f"group-{n}",
            "day": n % 7,
            "time": f"{6 + n % 16:02d}:{(n * 5) % 60:02d}",
            "end_time": f"{7 + n % 16:02d}:{(n * 5) % 60:02d}",
            "timezone": zone,
            "types": types[n % len(types)],
            "conference_url": f"https://zoom.example.org/j/{n}" if n % 3 == 2 else None,
            "notes": f"<p>Room {n % 40}</p>",
            "region": f"Region {n % 30}",
            "updated": "2026-11-01 10:00:00",
        }
        for n in range(count)
    ]


class FeedServer:
    """``/<name>`` serves ``bodies[name]`` (bytes) with ``types[name]`` or JSON;
    ``/redirect/<n>`` redirects n times, then to ``/guide.json``."""

    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {
            path.name: path.read_bytes() for path in FEEDS.glob("*.json")
        }
        self.types: dict[str, str] = {}
        self.requests: list[str] = []
        self.runner: web.AppRunner | None = None
        self.base = ""

    def set(self, name: str, data) -> str:
        self.bodies[name] = data if isinstance(data, bytes) else json.dumps(data).encode()
        return f"{self.base}/{name}"

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"

    async def start(self) -> FeedServer:
        async def serve(request: web.Request) -> web.StreamResponse:
            name = request.match_info["name"]
            self.requests.append(request.path_qs)
            if name not in self.bodies:
                return web.Response(status=404)
            return web.Response(
                body=self.bodies[name], content_type=self.types.get(name, "application/json")
            )

        async def redirect(request: web.Request) -> web.StreamResponse:
            left = int(request.match_info["n"])
            target = f"/redirect/{left - 1}" if left > 1 else "/guide.json"
            raise web.HTTPFound(target)

        application = web.Application()
        application.add_routes([web.get("/redirect/{n}", redirect), web.get("/{name}", serve)])
        self.runner = web.AppRunner(application)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
