"""The Adapter protocol on Discord (discord.py 2.7).

Replies answer the interaction (ephemeral = flag 64) or, once answered or
deferred, edit that answer / send follow-ups on the interaction token. Channel
posts, DMs, private threads and roles are plain REST calls through discord.py's
HTTP client, so its rate-limit handling (per-route buckets, global 429s)
applies to every one of them.

Bulk sends (channel posts, DMs, posts in private threads) first take a slot
of the token's global bucket ``("discord", "global")`` from the shared
:class:`~bot.ratelimit.RateLimiter`, so every Haven process on the database
together stays under Discord's 50 requests/s; discord.py still keeps the
per-route buckets. A global 429 that happens anyway (seen through an aiohttp
trace on discord.py's session, :meth:`DiscordAdapter.rate_trace`) pushes the
bucket back by its ``retry_after`` for every process.

Interaction replies are remembered by message id while their token can still
edit them (Discord's 15 minutes), and at most :data:`MAX_REPLIES` of them: an
edit after that goes through the channel, as for any other message.

DM interactions carry no guild: :meth:`DiscordAdapter.dm_community` resolves
the community a DM's component names (see :mod:`.render`) and acts only for a
member of it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import aiohttp
import discord

from bot.platform import (
    ENGLISH,
    Button,
    ButtonStyle,
    Capability,
    CommunityKey,
    EngineSettings,
    Form,
    FormErrors,
    FormField,
    Invocation,
    Message,
    Rate,
    Ref,
    Undeliverable,
    Visibility,
    count_dm_failed,
    count_rate_limited,
    error,
    named,
    plain,
    read_community_settings,
    translate,
)

from .direct import member_servers
from .interactions import PLATFORM, REOPEN_FORM, Pending
from .render import render, tag_for_dm

if TYPE_CHECKING:
    from bot.platform import Haven

log = logging.getLogger("haven.discord")

#: After a member's DMs turned out closed, Haven does not try again for this long.
DM_RETRY_AFTER = timedelta(hours=12)
DM_CLOSED_NOTE = (
    "I tried to send you a direct message, but your DMs are closed for this server. "
    "To get Haven's private reminders, allow direct messages from server members "
    "(server name → Privacy Settings)."
)
SPACE_ARCHIVE_MINUTES = 10080  # a week: pods talk now and then
MAX_MODAL_INPUTS = 5
#: An interaction token edits its replies for 15 minutes
#: (interactions/receiving-and-responding); Haven forgets a reply after that.
REPLY_TOKEN_LIFETIME = timedelta(minutes=15)
#: The most interaction replies kept for editing at once (a few kB each).
MAX_REPLIES = 1000
#: A DM component whose community the presser is no member of (or left Haven in).
NOT_A_MEMBER = (
    "That button is for a server where Haven doesn't know you (any more), "
    "so nothing was changed. Use Haven's commands inside your server."
)
#: An old, untagged DM component of a member of several Haven servers.
WHICH_SERVER = (
    "Haven can't tell which server that older message was for, so nothing was "
    "changed. Use the command inside your server instead."
)
#: Discord error codes (topics/opcodes-and-status-codes).
CANNOT_DM = 50007
UNKNOWN_EVENT = 10070
TOO_MANY_EVENTS = 30038  # 100 scheduled or active events per guild
#: Guild scheduled event limits (resources/guild-scheduled-event).
EVENT_NAME_LIMIT = 100
EVENT_LOCATION_LIMIT = 100
EVENT_DESCRIPTION_LIMIT = 1000
NO_LINK_LOCATION = "See the announcement"
EVENT_REASON = "Haven meeting mirror"
#: Discord's global limit is 50 requests/s per bot token (topics/rate-limits);
#: Haven aims a little lower so network jitter does not bunch 51 into a second.
GLOBAL_BUCKET = (PLATFORM, "global")
GLOBAL_RATE = Rate(per_second=48, batch=5)


class ScheduledEventLimit(RuntimeError):
    """The server already has Discord's 100 upcoming scheduled events."""


@dataclass
class _Closed:
    until: datetime
    told: bool = False


@dataclass
class _Reply:
    """An interaction reply Haven may still edit through the interaction's token."""

    interaction: discord.Interaction
    until: datetime
    dm_guild: str | None = None


def split_ref(ref: Ref) -> tuple[int, int]:
    channel, _, message = ref.id.partition(":")
    return int(channel), int(message)


class DiscordAdapter:
    platform = PLATFORM
    capabilities = frozenset(
        {
            Capability.EDIT,
            Capability.FORMS,
            Capability.SPACES,
            Capability.ROLES,
            Capability.FILES,
            Capability.SCHEDULED_EVENTS,
        }
    )

    def __init__(self, app: Haven) -> None:
        self.app = app
        self.client: discord.Client | None = None
        self._dm_channels: dict[str, int] = {}
        self._dm_channel_ids: set[int] = set()  # the same channels, by id
        #: DM channels being opened: concurrent sends to one member share one call
        self._dm_opening: dict[str, asyncio.Future[int]] = {}
        self._dm_closed: dict[tuple[str, str], _Closed] = {}
        #: interaction replies by message id, to edit ephemeral ones (15 min token);
        #: oldest first, bounded by time and by :attr:`max_replies`.
        self._replies: OrderedDict[int, _Reply] = OrderedDict()
        self.max_replies = MAX_REPLIES
        self._last_form_values: dict[tuple[str, str], dict[str, str]] = {}
        #: The form last opened per (member, form id), as the cog built it (its
        #: community's choices filled in), so "Try again" reopens that one;
        #: oldest forgotten first beyond :data:`MAX_REPLIES`.
        self._opened_forms: OrderedDict[tuple[str, str], Form] = OrderedDict()
        #: interaction handlers running now (tests and shutdown wait for them).
        self.inflight: set[asyncio.Future] = set()
        #: the token's global bucket, shared by every process on the database
        self.limiter = app.limiter
        self.global_rate = GLOBAL_RATE
        #: global 429s Discord answered this process (benchmarks, logs)
        self.global_429s = 0

    async def idle(self) -> None:
        """Wait until no interaction is being handled (tests, shutdown)."""
        while self.inflight:
            await asyncio.wait(set(self.inflight))

    @property
    def http(self):
        assert self.client is not None, "the Discord client is not running"
        return self.client.http

    # -- the shared global rate limit ------------------------------------

    async def _slot(self) -> None:
        """Wait for this process's turn in the token's global bucket."""
        await self.limiter.acquire(GLOBAL_BUCKET, self.global_rate)

    def rate_trace(self) -> aiohttp.TraceConfig:
        """An aiohttp trace for discord.py's HTTP session: a global 429 pushes the
        shared bucket back by its ``retry_after`` (plus one slot, which
        discord.py's own retry of that request takes) for every process."""
        trace = aiohttp.TraceConfig()

        async def on_request_end(_session, _ctx, params: aiohttp.TraceRequestEndParams) -> None:
            response = params.response
            if response.status != 429:
                return
            count_rate_limited(PLATFORM)
            headers = response.headers
            scope = headers.get("X-RateLimit-Scope", "")
            if headers.get("X-RateLimit-Global", "").lower() != "true" and scope != "global":
                return  # a per-route or shared bucket: discord.py handles it
            retry_after = _float(headers.get("Retry-After"), 1.0)
            try:
                # the body has the exact figure; aiohttp keeps it for discord.py
                retry_after = _float((await response.json()).get("retry_after"), retry_after)
            except Exception:
                pass
            self.global_429s += 1
            await self.limiter.push(GLOBAL_BUCKET, retry_after + self.global_rate.interval)

        trace.on_request_end.append(on_request_end)
        return trace

    # -- replies ----------------------------------------------------------

    async def reply(self, invocation: Invocation, msg: Message) -> Ref | None:
        pending: Pending | None = invocation.handle
        if pending is None:
            if invocation.channel_id and msg.visibility is Visibility.PUBLIC:
                return await self.send(invocation.community, invocation.channel_id, msg)
            return await self.send_dm(invocation.community, invocation.user_id, msg)
        if msg.visibility is Visibility.DM:
            await self.send_dm(invocation.community, invocation.user_id, msg)
            msg = Message(text="I sent you a direct message.")
        async with pending.lock:
            return await self._answer(
                pending, msg, ephemeral=msg.visibility is not Visibility.PUBLIC
            )

    async def answer_privately(self, pending: Pending, text: str) -> None:
        """Answer an interaction with a short private note (deferred or not)."""
        async with pending.lock:
            await self._answer(pending, Message(text=text), ephemeral=True)

    async def answer_with_view(self, pending: Pending, text: str, view: discord.ui.View) -> None:
        """Answer privately with components the adapter built itself."""
        text = named(text)
        async with pending.lock:
            interaction = pending.interaction
            if not pending.responded:
                await interaction.response.send_message(text, view=view, ephemeral=True)
            elif pending.deferred and not pending.answered:
                pending.answered = True
                await interaction.edit_original_response(content=text, view=view)
            else:
                await interaction.followup.send(text, view=view, ephemeral=True)

    async def _answer(self, pending: Pending, msg: Message, *, ephemeral: bool) -> Ref | None:
        interaction = pending.interaction
        kwargs = render(msg, dm_guild=pending.dm_guild)
        message_id: int | None = None
        if not pending.responded:
            response = await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
            message_id = response.message_id
        elif pending.deferred and not pending.answered:
            pending.answered = True
            if pending.deferred_ephemeral == ephemeral:
                files = kwargs.pop("files", None)
                if files:
                    kwargs["attachments"] = files
                sent = await interaction.edit_original_response(**kwargs)
            else:
                # The deferred response's visibility is fixed; say where the answer is.
                note = "Posted in the channel." if not ephemeral else "Done."
                await interaction.edit_original_response(content=note)
                sent = await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)
            message_id = sent.id
        else:
            sent = await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)
            message_id = sent.id
        if message_id is None:
            return None
        self._remember(message_id, pending)
        return Ref(PLATFORM, pending.community_id, f"{interaction.channel_id}:{message_id}")

    def _remember(self, message_id: int, pending: Pending) -> None:
        """Keep a reply editable while its token lives; forget expired ones and,
        past :attr:`max_replies`, the oldest."""
        now = self.app.clock.now()
        self._forget_expired(now)
        self._replies[message_id] = _Reply(
            pending.interaction, now + REPLY_TOKEN_LIFETIME, pending.dm_guild
        )
        self._replies.move_to_end(message_id)
        while len(self._replies) > self.max_replies:
            self._replies.popitem(last=False)

    def _forget_expired(self, now: datetime) -> None:
        while self._replies:
            oldest = next(iter(self._replies.values()))
            if oldest.until > now:
                break
            self._replies.popitem(last=False)

    def _reply(self, message_id: int) -> _Reply | None:
        self._forget_expired(self.app.clock.now())
        return self._replies.get(message_id)

    async def defer_now(self, pending: Pending, ephemeral: bool) -> None:
        """Type 5 (commands) / thinking defer (components); caller holds the lock."""
        await pending.interaction.response.defer(ephemeral=ephemeral, thinking=True)
        pending.deferred = True
        pending.deferred_ephemeral = ephemeral

    async def ensure_answered(self, pending: Pending) -> None:
        """After Haven is done: every interaction must have an answer, and a member
        whose DMs were closed hears about it privately, once."""
        async with pending.lock:
            interaction = pending.interaction
            if not pending.responded:
                if interaction.type is discord.InteractionType.component:
                    await interaction.response.defer()  # type 6: nothing to change
                else:
                    await interaction.response.send_message("Done.", ephemeral=True)
            elif pending.deferred and not pending.answered:
                pending.answered = True
                await interaction.edit_original_response(content="Done.")
            key = (pending.community_id, str(interaction.user.id))
            closed = self._dm_closed.get(key)
            if closed is not None and not closed.told:
                closed.told = True
                await interaction.followup.send(named(DM_CLOSED_NOTE), ephemeral=True)

    async def reply_form_errors(self, invocation: Invocation, problems: FormErrors) -> None:
        """Discord modals cannot show errors inside: answer privately, with a
        button that reopens the form with what the member typed."""
        self._last_form_values[(invocation.user_id, invocation.form_id)] = dict(invocation.values)
        language = invocation.language or ENGLISH  # settled by the engine's check
        lines = [f"- {reason}" for reason in problems.errors.values()]
        again = translate(language, "form-try-again")
        msg = error(
            "\n".join([translate(language, "form-problems-heading"), *lines]),
            buttons=(
                Button(f"{REOPEN_FORM}{invocation.form_id}"[:100], again, ButtonStyle.PRIMARY),
            ),
        )
        await self.reply(invocation, msg)

    # -- DMs --------------------------------------------------------------

    async def dm_community(
        self, interaction: discord.Interaction, guild_id: str | None
    ) -> tuple[CommunityKey | None, str]:
        """The community a DM interaction acts in, or ``None`` and why not.

        ``guild_id`` is the one the component's id names. Haven acts only where
        the presser has a member row (they answered the privacy notice there)
        and Haven is still in the server. A DM is between Haven and the presser
        alone, and Discord accepts only components that are on the message, so
        the id was Haven's own; the member check also keeps an old button from
        acting for someone who left or erased their data. An untagged id (a DM
        sent before ids named the server) resolves when the presser is a
        member of exactly one of Haven's Discord servers.
        """
        kind = getattr(interaction.channel, "type", None)
        if kind is not None and kind is not discord.ChannelType.private:
            # A group DM (an app installed to a user): not Haven's DM with the
            # presser, so nothing there acts for a community.
            return None, NOT_A_MEMBER
        query = member_servers(str(interaction.user.id), 2, guild_id)
        async with self.app.database.unscoped_session(
            "the server of a DM interaction", readonly=True
        ) as session:
            found = list((await session.exec(query)).all())
        if not found:
            return None, NOT_A_MEMBER
        if len(found) > 1:
            return None, WHICH_SERVER
        workspace_id, name = found[0]
        guild = self.client.get_guild(int(workspace_id)) if self.client is not None else None
        if guild is not None and guild.name:
            name = guild.name
        return CommunityKey(PLATFORM, workspace_id, "", name or ""), ""

    # -- forms ------------------------------------------------------------

    async def open_form(self, invocation: Invocation, form: Form) -> None:
        pending: Pending | None = invocation.handle
        if pending is None:
            raise RuntimeError("forms open only in answer to an interaction")
        if len(form.fields) > MAX_MODAL_INPUTS:
            # Discord modals hold five inputs; Haven's forms stay within that.
            await self.reply(
                invocation,
                error(
                    f"{form.title} has more questions than Discord can show at once; "
                    "use the command's options instead."
                ),
            )
            return
        prefill = self._last_form_values.pop((invocation.user_id, form.form_id), {})
        modal = build_modal(form, prefill, dm_guild=pending.dm_guild)
        self._opened_forms[(invocation.user_id, form.form_id)] = form
        self._opened_forms.move_to_end((invocation.user_id, form.form_id))
        while len(self._opened_forms) > MAX_REPLIES:
            self._opened_forms.popitem(last=False)
        async with pending.lock:
            if pending.responded:
                await self._answer(
                    pending,
                    error("Discord can open a form only straight away; run the command again."),
                    ephemeral=True,
                )
                return
            await pending.interaction.response.send_modal(modal)

    async def reopen_form(self, pending: Pending, form_id: str) -> None:
        interaction = pending.interaction
        found = self.app.registry.find_form(form_id)
        if found is None:
            await interaction.response.send_message(
                "That form has expired. Run the command again.", ephemeral=True
            )
            return
        spec, _ = found
        form = self._opened_forms.get((str(interaction.user.id), form_id)) or (
            spec.form
            if spec.form.form_id == form_id
            else Form(form_id, spec.form.title, spec.form.fields, spec.form.submit_label)
        )
        prefill = self._last_form_values.pop((str(interaction.user.id), form_id), {})
        await interaction.response.send_modal(build_modal(form, prefill, dm_guild=pending.dm_guild))

    # -- posting ----------------------------------------------------------

    async def send(self, community: CommunityKey, channel_id: str, msg: Message) -> Ref:
        assert self.client is not None
        channel = self.client.get_partial_messageable(int(channel_id))
        await self._slot()
        sent = await channel.send(**render(msg))
        return Ref(PLATFORM, community.workspace_id, f"{channel_id}:{sent.id}")

    async def send_dm(self, community: CommunityKey, user_id: str, msg: Message) -> Ref:
        key = (community.workspace_id, user_id)
        closed = self._dm_closed.get(key)
        now = self.app.clock.now()
        if closed is not None and now < closed.until:
            log.info("not sending a DM: that member's DMs were closed recently")
            count_dm_failed(PLATFORM, "closed")
            raise Undeliverable("closed")
        try:
            channel_id = self._dm_channels.get(user_id)
            if channel_id is None:
                channel_id = await self._open_dm(user_id)
            assert self.client is not None
            channel = self.client.get_partial_messageable(
                channel_id, type=discord.ChannelType.private
            )
            await self._slot()
            # The DM's buttons name the community, for presses to resolve it.
            sent = await channel.send(**render(msg, dm_guild=community.workspace_id))
        except discord.NotFound as exc:  # an unknown or deleted account
            count_dm_failed(PLATFORM, "gone")
            raise Undeliverable("gone") from exc
        except discord.Forbidden as exc:
            if exc.code != CANNOT_DM:
                raise
            log.info("a member's DMs are closed; telling them next time they use Haven")
            self._dm_closed[key] = _Closed(until=now + DM_RETRY_AFTER)
            count_dm_failed(PLATFORM, "closed")
            raise Undeliverable("closed") from exc
        self._dm_closed.pop(key, None)
        return Ref(PLATFORM, community.workspace_id, f"{channel_id}:{sent.id}")

    async def _open_dm(self, user_id: str) -> int:
        """The member's DM channel, opened once however many sends wait for it
        (a bulk fan-out would otherwise open it once per send)."""
        opening = self._dm_opening.get(user_id)
        if opening is None:

            async def start() -> int:
                await self._slot()
                data = await self.http.start_private_message(int(user_id))
                self._dm_channels[user_id] = int(data["id"])
                self._dm_channel_ids.add(int(data["id"]))
                return int(data["id"])

            opening = asyncio.ensure_future(start())
            self._dm_opening[user_id] = opening
            opening.add_done_callback(lambda _done: self._dm_opening.pop(user_id, None))
        return await asyncio.shield(opening)

    async def edit(self, ref: Ref, msg: Message) -> None:
        channel_id, message_id = split_ref(ref)
        reply = self._reply(message_id)
        if reply is not None:
            dm_guild = reply.dm_guild
        elif channel_id in self._dm_channel_ids:
            dm_guild = ref.workspace or None
        else:
            dm_guild = None
        kwargs = render(msg, with_files=False, dm_guild=dm_guild)
        kwargs.setdefault("view", None)  # buttons removed when the new message has none
        if reply is not None:
            try:
                await reply.interaction.followup.edit_message(message_id, **kwargs)
                return
            except discord.NotFound:  # token expired (15 min): fall back to the channel
                self._replies.pop(message_id, None)
        assert self.client is not None
        await (
            self.client.get_partial_messageable(channel_id)
            .get_partial_message(message_id)
            .edit(**kwargs)
        )

    # -- private spaces ---------------------------------------------------

    async def create_private_space(
        self, community: CommunityKey, name: str, member_ids: list[str], welcome: Message
    ) -> Ref:
        parent = await self._space_parent(community)
        thread = await self.http.start_thread_without_message(
            parent,
            name=plain(name)[:100] or "pod",
            auto_archive_duration=SPACE_ARCHIVE_MINUTES,
            type=discord.ChannelType.private_thread.value,
            invitable=False,
        )
        thread_id = int(thread["id"])
        for member in dict.fromkeys(member_ids):
            await self.http.add_user_to_thread(thread_id, int(member))
        space = Ref(PLATFORM, community.workspace_id, str(thread_id))
        await self._post(thread_id, welcome)
        return space

    async def post_in_space(self, space: Ref, msg: Message) -> Ref:
        thread_id = int(space.id)
        assert self.client is not None
        cached = self.client.get_channel(thread_id)
        if cached is None or getattr(cached, "archived", True):
            # Archived threads are read-only; unarchive first (a no-op if open).
            await self.http.edit_channel(thread_id, archived=False)
        sent_id = await self._post(thread_id, msg)
        return Ref(PLATFORM, space.workspace, f"{thread_id}:{sent_id}")

    async def close_space(self, space: Ref) -> None:
        try:
            await self.http.edit_channel(int(space.id), archived=True, locked=True)
        except discord.NotFound:
            pass  # already deleted by a moderator

    async def _post(self, channel_id: int, msg: Message) -> int:
        assert self.client is not None
        await self._slot()
        sent = await self.client.get_partial_messageable(channel_id).send(**render(msg))
        return sent.id

    async def _space_parent(self, community: CommunityKey) -> int:
        """Where private threads live: the configured announcements channel, else
        the guild's system channel, else its first text channel."""
        assert self.client is not None
        guild = self.client.get_guild(int(community.workspace_id))
        record = await self.app.community(community)
        configured = read_community_settings(EngineSettings, record).channels.get("announcements")
        if configured:
            return int(configured)
        if guild is not None:
            if guild.system_channel is not None:
                return guild.system_channel.id
            if guild.text_channels:
                return guild.text_channels[0].id
        raise RuntimeError("no text channel to hold private threads; set /mod channel")

    # -- members and roles -------------------------------------------------

    async def grant_role(self, community: CommunityKey, user_id: str, role: str) -> None:
        role_id = self._role_id(community, role)
        if role_id is None:
            log.warning("no role named %r in this server; nothing granted", role)
            return
        await self.http.add_role(
            int(community.workspace_id), int(user_id), role_id, reason="Haven milestone role"
        )

    def _role_id(self, community: CommunityKey, role: str) -> int | None:
        text = role.strip().removeprefix("<@&").removesuffix(">").lstrip("@")
        if text.isdigit():
            return int(text)
        assert self.client is not None
        guild = self.client.get_guild(int(community.workspace_id))
        if guild is None:
            return None
        found = discord.utils.find(lambda r: r.name.lower() == text.lower(), guild.roles)
        return found.id if found else None

    async def can_post(self, community: CommunityKey, channel_id: str) -> bool:
        assert self.client is not None
        guild = self.client.get_guild(int(community.workspace_id))
        if guild is None or not channel_id.isdigit():
            return False
        channel = guild.get_channel_or_thread(int(channel_id))
        if channel is None or guild.me is None:
            return False
        perms = channel.permissions_for(guild.me)
        if isinstance(channel, discord.Thread):
            return perms.view_channel and perms.send_messages_in_threads
        return perms.view_channel and perms.send_messages

    # -- scheduled events (the meetings mirror) -----------------------------------

    async def upsert_scheduled_event(
        self,
        community: CommunityKey,
        key: str,
        title: str,
        start: datetime,
        end: datetime,
        location: str | None,
        description: str | None,
        *,
        event_id: str | None = None,
    ) -> str:
        """An external, members-only Guild Scheduled Event for one occurrence.

        Haven's schedule is the truth: an existing event is overwritten (name,
        times, location, description); one deleted on Discord, or already
        finished, is replaced by a new one. Discord keeps at most 100 upcoming
        events per server: past that, :class:`ScheduledEventLimit` is raised after
        a warning, and the meetings cog keeps its own schedule and tries again
        at the next meeting.
        """
        guild = self._guild(community)
        place, about = event_place(location, description)
        fields = {
            "name": _cut(" ".join(title.split()) or "Meeting", EVENT_NAME_LIMIT),
            "start_time": start,
            "end_time": end,
            "location": place,
            "privacy_level": discord.PrivacyLevel.guild_only,
            "entity_type": discord.EntityType.external,
        }
        if event_id is not None and event_id.isdigit():
            event = await self._fetch_event(guild, int(event_id))
            if event is not None and event.status is discord.EventStatus.scheduled:
                edited = await event.edit(**fields, description=about, reason=EVENT_REASON)
                return str(edited.id)
            if event is not None and event.status is discord.EventStatus.active:
                # Someone started it by hand; end it so it stops counting
                # towards the limit, then make the next one.
                try:
                    await event.edit(status=discord.EventStatus.completed, reason=EVENT_REASON)
                except discord.HTTPException:
                    log.info("could not end a started scheduled event (%s)", key)
        if about is not None:
            fields["description"] = about
        try:
            created = await guild.create_scheduled_event(**fields, reason=EVENT_REASON)
        except discord.HTTPException as exc:
            if exc.code != TOO_MANY_EVENTS:
                raise
            log.warning(
                "server %s has Discord's maximum of 100 upcoming scheduled events; "
                "not mirroring %s until one ends",
                community.workspace_id,
                key,
            )
            raise ScheduledEventLimit(
                "Discord allows 100 upcoming scheduled events per server"
            ) from exc
        return str(created.id)

    async def delete_scheduled_event(self, community: CommunityKey, event_id: str) -> None:
        if not event_id.isdigit():
            return
        try:
            await self.http.delete_scheduled_event(
                int(community.workspace_id), int(event_id), reason=EVENT_REASON
            )
        except discord.NotFound:
            pass  # already deleted on Discord: nothing to do

    def _guild(self, community: CommunityKey) -> discord.Guild:
        assert self.client is not None
        guild = self.client.get_guild(int(community.workspace_id))
        if guild is None:
            raise RuntimeError("Haven is not in that Discord server (or it is unavailable)")
        return guild

    @staticmethod
    async def _fetch_event(guild: discord.Guild, event_id: int) -> discord.ScheduledEvent | None:
        try:
            return await guild.fetch_scheduled_event(event_id, with_counts=False)
        except discord.NotFound:
            return None


def event_place(location: str | None, description: str | None) -> tuple[str, str | None]:
    """Discord's location holds 100 characters: a longer link moves to the
    description (a cut link would be a broken one)."""
    about = (description or "").strip()
    place = (location or "").strip()
    if len(place) > EVENT_LOCATION_LIMIT:
        about = f"{place}\n\n{about}".strip()
        place = ""
    return place or NO_LINK_LOCATION, _cut(about, EVENT_DESCRIPTION_LIMIT) or None


def _float(value, default: float) -> float:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return default


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_modal(
    form: Form, prefill: dict[str, str] | None = None, *, dm_guild: str | None = None
) -> discord.ui.Modal:
    """A modal of at most five inputs, each in a Label (Discord's modal layout
    since 2025; discord.py 2.6+): an ``int`` field with words is a radio group
    (mood 1–5), another small ``int`` range or a ``choice`` a string select
    (craving 0–10), a ``tick`` field a checkbox, the rest text inputs. A form
    opened in a DM names its guild in its id (``dm_guild``), so the submission
    resolves the same community.
    """
    modal = discord.ui.Modal(
        title=form.title[:45], custom_id=tag_for_dm(form.form_id, dm_guild), timeout=900
    )
    prefill = prefill or {}
    for fld in form.fields[:MAX_MODAL_INPUTS]:
        modal.add_item(discord.ui.Label(text=fld.label[:45], component=_input(fld, prefill)))
    modal.stop()  # handled by custom_id in on_interaction, not by discord.py's store
    return modal


def _input(fld: FormField, prefill: dict[str, str]) -> discord.ui.Item:
    """The component that asks for ``fld``."""
    given = prefill.get(fld.name)
    if fld.input == "tick":
        return discord.ui.Checkbox(custom_id=fld.name, default=given == "yes")
    picks = fld.values()
    if fld.words and 2 <= len(picks) <= 10:
        return discord.ui.RadioGroup(
            custom_id=fld.name,
            required=fld.required,
            options=[
                discord.RadioGroupOption(label=label, value=value, default=value == given)
                for value, label in picks
            ],
        )
    if fld.input == "multi" and 1 <= len(fld.choices) <= 25:
        return multi_select(fld, prefill)
    if picks or selectable(fld):
        return choice_select(fld, prefill)
    hint = fld.placeholder
    if not hint and fld.input == "choice":
        hint = " or ".join(fld.choices)
    if not hint and fld.input == "int" and fld.min_value is not None:
        hint = f"{fld.min_value}–{fld.max_value}"
    return discord.ui.TextInput(
        custom_id=fld.name,
        style=discord.TextStyle.paragraph if fld.multiline else discord.TextStyle.short,
        required=fld.required,
        placeholder=hint[:100] or None,
        max_length=min(fld.max_length, 4000),
        default=(given or "")[: min(fld.max_length, 4000)] or None,
    )


def selectable(fld: FormField) -> bool:
    """A choice field Discord can show as a select menu (1-25 distinct choices)."""
    choices = [c[:100] for c in fld.choices]
    return fld.input == "choice" and 1 <= len(set(choices)) == len(choices) <= 25


def multi_select(fld: FormField, prefill: dict[str, str]) -> discord.ui.Select:
    """A string select of a ``multi`` field: any number of its choices (up to 25)."""
    chosen = set((prefill.get(fld.name) or "").split(","))
    return discord.ui.Select(
        custom_id=fld.name,
        placeholder=(fld.placeholder or "Choose any…")[:150],
        min_values=1 if fld.required else 0,
        max_values=len(fld.choices),
        required=fld.required,
        options=[
            discord.SelectOption(label=c[:100], value=c[:100], default=c in chosen)
            for c in fld.choices
        ],
    )


def choice_select(fld: FormField, prefill: dict[str, str]) -> discord.ui.Select:
    """A string select of a ``choice`` field's choices or an ``int`` field's values."""
    chosen = prefill.get(fld.name)
    picks = fld.values() or [(c[:100], c[:100]) for c in fld.choices]
    return discord.ui.Select(
        custom_id=fld.name,
        placeholder=((fld.placeholder if fld.input == "choice" else "") or "Choose…")[:150],
        min_values=1 if fld.required else 0,
        max_values=1,
        required=fld.required,
        options=[
            discord.SelectOption(label=label[:100], value=value, default=value == chosen)
            for value, label in picks
        ],
    )
