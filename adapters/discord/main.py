"""``haven run`` on Discord, and ``haven discord ...`` set-up helpers."""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import sys
from typing import TYPE_CHECKING

import discord

from bot.config import ConfigError, Settings
from bot.ops.server import serving

from .adapter import DiscordAdapter
from .client import build_client
from .settings import DiscordSection

if TYPE_CHECKING:
    from bot.app import Haven

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
#: Discord's settings, loaded with Haven's (bot.platform.section_of).
SECTION = DiscordSection


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


def cli(argv: list[str], settings: Settings) -> int:
    parser = argparse.ArgumentParser(prog="haven discord", description="Discord set-up helpers.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    invite = sub.add_parser("invite-url", help="print the link that adds Haven to a server")
    invite.add_argument("--guild", help="preselect this server (its ID)")
    invite.add_argument("--explain", action="store_true", help="also list each permission's use")
    args = parser.parse_args(argv)
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


async def serve(app: Haven, settings: Settings) -> None:
    """Run Haven's Discord side until cancelled (the app is already started)."""
    token = settings.section(DiscordSection).token
    if not token:
        raise ConfigError("DISCORD_TOKEN is not set (Developer Portal → your app → Bot → Token)")
    adapter = DiscordAdapter(app)
    app.add_adapter(adapter)  # before the gateway can deliver anything
    client = build_client(adapter, settings)
    ops = serving(app)
    if ops is not None:  # /readyz: connected to the gateway, with the guilds known
        ops.link(adapter.platform, lambda: client.is_ready() and not client.is_closed())
    try:
        await client.start(token.get())
    finally:
        if adapter.inflight:
            await asyncio.wait(set(adapter.inflight), timeout=5)
        if not client.is_closed():
            await client.close()
