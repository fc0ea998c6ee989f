"""Request → ack latency of Haven's Slack HTTP endpoint (bolt AsyncApp, signed
requests), against the local fake Slack. Prints p50/p99 in milliseconds.

    .venv/bin/python benchmarks/slack_latency.py [requests] [--oauth]

``--oauth``: multi-workspace mode — the workspace is installed through
/slack/install first, and every request's token is found by bolt's authorize
in Haven's installation store.
"""

from __future__ import annotations

import asyncio
import dataclasses
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from aiohttp import web
from cryptography.fernet import Fernet

from adapters.slack.settings import SlackSection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.slack.main import EVENTS_PATH, build
from bot import crypto
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from tests.fakes.slack.driver import SlackDriver, sign
from tests.fakes.slack.server import FakeSlack

SECRET = "benchmark-signing-secret"


async def main(count: int, oauth: bool = False) -> None:
    crypto.set_keyring(crypto.Keyring([Fernet.generate_key().decode()]))
    fake = await FakeSlack("" if oauth else "xoxb-bench", rate_interval=0).start()
    fake.add_user("UALICE", "alice")
    db = Path(tempfile.mkdtemp()) / "haven.db"
    settings = dataclasses.replace(
        Settings(database_url=f"sqlite+aiosqlite:///{db}"),
        sections=(
            SlackSection(
                bot_token=None if oauth else Secret("xoxb-bench"),
                client_id="1.2" if oauth else None,
                client_secret=Secret("bench-client-secret") if oauth else None,
                signing_secret=Secret(SECRET),
                mode="http",
                api_url=fake.api_url,
            ),
        ),
    )
    app = Haven(settings, clock=VirtualClock(datetime(2026, 11, 21, 9, tzinfo=UTC)))
    app.load_cogs()
    await app.start()
    runtime = build(app, settings, pace=0)
    runner = web.AppRunner(runtime.web_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    url = f"http://127.0.0.1:{port}{EVENTS_PATH}"
    driver = SlackDriver(fake, url, SECRET, runtime.adapter)
    if oauth:
        await install(fake, f"http://127.0.0.1:{port}")
    times = []
    async with aiohttp.ClientSession() as session:
        for n in range(count):
            line = ("/crisis", "/haven help", "/sober show")[n % 3]
            body = driver.command_body("alice", line)
            headers = {**sign(SECRET, body), "Content-Type": "application/x-www-form-urlencoded"}
            start = time.perf_counter()
            async with session.post(url, data=body.encode(), headers=headers) as response:
                await response.read()
            times.append((time.perf_counter() - start) * 1000)
            await runtime.adapter.tracker.drain()
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(
        f"{count} signed slash commands{' (OAuth)' if oauth else ''}: "
        f"ack p50 {statistics.median(times):.1f} ms, "
        f"p99 {p99:.1f} ms, max {times[-1]:.1f} ms"
    )
    await runner.cleanup()
    await app.stop()
    await fake.close()


async def install(fake: FakeSlack, base: str) -> None:
    fake.enable_oauth("1.2", "bench-client-secret", f"{base}/slack/oauth_redirect")
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/slack/install", allow_redirects=False) as r:
            cookie, to_slack = r.headers["Set-Cookie"].split(";")[0], r.headers["Location"]
        async with session.get(to_slack, allow_redirects=False) as r:
            back = r.headers["Location"]
        async with session.get(back, headers={"Cookie": cookie}) as r:
            assert r.status == 200, await r.text()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    asyncio.run(main(int(args[0]) if args else 300, oauth="--oauth" in sys.argv))
