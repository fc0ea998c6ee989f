"""The adapter protocol: what a platform must offer Haven (adapters import it
through :mod:`bot.platform`, whose :class:`~bot.platform.Platform` implements it).

Adapters turn platform events into :class:`Invocation` values and render
:class:`~bot.messages.Message` values back. Cogs never see a platform: they ask
the context, which asks the adapter, and check :attr:`Adapter.capabilities`
instead of testing which platform they are on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from bot.messages import Form, Message
from bot.quiet import DoNotDisturb


@dataclass(frozen=True)
class Ref:
    """A platform object (user, channel, message, space) as plain values."""

    platform: str
    workspace: str
    id: str


class Undeliverable(Exception):
    """The platform refused a message for a person, for good: ``closed`` (their
    DMs are closed, or Haven may not message them) or ``gone`` (the account is
    unknown or deactivated). Adapters raise it from ``send_dm``; trying again
    would not help, so it is not retried."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CommunityKey:
    """Identifies a community: a guild, a workspace (Grid-aware) or the console."""

    platform: str
    workspace_id: str
    enterprise_id: str = ""
    name: str = ""


@dataclass
class Invocation:
    """A member did something: ran a command, pressed a button, sent a form.

    ``via`` is ``command`` (``command`` names the path, ``text`` holds the
    arguments in text form or ``options`` the typed values), ``action``
    (``action_id``) or ``form`` (``form_id`` and ``values``). ``handle`` is the
    adapter's own object for replying (an interaction, a response URL).
    """

    community: CommunityKey
    user_id: str
    user_name: str = ""
    channel_id: str | None = None
    via: str = "command"
    command: str = ""
    text: str = ""
    options: dict[str, Any] | None = None
    action_id: str = ""
    form_id: str = ""
    values: dict[str, str] = field(default_factory=dict)
    is_admin: bool = False
    roles: tuple[str, ...] = ()
    handle: Any = None
    #: Work to do once the reply is shown (e.g. replaying a command after consent).
    after_reply: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    #: Whether the member reads Haven discreetly (:mod:`bot.discretion`); set
    #: by the engine once it knows the community and member.
    discreet: bool | None = None
    #: The member's platform language, as the platform names it (Discord's
    #: ``interaction.locale``, Slack's ``users.info`` locale); None when unknown.
    locale: str | None = None
    #: The language Haven answers in (:func:`bot.i18n.choose`), once the engine
    #: has settled it; the reply's lock-screen line is said in it.
    language: str | None = None


@dataclass(frozen=True)
class FormErrors:
    """Per-field problems with a submitted form, shown inside the form."""

    errors: dict[str, str]


class Capability:
    EDIT = "edit"
    FORMS = "forms"
    SPACES = "spaces"
    ROLES = "roles"
    FILES = "files"
    #: Native scheduled events (Discord Guild Scheduled Events): the adapter also
    #: offers the :class:`ScheduledEvents` methods.
    SCHEDULED_EVENTS = "scheduled_events"
    #: Direct messages with Haven may be exported by workspace owners (Slack's
    #: corporate exports), so private files sent there ask first (/haven export).
    RETAINED_DMS = "retained_dms"
    #: The platform knows members' time zones from their profiles: the adapter
    #: also offers :meth:`ProfileZones.profile_zone`.
    PROFILE_ZONE = "profile_zone"
    #: The platform has a Do Not Disturb status (Slack): the adapter also offers
    #: :meth:`DoNotDisturbStatus.do_not_disturb`.
    DO_NOT_DISTURB = "do_not_disturb"


class Adapter(Protocol):
    platform: str
    capabilities: frozenset[str]

    async def send(self, community: CommunityKey, channel_id: str, msg: Message) -> Ref: ...

    async def send_dm(self, community: CommunityKey, user_id: str, msg: Message) -> Ref: ...

    async def reply(self, invocation: Invocation, msg: Message) -> Ref | None: ...

    async def edit(self, ref: Ref, msg: Message) -> None: ...

    async def open_form(self, invocation: Invocation, form: Form) -> None: ...

    async def create_private_space(
        self, community: CommunityKey, name: str, member_ids: list[str], welcome: Message
    ) -> Ref: ...

    async def post_in_space(self, space: Ref, msg: Message) -> Ref: ...

    async def close_space(self, space: Ref) -> None: ...

    async def grant_role(self, community: CommunityKey, user_id: str, role: str) -> None: ...

    async def can_post(self, community: CommunityKey, channel_id: str) -> bool:
        """Whether Haven may post in the channel now.

        Discord checks SEND_MESSAGES and VIEW_CHANNEL for the bot's member in
        that channel; Slack checks that the bot is a member of the channel.
        """
        ...


class ProfileZones(Protocol):
    """Optional method of adapters with :attr:`Capability.PROFILE_ZONE`."""

    async def profile_zone(self, community: CommunityKey, user_id: str) -> str | None:
        """The IANA zone the member's profile names, or None (unknown, or the
        platform could not say just now)."""
        ...


class DoNotDisturbStatus(Protocol):
    """Optional method of adapters with :attr:`Capability.DO_NOT_DISTURB`."""

    async def do_not_disturb(self, community: CommunityKey, user_id: str) -> DoNotDisturb | None:
        """The member's Do Not Disturb as the platform reports it, or None
        (unknown, or the platform could not say just now)."""
        ...


class ScheduledEvents(Protocol):
    """Optional methods of adapters with :attr:`Capability.SCHEDULED_EVENTS`.

    Not part of :class:`Adapter`: cogs check ``ctx.has(Capability.SCHEDULED_EVENTS)``
    and then reach them through ``cast(ScheduledEvents, ctx.adapter)``. Haven's schedule
    stays the source of truth; the platform's event is a mirror it overwrites.
    """

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
        """Create or update the event Haven knows as ``key``; returns the platform's
        event id. ``event_id`` is the id an earlier call returned: update that
        event, or create a new one if it was deleted on the platform. The adapter
        fits title, location and description to the platform's limits."""
        ...

    async def delete_scheduled_event(self, community: CommunityKey, event_id: str) -> None:
        """Delete the event; an event already gone is not an error."""
        ...
