"""Benchmark: Haven's cost on top of the platform frameworks, in one run.

    .venv/bin/python benchmarks/framework_overhead.py [--count 200]

Slack: signed ``/checkin mood:4 craving:2`` requests through Haven's bolt
AsyncApp over local HTTP (Web API on the fake Slack), against signed
``/hello`` requests to bolt's bare hello-world — an AsyncApp whose one command
only acks. Figures: request → HTTP ack for both, and for Haven also request →
reply posted to the fake's response_url (the work after the ack).

Discord: INTERACTION_CREATE → interaction callback on the fake Discord for
Haven's ``/checkin mood:4 craving:2`` through the real discord.py client,
against a bare discord.py client with one app command that answers "hello".
Both clients are connected to the same fake at once; each interaction is
delivered only to the client it is for.

Requests alternate Haven / bare, so load from anything else on the machine
falls on both alike. Prints p50/p99 per figure and the p50 ratios; exits
non-zero if any request failed, answered with an error, missed Discord's 3 s,
or was answered a number of times other than once.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import discord
from aiohttp import web
from cryptography.fernet import Fernet
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.discord.main import serve as serve_discord
from adapters.slack.main import EVENTS_PATH
from adapters.slack.main import build as build_slack
from bot import crypto
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from tests.fakes.discord.driver import DiscordDriver
from tests.fakes.discord.server import FakeDiscord
from tests.fakes.slack.driver import SlackDriver, sign
from tests.fakes.slack.server import FakeSlack

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
SECRET = "benchmark-signing-secret"
CHECKIN = "/checkin mood:4 craving:2"
#: Discord cannot have options on a command that has subcommands: Haven's root
#: /checkin is the subcommand ``now`` there (adapters/discord/commands.py).
DISCORD_CHECKIN = "/checkin now mood:4 craving:2"


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * share))]


def line(label: str, values: list[float]) -> str:
    return (
        f"{label:<58} p50 {statistics.median(values):6.2f} ms  "
        f"p99 {percentile(values, 0.99):6.2f} ms"
    )


def haven(folder: Path, **settings) -> tuple[Haven, Settings]:
    config = dataclasses.replace(
        Settings(database_url=f"sqlite+aiosqlite:///{folder / 'haven.db'}"), **settings
    )
    app = Haven(config, clock=VirtualClock(START))
    app.load_cogs()
    return app, config


async def serve_web(application: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}{EVENTS_PATH}"


def bare_bolt(api_url: str) -> web.Application:
    """bolt's hello world: one command that only acks."""
    bolt = AsyncApp(
        client=AsyncWebClient(token="xoxb-bench", base_url=api_url.rstrip("/") + "/"),
        signing_secret=SECRET,
        process_before_response=False,
    )

    @bolt.command("/hello")
    async def hello(ack) -> None:
        await ack("hello")

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    application = web.Application()
    application.add_routes([web.post(EVENTS_PATH, events)])
    return application


async def slack(count: int, folder: Path) -> int:
    fake = await FakeSlack("xoxb-bench", rate_interval=0).start()
    fake.add_user("UALICE", "alice")
    app, settings = haven(
        folder,
        sections=(
            SlackSection(
                bot_token=Secret("xoxb-bench"),
                signing_secret=Secret(SECRET),
                mode="http",
                api_url=fake.api_url,
            ),
        ),
    )
    await app.start()
    runtime = build_slack(app, settings, pace=0)
    haven_runner, haven_url = await serve_web(runtime.web_app())
    bare_runner, bare_url = await serve_web(bare_bolt(fake.api_url))
    driver = SlackDriver(fake, haven_url, SECRET, runtime.adapter)
    await driver.exchange("alice", driver.command_body("alice", "/haven consent agree"))
    ack, done, bare = [], [], []
    failed = 0
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    async with aiohttp.ClientSession() as session:
        for n in range(-10, count):  # ten warm-up rounds, not counted
            body = driver.command_body("alice", CHECKIN)
            before = len(fake.calls)
            began = time.perf_counter()
            async with session.post(
                haven_url, data=body.encode(), headers={**sign(SECRET, body), **headers}
            ) as response:
                await response.read()
                status = response.status
            acked = time.perf_counter()
            await runtime.adapter.tracker.drain()
            finished = time.perf_counter()
            shown = [driver._shown(call) for call in fake.calls[before:]]
            replies = [s for s in shown if s is not None]
            if status != 200 or len(replies) != 1 or replies[0].seen.error:
                failed += 1
                print(f"  slack {CHECKIN!r}: status {status}, replies {replies}", file=sys.stderr)

            body = driver.command_body("alice", "/hello")
            began_bare = time.perf_counter()
            async with session.post(
                bare_url, data=body.encode(), headers={**sign(SECRET, body), **headers}
            ) as response:
                text = await response.text()
                bare_status = response.status
            bare_took = time.perf_counter() - began_bare
            if bare_status != 200 or text != "hello":
                failed += 1
                print(f"  slack bare /hello: status {bare_status}, {text!r}", file=sys.stderr)
            if n >= 0:
                ack.append((acked - began) * 1000)
                done.append((finished - began) * 1000)
                bare.append(bare_took * 1000)
    await haven_runner.cleanup()
    await bare_runner.cleanup()
    await app.stop()
    await fake.close()
    print(line("slack bolt bare hello-world: request → ack", bare))
    print(line(f"slack haven {CHECKIN}: request → ack", ack))
    print(line(f"slack haven {CHECKIN}: request → reply posted", done))
    print(f"slack ratio ack / bare: {statistics.median(ack) / statistics.median(bare):.2f}")
    print(f"slack ratio reply / bare: {statistics.median(done) / statistics.median(bare):.2f}")
    print(f"slack errors: {failed}")
    return failed


def bare_discord() -> discord.Client:
    """A plain discord.py client with one app command; never synced (the fake
    sends the command by name, and discord.py looks it up locally)."""
    intents = discord.Intents.none()
    intents.guilds = True
    client = discord.Client(intents=intents)
    tree = discord.app_commands.CommandTree(client)

    @tree.command(name="hello", description="Say hello")
    async def hello(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("hello", ephemeral=True)

    return client


async def answered(fake: FakeDiscord, iid: str, limit: float = 15.0) -> None:
    inter = fake.interactions[iid]
    end = time.monotonic() + limit
    while inter.response_type is None and time.monotonic() < end:  # noqa: ASYNC110
        await asyncio.sleep(0.001)


async def discord_part(count: int, folder: Path) -> int:
    fake = await FakeDiscord().start()
    app, settings = haven(
        folder,
        sections=(
            DiscordSection(
                token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url
            ),
        ),
    )
    await app.start()
    task = asyncio.create_task(serve_discord(app, settings))
    while "discord" not in app.adapters or not app.adapters["discord"].client.is_ready():  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    haven_session = next(iter(fake.sessions))
    bare = bare_discord()  # same process: Route.BASE already points at the fake
    bare_task = asyncio.create_task(bare.start(fake.token))
    while not bare.is_ready():  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    bare_session = next(s for s in fake.sessions if s != haven_session)

    target = {"session": haven_session}

    def dispatch(event: str, data: dict, *, guild_id: str | None = None) -> None:
        fake._emit(fake.sessions[target["session"]], event, data)

    fake.dispatch = dispatch  # each interaction goes only to the client it is for
    driver = DiscordDriver(fake, app.adapters["discord"])
    await driver.command("alice", "/haven consent agree")
    hello = {"id": "1", "name": "hello", "type": 1, "options": [], "guild_id": fake.guild_id}
    ours, theirs = [], []
    failed = 0
    for n in range(-10, count):
        target["session"] = haven_session
        before = len(fake.interactions)
        seen = await driver.command("alice", DISCORD_CHECKIN)
        inter = list(fake.interactions.values())[before]
        if len(seen) != 1 or seen[0].error or inter.answered_at is None:
            failed += 1
            print(f"  discord {DISCORD_CHECKIN!r}: {seen}", file=sys.stderr)
        elif n >= 0:
            ours.append((inter.answered_at - inter.sent_at) * 1000)

        target["session"] = bare_session
        iid = fake.interaction("alice", 2, hello)
        await answered(fake, iid)
        inter = fake.interactions[iid]
        if inter.answered_at is None:
            failed += 1
            print("  discord bare /hello: never answered", file=sys.stderr)
        elif n >= 0:
            theirs.append((inter.answered_at - inter.sent_at) * 1000)
    for running in (task, bare_task):
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
    await bare.close()
    await app.stop()
    await fake.close()
    late = sum(1 for ms in ours + theirs if ms > fake.deadline * 1000)
    failed += late + len(fake.problems)
    print(line("discord bare discord.py app command: INTERACTION_CREATE → callback", theirs))
    print(line(f"discord haven {DISCORD_CHECKIN}: INTERACTION_CREATE → callback", ours))
    print(f"discord ratio haven / bare: {statistics.median(ours) / statistics.median(theirs):.2f}")
    print(f"discord late: {late}  fake problems: {len(fake.problems)}")
    for problem in fake.problems:
        print(f"  {problem}", file=sys.stderr)
    print(f"discord errors: {failed}")
    return failed


async def main(count: int) -> int:
    crypto.set_keyring(crypto.Keyring([Fernet.generate_key().decode()]))
    folder = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    try:
        (folder / "slack").mkdir()
        (folder / "discord").mkdir()
        failed = await slack(count, folder / "slack")
        failed += await discord_part(count, folder / "discord")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    sys.exit(asyncio.run(main(args.count)))
