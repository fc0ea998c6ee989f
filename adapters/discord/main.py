"""Discord as a :class:`~bot.platform.Platform`: ``haven run`` on Discord, and
the ``haven discord …`` set-up helpers."""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import sys
from typing import TYPE_CHECKING

import discord

from bot.platform import ConfigError, Platform, Settings, serving

from .adapter import DiscordAdapter
from .client import build_client
from .settings import DiscordSection

if TYPE_CHECKING:
    from bot.platform import Haven

#: Exactly what Haven uses, and why (the README lists the same).
PERMISSIONS: dict[str, str] = {
    "view_channel": "see the channels it posts meeting announcements and milestones in",
    "send_messages": "post announcements and milestone celebrations (only where configured)",
    "embed_links": "show fields (meeting details, summaries) as embeds",
    "attach_files": "post files such as the meeting calendar (.ics) and check-in charts",
    "create_private_threads": "open private accountability threads for partners and pods",
    "send_messages_in_threads": "post in those private threads",
    "manage_threads": "add members to non-invitable private threads; archive and lock "
    "them when a pod ends",
    "manage_roles": "grant milestone roles a community configured with /sober roles",
    # Discord's Create Events: create scheduled events and edit or delete the
    # ones Haven created (Manage Events alone covers only editing and deleting,
    # including other members' events, which Haven never touches).
    "create_events": "mirror meetings as scheduled events once a moderator runs "
    "/meeting mirror on (Haven edits and deletes only the events it created)",
}
SCOPES = ("bot", "applications.commands")
DESCRIPTION = "Discord set-up helpers."


def haven_permissions() -> discord.Permissions:
    return discord.Permissions(**dict.fromkeys(PERMISSIONS, True))


def application_id(settings: Settings) -> str | None:
    """DISCORD_APPLICATION_ID, else the bot's id encoded in the token's first part."""
    section = settings.section(DiscordSection)
    if section.application_id:
        return section.application_id
    if not section.token:
        return None
    head = section.token.get().split(".", 1)[0]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4), validate=False).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded if decoded.isdigit() else None


def invite_url(app_id: str, guild: str | None = None) -> str:
    kwargs = {"guild": discord.Object(int(guild)), "disable_guild_select": True} if guild else {}
    return discord.utils.oauth_url(app_id, permissions=haven_permissions(), scopes=SCOPES, **kwargs)


def add_tools(sub: argparse._SubParsersAction) -> None:
    """``invite-url``, under ``haven discord``."""
    invite = sub.add_parser("invite-url", help="print the link that adds Haven to a server")
    invite.add_argument("--guild", help="preselect this server (its ID)")
    invite.add_argument("--explain", action="store_true", help="also list each permission's use")
    invite.set_defaults(run=print_invite)


def print_invite(args: argparse.Namespace, settings: Settings) -> int:
    """``haven discord invite-url [--guild ID] [--explain]``."""
    app_id = application_id(settings)
    if app_id is None:
        print(
            "haven discord: set DISCORD_APPLICATION_ID (Developer Portal → your app → "
            "General Information → Application ID) or DISCORD_TOKEN",
            file=sys.stderr,
        )
        return 2
    print(invite_url(app_id, args.guild))
    if args.explain:
        for name, why in PERMISSIONS.items():
            print(f"  {name.replace('_', ' ')}: {why}")
    return 0


def tools_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    add_tools(parser.add_subparsers(dest="action", metavar="ACTION", required=True))
    return parser


def cli(argv: list[str], settings: Settings) -> int:
    """``haven discord ARGS…`` outside the ``haven`` command (tests, scripts)."""
    parser = argparse.ArgumentParser(prog="haven discord", description=DESCRIPTION)
    args = tools_parser(parser).parse_args(argv)
    return args.run(args, settings)


class Discord(DiscordAdapter, Platform):
    """Discord as installed (``haven.platforms``): built as ``Discord(engine,
    section)``, it adds ``haven discord …`` and serves discord.py's gateway."""

    name = "discord"
    title = "Discord"
    settings = DiscordSection

    def __init__(self, engine: Haven, section: DiscordSection | None = None) -> None:
        Platform.__init__(self, engine, section)
        DiscordAdapter.__init__(self, engine)

    @classmethod
    def partition(cls, workspace_id: str) -> int | None:
        """A guild's shard is ``(guild_id >> 22) % shard_count``: its work is
        filed under ``guild_id >> 22`` for the process holding that shard."""
        return int(workspace_id) >> 22 if workspace_id.isdigit() else None

    @classmethod
    def add_cli(cls, sub: argparse._SubParsersAction) -> None:
        tools_parser(cls.tools_command(sub, DESCRIPTION))

    async def serve(self, settings: Settings | None = None) -> None:
        """Connect to the gateway until cancelled (the app is already started);
        ``settings`` default to the engine's."""
        settings = settings or self.app.settings
        token = settings.section(DiscordSection).token
        if not token:
            raise ConfigError(
                "DISCORD_TOKEN is not set (Developer Portal → your app → Bot → Token)"
            )
        client = build_client(self, settings)
        ops = serving(self.app)
        if ops is not None:  # /readyz: connected to the gateway, with the guilds known
            ops.link(self.platform, lambda: client.is_ready() and not client.is_closed())
        try:
            await client.start(token.get())
        finally:
            if self.inflight:
                await asyncio.wait(set(self.inflight), timeout=5)
            if not client.is_closed():
                await client.close()


#: Older installs find Discord through this module (bot.platform).
PLATFORM = Discord


async def serve(app: Haven, settings: Settings) -> None:
    """Run Haven's Discord side until cancelled (the app is already started)."""
    platform = Discord(app, settings.section(DiscordSection))
    app.add_adapter(platform)  # before the gateway can deliver anything
    await platform.serve(settings)
