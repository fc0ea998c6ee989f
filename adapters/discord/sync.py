"""Sync app commands only when the command tree changed.

Discord allows 200 command creates per day per guild, and every sync of a big
tree counts; so Haven hashes what it would send (application, target and the
commands' JSON) and syncs only when that hash differs from the one stored after
the last successful sync. The hash lives beside the SQLite database
(``haven.db.discord-commands.json``) or, for PostgreSQL, in the working
directory — one small file, no community data. ``DISCORD_DEV_GUILD`` syncs to
that guild (instant, for development) instead of globally.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import discord
from discord import app_commands
from sqlalchemy.engine import make_url

from bot.platform import Settings

from .commands import tree_payload
from .settings import DiscordSection

log = logging.getLogger("haven.discord")

STATE_NAME = "haven-discord-commands.json"


def state_file(settings: Settings) -> Path:
    url = make_url(settings.database_url)
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:":
        path = Path(database)
        return path.with_name(path.name + ".discord-commands.json")
    return Path(STATE_NAME)


def target_of(settings: Settings) -> str:
    guild = settings.section(DiscordSection).dev_guild
    return f"guild:{guild}" if guild else "global"


async def tree_hash(tree: app_commands.CommandTree, application_id: int | None, target: str) -> str:
    commands = await tree_payload(tree)
    payload = {"application": str(application_id), "target": target, "commands": commands}
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _read(path: Path) -> dict[str, str]:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


async def sync_commands(
    tree: app_commands.CommandTree, settings: Settings, application_id: int | None
) -> bool:
    """Sync if the tree changed since the last sync; True when it synced."""
    target = target_of(settings)
    digest = await tree_hash(tree, application_id, target)
    path = state_file(settings)
    stored = _read(path)
    if stored.get(target) == digest:
        log.info("app commands unchanged; not syncing")
        return False
    dev_guild = settings.section(DiscordSection).dev_guild
    guild = discord.Object(int(dev_guild)) if dev_guild else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    synced = await tree.sync(guild=guild)
    stored[target] = digest
    try:
        path.write_text(json.dumps(stored, indent=1, sort_keys=True), "utf-8")
    except OSError:
        log.warning("could not store the command hash in %s; will sync again next start", path)
    log.info("synced %d app commands (%s)", len(synced), target)
    return True
