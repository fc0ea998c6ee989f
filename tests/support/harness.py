"""A Haven on the console adapter, driven by script lines, for tests."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import datetime
from pathlib import Path

from adapters.console.adapter import COMMUNITY, Output
from adapters.console.main import build
from adapters.console.session import ConsoleSession
from bot.app import Haven
from bot.config import Settings
from bot.db import Database
from bot.plugins import discover_cogs

__all__ = ["COMMUNITY", "Harness", "build_harness", "migrate_template"]


def migrate_template(path: Path) -> None:
    """Migrate a SQLite file with every cog's migrations, once per test run."""

    async def go() -> None:
        app = Haven(Settings(database_url=f"sqlite+aiosqlite:///{path}"))
        app.load_cogs(discover_cogs())
        await app.database.upgrade(app.registry.migration_dirs())
        await app.database.dispose()

    asyncio.run(go())


@dataclasses.dataclass
class Harness:
    app: Haven
    session: ConsoleSession

    @property
    def adapter(self):
        return self.session.adapter

    @property
    def clock(self):
        return self.session.clock

    @property
    def db(self) -> Database:
        return self.app.database

    @property
    def outputs(self) -> list[Output]:
        return self.adapter.outputs

    async def run(self, script: str) -> list[Output]:
        """Run script lines; return the outputs they produced."""
        before = len(self.outputs)
        for line in script.strip().split("\n"):
            await self.session.run_line(line)
        return self.outputs[before:]

    async def say(self, line: str) -> Output:
        """Run one line and return its last output (the reply, usually)."""
        produced = await self.run(line)
        assert produced, f"{line!r} produced no output"
        return produced[-1]

    async def agree(self, user: str, mod: bool = False, zone: str | None = "default") -> None:
        """Make ``user`` a member who agreed to the privacy notice and set a zone
        (Haven's default unless given; None: no zone, so Haven asks for one)."""
        await self.run(f":as {user}{' mod' if mod else ''}\n/haven consent agree")
        if zone:
            zone = self.app.settings.default_timezone if zone == "default" else zone
            await self.run(f"/haven timezone {zone}")

    async def close(self) -> None:
        await self.app.stop()


async def build_harness(
    settings: Settings,
    *,
    start: datetime,
    tz: str | None = None,
    files_dir: Path | None = None,
    instance_id: str | None = None,
    extra_cogs=(),
) -> Harness:
    app, session = await build(
        settings, start=start, tz=tz, files_dir=files_dir, extra_cogs=extra_cogs
    )
    if instance_id:
        app.instance_id = instance_id
        app.ledger.instance_id = instance_id
    return Harness(app, session)
