"""One Haven process for the scale tests and the scheduler benchmark.

It runs the real engine — real time (``SystemClock``), batch claiming of the
``due`` rows, the delivery ledger — on the database it is given, with the
console adapter writing each send as a JSON line to ``--out``. Its only cog
declares the jobs that rows of ``scale_work`` imply (meeting reminders posted
to a channel, daily prompts sent as DMs, at a local time with seconds), the way
the real cogs declare theirs; :func:`declare` writes them into ``due`` in the
transaction that adds the work, as a handler's would be.

Prints ``ready`` when started and ``jobs N`` whenever the ``due`` table holds
a new number of pending jobs; stops cleanly on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Column, Integer, MetaData, String, Table, func, select

from adapters.console.adapter import ConsoleAdapter, Output
from bot.app import Haven
from bot.clock import SystemClock
from bot.config import load_settings
from bot.context import Context
from bot.due import EVERYTHING, Scope, sync
from bot.messages import Message
from bot.models import Community, DueWork
from bot.plugins import Cog, job
from bot.scheduler import Due, JobSpec

#: Its own MetaData: kept out of the models that migrations are checked against.
WORK = Table(
    "scale_work",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("community_id", Integer, nullable=False),
    Column("member_id", Integer, nullable=True),
    Column("kind", String(16), nullable=False),  # remind | prompt
    Column("at", String(8), nullable=False),  # HH:MM:SS local
    Column("zone", String(64), nullable=False),
)
PROMPT_SPREAD = timedelta(seconds=3)
GRACE = timedelta(minutes=10)


def spec_for(row) -> JobSpec:
    hour, minute, second = map(int, row.at.split(":"))
    trigger = CronTrigger(hour=hour, minute=minute, second=second, timezone=row.zone)
    if row.kind == "remind":
        return JobSpec(
            f"scale:remind:{row.id}", "scale:remind", trigger, row.community_id,
            payload={"work": row.id}, grace=GRACE,
        )  # fmt: skip
    return JobSpec(
        f"scale:prompt:{row.id}", "scale:prompt", trigger, row.community_id,
        member_id=row.member_id, payload={"work": row.id}, daily_in=row.zone,
        spread=PROMPT_SPREAD, grace=GRACE,
    )  # fmt: skip


class ScaleCog(Cog):
    name = "scale"
    hold = 0.0  # seconds each send takes (a slow platform call)

    async def jobs_for(self, ctx: Context, scope: Scope) -> list[JobSpec]:
        query = select(WORK).where(WORK.c.community_id == ctx.community.id)
        return [spec_for(row) for row in (await ctx.db.execute(query)).all()]

    @job("scale:remind")
    async def remind(self, ctx: Context, due: Due) -> None:
        await asyncio.sleep(self.hold)
        await ctx.post("meetings", Message(text=_text(due)))

    @job("scale:prompt")
    async def prompt(self, ctx: Context, due: Due) -> None:
        await asyncio.sleep(self.hold)
        await ctx.send_dm(ctx.user_id, Message(text=_text(due)))


async def declare(conn, community: Community, now) -> None:
    """Write the ``due`` rows the community's work implies, in ``conn``'s
    transaction (what the engine does after a handler changes data)."""
    rows = (await conn.execute(select(WORK).where(WORK.c.community_id == community.id))).all()
    kinds = ("scale:remind", "scale:prompt")
    await sync(conn, community, kinds, [spec_for(r) for r in rows], EVERYTHING, now)


def _text(due: Due) -> str:
    return f"{due.key} {due.scheduled_for.isoformat()}"


async def pending(app: Haven) -> int:
    """Jobs in ``due`` with an occurrence to run."""
    query = select(func.count()).select_from(DueWork).where(DueWork.run_at.is_not(None))
    async with app.database.engine.connect() as conn:
        return (await conn.execute(query)).scalar_one()


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--instance", required=True)
    parser.add_argument("--key", required=True, help="encryption key")
    parser.add_argument("--lease", default="5")
    parser.add_argument("--hold", type=float, default=0.0)
    args = parser.parse_args()

    settings = load_settings(
        {
            "DATABASE_URL": args.db,
            "HAVEN_ENCRYPTION_KEY": args.key,
            "HAVEN_CLAIM_LEASE_SECONDS": args.lease,
            "HAVEN_DUE_POLL_SECONDS": "1",
            "HAVEN_LOG_LEVEL": "WARNING",
        },
        env_file=None,
    )
    clock = SystemClock()
    out = open(args.out, "a", buffering=1, encoding="utf-8")

    def record(output: Output) -> None:
        line = {"instance": args.instance, "sent_at": clock.now().isoformat()}
        line.update(kind=output.kind, to=output.to, text=output.text)
        out.write(json.dumps(line) + "\n")  # line-buffered: survives a SIGKILL once written

    app = Haven(settings, clock=clock, instance_id=args.instance)
    app.add_adapter(ConsoleAdapter(app, printer=record, member_zones=False))
    ScaleCog.hold = args.hold
    app.load_cogs([ScaleCog])
    await app.start()
    print("ready", flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    known = -1
    while not stop.is_set():
        count = await pending(app)
        if count != known:
            known = count
            print(f"jobs {known}", flush=True)
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.2)
        except TimeoutError:
            pass
    await app.stop()
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
