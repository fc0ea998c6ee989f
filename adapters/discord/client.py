"""The discord.py client Haven runs: guilds intent only, endpoints from Settings.

No privileged intent: Haven works through slash commands, buttons and modals,
never message content or member lists. Sharding follows the settings:
``DISCORD_SHARD_IDS`` + ``DISCORD_SHARD_COUNT`` for explicit ownership across
processes, ``DISCORD_SHARD_COUNT`` alone for every shard in this process
(AutoShardedClient), neither for one connection.

Handlers are methods of the client class, registered once when it is built;
a RECONNECT/RESUME or a fresh IDENTIFY never adds another, and the scheduler is
the app's (started once by ``haven run``), never the client's.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.platform import CommandSpec, CommunityKey, Settings, named

from .commands import build_tree, install_translator
from .direct import CHOICE, EXPIRED, NO_SERVER, ONLY_IN_SERVERS, WHICH, DirectCommands
from .interactions import (
    PLATFORM,
    REOPEN_FORM,
    Pending,
    action_invocation,
    before_deadline,
    command_invocation,
    form_invocation,
    run_with_deadline,
)
from .logs import guard_discord_logs
from .render import ALLOWED_MENTIONS, component_action, split_dm_tag
from .settings import DiscordSection
from .sync import sync_commands

if TYPE_CHECKING:
    from .adapter import DiscordAdapter

log = logging.getLogger("haven.discord")

NOT_HERE = "That button belongs to a direct message from Haven; nothing was changed."
DM_FAILED = "⚠️ Haven couldn't handle that just now; nothing was changed. Please try again."


def intents() -> discord.Intents:
    chosen = discord.Intents.none()
    chosen.guilds = True
    return chosen


def configure_endpoints(settings: Settings) -> None:
    """Point discord.py at ``DISCORD_API_BASE`` and ``DISCORD_GATEWAY_URL``.

    ``Route.BASE`` is every REST call's base (interaction callbacks and
    webhooks included); a plain Client connects to
    ``DiscordWebSocket.DEFAULT_GATEWAY`` (and goes back to it after an
    INVALID_SESSION), then resumes at READY's ``resume_gateway_url``. Both are
    class attributes: one Discord configuration per process.
    """
    section = settings.section(DiscordSection)
    Route.BASE = section.api_base.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(section.gateway_url)


class _Haven:
    """Event handlers shared by the plain and the sharded client."""

    adapter: DiscordAdapter
    settings: Settings
    tree: discord.app_commands.CommandTree

    def _setup(self, adapter: DiscordAdapter, settings: Settings) -> None:
        self.adapter = adapter
        self.settings = settings
        self.ready_count = 0  # READY events seen (a RESUME has none)
        self.direct = DirectCommands(adapter)
        self.tree = build_tree(self, adapter.app.registry, self._run_command)  # type: ignore[arg-type]
        self.tree.on_error = self._tree_error  # type: ignore[method-assign]

    async def setup_hook(self) -> None:  # once per login, not per (re)connect
        await install_translator(self.tree, self.adapter.app.registry)
        await sync_commands(self.tree, self.settings, self.application_id)  # type: ignore[attr-defined]

    # -- interactions -------------------------------------------------------

    async def _run_command(
        self, interaction: discord.Interaction, spec: CommandSpec, values: dict[str, Any]
    ) -> None:
        pending = Pending(interaction, ephemeral_default=spec.ephemeral)
        community = None
        if interaction.guild_id is None:
            community = await self._direct_community(pending, spec, values)
            if community is None:
                return
            pending.dm_guild = community.workspace_id
        invocation = command_invocation(interaction, spec.path, values, community)
        if invocation is None:
            await interaction.response.send_message(
                named("Haven works inside a server; run this there."), ephemeral=True
            )
            return
        await self._track(run_with_deadline(self.adapter, invocation, pending))

    async def _direct_community(
        self, pending: Pending, spec: CommandSpec, values: dict[str, Any]
    ) -> CommunityKey | None:
        """The server a command run in a DM with Haven acts in; ``None`` when
        the member was answered instead (see :mod:`.direct`)."""
        interaction = pending.interaction
        kind = getattr(interaction.channel, "type", None)
        if not spec.direct or (kind is not None and kind is not discord.ChannelType.private):
            await self.adapter.answer_privately(pending, ONLY_IN_SERVERS.format(name=spec.name))
            return None
        user_id = str(interaction.user.id)
        try:
            servers = await before_deadline(self.adapter, pending, self.direct.servers(user_id))
        except Exception:
            log.warning("could not resolve a DM command's server", exc_info=True)
            await self.adapter.answer_privately(pending, DM_FAILED)
            return None
        if len(servers) == 1:
            return servers[0]
        if not servers:
            await self.adapter.answer_privately(pending, NO_SERVER)
            return None
        view = self.direct.ask(user_id, spec.path, values, servers)
        await self.adapter.answer_with_view(pending, WHICH, view)
        return None

    async def _run_chosen(self, pending: Pending, community: CommunityKey, token: str) -> None:
        """Run the DM command the member just chose a server for."""
        interaction = pending.interaction
        waiting = self.direct.take(str(interaction.user.id), token)
        spec = self.adapter.app.registry.commands.get(waiting.path) if waiting else None
        if waiting is None or spec is None:
            await self.adapter.answer_privately(pending, EXPIRED)
            return
        pending.ephemeral_default = spec.ephemeral
        invocation = command_invocation(interaction, waiting.path, waiting.values, community)
        assert invocation is not None  # a DM's resolved community
        await self._track(run_with_deadline(self.adapter, invocation, pending))

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        kind = interaction.type
        if kind not in (discord.InteractionType.component, discord.InteractionType.modal_submit):
            return  # commands and autocomplete: the command tree
        data = dict(interaction.data or {})
        tag, _ = split_dm_tag(str(data.get("custom_id", "")))
        community = None
        pending = Pending(interaction)
        if interaction.guild_id is None:
            # A DM: act in the community the member was messaged from, and only
            # if they are a member there. That asks the database, so it runs
            # under the same 3 s deadline as the handler.
            try:
                community, refusal = await before_deadline(
                    self.adapter, pending, self.adapter.dm_community(interaction, tag)
                )
            except Exception:
                log.warning("could not resolve a DM interaction's server", exc_info=True)
                community, refusal = None, DM_FAILED
            if community is None:
                await self.adapter.answer_privately(pending, refusal)
                return
            pending.dm_guild = community.workspace_id
        elif tag is not None and tag != str(interaction.guild_id):
            # A DM's component can't be pressed in a server; never act elsewhere.
            await interaction.response.send_message(named(NOT_HERE), ephemeral=True)
            return
        if kind is discord.InteractionType.component:
            custom_id = component_action(data)
            if not custom_id:  # a select menu with nothing chosen
                await interaction.response.defer()
                return
            if custom_id.startswith(REOPEN_FORM):
                await self.adapter.reopen_form(pending, custom_id[len(REOPEN_FORM) :])
                return
            if custom_id.startswith(CHOICE) and community is not None:
                await self._run_chosen(pending, community, custom_id[len(CHOICE) :])
                return
            invocation = action_invocation(interaction, community)
        else:
            invocation = form_invocation(interaction, community)
        if invocation is None:
            await interaction.response.send_message(
                named("Haven works inside a server."), ephemeral=True
            )
            return
        await self._track(run_with_deadline(self.adapter, invocation, pending))

    async def _track(self, work) -> None:
        task = asyncio.ensure_future(work)
        self.adapter.inflight.add(task)
        try:
            await task
        finally:
            self.adapter.inflight.discard(task)

    async def _tree_error(self, interaction: discord.Interaction, exc: Exception) -> None:
        log.warning("app command failed: %s", type(exc).__name__, exc_info=exc)
        text = "Discord sent that command in a form Haven does not know; try `/help`."
        if not interaction.response.is_done():
            await interaction.response.send_message("⚠️ " + named(text), ephemeral=True)

    # -- guilds ---------------------------------------------------------------

    async def on_ready(self) -> None:
        self.ready_count += 1
        log.info("connected to Discord (%d guilds)", len(self.guilds))  # type: ignore[attr-defined]
        await self.adapter.app.adapter_ready(self.adapter.platform)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        key = guild_key(guild)
        await self.adapter.app.community(key)
        await self.adapter.app.community_returned(key)

    async def on_guild_available(self, guild: discord.Guild) -> None:
        community = await self.adapter.app.community(guild_key(guild))
        if community.removed_at is not None:
            await self.adapter.app.community_returned(guild_key(guild))

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await self.adapter.app.community_removed(guild_key(guild))


def guild_key(guild: discord.Guild) -> CommunityKey:
    return CommunityKey(PLATFORM, str(guild.id), "", guild.name or "")


class HavenClient(_Haven, discord.Client):
    def __init__(self, adapter: DiscordAdapter, settings: Settings, **kw: Any) -> None:
        discord.Client.__init__(self, intents=intents(), **kw)
        self._setup(adapter, settings)


class HavenShardedClient(_Haven, discord.AutoShardedClient):
    def __init__(self, adapter: DiscordAdapter, settings: Settings, **kw: Any) -> None:
        discord.AutoShardedClient.__init__(self, intents=intents(), **kw)
        self._setup(adapter, settings)


def build_client(adapter: DiscordAdapter, settings: Settings) -> discord.Client:
    guard_discord_logs()
    configure_endpoints(settings)
    kw: dict[str, Any] = {"http_trace": adapter.rate_trace(), "allowed_mentions": ALLOWED_MENTIONS}
    section = settings.section(DiscordSection)
    if section.application_id:
        kw["application_id"] = int(section.application_id)
    ids, count = section.shard_ids, section.shard_count
    if ids is not None and len(ids) == 1:
        client: discord.Client = HavenClient(
            adapter, settings, shard_id=ids[0], shard_count=count, **kw
        )
    elif ids is not None:
        client = HavenShardedClient(adapter, settings, shard_ids=list(ids), shard_count=count, **kw)
    elif count is not None:
        client = HavenShardedClient(adapter, settings, shard_count=count, **kw)
    else:
        client = HavenClient(adapter, settings, **kw)
    adapter.client = client
    return client
