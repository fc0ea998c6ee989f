"""Benchmark 3: fan-out at the platforms' ceilings, shared by several processes.

    .venv/bin/python benchmarks/fanout.py [--dms 10000] [--users 1000]
        [--processes 2] [--reminders 200] [--channels 20] [--db sqlite|URL]
        [--quick] [--skip-discord] [--skip-slack]

Discord: the local fake Discord enforces the token's global limit for real
(at most 50 requests in any sliding second, a global 429 past that).
``--processes`` Havens — each its own Database engine on one SQLite file (or
the PostgreSQL database at ``--db``), its own DiscordAdapter with the shared
rate limiter and its own discord.py client (REST; bulk DMs need no gateway) —
send ``--dms`` DMs to ``--users`` members (the first DM to a member opens the
DM channel: one more request), 64 at a time per process. Prints the achieved
request rate as a fraction of 50/s, DMs/s, the busiest sliding second, 429s,
and DMs lost or duplicated.

Slack: the fake Slack enforces one message per second per channel (429 +
Retry-After). ``--reminders`` channel posts spread over ``--channels``
channels, all at once, from ``--processes`` SlackAdapters on the shared limiter.
Prints the duration against the ideal (one post per channel per second), 429s,
and posts lost or duplicated.

Exits non-zero when anything was lost or duplicated. ``--quick`` scales the
DMs down to 1,000 to 100 members (about 25 s) for a smoke run; a full run
takes about 4 minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import discord
from cryptography.fernet import Fernet
from sqlalchemy import delete

from adapters.discord.adapter import DiscordAdapter
from adapters.discord.client import configure_endpoints
from adapters.slack.adapter import CHANNEL_PACE, SlackAdapter
from adapters.slack.main import make_client
from bot import crypto
from bot.adapters import CommunityKey
from bot.app import Haven
from bot.clock import SystemClock
from bot.config import Secret, Settings
from bot.db import Database
from bot.messages import Message
from bot.models import RateBucket
from bot.ratelimit import RateLimiter
from tests.fakes.discord.server import FakeDiscord
from tests.fakes.slack.server import Channel, FakeSlack

DISCORD_LIMIT = 50
WORKERS = 64


async def prepare_db(url: str) -> None:
    db = Database(url)
    await db.upgrade()
    async with db.engine.begin() as conn:  # a fresh start for every bucket
        await conn.execute(delete(RateBucket.__table__))
    await db.dispose()


def busiest_second(times: list[float]) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


async def discord_fanout(url: str, dms: int, users: int, processes: int) -> bool:
    fake = await FakeDiscord(users=tuple(f"m{i}" for i in range(users))).start()
    fake.global_per_second = DISCORD_LIMIT
    settings = dataclasses.replace(
        Settings(database_url=url),
        sections=(
            DiscordSection(
                token=Secret(fake.token), api_base=fake.api_base, gateway_url=fake.gateway_url
            ),
        ),
    )
    configure_endpoints(settings)
    adapters: list[DiscordAdapter] = []
    for _ in range(processes):
        adapter = DiscordAdapter(Haven(settings, clock=SystemClock()))
        client = discord.Client(intents=discord.Intents.none(), http_trace=adapter.rate_trace())
        await client.login(fake.token)
        adapter.client = client
        adapters.append(adapter)
    community = CommunityKey("discord", fake.guild_id)
    member_ids = [u["id"] for u in fake.users.values()]
    errors: list[str] = []

    async def process(index: int, adapter: DiscordAdapter) -> None:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for n in range(index, dms, processes):
            queue.put_nowait(n)

        async def worker() -> None:
            while not queue.empty():
                n = queue.get_nowait()
                try:
                    ref = await adapter.send_dm(
                        community, member_ids[n % users], Message(text=f"prompt {n}")
                    )
                    if not ref.id:
                        errors.append(f"prompt {n}: not sent")
                except Exception as exc:  # counted as lost below
                    errors.append(f"prompt {n}: {exc!r}")

        await asyncio.gather(*(worker() for _ in range(WORKERS)))

    first_request = len(fake.requests)
    began = time.monotonic()
    await asyncio.gather(*(process(i, a) for i, a in enumerate(adapters)))
    elapsed = time.monotonic() - began
    run = fake.requests[first_request:]
    accepted = [r.at for r in run if r.status < 400]
    delivered = Counter(s.content for s in fake.shown if s.kind == "dm")
    expected = {f"prompt {n}" for n in range(dms)}
    lost = len(expected - set(delivered))
    duplicated = sum(c - 1 for c in delivered.values() if c > 1)
    rate = len(accepted) / elapsed
    round_trips = sum(a.limiter.round_trips for a in adapters)
    print(
        f"discord: {dms} DMs to {users} members from {processes} processes "
        f"(limiter {adapters[0].global_rate.per_second:g}/s, batch {adapters[0].global_rate.batch})"
    )
    print(f"discord: duration {elapsed:.1f} s, {len(accepted)} requests accepted")
    print(
        f"discord: achieved {rate:.2f} requests/s = {rate / DISCORD_LIMIT:.3f} of 50/s "
        f"({dms / elapsed:.1f} DMs/s)"
    )
    print(f"discord: busiest sliding second {busiest_second(accepted)} requests")
    seen = sum(a.global_429s for a in adapters)
    print(f"discord: 429s received {fake.global_429s} (seen by Haven {seen})")
    per_request = round_trips / max(1, len(accepted))
    print(f"discord: limiter transactions {round_trips} ({per_request:.2f} per request)")
    print(f"discord: lost {lost}, duplicated {duplicated}, send errors {len(errors)}")
    for line in errors[:5]:
        print(f"discord:   {line}")
    print(f"discord: fake problems {len(fake.problems)}")
    for adapter in adapters:
        assert adapter.client is not None
        await adapter.client.close()
        await adapter.app.limiter.dispose()
        await adapter.app.database.dispose()
    await fake.close()
    return lost == 0 and duplicated == 0 and not errors and not fake.problems


async def slack_fanout(
    url: str, reminders: int, channels: int, processes: int, pace: float
) -> bool:
    token = "xoxb-bench-token"
    fake = await FakeSlack(token, rate_interval=1.0).start()
    ids = [f"CREM{i:03d}" for i in range(channels)]
    for cid in ids:
        fake.channels[cid] = Channel(cid, "public", name=cid.lower())
    settings = dataclasses.replace(
        Settings(database_url=url),
        sections=(
            SlackSection(
                bot_token=Secret(token),
                api_url=fake.api_url,
                mode="http",
                signing_secret=Secret("0" * 32),
            ),
        ),
    )
    adapters = [
        SlackAdapter(
            make_client(settings),
            SystemClock(),
            pace=pace,
            limiter=RateLimiter(Database(url), SystemClock()),
        )
        for _ in range(processes)
    ]
    team = CommunityKey("slack", fake.team)
    errors: list[str] = []

    async def remind(n: int) -> None:
        adapter = adapters[n % processes]
        try:
            await adapter.send(team, ids[n % channels], Message(text=f"reminder {n}"))
        except Exception as exc:
            errors.append(f"reminder {n}: {exc!r}")

    began = time.monotonic()
    await asyncio.gather(*(remind(n) for n in range(reminders)))
    elapsed = time.monotonic() - began
    posts = fake.of("chat.postMessage")
    delivered = Counter(c.args["text"] for c in posts if c.ok)
    lost = len({f"reminder {n}" for n in range(reminders)} - set(delivered))
    duplicated = sum(c - 1 for c in delivered.values() if c > 1)
    too_many = sum(1 for c in posts if c.status == 429)
    per_channel = -(-reminders // channels)
    ideal = (per_channel - 1) * 1.0
    print(
        f"slack: {reminders} reminders over {channels} channels from {processes} processes "
        f"(pace {pace:g} s, fake 1/s per channel)"
    )
    print(
        f"slack: duration {elapsed:.2f} s vs ideal {ideal:.2f} s "
        f"({per_channel} posts per channel at 1/s) = {elapsed / max(ideal, 1e-9):.3f}x"
    )
    print(f"slack: 429s received {too_many}")
    print(f"slack: lost {lost}, duplicated {duplicated}, send errors {len(errors)}")
    for line in errors[:5]:
        print(f"slack:   {line}")
    for adapter in adapters:
        assert adapter.limiter is not None
        await adapter.limiter.db.dispose()
    await fake.close()
    return lost == 0 and duplicated == 0 and not errors


async def main(args: argparse.Namespace) -> int:
    crypto.set_keyring(crypto.Keyring([Fernet.generate_key().decode()]))
    if args.db == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="haven-fanout-"))
        url = f"sqlite+aiosqlite:///{folder / 'haven.db'}"
    else:
        url = args.db
    await prepare_db(url)
    print(f"database: {url.split('@')[-1] if '@' in url else url}")
    ok = True
    if not args.skip_discord:
        dms, users = (1000, 100) if args.quick else (args.dms, args.users)
        ok &= await discord_fanout(url, dms, min(users, dms), args.processes)
    if not args.skip_slack:
        ok &= await slack_fanout(url, args.reminders, args.channels, args.processes, args.pace)
    print("result: OK" if ok else "result: FAILED (lost, duplicated or errors)")
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dms", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--reminders", type=int, default=200)
    parser.add_argument("--channels", type=int, default=20)
    parser.add_argument(
        "--pace", type=float, default=CHANNEL_PACE, help="Slack seconds between posts in a channel"
    )
    parser.add_argument("--db", default="sqlite", help="sqlite, or a postgresql+asyncpg:// URL")
    parser.add_argument("--quick", action="store_true", help="1,000 DMs instead of --dms")
    parser.add_argument("--skip-discord", action="store_true")
    parser.add_argument("--skip-slack", action="store_true")
    sys.exit(asyncio.run(main(parser.parse_args())))
