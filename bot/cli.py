"""The ``haven`` command.

Adapters are found through the ``haven.platforms`` entry-point group (and the
older ``haven.adapters``; see :mod:`bot.platform`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys

from sqlalchemy.exc import DBAPIError

from bot import __version__
from bot.clock import Clock
from bot.config import ConfigError, Settings, load_settings
from bot.crypto import CryptoError
from bot.payload_logs import install as install_payload_guard
from bot.redaction import install_redaction

log = logging.getLogger("haven")


def build_parser() -> argparse.ArgumentParser:
    served = _served_platforms()
    titles = _joined([cls.title for cls in served], "and") or "chat platforms"
    parser = argparse.ArgumentParser(
        prog="haven",
        description=f"Haven — a peer-recovery community bot for {titles}.",
        epilog="Settings come from the environment and a .env file (see .env.example).",
    )
    parser.add_argument("--version", action="version", version=f"haven {__version__}")
    parser.add_argument("--env-file", default=".env", help="settings file (default: .env)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    fallback = next((cls for cls in _installed() if cls.fallback), None)
    sub.add_parser(
        "run",
        help="start Haven on every configured platform"
        + (f" (the {fallback.name} when none is)" if fallback else ""),
    )

    _add_platform_commands(sub)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="apply pending migrations")

    backup = sub.add_parser(
        "backup",
        help="write a consistent snapshot of the database to FILE (notes stay encrypted)",
    )
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument(
        "--logical",
        action="store_true",
        help="PostgreSQL: a logical export through SQLAlchemy even where pg_dump is installed",
    )
    restore = sub.add_parser(
        "restore",
        help="restore a `haven backup` FILE into the (empty) database DATABASE_URL names",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--force", action="store_true", help="replace everything already in the database"
    )

    keys = sub.add_parser("keys", help="encryption keys")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_sub.add_parser("generate", help="print a new key for HAVEN_ENCRYPTION_KEY")
    rotate = keys_sub.add_parser(
        "rotate",
        help="re-encrypt every stored note under the newest key (the first in "
        "HAVEN_ENCRYPTION_KEY); afterwards the older keys can be removed",
    )
    rotate.add_argument(
        "--batch-size", type=int, default=500, metavar="N", help="rows per transaction"
    )
    return parser


def _add_platform_commands(sub: argparse._SubParsersAction) -> None:
    """Each installed platform's own subcommands (``haven console``, ``haven slack
    manifest`` …, :meth:`~bot.platform.Platform.add_cli`)."""
    from bot.platform import platform_names

    for name in platform_names():
        try:
            entry = adapter_entry(name)
        except ConfigError as exc:  # said when that platform's command is used
            tools = sub.add_parser(
                name, help=f"could not be loaded (`haven {name}` says why)", add_help=False
            )
            tools.add_argument("args", nargs=argparse.REMAINDER)
            tools.set_defaults(run=_refuse(exc))
            continue
        entry.add_cli(sub)


def _refuse(exc: ConfigError):
    def run(args: argparse.Namespace, settings: Settings) -> int:
        raise exc

    return run


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    if args.command == "keys" and args.keys_command == "generate":
        from bot.crypto import generate_key

        print(generate_key())
        return 0
    try:
        environ = dict(os.environ)
        if getattr(args, "db", None):  # e.g. `haven console --db URL`
            environ["DATABASE_URL"] = args.db
        settings = load_settings(environ, env_file=args.env_file)
    except ConfigError as exc:
        print(f"haven: configuration problem — {exc}", file=sys.stderr)
        return 2
    _configure_logging(settings)
    try:
        if args.command == "db":
            return asyncio.run(_upgrade(settings))
        if args.command == "keys":
            return asyncio.run(_rotate(settings, max(1, args.batch_size)))
        if args.command in ("backup", "restore"):
            return asyncio.run(_backup_or_restore(settings, args))
        if hasattr(args, "run"):  # a platform's own command (bot.platform.Platform.add_cli)
            return args.run(args, settings)
        return _run(settings)
    except (ConfigError, CryptoError) as exc:
        print(f"haven: configuration problem — {exc}", file=sys.stderr)
        return 2
    except (OSError, DBAPIError) as exc:
        print(
            f"haven: cannot use the database at {_shown_url(settings.database_url)} — "
            f"{_reason(exc)}\n"
            "Check DATABASE_URL, that the server is running, and that Haven may connect.",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        return 130


def _reason(exc: BaseException) -> str:
    """The first line of what went wrong — its kind when it says nothing
    (a bare ``TimeoutError``)."""
    from bot.db import DatabaseTimeout

    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    if isinstance(exc, TimeoutError) and not isinstance(exc, DatabaseTimeout):
        return "it did not answer in time"
    return lines[0][:200] if lines else type(exc).__name__


def _configure_logging(settings: Settings) -> None:
    from bot.logformat import configure_json_logs, set_hash_key

    if settings.log_format == "json":
        configure_json_logs(settings.log_level)
        if settings.encryption_keys:  # member hashes stable across restarts
            set_hash_key(settings.encryption_keys[-1].get())
    else:
        logging.basicConfig(
            level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    install_payload_guard()
    install_redaction(settings.secrets())


def adapter_entry(name: str):
    """The platform installed as ``name`` (:func:`bot.platform.platform_entry`)."""
    from bot.platform import platform_entry

    return platform_entry(name)


async def _upgrade(settings: Settings, clock: Clock | None = None) -> int:
    """``haven db upgrade``: every migration, then the scheduled work of every
    cog not planned yet, built from the data (bot/due_plan.py)."""
    from bot.app import Haven
    from bot.crypto import keyring_from_settings, set_keyring

    set_keyring(keyring_from_settings(settings))  # migrations encrypt existing text
    app = Haven(settings, clock=clock)
    app.load_cogs()
    try:
        await app.check_keys()
        planned = await app.database.upgrade(app.registry.migration_dirs(), plan=app.plan_due)
    finally:
        await app.database.dispose()
    print("The database is up to date.")
    if planned.communities:  # an existing deployment's work, built from its data
        print(f"Scheduled work: {planned}.")
    return 0


async def _rotate(settings: Settings, batch_size: int) -> int:
    from bot.app import Haven
    from bot.crypto import keyring_from_settings, set_keyring
    from bot.rotation import rotate_keys

    keyring = keyring_from_settings(settings)
    set_keyring(keyring)
    app = Haven(settings)
    app.load_cogs()  # imports every cog's tables, so their notes are found
    try:
        await app.check_keys()  # a wrong key stops here, before any row is written
        report = await rotate_keys(app.database, keyring, batch_size=batch_size)
    finally:
        await app.database.dispose()
    for line in report.lines():
        print(line)
    print(
        f"Done: {report.total_rotated} value(s) re-encrypted under the newest key. "
        "Once every Haven process runs with it, older keys can be removed from "
        "HAVEN_ENCRYPTION_KEY."
    )
    return 0


async def _backup_or_restore(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot import backup
    from bot.app import Haven
    from bot.crypto import keyring_from_settings, set_keyring

    app = Haven(settings)
    app.load_cogs()  # every cog's migrations: a restore brings the schema up to date
    where = _shown_url(settings.database_url)
    warn = backup.KEY_WARNING if args.command == "backup" else backup.RESTORE_KEY_WARNING
    print(f"\n*** {warn} ***\n", file=sys.stderr)
    try:
        if args.command == "backup":
            report = await backup.backup(
                app.database, Path(args.file), force=args.force, logical=args.logical
            )
            print(report.line(f"Backed up {where} as"))
        else:
            report = await backup.restore(
                app.database, Path(args.file), app.registry.migration_dirs(), force=args.force
            )
            print(report.line(f"Restored into {where}"))
            set_keyring(keyring_from_settings(settings))
            await app.check_keys()  # a wrong key is found now, not by a member
            print("The configured HAVEN_ENCRYPTION_KEY reads the restored notes.")
    except backup.BackupError as exc:
        print(f"haven {args.command}: {exc}", file=sys.stderr)
        return 2
    finally:
        await app.database.dispose()
    print(f"\n*** {warn} ***", file=sys.stderr)
    return 0


#: How long ``haven run`` waits for every platform to connect before it starts
#: scheduling anyway (a platform that is down must not hold back the others).
READY_TIMEOUT_SECONDS = 120


def _run(settings: Settings) -> int:
    from bot.platform import platform_names, section_of

    platforms = []
    for name in platform_names():
        section_type = section_of(adapter_entry(name))
        if section_type is not None and settings.section(section_type).enabled:
            platforms.append(name)
    if not platforms:
        fallback = _fallback()
        served = _served_platforms()
        tokens = _joined([cls.settings.variables[0] for cls in served], "or")
        print(
            f"No {tokens} is configured, so Haven starts the "
            f"{fallback.name} adapter on {_shown_url(settings.database_url)}.\n"
            "Add tokens to .env (see .env.example) to run on "
            f"{_joined([cls.title for cls in served], 'or')}.",
            file=sys.stderr,
        )
        return fallback.run_alone(settings)
    serve = {name: _serving(adapter_entry(name)) for name in platforms}
    return asyncio.run(_serve_all(settings, serve))


def _serving(entry):
    """``serve(app, settings)`` for a platform: built with its section,
    registered, and served."""

    async def serve(app, settings: Settings) -> None:
        section = settings.section(entry.settings) if entry.settings else None
        platform = entry(app, section)
        app.add_adapter(platform)  # before it can deliver anything
        await platform.serve()

    return serve


def _installed() -> list:
    """Every platform that loads (one that does not says so when its command is used)."""
    from bot.platform import platform_names

    found = []
    for name in platform_names():
        try:
            found.append(adapter_entry(name))
        except ConfigError:
            continue
    return found


def _served_platforms() -> list:
    """The platforms ``haven run`` serves once configured (those with settings)."""
    return [cls for cls in _installed() if cls.settings is not None and cls.settings.variables]


def _joined(words: list[str], last: str) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    return ", ".join(words[:-1]) + f" {last} " + words[-1] if len(words) > 1 else "".join(words)


def _fallback():
    """The platform that runs when none is configured (the console)."""
    from bot.platform import platform_names

    for name in platform_names():
        entry = adapter_entry(name)
        if entry.fallback:
            return entry
    raise ConfigError("no platform is configured, and none runs without settings")


def _shown_url(url: str) -> str:
    """The database URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


async def _serve_all(settings: Settings, serve) -> int:
    from bot.app import Haven
    from bot.ops.server import OpsServer

    app = Haven(settings)
    app.load_cogs()
    ops = None
    port = settings.ops_port
    if port is None and any(s.name in serve and s.shares_http_port for s in settings.sections):
        port = settings.http_port  # Slack's HTTP mode serves on it anyway: one server
    if port is not None:  # /healthz answers from the start, /readyz once ready
        ops = OpsServer.from_settings(app, settings, serve, port=port)
        await ops.start()
    await app.start(schedule=False)  # once, before any adapter: one migration run
    # Due work is timed (and missed work caught up) once its adapters can deliver it.
    app.schedule_when_ready(serve, timeout=READY_TIMEOUT_SECONDS)
    # SIGTERM (systemd, docker stop) and Ctrl-C stop gracefully: work in
    # progress finishes and is recorded, so a restart does not send it again.
    # Timers stop and work in progress is let finish *before* the adapters
    # close, so it can still be delivered and recorded.
    main = asyncio.current_task()
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task] = []

    def on_signal() -> None:
        if stopping:
            return

        async def drain_then_stop() -> None:
            try:
                await app.scheduler.stop()
            finally:
                main.cancel()

        stopping.append(asyncio.create_task(drain_then_stop()))

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal)
    try:
        await asyncio.gather(*(fn(app, settings) for fn in serve.values()))
    except asyncio.CancelledError:
        log.info("stopping: letting work in progress finish")
    finally:
        await app.stop()
        if ops is not None:
            await ops.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
