"""Discord interactions as Haven :class:`~bot.adapters.Invocation` values.

* App commands arrive through discord.py's command tree (typed options, see
  :mod:`.commands`) and become ``via="command"`` with an ``options`` dict.
* Button presses (component interactions) are routed in ``on_interaction`` by
  ``custom_id`` — Haven's ``action_id`` — so buttons on old messages keep
  working after a restart: nothing is kept in memory. A choice in one of
  Haven's select menus is routed the same way, by the chosen option's value.
* Modal submissions become ``via="form"`` with the text inputs' values.
* **In a DM** an interaction has no guild id: the component (or the form opened
  from one) names the guild it was sent for in its ``custom_id``
  (:func:`~.render.tag_for_dm`), and the adapter acts in that community only
  when the presser is a member there (:meth:`.DiscordAdapter.dm_community`).
  Slash commands typed in a DM are politely refused.

Every interaction is answered within Discord's 3 s, counted from when Discord
created it (its id's timestamp): when Haven's handler takes longer than
:data:`DEFER_AFTER` — less whatever the interaction already spent reaching the
handler on a busy process, so the deferral still has :data:`DEFER_MARGIN` to
arrive — the adapter defers (type 5, ephemeral unless the command is public)
and the reply goes out as an edit of that response.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import discord

from bot.platform import CommunityKey, Invocation

from .render import component_action, split_dm_tag

T = TypeVar("T")

if TYPE_CHECKING:
    from .adapter import DiscordAdapter

log = logging.getLogger("haven.discord")

PLATFORM = "discord"
#: Discord's deadline for the first response, from the interaction's creation.
DEADLINE = 3.0
#: Seconds a handler may take before the adapter defers, at the most.
DEFER_AFTER = 1.5
#: What the deferral itself is given to reach Discord before the deadline.
DEFER_MARGIN = 1.5
#: custom_id prefix of Haven's own "try again" button on a form with errors.
REOPEN_FORM = "haven-form:"


@dataclass
class Pending:
    """The adapter's handle on one interaction (``Invocation.handle``)."""

    interaction: discord.Interaction
    ephemeral_default: bool = True
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    deferred: bool = False
    deferred_ephemeral: bool = True
    answered: bool = False  # the deferred response was completed
    #: In a DM: the guild the member was messaged from. Replies and forms shown in
    #: answer carry it in their components' ids, so they resolve the same way.
    dm_guild: str | None = None

    @property
    def community_id(self) -> str:
        """The guild this interaction acts in (from the DM's tag in a DM)."""
        return self.dm_guild or str(self.interaction.guild_id or "")

    @property
    def responded(self) -> bool:
        return self.interaction.response.is_done()


def community_key(interaction: discord.Interaction) -> CommunityKey | None:
    if interaction.guild_id is None:
        return None
    guild = interaction.guild
    name = getattr(guild, "name", None) or ""
    return CommunityKey(PLATFORM, str(interaction.guild_id), "", name)


def _user_name(user: discord.abc.User) -> str:
    return getattr(user, "display_name", None) or user.name


def _roles(interaction: discord.Interaction) -> tuple[str, ...]:
    """Role ids, mentions and names, so ``/mod role`` may name a role any way."""
    user = interaction.user
    found: list[str] = []
    raw = getattr(user, "_roles", None)
    guild = interaction.guild
    for role_id in raw or ():
        found += [str(role_id), f"<@&{role_id}>"]
        role = guild.get_role(role_id) if guild is not None else None
        if role is not None:
            found.append(role.name)
    return tuple(found)


def base_invocation(
    interaction: discord.Interaction, community: CommunityKey | None = None, **kw: Any
) -> Invocation | None:
    """``community``: the one a DM interaction resolved to (a guild's own wins)."""
    key = community_key(interaction)
    channel_id = interaction.channel_id
    if key is None:
        if community is None:
            return None
        # A DM carries no server permissions or roles: moderator rights come
        # only from Haven's own list there, never from the DM's permissions.
        return Invocation(
            community=community,
            user_id=str(interaction.user.id),
            user_name=_user_name(interaction.user),
            channel_id=str(channel_id) if channel_id is not None else None,
            locale=_locale(interaction),
            **kw,
        )
    perms = interaction.permissions
    return Invocation(
        community=key,
        user_id=str(interaction.user.id),
        user_name=_user_name(interaction.user),
        channel_id=str(channel_id) if channel_id is not None else None,
        is_admin=bool(perms.administrator or perms.manage_guild),
        roles=_roles(interaction),
        locale=_locale(interaction),
        **kw,
    )


def _locale(interaction: discord.Interaction) -> str | None:
    """The member's Discord client language (``es-ES``): Haven's answer
    follows it unless they chose one (``/haven language``)."""
    locale = getattr(interaction, "locale", None)
    return getattr(locale, "value", None) or (str(locale) if locale else None)


def command_invocation(
    interaction: discord.Interaction,
    path: tuple[str, ...],
    values: dict[str, Any],
    community: CommunityKey | None = None,
) -> Invocation | None:
    """``community``: the one a command run in a DM acts in."""
    options = {k: v for k, v in values.items() if v is not None}
    return base_invocation(
        interaction, community, via="command", command=" ".join(path), options=options
    )


def action_invocation(
    interaction: discord.Interaction, community: CommunityKey | None = None
) -> Invocation | None:
    data = interaction.data or {}
    return base_invocation(interaction, community, via="action", action_id=component_action(data))


#: A modal submission's checkbox component.
CHECKBOX = 23


def modal_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """A modal submission's values by field (action rows or labels): a text
    input's or radio group's ``value``, a select's ``values``, and a ticked
    checkbox as ``yes`` (unticked: no answer)."""
    values: dict[str, str] = {}
    for comp in components or ():
        inner = list(comp.get("components") or ())
        if comp.get("component"):
            inner.append(comp["component"])
        if "custom_id" in comp:
            inner.append(comp)
        for item in inner:
            name = item.get("custom_id")
            if not isinstance(name, str):
                continue
            if item.get("type") == CHECKBOX:
                values[name] = "yes" if item.get("value") is True else ""
            elif "value" in item:
                values[name] = "" if item["value"] is None else str(item["value"])
            elif isinstance(item.get("values"), list):
                values[name] = ",".join(str(v) for v in item["values"])
    return values


def form_invocation(
    interaction: discord.Interaction, community: CommunityKey | None = None
) -> Invocation | None:
    data = interaction.data or {}
    _, form_id = split_dm_tag(str(data.get("custom_id", "")))
    return base_invocation(
        interaction,
        community,
        via="form",
        form_id=form_id,
        values=modal_values(data.get("components", [])),
    )


def defer_after(interaction: discord.Interaction) -> float:
    """Seconds to let the handler run before deferring ``interaction``.

    Discord's 3 s start when it creates the interaction, and a busy process
    may start the handler late; a platform's deadline is wall time, not the
    engine's clock. A machine clock behind Discord's only gives back the
    plain :data:`DEFER_AFTER`; one ahead defers early, which costs a request."""
    waited = (discord.utils.utcnow() - interaction.created_at).total_seconds()
    return max(0.0, min(DEFER_AFTER, DEADLINE - DEFER_MARGIN - waited))


async def before_deadline(adapter: DiscordAdapter, pending: Pending, work: Awaitable[T]) -> T:
    """Await ``work``, deferring the interaction if it takes longer than
    :func:`defer_after` — Discord forgets an interaction not answered in 3 s."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=defer_after(pending.interaction))
    if not done:
        async with pending.lock:
            if not pending.responded:
                try:
                    await adapter.defer_now(pending, pending.ephemeral_default)
                except discord.HTTPException:
                    log.warning("could not defer a slow interaction", exc_info=True)
    return await task


async def run_with_deadline(
    adapter: DiscordAdapter, invocation: Invocation, pending: Pending
) -> None:
    """Run Haven's handler; defer if it is slow; make sure Discord got an answer."""
    invocation.handle = pending
    result = await before_deadline(adapter, pending, adapter.app.handle(invocation))
    if result is not None:  # FormErrors: Discord modals cannot show them inline
        await adapter.reply_form_errors(invocation, result)
    await adapter.ensure_answered(pending)
