"""What a platform adapter plugs into: the :class:`Platform` base class, the
:class:`Engine` it calls, and the values both sides pass.

A platform is one class registered under the ``haven.platforms`` entry-point
group (``console = "adapters.console.main:Console"``). Haven builds it
with one signature, ``Platform(engine, section)``, hands it what members send
through the engine's inbound half (:class:`Engine`) and asks it to show replies
through the outbound half (``send``, ``reply``, ``open_form`` …). Nothing else
of the engine is promised to an adapter.

Installs whose metadata predates the group list adapters under
``haven.adapters`` (a module); :func:`platform_entry` reads that group when the
new one does not name the platform, and takes the module's ``PLATFORM`` class.
Finding them is :mod:`bot.config`'s (it reads each platform's settings); the
names are offered here too.
"""

from __future__ import annotations

import argparse
from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from bot.adapters import (
    Capability,
    CommunityKey,
    DoNotDisturbStatus,
    FormErrors,
    Invocation,
    ProfileZones,
    Ref,
    ScheduledEvents,
    Undeliverable,
)
from bot.config import (
    GROUP,
    LEGACY_GROUP,
    Secret,
    Section,
    config_error,
    described,
    platform_entry,
    platform_names,
    read_choice,
    read_int,
    read_secret,
    read_url,
    section_of,
)
from bot.messages import Form, Message, Visibility, plain

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.config import Settings
    from bot.ratelimit import RateLimiter

__all__ = [
    "GROUP",
    "LEGACY_GROUP",
    "Capability",
    "CommunityKey",
    "DoNotDisturbStatus",
    "Engine",
    "Form",
    "FormErrors",
    "Invocation",
    "Message",
    "Platform",
    "ProfileZones",
    "Ref",
    "ScheduledEvents",
    "Secret",
    "Section",
    "Undeliverable",
    "Visibility",
    "config_error",
    "described",
    "plain",
    "platform_entry",
    "platform_names",
    "read_choice",
    "read_int",
    "read_secret",
    "read_url",
    "section_of",
]


class Engine(Protocol):
    """The inbound half: everything an adapter may ask of Haven."""

    clock: Clock
    #: Platform rate limits shared by every process on the database.
    limiter: RateLimiter

    async def deliver(self, invocation: Invocation) -> FormErrors | None:
        """A member did something: Haven answers through the adapter's
        :meth:`Platform.reply`. Form problems come back instead, to be shown
        inside the form."""
        ...

    async def answer(self, invocation: Invocation) -> Message | FormErrors | None:
        """As :meth:`deliver`, but the reply is returned, not sent (a surface the
        adapter draws itself, such as an app home)."""
        ...

    def needs_moderator_check(self, invocation: Invocation) -> bool:
        """Whether the answer depends on the member being a moderator, so an
        adapter that pays to ask the platform asks only then."""
        ...

    async def joined(self, community: CommunityKey) -> None:
        """Haven was added (again) to a community: a pending purge is cancelled."""
        ...

    async def left(self, community: CommunityKey) -> None:
        """Haven was removed: the community's data goes after the grace period."""
        ...

    async def ready(self, platform: str) -> None:
        """The adapter is connected and can deliver (reconnects call it again)."""
        ...

    @property
    def default_zone(self) -> str:
        """The operator's zone (``HAVEN_DEFAULT_TIMEZONE``), for what is public."""
        ...

    async def member_zone(self, community: CommunityKey, user_id: str) -> str:
        """The zone the member set, else :attr:`default_zone`."""
        ...


class Platform(ABC):
    """One platform: built as ``cls(engine, section)``, served until cancelled.

    Cogs never see which platform they are on; they check :attr:`capabilities`.
    A subclass implements the outbound methods below; the optional ones of
    :class:`ProfileZones`, :class:`DoNotDisturbStatus` and
    :class:`ScheduledEvents` go with their capability.
    """

    #: The name communities are stored under ("slack"), and the CLI's subcommand.
    name: ClassVar[str]
    #: How members and operators read it ("Slack").
    title: ClassVar[str]
    capabilities: ClassVar[frozenset[str]] = frozenset()
    #: Its own variables (``SLACK_*``), loaded with Haven's; built with ``section``.
    settings: ClassVar[type[Section] | None] = None
    #: Runs when no platform is configured (``haven run`` without tokens).
    fallback: ClassVar[bool] = False
    #: Private messages show a neutral notification until a community or member
    #: chooses (bot/discretion.py): for platforms on shared work devices.
    discreet: ClassVar[bool] = False
    #: Its tables' Alembic branch (a folder, like a cog's ``migrations``),
    #: applied with the engine's by ``haven db upgrade`` when it is installed.
    migrations: ClassVar[Path | None] = None

    def __init__(self, engine: Engine, section: Section | None = None) -> None:
        self.engine = engine
        self.section = section

    @property
    def platform(self) -> str:
        """The engine's key for this adapter (the same as :attr:`name`)."""
        return self.name

    @classmethod
    def partition(cls, workspace_id: str) -> int | None:
        """Which partition of this platform's communities one belongs to, when
        processes split them (Discord's shards: the process whose
        :meth:`~bot.config.Section.owned_partitions` include ``partition %
        count`` claims its scheduled work); None: any process running the
        platform may."""
        return None

    @classmethod
    def add_cli(cls, sub: argparse._SubParsersAction) -> None:
        """Add this platform's ``haven`` subcommands. Each sets
        ``run=<function(args, settings) -> exit status>`` with ``set_defaults``;
        an option named ``db`` replaces ``DATABASE_URL`` for that run."""
        return None

    async def serve(self) -> None:
        """Connect and deliver what members do until cancelled; call
        ``engine.ready(self.name)`` once connected (and on each reconnect)."""
        raise NotImplementedError(f"{self.name} is not served by haven run")

    @classmethod
    def run_alone(cls, settings: Settings) -> int:
        """``haven run`` with nothing configured: a :attr:`fallback` platform
        runs here, its own engine and all, until it ends."""
        raise NotImplementedError(f"{cls.name} is not a fallback platform")

    # -- outbound: what the engine asks the platform to show ---------------

    @abstractmethod
    async def send(self, community: CommunityKey, channel_id: str, msg: Message) -> Ref: ...

    @abstractmethod
    async def send_dm(self, community: CommunityKey, user_id: str, msg: Message) -> Ref:
        """Raises :class:`Undeliverable` when the member cannot be reached for good."""

    @abstractmethod
    async def reply(self, invocation: Invocation, msg: Message) -> Ref | None: ...

    @abstractmethod
    async def edit(self, ref: Ref, msg: Message) -> None: ...

    @abstractmethod
    async def open_form(self, invocation: Invocation, form: Form) -> None: ...

    @abstractmethod
    async def create_private_space(
        self, community: CommunityKey, name: str, member_ids: list[str], welcome: Message
    ) -> Ref: ...

    @abstractmethod
    async def post_in_space(self, space: Ref, msg: Message) -> Ref: ...

    @abstractmethod
    async def close_space(self, space: Ref) -> None: ...

    @abstractmethod
    async def grant_role(self, community: CommunityKey, user_id: str, role: str) -> None: ...

    @abstractmethod
    async def can_post(self, community: CommunityKey, channel_id: str) -> bool:
        """Whether Haven may post in the channel now."""


def is_platform(entry: object) -> bool:
    return isinstance(entry, type) and issubclass(entry, Platform)
