"""Everything a cog may import from the engine, and nothing else.

A cog (``cogs/<name>/``) imports from here only: what is not listed is the
engine's own business and may change without notice. The names, by group:

- declaring a cog: :class:`Cog` and the ``@command``, ``@action``, ``@form``
  and ``@job`` decorators;
- the handler's :class:`Context` (the member, the community, the session);
- what a handler answers with: :class:`Message` and friends;
- options, declared on the handler's parameters (types and markers);
- errors, one vocabulary (the tree is drawn in :mod:`bot.errors`);
- scheduled work: the jobs a cog declares and the times they fall on;
- tables: the base of a cog's rows, the engine's rows it may read, and the
  column types that keep members' words encrypted or findable by hash;
- the member's language: catalogue text (``ctx.t``; :func:`translate` where no
  context is at hand), the shipped languages, and Babel's locale formatting;
- what the member's platform can do, and abuse limits;
- a community's settings, typed and namespaced per cog (the engine's own
  namespace too), and operator settings sections;
- services, by which cogs offer one another what they hold without importing
  one another (:mod:`bot.services`; ask with ``ctx.service(Partners)``);
- for the engine's own cogs (``me``, ``discretion``): a member's data and its
  erasure, discretion and quiet hours. Other cogs leave these alone. Consent
  itself is wholly the engine's (bot/consent_handlers.py); a cog only declares
  its ``privacy`` line.
"""

from __future__ import annotations

from bot.adapters import Capability, Ref, ScheduledEvents, Undeliverable
from bot.clock import as_zone, local_datetime
from bot.columns import UTCDateTime
from bot.community_settings import CommunitySettings, EngineSettings, setting
from bot.config import Section
from bot.context import Context, Reached
from bot.cooldown import Limit, wait_words
from bot.crypto import EncryptedText
from bot.discretion import community_default, platform_default
from bot.due import Scope, next_occurrence
from bot.erasure import confirm_erasure, erase
from bot.errors import (
    HavenError,
    LimitReached,
    NotAllowed,
    NotFound,
    OptionError,
    Refusal,
    TooSoon,
    UsageError,
)
from bot.i18n import SHIPPED as SHIPPED_LANGUAGES
from bot.i18n import choose as choose_language
from bot.i18n import format_date, format_list, format_number, language_name, translate
from bot.i18n import normalize as normalize_language
from bot.jobs import Due, JobSpec, Skip
from bot.lookup import lookup_hash_of, matches
from bot.memberdata import erase_member, export_member, move_member
from bot.messages import (
    Button,
    ButtonStyle,
    File,
    Form,
    FormField,
    Message,
    Visibility,
    as_written,
    error,
    literal,
    timestamp,
)
from bot.metrics import sos_outcome as count_sos
from bot.models import AuditLog, Community, CommunityOwned, Member
from bot.naming import bot_name, private_notice
from bot.options import (
    Boolean,
    ChannelOpt,
    Choice,
    Date,
    Default,
    Help,
    Integer,
    ListOf,
    MemberOpt,
    Name,
    Named,
    OneOf,
    OptionType,
    ParseContext,
    Positional,
    Rest,
    Text,
    Time,
    Zone,
)
from bot.plugins import ENGINE_COGS, Cog, Permission, action, command, form, job
from bot.quiet import EXAMPLE as QUIET_EXAMPLE
from bot.quiet import QuietHours
from bot.services import (
    CheckinActivity,
    Country,
    CrisisText,
    HomeSection,
    HomeSections,
    Partners,
    Sharing,
)
from bot.zone_question import EXAMPLE as ZONE_EXAMPLE
from bot.zone_question import USE_ZONE_ACTION
from bot.zones import NotAPlace, place

__all__ = [  # noqa: RUF022 (grouped as the docstring lists them, not sorted)
    # declaring a cog
    "Cog",
    "command",
    "action",
    "form",
    "job",
    "Permission",
    "ENGINE_COGS",
    # the handler's context
    "Context",
    "Reached",
    # what a handler answers with
    "Message",
    "Button",
    "ButtonStyle",
    "File",
    "Form",
    "FormField",
    "Visibility",
    "error",
    "literal",
    "as_written",
    "timestamp",
    # options: types, then markers
    "OptionType",
    "ParseContext",
    "Text",
    "Integer",
    "Boolean",
    "Date",
    "Time",
    "Zone",
    "Choice",
    "MemberOpt",
    "ChannelOpt",
    "ListOf",
    "OneOf",
    "Help",
    "Name",
    "Named",
    "Positional",
    "Rest",
    "Default",
    # errors
    "HavenError",
    "Refusal",
    "NotFound",
    "LimitReached",
    "NotAllowed",
    "TooSoon",
    "UsageError",
    "OptionError",
    # scheduled work
    "JobSpec",
    "Due",
    "Skip",
    "Scope",
    "next_occurrence",
    "as_zone",
    "local_datetime",
    # tables
    "CommunityOwned",
    "Community",
    "Member",
    "AuditLog",
    "UTCDateTime",
    "EncryptedText",
    "lookup_hash_of",
    "matches",
    # the member's language
    "translate",
    "choose_language",
    "normalize_language",
    "SHIPPED_LANGUAGES",
    "language_name",
    "format_date",
    "format_number",
    "format_list",
    # platforms' abilities, abuse limits
    "Capability",
    "Ref",
    "ScheduledEvents",
    "Undeliverable",
    "Limit",
    "wait_words",
    # counted for the operator's metrics
    "count_sos",
    # community settings, operator settings
    "CommunitySettings",
    "EngineSettings",
    "setting",
    "Section",
    # services cogs offer one another
    "Partners",
    "CheckinActivity",
    "Sharing",
    "CrisisText",
    "Country",
    "HomeSections",
    "HomeSection",
    # the engine's own cogs
    "export_member",
    "erase_member",
    "confirm_erasure",
    "erase",
    "move_member",
    "USE_ZONE_ACTION",
    "ZONE_EXAMPLE",
    "NotAPlace",
    "place",
    "community_default",
    "platform_default",
    "bot_name",
    "private_notice",
    "QuietHours",
    "QUIET_EXAMPLE",
]
