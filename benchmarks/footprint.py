"""Benchmark: `haven run` start-up time to ready and memory, with both adapters.

    .venv/bin/python benchmarks/footprint.py [--runs 0,100000,100000:10] [--timeout 300]

Each run is ``MEMBERS[:N]``: a fresh SQLite file is migrated and filled with
that many consented members of the Discord fake's guild (SQLAlchemy Core
``executemany``, batches of 10,000), every Nth of them with a daily check-in
prompt (and its row in ``due``, as Haven writes it). Then ``haven run`` starts
in a subprocess with both adapters configured against the local fakes —
Discord (gateway + REST) and Slack in HTTP mode — as after a restart
(migrations already applied).

*Ready* is when both platforms answer a member: a signed ``/crisis`` slash
command gets its reply through the Slack endpoint, and a ``/crisis``
INTERACTION_CREATE gets its callback from the Discord client. Time to ready is
measured from spawning the process; RSS (VmRSS) and peak RSS (VmHWM) are read
from ``/proc/<pid>/status`` once ready. Exits non-zero if Haven does not get
ready within ``--timeout`` seconds or a ``/crisis`` reply is an error.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from bot import crypto
from bot.app import Haven
from bot.config import Settings
from bot.models import Community, Member
from cogs.checkins.models import CheckinPrefs
from tests.fakes.discord.driver import DiscordDriver
from tests.fakes.discord.server import FakeDiscord
from tests.fakes.slack.driver import SlackDriver, sign
from tests.fakes.slack.server import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
SECRET = "benchmark-signing-secret"
BATCH = 10_000


async def seed(url: str, guild_id: str, members: int, every: int) -> float:
    """Migrate, then bulk-insert ``members`` members (and their prompts)."""
    began = time.perf_counter()
    app = Haven(Settings(database_url=url))
    app.load_cogs()
    await app.database.upgrade(app.registry.migration_dirs())
    engine = app.database.engine
    try:
        async with engine.begin() as conn:
            await conn.execute(
                Community.__table__.insert(),
                [{"platform": "discord", "workspace_id": guild_id, "enterprise_id": "",
                  "name": "Recovery Circle", "settings": {}, "created_at": NOW}],
            )  # fmt: skip
            community = (
                await conn.execute(
                    select(Community.__table__.c.id).where(
                        Community.__table__.c.workspace_id == guild_id
                    )
                )
            ).scalar_one()
        for first in range(0, members, BATCH):
            numbers = range(first, min(first + BATCH, members))
            async with engine.begin() as conn:
                await conn.execute(
                    Member.__table__.insert(),
                    [
                        {
                            "community_id": community,
                            "platform_user_id": str(10**17 + n),
                            "display_name": f"member {n}",
                            "timezone": ("Europe/Helsinki", "America/New_York", None)[n % 3],
                            "consent_version": 1,
                            "consented_at": NOW,
                            "declined_at": None,
                            "settings": {},
                        }
                        for n in numbers
                    ],
                )
                if every:
                    ids = (
                        await conn.execute(
                            select(Member.__table__.c.id)
                            .where(Member.__table__.c.community_id == community)
                            .order_by(Member.__table__.c.id)
                            .offset(first)
                            .limit(len(numbers))
                        )
                    ).scalars()
                    prefs = [
                        {
                            "community_id": community,
                            "member_id": member_id,
                            "remind_at": f"{7 + k % 4:02d}:{k * 5 % 60:02d}",
                            "paused_until": None,
                            "weekly_day": None,
                            "share": "private",
                            "prompted_on": None,
                        }
                        for k, member_id in enumerate(ids)
                        if (first + k) % every == 0
                    ]
                    if prefs:
                        await conn.execute(CheckinPrefs.__table__.insert(), prefs)
        await app.build_due_rows()  # their rows in ``due``, as Haven writes them
    finally:
        await app.database.dispose()
    return time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in KiB."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found


async def slack_ready(fake: FakeSlack, url: str, deadline: float) -> tuple[float, bool]:
    """Until a signed /crisis gets its reply; (seconds since spawn, reply ok)."""
    driver = SlackDriver(fake, url, SECRET, adapter=None)
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            body = driver.command_body("alice", "/crisis")
            before = len(fake.calls)
            headers = {**sign(SECRET, body), "Content-Type": "application/x-www-form-urlencoded"}
            try:
                async with session.post(url, data=body.encode(), headers=headers) as response:
                    status = response.status
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.01)
                continue
            if status == 404:  # the server is up, Slack's routes not yet mounted
                await asyncio.sleep(0.01)
                continue
            if status != 200:
                return time.monotonic(), False
            while time.monotonic() < deadline:
                replies = [c for c in fake.calls[before:] if c.method == "response_url"]
                if replies:
                    shown = driver._shown(replies[0])
                    return time.monotonic(), shown is not None and not shown.seen.error
                await asyncio.sleep(0.005)
    return float("nan"), False


async def discord_ready(fake: FakeDiscord, deadline: float) -> tuple[float, bool]:
    """Until a /crisis interaction gets its callback; (when, reply ok)."""
    driver = DiscordDriver(fake, adapter=None)
    while time.monotonic() < deadline:
        if not fake.sessions or not fake.commands:
            await asyncio.sleep(0.01)
            continue
        before = len(fake.shown)
        iid = fake.interaction("alice", 2, driver.command_data("/crisis"))
        inter = fake.interactions[iid]
        end = min(deadline, time.monotonic() + fake.deadline)
        while inter.response_type is None and time.monotonic() < end:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        if inter.response_type is not None:
            seen = driver.seen(fake.shown[before:])
            return time.monotonic(), bool(seen) and not any(s.error for s in seen)
    return float("nan"), False


async def start_once(members: int, every: int, limit: float) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    discord = await FakeDiscord().start()
    slack = await FakeSlack("xoxb-bench", rate_interval=0).start()
    slack.add_user("UALICE", "alice")
    url = f"sqlite+aiosqlite:///{folder / 'haven.db'}"
    key = crypto.generate_key()  # the seeded members' names are sealed with the key Haven gets
    crypto.set_keyring(crypto.Keyring([key]))
    seeded = await seed(url, discord.guild_id, members, every)
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))},
        "DATABASE_URL": url,
        "HAVEN_ENCRYPTION_KEY": key,
        "HAVEN_LOG_LEVEL": "WARNING",
        "HAVEN_HTTP_PORT": str(port),
        "DISCORD_TOKEN": discord.token,
        "DISCORD_API_BASE": discord.api_base,
        "DISCORD_GATEWAY_URL": discord.gateway_url,
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_MODE": "http",
        "SLACK_API_URL": slack.api_url,
    }
    errors = (folder / "haven.log").open("wb")
    began = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        str(ROOT / ".venv" / "bin" / "haven"), "--env-file", os.devnull, "run",
        cwd=folder, env=env, stdout=errors, stderr=errors,
    )  # fmt: skip
    deadline = began + limit
    try:
        (slack_at, slack_ok), (discord_at, discord_ok) = await asyncio.gather(
            slack_ready(slack, f"http://127.0.0.1:{port}/slack/events", deadline),
            discord_ready(discord, deadline),
        )
        rss = memory(process.pid) if process.returncode is None else {}
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 10)
            except TimeoutError:
                process.kill()
                await process.wait()
        errors.close()
        log = (folder / "haven.log").read_text(errors="replace")
        await discord.close()
        await slack.close()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "members": members,
        "jobs": len(range(0, members, every)) if every else 0,
        "seeded": seeded,
        "slack": slack_at - began,
        "discord": discord_at - began,
        "ok": slack_ok and discord_ok,
        "rss": rss,
        "log": log,
    }


async def run(runs: list[tuple[int, int]], limit: float) -> int:
    failed = 0
    for members, every in runs:
        result = await start_once(members, every, limit)
        ready = max(result["slack"], result["discord"])
        rss = result["rss"]
        print(f"members {members:>7,}, daily prompts {result['jobs']:>6,} "
              f"(bulk insert {result['seeded']:.1f} s): ready in {ready:.2f} s "
              f"(slack {result['slack']:.2f} s, discord {result['discord']:.2f} s), "
              f"RSS {rss.get('VmRSS', 0) / 1024:.0f} MiB, "
              f"peak {rss.get('VmHWM', 0) / 1024:.0f} MiB, "
              f"replies {'ok' if result['ok'] else 'FAILED'}")  # fmt: skip
        if not result["ok"] or ready != ready:  # nan: never ready
            failed += 1
            print(result["log"][-3000:], file=sys.stderr)
    print(f"errors: {failed}")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", default="0,100000,100000:10",
        help="comma-separated MEMBERS[:N] — every Nth member has a daily check-in prompt",
    )  # fmt: skip
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    runs = []
    for item in args.runs.split(","):
        members, _, every = item.partition(":")
        runs.append((int(members), int(every or 0)))
    sys.exit(asyncio.run(run(runs, args.timeout)))


if __name__ == "__main__":
    main()
