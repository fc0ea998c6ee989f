"""Real Haven processes on one PostgreSQL database, for the scale tests."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.db import Database
from bot.models import Community, Delivery, Member
from tests.scale.scale_worker import WORK, declare

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("scale_worker.py")
ZONES = ("UTC", "Europe/Helsinki", "America/New_York", "Asia/Kolkata")


class Worker:
    """One ``scale_worker.py`` process; its stdout lines are collected as they come."""

    def __init__(self, name: str, proc: asyncio.subprocess.Process, out: Path) -> None:
        self.name = name
        self.proc = proc
        self.out = out
        self.lines: list[str] = []
        self._changed = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        async for raw in self.proc.stdout:
            self.lines.append(raw.decode().strip())
            self._changed.set()
        self._changed.set()

    async def wait_for(self, predicate: Callable[[list[str]], bool], within: float) -> None:
        async def wait() -> None:
            while not predicate(self.lines):
                if self.proc.returncode is not None:
                    raise AssertionError(f"worker {self.name} exited: {self.stderr()}")
                self._changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), 0.5)

        await asyncio.wait_for(wait(), within)

    def knows(self, count: int) -> bool:
        return f"jobs {count}" in self.lines

    def stderr(self) -> str:
        path = self.out.with_suffix(".err")
        return path.read_text()[-2000:] if path.exists() else ""

    async def stop(self, within: float = 20) -> None:
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), within)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._reader, 5)


async def start_worker(
    url: str, folder: Path, name: str, key: str, *, hold: float = 0.0, lease: int = 5
) -> Worker:
    out = folder / f"{name}.jsonl"
    err = open(out.with_suffix(".err"), "w")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(WORKER), "--db", url, "--out", str(out), "--instance", name,
        f"--key={key}", "--lease", str(lease), "--hold", str(hold),
        stdout=asyncio.subprocess.PIPE, stderr=err, cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    err.close()
    return Worker(name, proc, out)


async def prepare(url: str, members: int) -> tuple[int, list[int]]:
    """Migrate, create the work table, one community with consented members."""
    db = Database(url)
    try:
        await db.upgrade()
        async with db.engine.begin() as conn:
            await conn.run_sync(WORK.create)
        now = datetime.now(UTC)
        async with db.unscoped_session("scale test set-up") as session:
            community = Community(platform="console", workspace_id="console", created_at=now)
            session.add(community)
            await session.flush()
            rows = [
                Member(
                    community_id=community.id,
                    platform_user_id=f"m{n}",
                    consent_version=1,
                    consented_at=now,
                    timezone=ZONES[n % len(ZONES)],
                )
                for n in range(members)
            ]
            session.add_all(rows)
            await session.commit()
            return community.id, [row.id for row in rows]
    finally:
        await db.dispose()


async def add_work(
    url: str, community_id: int, members: list[int], reminders: int, first: datetime, window: int
) -> set[str]:
    """Reminders and prompts due from ``first`` over ``window`` seconds; their job ids."""
    rows = []
    for n, member in enumerate([None] * reminders + members):
        zone = ZONES[n % len(ZONES)]
        due = (first + timedelta(seconds=n % window)).astimezone(ZoneInfo(zone))
        kind = "remind" if member is None else "prompt"
        rows.append(
            dict(community_id=community_id, member_id=member, kind=kind, at=f"{due:%H:%M:%S}",
                 zone=zone)
        )  # fmt: skip
    db = Database(url)
    try:
        async with db.begin() as conn:
            result = await conn.execute(insert(WORK).returning(WORK.c.id, WORK.c.kind), rows)
            community = (
                await conn.execute(select(Community).where(Community.id == community_id))
            ).one()
            await declare(conn, community, datetime.now(UTC))  # in the same transaction
            return {f"scale:{kind}:{id_}" for id_, kind in result.all()}
    finally:
        await db.dispose()


class Ledger:
    """Reads the delivery ledger from outside the workers."""

    def __init__(self, url: str) -> None:
        self.engine = create_async_engine(url)

    async def rows(self) -> list:
        async with self.engine.connect() as conn:
            return list((await conn.execute(select(Delivery.__table__))).all())

    async def counts(self) -> dict[str, int]:
        table = Delivery.__table__
        async with self.engine.connect() as conn:
            result = await conn.execute(
                select(table.c.status, func.count()).group_by(table.c.status)
            )
            return dict(result.all())

    async def claims_held_by(self, instance: str) -> list:
        table = Delivery.__table__
        async with self.engine.connect() as conn:
            result = await conn.execute(
                select(table.c.key, table.c.lease_until).where(
                    table.c.status == "claimed", table.c.claimed_by == instance
                )
            )
            return list(result.all())

    async def close(self) -> None:
        await self.engine.dispose()


def read_sends(workers: list[Worker]) -> list[dict]:
    sends = []
    for worker in workers:
        if worker.out.exists():
            for line in worker.out.read_text().splitlines():
                if line.strip():
                    sends.append(json.loads(line))
    for send in sends:
        key, scheduled = send["text"].split()
        send["key"], send["job_id"] = key, key.split("@")[0]
        send["late"] = (
            datetime.fromisoformat(send["sent_at"]) - datetime.fromisoformat(scheduled)
        ).total_seconds()
    return sends


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


async def until(check, within: float, what: str, every: float = 0.25) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not await check():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {within:.0f} s waiting for {what}")
        await asyncio.sleep(every)
