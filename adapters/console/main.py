"""``haven console``: run Haven in a terminal, interactively or from a script."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url

from bot.platform import (
    Cog,
    Haven,
    OpsServer,
    OptionError,
    ParseContext,
    Settings,
    SystemClock,
    VirtualClock,
    Zone,
)

from .adapter import ConsoleAdapter, Output
from .files import files_folder, remove_pictures, shown_path
from .images import protocol
from .session import ConsoleSession, ScriptError
from .terminal import TerminalPrinter

BANNER = (
    "Haven console — a simulated community on {db}.\n"
    "You are 'you' in #general. Try /help, /crisis, /haven timezone Europe/Helsinki.\n"
    "Lines starting with : steer the simulation: :as NAME [mod]  :in #channel|dm\n"
    ":advance 1d  :click LABEL  :submit k=v  — :help explains each, :quit leaves.\n"
    "Files Haven sends go to {files}/."
)


QUIT = (":quit", ":exit", ":q")


def shown_url(url: str) -> str:
    """The database URL with any password masked."""
    return make_url(url).render_as_string(hide_password=True)


def text_printer(
    stream: TextIO, *, interactive: bool = False, environ: Mapping[str, str] | None = None
) -> TerminalPrinter:
    """The printer for a person: colour and inline pictures only when ``stream``
    is a terminal in an interactive session (never in ``--script`` output)."""
    tty = interactive and stream.isatty()
    env = os.environ if environ is None else environ
    return TerminalPrinter(
        stream,
        colour=tty and "NO_COLOR" not in env,
        images=protocol(env, tty),
        interactive=interactive,
    )


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
    adapter = ConsoleAdapter(app, printer=printer, files_dir=files_dir)
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


async def repl(session: ConsoleSession, out: TextIO, printer: TerminalPrinter) -> int:
    session.explain = printer.directives
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
        if line.strip() in QUIT:
            return 0
        try:
            await session.run_line(line)
        except ScriptError as exc:
            printer.say(str(exc), style="yellow")


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
    files: str | None = None,
    operations: bool = False,
) -> int:
    """``operations``: with HAVEN_HTTP_PORT set, serve /healthz, /readyz and
    /metrics for this console Haven (``haven run`` without platform tokens)."""
    stdout = sys.stdout
    interactive = script is None
    folder = files_folder(files)
    human = None if as_json else text_printer(stdout, interactive=interactive)
    printer = human or json_printer(stdout)
    app, session = await build(settings, start=at, tz=tz, printer=printer, files_dir=folder)
    if human is not None:
        session.hint = lambda text: human.say(text, style="yellow")
        session.explain = human.directives
    ops = None
    if operations and settings.ops_port is not None:
        ops = OpsServer.from_settings(app, settings, ("console",))
        ops.link("console", lambda: True)
        await ops.start()
    try:
        if not interactive:
            return await run_script(session, script, sys.stderr)
        if human is not None:
            banner = BANNER.format(db=shown_url(settings.database_url), files=shown_path(folder))
            human.say(banner, indent=0)
        return await repl(session, stdout, human or text_printer(sys.stderr))
    finally:
        if ops is not None:
            await ops.stop()
        await app.stop()
        if interactive:
            # Pictures hold member data and were only there to be looked at.
            removed = remove_pictures(session.adapter.outputs)
            if removed and human is not None:
                plural = "s" if removed > 1 else ""
                human.say(f"Removed {removed} picture{plural} Haven sent (they held your data).")


# -- `haven console` and `haven run` without platforms (bot.cli) ------------------


class Console(ConsoleAdapter):
    """The console as installed (``haven.platforms``): it adds ``haven console``
    and is the fallback ``haven run`` starts when no platform is configured."""

    fallback = True

    @classmethod
    def add_cli(cls, sub: argparse._SubParsersAction) -> None:
        add_cli(sub)

    @classmethod
    def run_alone(cls, settings: Settings) -> int:
        return run_alone(settings)


#: Older installs find the console through this module (bot.platform).
PLATFORM = Console


def add_cli(sub: argparse._SubParsersAction) -> None:
    console = sub.add_parser("console", help="a simulated community in this terminal")
    console.add_argument("--db", help="database URL (default: DATABASE_URL or haven.db)")
    console.add_argument("--script", metavar="FILE", help="run script lines ('-' for stdin)")
    console.add_argument("--json", action="store_true", help="one JSON object per output")
    console.add_argument("--tz", metavar="ZONE", help="members' zone until they set one")
    console.add_argument("--at", metavar="ISO-DATETIME", help="start the virtual clock here")
    console.add_argument(
        "--files", metavar="DIR", help="where files Haven sends go (default: ./haven-files)"
    )
    console.set_defaults(run=run_cli)


def run_cli(args: argparse.Namespace, settings: Settings) -> int:
    """``haven console [--script FILE] [--json] [--tz ZONE] [--at WHEN] [--files DIR]``."""
    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError:
            print(f"haven console: --at {args.at!r} is not an ISO date-time", file=sys.stderr)
            return 2
        if at.tzinfo is None:
            print(
                "haven console: --at needs an offset, e.g. 2026-03-28T09:00:00+02:00",
                file=sys.stderr,
            )
            return 2
    if args.tz:
        try:
            tz = Zone().parse(args.tz, ParseContext(today=date(2000, 1, 1), option="--tz"))
        except OptionError as exc:
            print(f"haven console: {exc}", file=sys.stderr)
            return 2
    else:
        tz = None
    script = read_script(args.script) if args.script else None
    return asyncio.run(
        main(settings, script=script, as_json=args.json, tz=tz, at=at, files=args.files)
    )


def run_alone(settings: Settings) -> int:
    """``haven run`` with no platform configured: an interactive console, with
    the operations server when HAVEN_HTTP_PORT is set."""
    return asyncio.run(
        main(settings, script=None, as_json=False, tz=None, at=None, operations=True)
    )
