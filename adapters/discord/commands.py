"""The plugin registry as Discord app commands.

One top-level command per group (``/sober``), its commands as subcommands
(``/sober set``); a group of one command without subcommands stays a plain
command (``/crisis``). Options keep Haven's names and order (required first, as
Discord wants) and map to Discord types: integers with their range, choices,
members (user pickers), channels (text channels), booleans; everything else is
a string that Haven's own option types validate, with autocomplete for zones.

**Group roots.** Discord cannot invoke a command that has subcommands, so a
group that has both a root command and subcommands (``/checkin`` with options
*and* ``/checkin remind``) exposes the root as the subcommand ``now``
(``/checkin now mood:3``); it runs the root command unchanged. Only added, never
renamed: ``/checkin remind`` etc. keep their names.

**Moderators.** Discord sets ``default_member_permissions`` per top-level
command only, so groups whose every command is for moderators (``/mod``) get
Manage Server by default; groups that mix member and moderator subcommands
(``/meeting add``) rely on Haven's server-side check, which runs for every
moderator command anyway.

**Localized descriptions.** A command declared with ``localizations``
(``{"fi": "Kriisiapu"}``) gets ``description_localizations`` in the synced
payload: its description is a :class:`~discord.app_commands.locale_str`
carrying the table, and :class:`HavenTranslator` (installed on the tree only
when some command has one, so other payloads stay as they were) looks the
member's locale up in it. Keys are Discord locales (``fi``, ``pt-BR``); a bare
language (``es``, ``sv``) covers each of Discord's locales for it.

**From the catalogues** (issue #22): a command's description and its options'
are also looked up in Haven's message catalogues (:mod:`bot.i18n`) under a key
derived from the command path — ``cmd-crisis-description``,
``cmd-haven-language-description``, ``cmd-haven-language-code-description`` —
for every Discord locale of a shipped language (``es-ES`` and ``es-419`` read
``es``; ``pt-BR``, ``fr``, ``de``). A key no catalogue translates leaves the
description a plain string; names always stay English.

Every option value reaches Haven as the raw value Haven's parsers accept
(``<@id>`` for members, ``<#id>`` for channels), so validation and usage lines
live in one place.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import Choice
from discord.enums import AppCommandOptionType

from bot.platform import (
    CATALOGUES,
    ENGLISH,
    SHIPPED_LANGUAGES,
    CommandSpec,
    Opt,
    ParseContext,
    Permission,
    Registry,
    Zone,
    normalize_language,
    places,
    translate,
)

log = logging.getLogger("haven.discord")

ROOT_SUBCOMMAND = "now"
#: The ``locale_str`` extra that carries a command's translated descriptions.
LOCALIZATIONS = "haven_localizations"
#: The ``locale_str`` extra that names a description's catalogue key.
CATALOGUE_KEY = "haven_catalogue_key"
MODERATOR_PERMISSIONS = discord.Permissions(manage_guild=True)

#: Called with the interaction, the command path and the raw option values.
Runner = Callable[[discord.Interaction, CommandSpec, dict[str, Any]], Awaitable[None]]


class HavenOption(app_commands.Transformer):
    """One Haven option as a Discord option; ``transform`` returns the raw value
    Haven parses (never a discord object)."""

    def __init__(self, opt: Opt) -> None:
        self.opt = opt
        self.presented_as = opt.type.presented_as

    @property
    def type(self) -> AppCommandOptionType:
        return {
            "integer": AppCommandOptionType.integer,
            "boolean": AppCommandOptionType.boolean,
            "member": AppCommandOptionType.user,
            "channel": AppCommandOptionType.channel,
        }.get(self.presented_as, AppCommandOptionType.string)

    @property
    def min_value(self):
        return getattr(self.opt.type, "min_value", None) if self.presented_as == "integer" else None

    @property
    def max_value(self):
        return getattr(self.opt.type, "max_value", None) if self.presented_as == "integer" else None

    @property
    def choices(self):
        values = getattr(self.opt.type, "choices", ()) if self.presented_as == "choice" else ()
        if not values or len(values) > 25:
            return None
        return [Choice(name=v, value=v) for v in values]

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(self, interaction: discord.Interaction, value: Any) -> Any:
        if self.presented_as == "member" and hasattr(value, "id"):
            return f"<@{value.id}>"
        if self.presented_as == "channel" and hasattr(value, "id"):
            return f"<#{value.id}>"
        return value  # ints, bools and strings; Haven validates them all


class ZoneOption(HavenOption):
    async def autocomplete(self, interaction: discord.Interaction, value: str) -> list[Choice]:
        return zone_choices(value)


def zone_choices(typed: str) -> list[Choice[str]]:
    """Up to 25 places' zone names for what the member typed so far."""
    needle = str(typed or "").strip().lower().replace(" ", "_")
    names = sorted(places().values())
    starts = [n for n in names if n.lower().startswith(needle)]
    contains = [n for n in names if needle in n.lower() and n not in starts]
    return [Choice(name=n, value=n) for n in (starts + contains)[:25]]


def option_transformer(opt: Opt) -> HavenOption:
    return ZoneOption(opt) if isinstance(opt.type, Zone) else HavenOption(opt)


def describe(text: str, fallback: str) -> str:
    text = (text or fallback or "…").strip().splitlines()[0]
    return text if len(text) <= 100 else text[:99] + "…"


def option_description(opt: Opt) -> str:
    return describe(opt.help, f"{opt.name}: {opt.type.placeholder}")


def catalogue_key(spec: CommandSpec, option: str | None = None) -> str:
    """The catalogue key of a command's description, or of one option's:
    ``cmd-haven-language-description``, ``cmd-haven-language-code-description``."""
    return "-".join(("cmd", *spec.path, *((option,) if option else ()), "description"))


def translated(key: str) -> bool:
    """Whether some shipped language other than English has ``key``."""
    return any(CATALOGUES.has(key, loc) for loc in SHIPPED_LANGUAGES if loc != ENGLISH)


def _from_catalogue(text: str, key: str) -> str | app_commands.locale_str:
    """``text``, carrying its catalogue key when a catalogue translates it."""
    return app_commands.locale_str(text, **{CATALOGUE_KEY: key}) if translated(key) else text


def _callback(spec: CommandSpec, run: Runner) -> Callable:
    """A callback whose signature discord.py reads the options from."""

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        await run(interaction, spec, values)

    ordered = sorted(spec.options, key=lambda o: not o.required)  # required first
    params = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for opt in ordered:
        params.append(
            inspect.Parameter(
                opt.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                annotation=app_commands.Transform[str, option_transformer(opt)],
                default=inspect.Parameter.empty if opt.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = f"haven_{'_'.join(spec.path)}"
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        opt.name: _from_catalogue(option_description(opt), catalogue_key(spec, opt.name))
        for opt in spec.options
    }
    return callback


def _command(name: str, spec: CommandSpec, run: Runner, **kw) -> app_commands.Command:
    description: str | app_commands.locale_str = describe(spec.help, f"/{spec.name}")
    extras: dict[str, Any] = {}
    if spec.localizations:
        table = {}
        for key, text in spec.localizations.items():
            if not locales_for(key):
                log.warning("/%s: %r is not a Discord locale; not used", spec.name, key)
            elif text and text.strip():
                table[key] = describe(text, "")
        extras[LOCALIZATIONS] = table
    if translated(catalogue_key(spec)):
        extras[CATALOGUE_KEY] = catalogue_key(spec)
    if extras:
        description = app_commands.locale_str(description, **extras)
    return app_commands.Command(
        name=name,
        description=description,
        callback=_callback(spec, run),
        **kw,
    )


def locales_for(key: str) -> list[discord.Locale]:
    """Discord's locales a localization key stands for: ``fi`` → Finnish,
    ``pt-br`` → ``pt-BR``, ``es`` → ``es-ES`` and ``es-419``."""
    wanted = key.strip().replace("_", "-").lower()
    exact = [loc for loc in discord.Locale if loc.value.lower() == wanted]
    if exact or "-" in wanted:
        return exact
    return [loc for loc in discord.Locale if loc.value.lower().startswith(wanted + "-")]


def shipped_language(locale: discord.Locale) -> str | None:
    """The shipped language other than English a Discord locale reads (``es-419``
    → ``es``); None for English and for languages Haven does not ship."""
    language = normalize_language(locale.value)
    return language if language and language != ENGLISH else None


class HavenTranslator(app_commands.Translator):
    """Translates only what a cog translated: command descriptions whose
    ``locale_str`` carries a localization table, then descriptions whose
    catalogue key a shipped language has; everything else stays as is."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        table: dict[str, str] = string.extras.get(LOCALIZATIONS) or {}
        for key, text in table.items():
            if locale in locales_for(key):
                return text
        key = string.extras.get(CATALOGUE_KEY)
        language = shipped_language(locale)
        if key and language and CATALOGUES.has(key, language):
            return describe(translate(language, key), "")
        return None


def has_localizations(registry: Registry) -> bool:
    """Whether some command or option description is translated."""
    return any(
        spec.localizations
        or translated(catalogue_key(spec))
        or any(translated(catalogue_key(spec, opt.name)) for opt in spec.options)
        for spec in registry.commands.values()
    )


#: Haven is installed to servers, never to a user's account.
INSTALLS = app_commands.AppInstallationType(guild=True, user=False)
#: Where a command group works: in servers, and in a DM with Haven when one of
#: its commands is ``direct`` (the others answer there "run it in your server").
IN_SERVERS = app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)
ALSO_IN_DMS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False)


def build_commands(
    registry: Registry, run: Runner
) -> list[app_commands.Command | app_commands.Group]:
    """Top-level app commands for every group of the registry."""
    top: list[app_commands.Command | app_commands.Group] = []
    for group, specs in sorted(registry.groups().items()):
        moderators_only = all(s.permission is Permission.MODERATOR for s in specs)
        perms = MODERATOR_PERMISSIONS if moderators_only else None
        contexts = ALSO_IN_DMS if any(s.direct for s in specs) else IN_SERVERS
        if len(specs) == 1 and specs[0].path == (group,):
            cmd = _command(group, specs[0], run)
            if perms is not None:
                cmd.default_permissions = perms
            cmd.guild_only = contexts is IN_SERVERS  # the older dm_permission, kept in step
            cmd.allowed_contexts, cmd.allowed_installs = contexts, INSTALLS
            top.append(cmd)
            continue
        cog = specs[0].cog
        root = app_commands.Group(
            name=group,
            description=describe(getattr(cog, "description", ""), f"/{group} commands"),
            default_permissions=perms,
            guild_only=contexts is IN_SERVERS,
            allowed_contexts=contexts,
            allowed_installs=INSTALLS,
        )
        subgroups: dict[str, app_commands.Group] = {}
        for spec in sorted(specs, key=lambda s: s.path):
            if spec.path == (group,):
                root.add_command(_command(ROOT_SUBCOMMAND, spec, run))
            elif len(spec.path) == 2:
                root.add_command(_command(spec.path[1], spec, run))
            else:
                sub = subgroups.get(spec.path[1])
                if sub is None:
                    sub = subgroups[spec.path[1]] = app_commands.Group(
                        name=spec.path[1],
                        description=f"/{group} {spec.path[1]} commands",
                        parent=root,
                    )
                sub.add_command(_command(spec.path[2], spec, run))
        top.append(root)
    return top


def build_tree(client: discord.Client, registry: Registry, run: Runner) -> app_commands.CommandTree:
    """The command tree; call :func:`install_translator` before syncing it."""
    tree = app_commands.CommandTree(client)
    for cmd in build_commands(registry, run):
        tree.add_command(cmd)
    return tree


async def install_translator(tree: app_commands.CommandTree, registry: Registry) -> None:
    """Translate descriptions on sync, when some command has localizations."""
    if has_localizations(registry) and tree.translator is None:
        await tree.set_translator(HavenTranslator())


async def tree_payload(
    tree: app_commands.CommandTree, guild: discord.abc.Snowflake | None = None
) -> list[dict]:
    """What a sync would send (``PUT .../commands``), translations included."""
    commands = tree.get_commands(guild=guild)
    translator = tree.translator
    if translator is None:
        return [cmd.to_dict(tree) for cmd in commands]
    return [await cmd.get_translated_payload(tree, translator) for cmd in commands]


__all__ = [
    "ROOT_SUBCOMMAND",
    "ParseContext",
    "build_commands",
    "build_tree",
    "install_translator",
    "tree_payload",
    "zone_choices",
]
