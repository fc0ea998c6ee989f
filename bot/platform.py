"""What a platform adapter plugs into: the :class:`Platform` base class, the
:class:`Engine` it calls, and the values both sides pass.

A platform is one class registered under the ``haven.platforms`` entry-point
group (``console = "adapters.console.main:Console"``). Haven builds it
with one signature, ``Platform(engine, section)``, hands it what members send
through the engine's inbound half (:class:`Engine`) and asks it to show replies
through the outbound half (``send``, ``reply``, ``open_form`` …).

An adapter (``adapters/<name>/``) imports from the engine only this module, as
a cog imports only :mod:`bot.api`; its migrations, being history, keep the
paths they were written with. The names, by group:

- the contract: :class:`Platform` and :class:`Engine`;
- the engine itself (:class:`~bot.app.Haven`), which Discord, Slack and the
  console still reach into beyond :class:`Engine` (its registry, database,
  communities), and the console's command aliases;
- values passed both ways, and the optional capabilities' protocols;
- messages and forms, and the helpers that render their text;
- commands and their options, for a platform that draws them natively;
- the members' languages, for command descriptions from the catalogues;
- settings: Haven's, a platform's own :class:`Section`, a community's;
- time; rate limits and quiet hours;
- the engine's rows and the column types of an adapter's own tables;
- operations: the health and metrics server, the metrics a platform counts,
  payload-log redaction rules.

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
from typing import ClassVar, Protocol

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
from bot.app import COMMAND_ALIASES, Haven
from bot.clock import Clock, SystemClock, VirtualClock, as_zone
from bot.columns import UTCDateTime
from bot.community_settings import EngineSettings
from bot.community_settings import read as read_community_settings
from bot.config import (
    GROUP,
    LEGACY_GROUP,
    ConfigError,
    Secret,
    Section,
    Settings,
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
from bot.cooldown import Limit, wait_words
from bot.crypto import EncryptedText
from bot.db import Database
from bot.forms import validate as validate_form
from bot.i18n import CATALOGUES, ENGLISH, translate
from bot.i18n import SHIPPED as SHIPPED_LANGUAGES
from bot.i18n import choose as choose_language
from bot.i18n import normalize as normalize_language
from bot.messages import (
    ESCAPABLE,
    ESCAPED_RE,
    TIMESTAMP_RE,
    Button,
    ButtonStyle,
    File,
    Form,
    FormField,
    Message,
    Visibility,
    error,
    native,
    plain,
)
from bot.metrics import dm_failed as count_dm_failed
from bot.metrics import rate_limited as count_rate_limited
from bot.models import Community, Member
from bot.naming import bot_name, named
from bot.ops.server import Handler, OpsServer, serving
from bot.options import CHANNEL_RE, MENTION_RE, Opt, OptionError, ParseContext, Zone
from bot.parsing import UsageError, tokenize
from bot.payload_logs import Rule, add_rules
from bot.plugins import Cog, CommandSpec, Permission, Registry
from bot.quiet import DoNotDisturb
from bot.ratelimit import Rate, RateLimiter, wall_clock
from bot.zones import places


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

    @classmethod
    def tools_command(
        cls, sub: argparse._SubParsersAction, description: str
    ) -> argparse.ArgumentParser:
        """``haven <name>``, the parser a platform hangs its set-up tools on
        (``haven discord invite-url``), with the help every platform's reads."""
        return sub.add_parser(
            cls.name,
            help=f"{cls.title} set-up helpers (see `haven {cls.name} --help`)",
            description=description,
        )

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


__all__ = [  # noqa: RUF022 (grouped as the docstring lists them, not sorted)
    # the contract
    "Engine",
    "Platform",
    "is_platform",
    # the engine itself
    "COMMAND_ALIASES",
    "Haven",
    # values passed both ways
    "Capability",
    "CommunityKey",
    "DoNotDisturbStatus",
    "FormErrors",
    "Invocation",
    "ProfileZones",
    "Ref",
    "ScheduledEvents",
    "Undeliverable",
    # messages, forms and their text
    "ESCAPABLE",
    "ESCAPED_RE",
    "TIMESTAMP_RE",
    "Button",
    "ButtonStyle",
    "File",
    "Form",
    "FormField",
    "Message",
    "Visibility",
    "bot_name",
    "error",
    "named",
    "native",
    "plain",
    "validate_form",
    # commands and their options
    "CHANNEL_RE",
    "MENTION_RE",
    "Cog",
    "CommandSpec",
    "Opt",
    "OptionError",
    "ParseContext",
    "Permission",
    "Registry",
    "UsageError",
    "Zone",
    "places",
    "tokenize",
    # the members' languages: command descriptions from the catalogues
    "CATALOGUES",
    "ENGLISH",
    "SHIPPED_LANGUAGES",
    "choose_language",
    "normalize_language",
    "translate",
    # settings: Haven's, a platform's section, a community's
    "GROUP",
    "LEGACY_GROUP",
    "ConfigError",
    "EngineSettings",
    "Secret",
    "Section",
    "Settings",
    "config_error",
    "described",
    "platform_entry",
    "platform_names",
    "read_choice",
    "read_community_settings",
    "read_int",
    "read_secret",
    "read_url",
    "section_of",
    # time
    "Clock",
    "SystemClock",
    "VirtualClock",
    "as_zone",
    # rate limits and quiet hours
    "DoNotDisturb",
    "Limit",
    "Rate",
    "RateLimiter",
    "wait_words",
    "wall_clock",
    # an adapter's own tables and the engine's rows
    "Community",
    "Database",
    "EncryptedText",
    "Member",
    "UTCDateTime",
    # operations
    "Handler",
    "OpsServer",
    "Rule",
    "add_rules",
    "count_dm_failed",
    "count_rate_limited",
    "serving",
]
