"""Commands run in a direct message with Haven.

A DM carries no server, and Haven keeps each server's data apart. A personal
command (``direct=True``) acts in the one server where Haven knows the member
(they answered its privacy notice there). With several, Haven asks which, with
a button per server: only servers the member is in, so no one learns which
other servers use Haven. The command waits in memory for the answer, a few
minutes at most. With none, it acts in Haven's only server, if it has one.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import discord
from sqlmodel import col, select

from bot.platform import Community, CommunityKey, Member

from .interactions import PLATFORM
from .render import tag_for_dm

if TYPE_CHECKING:
    from .adapter import DiscordAdapter

#: custom_id of a "which server" button, after its server tag.
CHOICE = "haven-dm:"
WHICH = "Which server is this for? Haven keeps each server's data apart."
ONLY_IN_SERVERS = "`/{name}` works inside your server, not here: run it there."
NO_SERVER = (
    "Haven doesn't know you in a server yet, so there is nothing to show here. "
    "Run `/haven consent` inside your server first. Need help right now? "
    "`/crisis` inside your server lists helplines."
)
EXPIRED = "That choice has expired, so nothing was done. Please run the command again."
#: Discord shows at most 25 buttons on a message (5 rows of 5).
MAX_SERVERS = 25


def member_servers(user_id: str, limit: int, guild_id: str | None = None):
    """The (guild id, name) of Haven's servers where ``user_id`` is a member
    (answered the privacy notice), Haven is still present; only ``guild_id``
    when given."""
    query = (
        select(Community.workspace_id, Community.name)
        .join(Member, col(Member.community_id) == col(Community.id))
        .where(
            Community.platform == PLATFORM,
            Community.enterprise_id == "",
            col(Community.removed_at).is_(None),
            Member.platform_user_id == user_id,
        )
        .order_by(col(Community.id))
        .limit(limit)
    )
    return query if guild_id is None else query.where(Community.workspace_id == guild_id)


@dataclass(frozen=True)
class Waiting:
    """A command waiting for its member to say which server it is for."""

    user_id: str
    path: tuple[str, ...]
    values: dict[str, Any]
    at: datetime


class DirectCommands:
    """Which community a command in a DM acts in, and the commands that wait."""

    def __init__(
        self, adapter: DiscordAdapter, *, keep: int = 500, wait: timedelta = timedelta(minutes=10)
    ) -> None:
        self.adapter = adapter
        self.keep, self.wait = keep, wait
        self._waiting: OrderedDict[str, Waiting] = OrderedDict()

    async def servers(self, user_id: str) -> list[CommunityKey]:
        """The servers a DM command of ``user_id`` could act in."""
        only_one = (
            select(Community.workspace_id, Community.name)
            .where(
                Community.platform == PLATFORM,
                Community.enterprise_id == "",
                col(Community.removed_at).is_(None),
            )
            .limit(2)
        )
        async with self.adapter.app.database.unscoped_session(
            "the servers of a DM command", readonly=True
        ) as session:
            found = list((await session.exec(member_servers(user_id, MAX_SERVERS))).all())
            if not found:
                everywhere = list((await session.exec(only_one)).all())
                found = everywhere if len(everywhere) == 1 else []
        return [CommunityKey(PLATFORM, ws, "", self._name(ws, name)) for ws, name in found]

    def _name(self, workspace_id: str, stored: str | None) -> str:
        client = self.adapter.client
        guild = client.get_guild(int(workspace_id)) if client is not None else None
        return (guild.name if guild is not None and guild.name else stored) or "your server"

    def ask(self, user_id: str, path: tuple[str, ...], values: dict[str, Any], servers):
        """Keep the command and return the buttons that ask which server."""
        now = self.adapter.app.clock.now()
        self._forget_old(now)
        token = secrets.token_urlsafe(12)
        self._waiting[token] = Waiting(user_id, path, dict(values), now)
        while len(self._waiting) > self.keep:
            self._waiting.popitem(last=False)
        view = discord.ui.View(timeout=None)
        for server in servers[:MAX_SERVERS]:
            view.add_item(
                discord.ui.Button(
                    label=server.name[:80] or "your server",
                    style=discord.ButtonStyle.secondary,
                    custom_id=tag_for_dm(CHOICE + token, server.workspace_id),
                )
            )
        view.stop()  # answered by custom_id in on_interaction, not by discord.py's store
        return view

    def take(self, user_id: str, token: str) -> Waiting | None:
        """The command the member chose a server for, once; ``None`` if it
        expired or was someone else's."""
        self._forget_old(self.adapter.app.clock.now())
        waiting = self._waiting.get(token)
        if waiting is None or waiting.user_id != user_id:
            return None
        del self._waiting[token]
        return waiting

    def _forget_old(self, now: datetime) -> None:
        while self._waiting:
            token, oldest = next(iter(self._waiting.items()))
            if now - oldest.at < self.wait:
                break
            del self._waiting[token]
