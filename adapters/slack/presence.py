"""A Slack workspace that installs Haven again stops being marked removed.

``app_uninstalled`` (or a revoked bot token) marks the workspace's community
removed: the tenant purge (bot/purge.py) deletes it once the grace period has
passed. Slack sends no "installed" event, so whatever proves Haven is installed
there again clears the mark:

- an OAuth install or reinstall (adapters/slack/main.py, after the redirect);
- any authenticated request or event from the workspace other than its
  removal — a slash command, a button, a form, App Home — once Haven's token
  for it works (``auth.test``; a request still in flight from before the
  uninstall does not count: its token is revoked);
- at start-up with one bot token (``SLACK_BOT_TOKEN``): a reinstall gives a
  new token, and a working token is the install (:meth:`Presence.confirm_token`).

Cheap: each workspace is checked once (one indexed read) and then remembered as
present for :data:`PRESENT_SECONDS`; requests meanwhile cost a dict lookup.
The memory expires because another process may have handled an uninstall.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError
from sqlmodel import col, select

from bot.platform import Community, CommunityKey

from .adapter import NotInstalled, SlackAdapter
from .parse import PLATFORM, community_key

if TYPE_CHECKING:
    from bot.platform import Haven

log = logging.getLogger("haven.slack")

#: How long a workspace found not removed is taken as such without a new look.
PRESENT_SECONDS = 600.0
#: How long a removed workspace whose token did not work waits for the next try.
RETRY_SECONDS = 60.0
#: Events that say Haven was removed: they never count as a return.
REMOVAL_EVENTS = frozenset({"app_uninstalled", "tokens_revoked"})

_Key = tuple[str, str]  # (enterprise_id, workspace_id)


def _key(community: CommunityKey) -> _Key:
    return community.enterprise_id, community.workspace_id


class Presence:
    def __init__(self, haven: Haven, adapter: SlackAdapter) -> None:
        self.haven = haven
        self.adapter = adapter
        self._until: dict[_Key, float] = {}  # known not removed, until (loop time)
        self._removals: dict[_Key, int] = {}  # bumped by every removal
        self._checking: dict[_Key, asyncio.Task] = {}
        #: how many checks ran (a read each): tests assert it stays cheap
        self.checks = 0

    def seen(self, community: CommunityKey) -> None:
        """An authenticated request or event came from ``community`` (not its
        removal). Returns at once; a check, if one is due, runs after it."""
        if not community.workspace_id:
            return
        key = _key(community)
        loop = asyncio.get_running_loop()
        if key in self._checking or self._until.get(key, 0.0) > loop.time():
            return
        task = loop.create_task(self._check(community))
        self._checking[key] = task
        task.add_done_callback(lambda _: self._checking.pop(key, None))

    def removed(self, community: CommunityKey) -> None:
        """Haven was uninstalled there: the next request looks again."""
        key = _key(community)
        self._until.pop(key, None)
        self._removals[key] = self._removals.get(key, 0) + 1

    async def _check(self, community: CommunityKey) -> None:
        key = _key(community)
        removals = self._removals.get(key, 0)
        async with self.adapter.tracker.work():
            self.checks += 1
            try:
                present = await self._confirm(community)
            except Exception as exc:  # never fail a member's request over this
                log.warning(
                    "could not check whether Slack workspace %s was reinstalled (%s)",
                    community.workspace_id,
                    type(exc).__name__,
                )
                present = False
        if self._removals.get(key, 0) != removals:
            return  # removed meanwhile: what was seen is out of date
        wait = PRESENT_SECONDS if present else RETRY_SECONDS
        self._until[key] = asyncio.get_running_loop().time() + wait

    async def _confirm(self, community: CommunityKey) -> bool:
        """True if the community is not (or no longer) marked removed."""
        found = await self._find(community)
        if found is None or found.removed_at is None:
            return True
        if not await self._token_works(community):
            return False
        await self.haven.community_returned(community)
        log.info(
            "Slack workspace %s has Haven installed again: its removal and purge are cancelled",
            community.workspace_id,
        )
        return True

    async def _find(self, community: CommunityKey) -> Community | None:
        """The community's row, read only (first contact creates it elsewhere)."""
        query = select(Community).where(
            Community.platform == PLATFORM,
            Community.enterprise_id == community.enterprise_id,
            Community.workspace_id == community.workspace_id,
        )
        async with self.haven.database.unscoped_session(
            "slack: removed?", readonly=True
        ) as session:
            return (await session.exec(query)).first()

    async def _token_works(self, community: CommunityKey) -> bool:
        """Haven's bot token for the workspace is valid (``auth.test``) and is
        that workspace's (or its Grid org's, org-wide)."""
        self.adapter.note(community)
        try:
            client = await self.adapter.api(community.workspace_id)
            auth = await client.auth_test()
        except (NotInstalled, SlackApiError):
            return False
        return auth.get("team_id") == community.workspace_id or bool(
            community.enterprise_id and auth.get("enterprise_id") == community.enterprise_id
        )

    async def confirm_token(self) -> None:
        """With one bot token: at start-up, a token that works means Haven is
        installed in its workspace (a reinstall gives a new token), so a removal
        recorded there is cancelled. With OAuth the installs say so themselves."""
        if self.adapter.tokens is not None:
            return
        try:
            auth = await self.adapter.client.auth_test()
        except Exception as exc:
            log.warning("auth.test failed at start-up (%s)", type(exc).__name__)
            return
        team = auth.get("team_id") or ""
        enterprise = auth.get("enterprise_id") or ""
        query = select(Community).where(
            Community.platform == PLATFORM, col(Community.removed_at).is_not(None)
        )
        if auth.get("is_enterprise_install") and enterprise:
            query = query.where(Community.enterprise_id == enterprise)
        elif team:
            query = query.where(Community.workspace_id == team)
        else:
            return
        async with self.haven.database.unscoped_session(
            "slack: reinstalled?", readonly=True
        ) as session:
            removed = (await session.exec(query)).all()
        for row in removed:
            returned = community_key(row.workspace_id, row.enterprise_id)
            await self.haven.community_returned(returned)
            log.info(
                "Slack workspace %s has Haven installed again (its token works): "
                "its removal and purge are cancelled",
                row.workspace_id,
            )
