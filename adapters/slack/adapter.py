"""The Slack adapter: Haven's :class:`~bot.adapters.Adapter` over slack_sdk's
:class:`AsyncWebClient`.

Where things go on Slack:

- replies to a member go to the interaction's ``response_url`` (ephemeral or
  in channel, as the cog says); failing that, a public reply is posted in the
  channel and a private one goes by ``chat.postEphemeral``. A private reply
  with no message to answer (App Home) opens in a modal. Private replies fail
  closed: their content never goes to a DM or a channel instead (workspace
  owners can export DMs); the member is told privately, without any of it,
  that Haven could not show the reply (:data:`NOT_SHOWN`);
- DMs: ``conversations.open`` with the one member, then ``chat.postMessage``;
- private spaces: a group DM (``conversations.open``, up to 8 members) or,
  beyond that, a private channel (``conversations.create`` + ``invite``);
- forms: ``views.open`` with the trigger of the command or button.

Every ``chat.postMessage`` first waits for its channel's pace (about one
message per second, as Slack asks). With a :class:`~bot.ratelimit.RateLimiter`
(``haven run``) that pace is shared by every Haven process on the database
(bucket ``("slack", "channel:<id>")``); without one, it is kept in this
process (:class:`Pacer`). A 429 that still happens is retried by the client's
:class:`SharedRateLimitRetryHandler`: it pushes the channel's bucket back by
the Retry-After for every process, then waits for a fresh slot.

Tokens: with one workspace every call uses the one client (SLACK_BOT_TOKEN);
with multi-workspace OAuth each call uses a client with the bot token of the
workspace it concerns, found in the installation store (:meth:`SlackAdapter.api`).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
import re
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.platform import (
    Capability,
    Clock,
    CommunityKey,
    DoNotDisturb,
    File,
    Form,
    Invocation,
    Message,
    Rate,
    RateLimiter,
    Ref,
    Undeliverable,
    Visibility,
    count_dm_failed,
    count_rate_limited,
    error,
)

from .parse import PLATFORM, SlackHandle, community_key
from .render import modal, payload, reply_view

if TYPE_CHECKING:
    from .presence import Presence

log = logging.getLogger("haven.slack")

#: conversations.open takes at most this many users (a group DM); more → private channel.
GROUP_DM_LIMIT = 8
TRIGGER_ERRORS = {"expired_trigger_id", "invalid_trigger_id", "exchanged_trigger_id"}
CANNOT_POST = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}
#: chat.postMessage's answers for a DM channel that no longer takes messages.
DM_GONE = {"channel_not_found", "is_archived"}
#: Slack's answers that mean a member cannot get Haven's DM (P14: not delivered).
DM_REFUSED = {
    "cannot_dm_bot": "closed",
    "not_allowed_token_type": "closed",
    "user_not_visible": "closed",
    "user_not_found": "gone",
    "account_inactive": "gone",
    "user_disabled": "gone",
}
#: How long a workspace's bot token is reused before it is looked up again
#: (installs and uninstalls in this process drop it at once).
TOKEN_SECONDS = 60.0
#: Seconds between two posts in one channel: Slack asks for about one a second.
#: Slots exactly 1 s apart can reach Slack less than 1 s apart: posts to many
#: channels fall due together, and the last of a burst leaves tens of ms after
#: its slot (benchmarks/fanout.py on PostgreSQL: arrival gaps down to 0.94 s
#: at a 1.02 s pace, 20 429s; none at 1.08 s). Haven keeps an 8 % margin.
CHANNEL_PACE = 1.08
#: A channel's first post after a quiet spell is given a slot at least this far
#: ahead: the reservation's commit and the sender waking up happen within it,
#: so the post leaves on its slot rather than late — a late post followed by
#: an on-time one would be less than a second apart (see bot/ratelimit.py).
CHANNEL_LEAD = 0.1
#: Slack's tier of each Web API method Haven calls, in requests a minute per
#: workspace (https://api.slack.com/apis/rate-limits: Tier 2 20+, Tier 3 50+,
#: Tier 4 100+). chat.postMessage is not here: its "special tier" is the
#: per-channel pace above. With the shared limiter every call waits for its
#: bucket ``("slack", "method:<method>:<team or org>")`` first.
METHOD_TIERS: dict[str, float] = {
    "conversations.open": 50,  # Tier 3
    "chat.update": 50,  # Tier 3
    "chat.postEphemeral": 100,  # Tier 4
    "views.open": 100,  # Tier 4
    "views.publish": 100,  # Tier 4
    "users.info": 100,  # Tier 4
    "dnd.info": 50,  # Tier 3
    "conversations.create": 20,  # Tier 2
    "conversations.invite": 20,  # Tier 3 in Slack's catalogue; Tier 2 pace is the safe side
    "conversations.archive": 20,  # Tier 2
    "conversations.close": 20,  # Tier 2
    "files.getUploadURLExternal": 100,  # Tier 4 (files_upload_v2, one per file)
    "files.completeUploadExternal": 100,  # Tier 4
}
#: dnd.info lookups per workspace per minute before Do Not Disturb is treated as
#: unknown rather than waited for (below Tier 3, so the shared limiter rarely waits).
DND_PER_MINUTE = 40
#: users.info lookups of members' locales a minute per workspace (this
#: process): a share of users.info's ~100 that leaves room for the admin checks.
LOCALE_PER_MINUTE = 30
#: How long a member's answer waits for their locale the first time; past it
#: Haven answers in the community's language and asks again next time.
LOCALE_WAIT = 0.5
#: How long a member's Slack locale is trusted before it is asked again.
LOCALE_TTL = 3600.0
FORM_TOO_LATE = (
    "The form could not open in time (Slack allows about 3 seconds). Please run the command again."
)
#: What a member is told, privately, when Slack would not show them a private
#: reply: nothing of the reply itself, and a neutral notification text.
NOT_SHOWN = (
    "Haven couldn't show you its reply just now, and nothing of it was posted anywhere "
    "else. Please try again in a moment."
)
#: response_url answers that mean it will never work (expired, used up, unknown).
URL_GONE = {0, 404, 410}
#: chat.postEphemeral errors after which a short note may still get through the
#: same way (Slack's side, or the reply's own content); others are about the
#: place or the token, and the same call would fail again.
EPHEMERAL_RETRYABLE = {
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
    "ratelimited",
    "invalid_blocks",
    "invalid_blocks_format",
    "msg_too_long",
    "msg_blocks_too_long",
    "no_text",
    "invalid_arguments",
}


class TokenSource(Protocol):
    """Where each workspace's bot token comes from (multi-workspace OAuth)."""

    async def bot_token(self, team_id: str, enterprise_id: str = "") -> str | None: ...


class NotInstalled(RuntimeError):
    """Haven has no installation (bot token) for this workspace."""


class Pacer:
    """About one message per ``interval`` seconds per channel.

    Each send reserves the next free slot of its channel, so concurrent sends
    queue up in order without a lock. Uses the event loop's monotonic time:
    this is about Slack's wall-clock rate limits, not Haven's (virtual) clock.
    """

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}

    async def wait(self, channel: str) -> None:
        if self.interval <= 0:
            return
        now = asyncio.get_running_loop().time()
        if len(self._next) > 1000:
            self._next = {c: t for c, t in self._next.items() if t > now}
        slot = max(now, self._next.get(channel, 0.0))
        self._next[channel] = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


#: The shared bucket the current Web API call was paced by (the SDK's retry
#: handler sees only the HTTP request, not which channel it was for).
PACED: contextvars.ContextVar[tuple[RateLimiter, tuple[str, str], Rate] | None] = (
    contextvars.ContextVar("haven_slack_paced", default=None)
)


def channel_bucket(channel: str) -> tuple[str, str]:
    return (PLATFORM, f"channel:{channel}")


def method_bucket(method: str, workspace: str) -> tuple[str, str]:
    """A Web API method's tier bucket in one workspace (team id, or Grid org id)."""
    return (PLATFORM, f"method:{method}:{workspace}")


class PacedWebClient(AsyncWebClient):
    """An AsyncWebClient for one workspace whose every Web API call first waits
    for its method's tier bucket (:meth:`SlackAdapter.paced`). Pacing at
    ``api_call`` also covers the calls slack_sdk makes on Haven's behalf
    (files_upload_v2's steps)."""

    def __init__(self, *args, workspace: str, adapter: SlackAdapter, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.workspace = workspace
        self._adapter = adapter

    async def api_call(self, api_method: str, **kwargs):  # type: ignore[override]
        async with self._adapter.paced(self.workspace, api_method):
            return await super().api_call(api_method, **kwargs)


class SharedRateLimitRetryHandler(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's 429 handler, telling every Haven process about the 429.

    For a call paced by the shared limiter, the channel's bucket is pushed
    back by the Retry-After (for all processes on the database) and the retry
    then waits for its own slot like any other send. Other calls keep the
    SDK's behaviour: sleep Retry-After (+ up to 1 s), retry.
    """

    async def prepare_for_next_attempt_async(self, *, state, request, response=None, error=None):
        if response is not None:
            count_rate_limited(PLATFORM)
        paced = PACED.get()
        if response is None or paced is None:
            return await super().prepare_for_next_attempt_async(
                state=state, request=request, response=response, error=error
            )
        limiter, key, rate = paced
        state.next_attempt_requested = True
        await limiter.push(key, _retry_after(response.headers))
        await limiter.acquire(key, rate)
        state.increment_current_attempt()


def _retry_after(headers) -> float:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(0.0, float(raw))
            except (TypeError, ValueError):
                break
    return 1.0 + random.random()


class Tracker:
    """Counts work running after an ack, so shutdown and tests can wait for it."""

    def __init__(self) -> None:
        self._running = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @asynccontextmanager
    async def work(self) -> AsyncIterator[None]:
        self._running += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._running -= 1
            if self._running == 0:
                self._idle.set()

    async def drain(self) -> None:
        await self._idle.wait()


@dataclass
class _Admin:
    value: bool
    until: float


@dataclass
class _Locale:
    value: str | None
    until: float


class SlackAdapter:
    platform = PLATFORM
    capabilities = frozenset(
        {
            Capability.EDIT,
            Capability.FORMS,
            Capability.SPACES,
            Capability.FILES,
            Capability.RETAINED_DMS,
            Capability.PROFILE_ZONE,
            Capability.DO_NOT_DISTURB,
        }
    )

    def __init__(
        self,
        client: AsyncWebClient,
        clock: Clock,
        *,
        pace: float = 1.0,
        tokens: TokenSource | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        #: the Web API client: with one bot token (SLACK_BOT_TOKEN) it makes
        #: every call; with OAuth (``tokens``) it is the template of each
        #: workspace's client
        self.client = client
        self.tokens = tokens
        self._clients: dict[str, tuple[AsyncWebClient, float]] = {}
        self._orgs: dict[str, str] = {}  # team → Grid enterprise, as seen
        self.clock = clock
        self.pacer = Pacer(pace)
        #: shared by all processes on the database; None → the in-process pacer
        self.limiter = limiter if pace > 0 else None
        self.channel_rate = Rate(per_second=1.0 / pace, lead=CHANNEL_LEAD) if pace > 0 else None
        #: method → requests a minute per workspace (a copy of
        #: :data:`METHOD_TIERS`; tests lower it); used with the shared limiter
        self.tiers: dict[str, float] = dict(METHOD_TIERS)
        self._paced_clients: dict[str, PacedWebClient] = {}
        self.tracker = Tracker()
        self._dm_channels: dict[tuple[str, str], str] = {}
        self._group_dms: set[str] = set()
        self._cannot_post: set[tuple[str, str]] = set()
        self._admins: dict[tuple[str, str], _Admin] = {}
        self._locales: dict[tuple[str, str], _Locale] = {}
        self._locale_asked: dict[str, list[float]] = {}
        #: When this process last asked dnd.info, per workspace (a minute's worth).
        self._dnd_asked: dict[str, list[float]] = {}
        self._events: OrderedDict[str, None] = OrderedDict()
        #: which workspaces are known installed (set by build_bolt)
        self.presence: Presence | None = None

    # -- the protocol -----------------------------------------------------

    async def send(self, community: CommunityKey, channel_id: str, msg: Message) -> Ref:
        self.note(community)
        ts = await self._post(community.workspace_id, channel_id, msg)
        return Ref(PLATFORM, community.workspace_id, f"{channel_id}:{ts}")

    async def send_dm(self, community: CommunityKey, user_id: str, msg: Message) -> Ref:
        key = (community.workspace_id, user_id)
        try:
            try:
                channel = await self._dm_channel(*key)
                return await self.send(community, channel, msg)
            except SlackApiError as exc:
                if exc.response.get("error") not in DM_GONE or key not in self._dm_channels:
                    raise
                # The DM we knew is gone (the member was deactivated, say):
                # conversations.open again says why, or opens a new one.
                del self._dm_channels[key]
                channel = await self._dm_channel(*key)
                return await self.send(community, channel, msg)
        except SlackApiError as exc:
            reason = DM_REFUSED.get(str(exc.response.get("error", "")))
            if reason is None:
                raise
            count_dm_failed(PLATFORM, reason)
            raise Undeliverable(reason) from exc

    async def reply(self, invocation: Invocation, msg: Message) -> Ref | None:
        community = invocation.community
        self.note(community)
        if msg.visibility is Visibility.DM:
            return await self.send_dm(community, invocation.user_id, msg)
        public = msg.visibility is Visibility.PUBLIC
        handle = invocation.handle if isinstance(invocation.handle, SlackHandle) else None
        files_note = ""
        if msg.files and not public:
            files_note = "\n_The file is in your direct messages with Haven._"
        body = payload(_with_note(msg, files_note))
        ref: Ref | None = None
        if public:
            sent = False
            if handle and handle.response_url:
                sent = await self._respond(handle.response_url, body, public) == 200
            if not sent and invocation.channel_id:
                return await self.send(community, invocation.channel_id, msg)
            if not sent:
                return await self.send_dm(community, invocation.user_id, msg)
        elif not await self._private_reply(invocation, handle, msg, body):
            return None  # fail closed: not even the files go anywhere
        if msg.files:
            team = community.workspace_id
            if public and invocation.channel_id:
                await self._upload(team, invocation.channel_id, msg.files)
            else:
                dm = await self._dm_channel(team, invocation.user_id)
                await self._upload(team, dm, msg.files)
        return ref

    async def edit(self, ref: Ref, msg: Message) -> None:
        channel, _, ts = ref.id.partition(":")
        client = await self.api(ref.workspace)
        await client.chat_update(channel=channel, ts=ts, **payload(msg))

    async def open_form(self, invocation: Invocation, form: Form) -> None:
        handle = invocation.handle if isinstance(invocation.handle, SlackHandle) else None
        if handle is None or not handle.trigger_id:
            await self.reply(invocation, error(FORM_TOO_LATE))
            return
        meta = {"c": handle.channel_id or "", "r": handle.response_url or ""}
        self.note(invocation.community)
        client = await self.api(invocation.community.workspace_id)
        try:
            await client.views_open(trigger_id=handle.trigger_id, view=modal(form, meta))
        except SlackApiError as exc:
            if exc.response.get("error") not in TRIGGER_ERRORS:
                raise
            await self.reply(invocation, error(FORM_TOO_LATE))

    async def create_private_space(
        self, community: CommunityKey, name: str, member_ids: list[str], welcome: Message
    ) -> Ref:
        self.note(community)
        client = await self.api(community.workspace_id)
        members = list(dict.fromkeys(member_ids))
        if len(members) <= GROUP_DM_LIMIT:
            opened = await client.conversations_open(users=",".join(members))
            channel = opened["channel"]["id"]
            self._group_dms.add(channel)
        else:
            channel = await self._private_channel(client, name)
            await client.conversations_invite(channel=channel, users=",".join(members))
        space = Ref(PLATFORM, community.workspace_id, channel)
        await self.post_in_space(space, welcome)
        return space

    async def post_in_space(self, space: Ref, msg: Message) -> Ref:
        team = space.workspace
        return await self.send(community_key(team, self._orgs.get(team, "")), space.id, msg)

    async def close_space(self, space: Ref) -> None:
        """Archive a private channel; a group DM cannot be archived, so Haven
        closes it on its side (members keep their own history)."""
        client = await self.api(space.workspace)
        calls = (client.conversations_close,) if space.id in self._group_dms else ()
        calls += (client.conversations_archive, client.conversations_close)
        for call in calls:
            try:
                await call(channel=space.id)
                return
            except SlackApiError as exc:
                problem = exc.response.get("error")
                if problem in ("already_archived", "channel_not_found"):
                    return
                if problem not in ("method_not_supported_for_channel_type", "cant_archive_mpim"):
                    raise

    async def grant_role(self, community: CommunityKey, user_id: str, role: str) -> None:
        """Slack has no roles (the ROLES capability is not offered): nothing to do."""

    async def can_post(self, community: CommunityKey, channel_id: str) -> bool:
        """False once Slack refused a post there (not a member, archived, gone),
        until a post succeeds again; checking membership up front would need the
        channels:read and groups:read scopes, which Haven does not ask for."""
        if (community.workspace_id, channel_id) in self._cannot_post:
            return False
        if self.tokens is not None:
            self.note(community)
            try:
                await self.api(community.workspace_id)
            except NotInstalled:
                return False
        return True

    # -- helpers for the listeners ----------------------------------------

    async def is_admin(self, team_id: str, user_id: str) -> bool:
        """Workspace admins and owners count as moderators (users.info, cached)."""
        now = asyncio.get_running_loop().time()
        cached = self._admins.get((team_id, user_id))
        if cached and cached.until > now:
            return cached.value
        try:
            client = await self.api(team_id)
            info = await client.users_info(user=user_id, include_locale=True)
            user = info.get("user") or {}
            value = bool(user.get("is_admin") or user.get("is_owner"))
            self._locales[(team_id, user_id)] = _Locale(user.get("locale"), now + LOCALE_TTL)
        except (SlackApiError, NotInstalled):
            value = False
        self._admins[(team_id, user_id)] = _Admin(value, now + 300)
        return value

    async def user_locale(self, team_id: str, user_id: str) -> str | None:
        """The member's Slack language (users.info with ``include_locale``,
        ``es-ES``), kept for :data:`LOCALE_TTL`; the admin check fills it too.

        Never more than a short wait: a lookup not answered within
        :data:`LOCALE_WAIT`, or past :data:`LOCALE_PER_MINUTE` in the workspace
        this minute, is None (the community's language, else English) and is
        asked again on the member's next command — a burst of new members does
        not queue behind users.info's pace."""
        key = (team_id, user_id)
        now = asyncio.get_running_loop().time()
        cached = self._locales.get(key)
        if cached and cached.until > now:
            return cached.value
        if not _within(self._locale_asked, team_id, LOCALE_PER_MINUTE, now):
            return None
        try:
            client = await self.api(team_id)
            info = await asyncio.wait_for(
                client.users_info(user=user_id, include_locale=True), LOCALE_WAIT
            )
        except (SlackApiError, NotInstalled, TimeoutError):
            return None
        value = (info.get("user") or {}).get("locale") or None
        self._locales[key] = _Locale(value, now + LOCALE_TTL)
        return value

    async def profile_zone(self, community: CommunityKey, user_id: str) -> str | None:
        """The zone of the member's Slack profile (users.info ``tz``)."""
        try:
            client = await self.api(community.workspace_id)
            info = await client.users_info(user=user_id)
        except (SlackApiError, NotInstalled):
            return None
        return (info.get("user") or {}).get("tz") or None

    async def do_not_disturb(self, community: CommunityKey, user_id: str) -> DoNotDisturb | None:
        """The member's Do Not Disturb (dnd.info, scope ``dnd:read``); None when
        Slack could not say (the engine then sends as if it were off).

        Never a wait: dnd.info is Tier 3 (about 50 a minute per workspace), and
        a thousand 08:30 prompts must not queue twenty minutes behind it. Past
        :data:`DND_PER_MINUTE` lookups in a workspace this minute, the answer is
        None at once (quiet hours still hold; DND is read again next time)."""
        if not self._dnd_budget(community.workspace_id):
            return None
        try:
            client = await self.api(community.workspace_id)
            info = await client.dnd_info(user=user_id)
        except (SlackApiError, NotInstalled):
            return None

        def at(name: str) -> datetime | None:
            value = info.get(name)
            return datetime.fromtimestamp(int(value), UTC) if value else None

        return DoNotDisturb(
            start=at("next_dnd_start_ts") if info.get("dnd_enabled") else None,
            end=at("next_dnd_end_ts") if info.get("dnd_enabled") else None,
            snooze_end=at("snooze_endtime") if info.get("snooze_enabled") else None,
        )

    def _dnd_budget(self, team_id: str) -> bool:
        """Whether one more dnd.info fits this minute (this process's share)."""
        now = asyncio.get_running_loop().time()
        return _within(self._dnd_asked, team_id, DND_PER_MINUTE, now)

    def first_time(self, event_id: str | None) -> bool:
        """False for an event already handled (Slack retries unacked events)."""
        if not event_id:
            return True
        if event_id in self._events:
            return False
        self._events[event_id] = None
        while len(self._events) > 2000:
            self._events.popitem(last=False)
        return True

    async def publish_home(self, team_id: str, user_id: str, view: dict) -> None:
        client = await self.api(team_id)
        await client.views_publish(user_id=user_id, view=view)

    # -- workspaces and their tokens ------------------------------------

    def note(self, community: CommunityKey) -> None:
        """Remember which Grid org a workspace belongs to (for its org-wide token)."""
        if community.enterprise_id and community.workspace_id:
            self._orgs[community.workspace_id] = community.enterprise_id

    async def api(self, team_id: str) -> AsyncWebClient:
        """The Web API client for ``team_id``: the one client with a single bot
        token; with OAuth, a client with the workspace's own bot token (from the
        installation store, reused for :data:`TOKEN_SECONDS`)."""
        if self.tokens is None:
            if self.limiter is None:
                return self.client
            # One token; a paced copy per workspace (its tier buckets).
            paced = self._paced_clients.get(team_id)
            if paced is None:
                paced = self._client_for(team_id, self.client.token)
                self._paced_clients[team_id] = paced
            return paced
        now = asyncio.get_running_loop().time()
        cached = self._clients.get(team_id)
        if cached is not None and cached[1] > now:
            return cached[0]
        token = await self.tokens.bot_token(team_id, self._orgs.get(team_id, ""))
        if not token:
            self._clients.pop(team_id, None)
            raise NotInstalled(f"Haven is not installed in the Slack workspace {team_id}")
        client = self._client_for(team_id, token)
        self._clients[team_id] = (client, now + TOKEN_SECONDS)
        return client

    def _client_for(self, team_id: str, token: str | None) -> AsyncWebClient:
        options = {
            "token": token,
            "base_url": self.client.base_url,
            "timeout": self.client.timeout,
            "logger": self.client.logger,
            "retry_handlers": self.client.retry_handlers,
        }
        if self.limiter is None:
            return AsyncWebClient(**options)
        return PacedWebClient(workspace=team_id, adapter=self, **options)

    @asynccontextmanager
    async def paced(self, workspace: str, method: str) -> AsyncIterator[None]:
        """Wait for ``method``'s tier slot in ``workspace`` (shared by every
        process on the database); a 429 inside pushes that bucket back for all
        of them (:class:`SharedRateLimitRetryHandler`). Methods without a tier
        here (chat.postMessage: paced per channel) pass straight through."""
        per_minute = self.tiers.get(method)
        if self.limiter is None or not per_minute:
            yield
            return
        key = method_bucket(method, workspace)
        rate = Rate(per_second=per_minute / 60.0)
        await self.limiter.acquire(key, rate)
        token = PACED.set((self.limiter, key, rate))
        try:
            yield
        finally:
            PACED.reset(token)

    def forget_tokens(self) -> None:
        """An installation was saved or deleted: look tokens up afresh."""
        self._clients.clear()

    # -- Slack calls ------------------------------------------------------

    async def _post(self, team_id: str, channel: str, msg: Message) -> str:
        client = await self.api(team_id)
        token = None
        if self.limiter is not None and self.channel_rate is not None:
            key = channel_bucket(channel)
            await self.limiter.acquire(key, self.channel_rate)
            token = PACED.set((self.limiter, key, self.channel_rate))
        else:
            await self.pacer.wait(channel)
        try:
            response = await client.chat_postMessage(channel=channel, **payload(msg))
        except SlackApiError as exc:
            if exc.response.get("error") in CANNOT_POST:
                self._cannot_post.add((team_id, channel))
            raise
        finally:
            if token is not None:
                PACED.reset(token)
        self._cannot_post.discard((team_id, channel))
        if msg.files:
            await self._upload(team_id, channel, msg.files)
        return response["ts"]

    async def _dm_channel(self, team_id: str, user_id: str) -> str:
        key = (team_id, user_id)
        if key not in self._dm_channels:
            client = await self.api(team_id)
            opened = await client.conversations_open(users=user_id)
            self._dm_channels[key] = opened["channel"]["id"]
        return self._dm_channels[key]

    async def _private_reply(
        self, invocation: Invocation, handle: SlackHandle | None, msg: Message, body: dict
    ) -> bool:
        """Show a private reply to the member only: the response_url, then
        chat.postEphemeral in the channel; with neither (App Home), a modal.
        If Slack shows it nowhere, the member is told so privately, without
        any of it (:meth:`_not_shown`), and False is returned."""
        team, user = invocation.community.workspace_id, invocation.user_id
        url = handle.response_url if handle else None
        retry_url: str | None = None
        retry_channel: str | None = None
        if url:
            status = await self._respond(url, body, False)
            if status == 200:
                return True
            retry_url = url if status not in URL_GONE else None
        channel = invocation.channel_id
        if channel:
            problem = await self._ephemeral(team, channel, user, body)
            if not problem:
                return True
            retry_channel = channel if problem in EPHEMERAL_RETRYABLE else None
        elif not url and handle and handle.trigger_id:
            # No message to answer (a button or form in App Home): a modal is
            # the member's alone and is not kept as a message.
            if await self._reply_modal(team, handle.trigger_id, msg):
                return True
        log.warning(
            "Slack did not show a private reply in workspace %s (response_url: %s, "
            "ephemeral: %s); the reply is not sent anywhere else",
            team,
            "tried" if url else "none",
            "tried" if channel else "none",
        )
        await self._not_shown(invocation, retry_url, retry_channel)
        return False

    async def _not_shown(
        self, invocation: Invocation, url: str | None, channel: str | None
    ) -> None:
        """Tell the member, privately and without any of the reply, that Haven
        could not show it: the same way again where the failure may pass,
        else a DM. If nothing works, a content-free warning and nothing else."""
        community, user = invocation.community, invocation.user_id
        note = Message(text=NOT_SHOWN)
        body = payload(note)
        if url and await self._respond(url, body, False) == 200:
            return
        if channel and not await self._ephemeral(community.workspace_id, channel, user, body):
            return
        try:
            await self.send_dm(community, user, note)
        except Exception as exc:
            log.warning(
                "could not tell a member in Slack workspace %s that a reply was not "
                "shown (%s); dropped",
                community.workspace_id,
                type(exc).__name__,
            )

    async def _respond(self, url: str, body: dict, public: bool) -> int:
        """POST to a response_url; its HTTP status, 0 if it could not be reached."""
        hook = AsyncWebhookClient(url, retry_handlers=self.client.retry_handlers)
        data = {
            **body,
            "response_type": "in_channel" if public else "ephemeral",
            "replace_original": False,
        }
        try:
            response = await hook.send_dict(data)
        except Exception as exc:  # expired or unreachable; the URL itself is a secret
            log.warning("response_url failed (%s)", type(exc).__name__)
            return 0
        return response.status_code

    async def _ephemeral(self, team_id: str, channel: str, user_id: str, body: dict) -> str:
        """chat.postEphemeral; "" once shown, else Slack's error (or why not)."""
        try:
            client = await self.api(team_id)
            await client.chat_postEphemeral(channel=channel, user=user_id, **body)
        except SlackApiError as exc:
            return str(exc.response.get("error") or "failed")
        except NotInstalled:
            return "not_installed"
        except Exception as exc:  # unreachable: not shown, and never elsewhere
            log.warning("chat.postEphemeral failed (%s)", type(exc).__name__)
            return "unreachable"
        return ""

    async def _reply_modal(self, team_id: str, trigger_id: str, msg: Message) -> bool:
        try:
            client = await self.api(team_id)
            await client.views_open(trigger_id=trigger_id, view=reply_view(msg))
        except (SlackApiError, NotInstalled):
            return False
        except Exception as exc:
            log.warning("views.open failed (%s)", type(exc).__name__)
            return False
        return True

    async def _upload(self, team_id: str, channel: str, files: tuple[File, ...]) -> None:
        uploads = [{"filename": f.filename, "content": f.data, "title": f.filename} for f in files]
        client = await self.api(team_id)
        await client.files_upload_v2(file_uploads=uploads, channel=channel)

    async def _private_channel(self, client: AsyncWebClient, name: str) -> str:
        base = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).strip("-")[:60] or "haven-space"
        for attempt in range(5):
            candidate = base if attempt == 0 else f"{base}-{attempt + 1}"
            try:
                created = await client.conversations_create(name=candidate, is_private=True)
                return created["channel"]["id"]
            except SlackApiError as exc:
                if exc.response.get("error") != "name_taken":
                    raise
        suffix = int(self.clock.now().timestamp())
        created = await client.conversations_create(name=f"{base}-{suffix}", is_private=True)
        return created["channel"]["id"]


def _with_note(msg: Message, note: str) -> Message:
    if not note:
        return msg
    return replace(msg, text=msg.text + note)


def _within(asked: dict[str, list[float]], team_id: str, per_minute: int, now: float) -> bool:
    """Whether one more call fits ``team_id``'s minute in ``asked`` (and count it)."""
    recent = [t for t in asked.get(team_id, []) if now - t < 60.0]
    asked[team_id] = recent
    if len(recent) >= per_minute:
        return False
    recent.append(now)
    return True
