"""One community on a real platform adapter, played by members: the driver
interface every end-to-end scenario is written against.

A *world* is Haven (every cog, the virtual clock, the real shared rate limiter
``app.limiter``) connected to a local fake platform through its real client:

* :class:`DiscordWorld` — discord.py over the fake Discord's gateway and REST;
* :class:`SlackWorld` — bolt's ``AsyncApp`` in HTTP mode, fed signed requests,
  its Web API client pointed at the fake Slack.

Scenarios only use the methods of :class:`World`:
``await world.command(user, "/sober set 2026-11-14")``, ``await world.press(user,
"Accept")``, ``await world.submit(user, {"mood": "4"})``, ``world.dms(user)``,
``world.posts("announcements")``, ``world.spaces()``, ``await
world.run_until(when)``. Each action returns an :class:`Outcome`: what the
platform showed from the moment the action was sent until Haven finished
handling it. Different members' actions may run concurrently
(``asyncio.gather``); an outcome's :attr:`Outcome.reply` is then still the
acting member's own answer (one action per member at a time: a member's
answers are told apart from others' by who sees them).
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.adapters import CommunityKey
from bot.app import Haven
from tests.fakes.slack.driver import shown_text
from tests.support.contract import Seen

#: Fifteen members and one moderator, on every platform.
MEMBERS = (
    "alice",
    "bob",
    "carol",
    "dan",
    "erin",
    "fay",
    "gus",
    "hal",
    "ivy",
    "jo",
    "kim",
    "lee",
    "max",
    "ned",
    "oli",
)
MOD = "mod"
#: Channels a moderator can point Haven's posts at (besides #general).
CHANNELS = ("announcements", "milestones", "checkins", "moderators")


@dataclass
class Post:
    """A message Haven posted (a channel post, a DM, a space message) as it
    reads now — after any edits."""

    text: str
    buttons: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    user: str
    seen: list[Seen]

    def mine(self) -> list[Seen]:
        return [s for s in self.seen if s.visible_to == [self.user]]

    @property
    def replies(self) -> list[Seen]:
        """The acting member's private answers (replies, forms, in-place updates)."""
        return [s for s in self.mine() if s.kind in ("reply", "form", "update")]

    @property
    def reply(self) -> Seen:
        replies = self.replies
        assert replies, f"{self.user} got no answer: {self.seen}"
        return replies[-1]

    @property
    def ok(self) -> bool:
        """Answered, and not with an error."""
        return bool(self.replies) and not any(s.error for s in self.replies)


MENTION = re.compile(r"<@!?([A-Z0-9]+)(?:\|[^>]*)?>")


class World:
    """The driver interface (see the module docstring)."""

    platform: str
    app: Haven
    members = MEMBERS
    mod = MOD

    # -- identities --------------------------------------------------------

    @property
    def key(self) -> CommunityKey:
        raise NotImplementedError

    def uid(self, user: str) -> str:
        raise NotImplementedError

    def name_of(self, uid: str) -> str:
        raise NotImplementedError

    def channel(self, name: str) -> str:
        """How a member names channel ``name`` in a command's text."""
        raise NotImplementedError

    def plain(self, text: str) -> str:
        """``text`` with mentions as member names, lower case (Discord shows a
        display name, Slack a mention or the user name)."""
        return MENTION.sub(lambda m: self.name_of(m.group(1)), text).lower()

    # -- acting -------------------------------------------------------------

    async def command(self, user: str, line: str) -> Outcome:
        raise NotImplementedError

    async def press(self, user: str, label: str) -> Outcome:
        raise NotImplementedError

    async def submit(self, user: str, values: dict[str, str], forged: bool = False) -> Outcome:
        """Send the open form; ``forged``: values it does not offer (a modified client)."""
        raise NotImplementedError

    async def agree(self, *users: str, zone: bool = True) -> None:
        """Each of ``users`` agrees to the privacy notice (concurrently) and, unless
        ``zone`` is False, sets Haven's default zone as theirs."""
        outcomes = await asyncio.gather(*(self.command(u, "/haven consent agree") for u in users))
        for outcome in outcomes:
            assert outcome.ok, outcome
        if zone:
            line = f"/haven timezone {self.app.settings.default_timezone}"
            outcomes = await asyncio.gather(*(self.command(u, line) for u in users))
            for outcome in outcomes:
                assert outcome.ok, outcome

    async def run_until(self, when: datetime) -> None:
        """Virtual time: fire every job due until ``when``; deliveries finish."""
        await self.app.scheduler.run_until(when)
        await self.settle()

    async def settle(self) -> None:
        """Until work started by the platform's events has finished."""

    # -- what members see ------------------------------------------------------

    def refuse_dms(self, user: str, *, gone: bool = False) -> None:
        """The platform refuses Haven's DMs to ``user``: closed DMs, or (``gone``)
        a deactivated or deleted account."""
        raise NotImplementedError

    def dms(self, user: str) -> list[Post]:
        raise NotImplementedError

    def posts(self, channel: str) -> list[Post]:
        raise NotImplementedError

    def spaces(self) -> list[tuple[list[str], list[Post]]]:
        """Private spaces: (sorted member names, their messages)."""
        raise NotImplementedError

    def problems(self) -> list[str]:
        """What the fake platform found wrong in Haven's calls."""
        return []


# -- Discord ---------------------------------------------------------------------


def discord_text(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f.get('name')}: {f.get('value')}" for f in embed.get("fields") or []]
    return "\n".join(p for p in parts if p)


def discord_buttons(message: dict[str, Any]) -> list[str]:
    from tests.fakes.discord.driver import labels

    items = [c for row in message.get("components") or [] for c in row.get("components") or []]
    return labels(items)


class DiscordWorld(World):
    platform = "discord"

    def __init__(self, app: Haven, fake, adapter) -> None:
        from tests.fakes.discord.driver import DiscordDriver

        self.app = app
        self.fake = fake
        self.adapter = adapter
        self.driver = DiscordDriver(fake, adapter)

    @property
    def key(self) -> CommunityKey:
        return CommunityKey("discord", self.fake.guild_id)

    def refuse_dms(self, user: str, *, gone: bool = False) -> None:
        if gone:
            self.fake.users_gone.add(self.uid(user))
        else:
            self.fake.dms_closed.add(self.uid(user))

    def uid(self, user: str) -> str:
        return self.fake.user_id(user)

    def name_of(self, uid: str) -> str:
        return self.fake.names.get(uid, uid)

    def channel(self, name: str) -> str:
        return f"#{name}"

    def channel_id(self, name: str) -> str:
        return next(c["id"] for c in self.fake.channels.values() if c.get("name") == name)

    def discord_line(self, line: str) -> str:
        """A group's root command as Discord exposes it: ``/checkin`` →
        ``/checkin now`` (Discord cannot invoke a command with subcommands)."""
        from adapters.discord.commands import ROOT_SUBCOMMAND

        name, _, rest = line.strip().lstrip("/").partition(" ")
        registered = self.fake.commands.get("global", []) + self.fake.commands.get(
            self.fake.guild_id, []
        )
        top = next((c for c in registered if c["name"] == name), None)
        subs = {o["name"] for o in (top or {}).get("options") or [] if o.get("type") in (1, 2)}
        if subs and rest.split(" ", 1)[0] not in subs:
            return f"/{name} {ROOT_SUBCOMMAND} {rest}".rstrip()
        return line

    async def command(self, user: str, line: str) -> Outcome:
        shown = await self.driver.shown_after_command(user, self.discord_line(line))
        return Outcome(user, self.driver.seen(shown))

    async def press(self, user: str, label: str) -> Outcome:
        return Outcome(user, self.driver.seen(await self.driver.shown_after_click(user, label)))

    async def submit(self, user: str, values: dict[str, str], forged: bool = False) -> Outcome:
        shown = await self.driver.shown_after_submit(user, values, forged)
        return Outcome(user, self.driver.seen(shown))

    async def settle(self) -> None:
        await self.adapter.idle()

    def _in(self, channel_id: str | None) -> list[Post]:
        return [
            Post(discord_text(m), discord_buttons(m))
            for m in self.fake.messages.values()
            if m["channel_id"] == channel_id and not m.get("webhook_id")
        ]

    def dms(self, user: str) -> list[Post]:
        return self._in(self.fake.dm_channels.get(self.uid(user)))

    def posts(self, channel: str) -> list[Post]:
        return self._in(self.channel_id(channel))

    def spaces(self) -> list[tuple[list[str], list[Post]]]:
        out = []
        for cid, channel in self.fake.channels.items():
            if channel.get("type") in (11, 12):
                members = [
                    self.name_of(m)
                    for m in self.fake.thread_members.get(cid, [])
                    if m != self.fake.app_id
                ]
                out.append((sorted(members), self._in(cid)))
        return out

    def problems(self) -> list[str]:
        return list(self.fake.problems)


# -- Slack -------------------------------------------------------------------------


def slack_buttons(args: dict[str, Any]) -> list[str]:
    from tests.fakes.slack.driver import _blocks, _buttons

    return list(_buttons(_blocks(args)))


class SlackWorld(World):
    platform = "slack"

    def __init__(self, app: Haven, fake, adapter, driver) -> None:
        self.app = app
        self.fake = fake
        self.adapter = adapter
        self.driver = driver
        self._synced = 0  # fake.calls read into driver.shown (what buttons exist)

    @property
    def key(self) -> CommunityKey:
        return CommunityKey("slack", self.driver.team)

    def refuse_dms(self, user: str, *, gone: bool = False) -> None:
        self.fake.dm_refusals[self.uid(user)] = "user_disabled" if gone else "user_not_visible"

    def uid(self, user: str) -> str:
        return "U" + user.upper()

    def name_of(self, uid: str) -> str:
        return uid[1:].lower() if uid.startswith("U") else uid

    def channel_id(self, name: str) -> str:
        return next(c.id for c in self.fake.channels.values() if c.name == name)

    def channel(self, name: str) -> str:
        return f"<#{self.channel_id(name)}|{name}>"

    def _sync(self) -> None:
        """Every call so far, as things members can press buttons on."""
        calls = self.fake.calls
        while self._synced < len(calls):
            shown = self.driver._shown(calls[self._synced])
            self._synced += 1
            if shown is not None:
                self.driver.shown.append(shown)

    async def _exchange(self, user: str, body: str) -> Outcome:
        before = len(self.fake.calls)
        status, text = await self.driver.post(body)
        assert status == 200, (status, text)
        await self.adapter.tracker.drain()
        seen: list[Seen] = []
        ack = json.loads(text) if text.startswith("{") else None
        if ack and ack.get("response_action") == "errors":
            seen.append(Seen("form", "\n".join(ack["errors"].values()), [user], True, True))
        for call in self.fake.calls[before:]:
            shown = self.driver._shown(call)
            if shown is not None:
                seen.append(shown.seen)
        self._sync()
        return Outcome(user, seen)

    async def command(self, user: str, line: str) -> Outcome:
        return await self._exchange(user, self.driver.command_body(user, line))

    async def press(self, user: str, label: str) -> Outcome:
        self._sync()
        return await self._exchange(user, self.driver.click_body(user, label))

    async def submit(self, user: str, values: dict[str, str], forged: bool = False) -> Outcome:
        return await self._exchange(user, self.driver.submission_body(user, values, forged))

    async def settle(self) -> None:
        await self.adapter.tracker.drain()
        self._sync()

    def _in(self, channel_id: str) -> list[Post]:
        return [
            Post(shown_text(args), slack_buttons(args))
            for (cid, _ts), args in self.fake.messages.items()
            if cid == channel_id
        ]

    def dms(self, user: str) -> list[Post]:
        return self._in("D" + self.uid(user))

    def posts(self, channel: str) -> list[Post]:
        return self._in(self.channel_id(channel))

    def spaces(self) -> list[tuple[list[str], list[Post]]]:
        return [
            (sorted(self.name_of(m) for m in c.members), self._in(c.id))
            for c in self.fake.channels.values()
            if c.kind in ("mpim", "private")
        ]
