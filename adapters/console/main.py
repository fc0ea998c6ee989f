"""``haven console``: run Haven in a terminal, interactively or from a script."""

from __future__ import annotations

import asyncio
import dataclasses
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlmodel import select

from bot.app import Haven
from bot.clock import SystemClock, VirtualClock
from bot.config import Settings
from bot.models import Member
from bot.ops.server import OpsServer
from bot.plugins import Cog

from .adapter import COMMUNITY, ConsoleAdapter, Output
from .session import ConsoleSession, ScriptError

BANNER = (
    "Haven console — a simulated community on {db}.\n"
    "You are 'you' in #general. Try /help, /crisis, /haven timezone Europe/Helsinki.\n"
    "Directives: :as NAME [mod]  :in #channel|dm  :advance 1d  :at ISO  :click LABEL  "
    ":submit k=v  :quit"
)


def shown_url(url: str) -> str:
    """The database URL with any password masked."""
    return make_url(url).render_as_string(hide_password=True)


def text_printer(stream: TextIO) -> Callable[[Output], None]:
    def show(out: Output) -> None:
        audience = "everyone" if out.visible_to == "all" else ", ".join(out.visible_to)
        flag = " · private reply" if out.ephemeral else ""
        mark = "⚠ " if out.error else ""
        stream.write(
            f"[{out.at[:16].replace('T', ' ')}] {out.kind} → {out.to} (seen by {audience}){flag}\n"
        )
        for line in out.text.splitlines() or [""]:
            stream.write(f"  {mark}{line}\n")
            mark = ""
        if out.actions:
            stream.write("  " + "  ".join(f"[{a['label']}]" for a in out.actions) + "\n")
        for path in out.files:
            stream.write(f"  file: {path}\n")
        stream.flush()

    return show


def json_printer(stream: TextIO) -> Callable[[Output], None]:
    def show(out: Output) -> None:
        stream.write(out.to_json() + "\n")
        stream.flush()

    return show


async def build(
    settings: Settings,
    *,
    start: datetime | None = None,
    tz: str | None = None,
    printer: Callable[[Output], None] | None = None,
    files_dir: Path | None = None,
    extra_cogs: Iterable[type[Cog]] = (),
) -> tuple[Haven, ConsoleSession]:
    """A started Haven with a console adapter on a virtual clock."""
    if tz:
        settings = dataclasses.replace(settings, default_timezone=tz)
    clock = VirtualClock(start or SystemClock().now())
    app = Haven(settings, clock=clock)

    async def zone_of(user: str) -> str:
        community = await app.community(COMMUNITY)
        async with app.db.session(community.id, readonly=True) as session:
            member = (
                await session.exec(select(Member).where(Member.platform_user_id == user))
            ).first()
        return member.timezone if member and member.timezone else settings.default_timezone

    adapter = ConsoleAdapter(
        clock,
        printer,
        public_zone=settings.default_timezone,
        zone_of=zone_of,
        files_dir=files_dir,
    )
    app.add_adapter(adapter)
    app.load_cogs()
    app.load_cogs(extra_cogs)
    await app.start()
    return app, ConsoleSession(app, adapter, clock)


async def run_script(session: ConsoleSession, lines: list[str], err: TextIO) -> int:
    for number, line in enumerate(lines, start=1):
        try:
            await session.run_line(line)
        except ScriptError as exc:
            err.write(f"line {number}: {exc}\n")
            return 2
    return 0


async def repl(session: ConsoleSession, out: TextIO) -> int:
    try:
        import readline  # noqa: F401  (line editing and history where available)
    except ImportError:  # pragma: no cover - Windows
        pass
    loop = asyncio.get_running_loop()
    while True:
        try:
            line = await loop.run_in_executor(None, input, session.prompt)
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return 0
        if line.strip() in (":quit", ":exit", ":q"):
            return 0
        if line.strip() == ":help":
            out.write(BANNER.format(db=shown_url(session.app.settings.database_url)) + "\n")
            continue
        try:
            await session.run_line(line)
        except ScriptError as exc:
            out.write(f"  {exc}\n")


def read_script(path: str) -> list[str]:
    """The lines of a script file, or of standard input for ``-``."""
    text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    return [line.rstrip("\r") for line in text.split("\n")]


async def main(
    settings: Settings,
    *,
    script: list[str] | None,
    as_json: bool,
    tz: str | None,
    at: datetime | None,
    operations: bool = False,
) -> int:
    """``operations``: with HAVEN_HTTP_PORT set, serve /healthz, /readyz and
    /metrics for this console Haven (``haven run`` without platform tokens)."""
    stdout = sys.stdout
    printer = json_printer(stdout) if as_json else text_printer(stdout)
    app, session = await build(settings, start=at, tz=tz, printer=printer)
    ops = None
    if operations and settings.ops_port is not None:
        ops = OpsServer.from_settings(app, settings, ("console",))
        ops.link("console", lambda: True)
        await ops.start()
    try:
        if script is not None:
            return await run_script(session, script, sys.stderr)
        if not as_json:
            stdout.write(BANNER.format(db=shown_url(settings.database_url)) + "\n")
        return await repl(session, stdout)
    finally:
        if ops is not None:
            await ops.stop()
        await app.stop()
