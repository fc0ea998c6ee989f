"""Benchmark: INTERACTION_CREATE → interaction callback, through discord.py.

    .venv/bin/python benchmarks/discord_latency.py [--count 300] [--command "/crisis"]

Starts the local fake Discord (tests/fakes/discord), a Haven on a fresh
migrated SQLite file and the real discord.py client connected to the fake, then
sends ``--count`` slash-command interactions one after another as one member.
Latency is the fake's wall time from writing the INTERACTION_CREATE frame until
the ``POST /interactions/{id}/{token}/callback`` arrived — what Discord's 3 s
deadline measures. Prints p50/p99/max and exits non-zero if any interaction
missed the deadline or was answered twice.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from adapters.discord.settings import DiscordSection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.fernet import Fernet

from adapters.discord.main import serve
from bot import crypto
from bot.app import Haven
from bot.clock import VirtualClock
from bot.config import Secret, Settings
from tests.fakes.discord.driver import DiscordDriver
from tests.fakes.discord.server import FakeDiscord

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


async def main(count: int, line: str) -> int:
    crypto.set_keyring(crypto.Keyring([Fernet.generate_key().decode()]))
    fake = await FakeDiscord().start()
    folder = Path(tempfile.mkdtemp(prefix="haven-bench-"))
    settings = dataclasses.replace(
        Settings(database_url=f"sqlite+aiosqlite:///{folder / 'haven.db'}"),
        sections=(
            DiscordSection(
                token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url
            ),
        ),
    )
    app = Haven(settings, clock=VirtualClock(START))
    app.load_cogs()
    await app.start()
    task = asyncio.create_task(serve(app, settings))
    while "discord" not in app.adapters or not app.adapters["discord"].client.is_ready():  # noqa: ASYNC110
        await asyncio.sleep(0.01)
    driver = DiscordDriver(fake, app.adapters["discord"])
    await driver.command("alice", "/haven consent agree")
    latencies = []
    began = time.perf_counter()
    for _ in range(count):
        before = len(fake.interactions)
        await driver.command("alice", line)
        inter = list(fake.interactions.values())[before]
        latencies.append((inter.answered_at - inter.sent_at) * 1000)
    elapsed = time.perf_counter() - began
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    await app.stop()
    await fake.close()
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    late = sum(1 for ms in latencies if ms > fake.deadline * 1000)
    print(
        f"{count} × {line!r}: p50 {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms, "
        f"max {latencies[-1]:.1f} ms, {count / elapsed:.0f} interactions/s, "
        f"late {late}, fake problems {len(fake.problems)}"
    )
    return 1 if late or fake.problems else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--command", default="/crisis")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.count, args.command)))
