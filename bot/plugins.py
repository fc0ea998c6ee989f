"""Cogs: how features declare their commands, buttons, forms and jobs.

A cog reads like a page of a manual — declarations on each handler::

    class Sober(Cog):
        name = "sober"

        @command("sober show", help="Your days, and the next milestone",
                 example="/sober show label:alcohol")
        async def show(self, ctx,
                       label: Annotated[str, Text(), Help("which counter")] = "sobriety",
                       ) -> Message: ...    # options: the parameters (bot/signature.py)

        @action("sober:share")          # buttons whose id starts with sober:share:
        async def share_button(self, ctx, choice) -> Message: ...

        @job("sober:milestone")         # runs the due work of this kind
        async def milestone(self, ctx, due) -> None: ...

        job_sources = (SoberRun, SoberPrefs)   # the rows its jobs come from

        async def jobs_for(self, ctx, scope) -> list[JobSpec]:
            ...                          # every job those rows imply, in scope

A cog never adds or removes jobs: it declares them, and the engine keeps the
``due`` table equal to the declarations in the transaction that changed the
data (bot/due.py).

What a cog offers other cogs it declares as services (``provides =
(HomeSections,)``, :mod:`bot.services`); a dormant cog provides none.

Built-in cogs are modules or packages in ``cogs/`` that set ``COG = TheClass``;
third-party cogs register their class under the ``haven.cogs`` entry-point group.

A cog turned off (``HAVEN_DISABLED_COGS``) is still loaded, *dormant*: its
commands, buttons, forms and jobs are not served, but its tables stay migrated
and its data hooks still answer ``/haven export`` and ``/haven delete`` — a
member's data stays theirs to take or erase while the feature is off — and its
pending work waits in its own rows until the cog is turned on again, when the
start's upgrade declares all of its jobs afresh (bot/due_plan.py). The
engine's own cogs (:data:`ENGINE_COGS`) cannot be turned off.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from bot import i18n, ids
from bot.messages import Form
from bot.options import Opt
from bot.services import MANY, HomeSection, HomeSections, check_provides
from bot.signature import options_of

if TYPE_CHECKING:
    from bot.app import Haven
    from bot.context import Context
    from bot.due import Scope
    from bot.jobs import JobSpec
    from bot.models import Member

log = logging.getLogger("haven.plugins")

T = TypeVar("T")

#: Consent (the engine's own ``consent`` cog, bot/consent_handlers.py), export
#: and erasure (me), /help and /crisis: what every promise rests on.
ENGINE_COGS = frozenset({"consent", "me", "help", "crisis"})


class Permission(StrEnum):
    MEMBER = "member"
    MODERATOR = "moderator"


@dataclass
class CommandSpec:
    path: tuple[str, ...]
    handler: Callable
    options: tuple[Opt, ...] = ()
    help: str = ""
    example: str = ""
    permission: Permission = Permission.MEMBER
    ephemeral: bool = True
    consent: bool = True  # stores or reads member data: privacy notice first
    needs_db: bool = True
    cog: Cog | None = None
    #: Also works in a direct message with Haven (see :func:`command`).
    direct: bool = False
    #: The help line in other languages, by locale ("fi", "pt-BR"), where given.
    localizations: dict[str, str] | None = None
    #: Reads dates or times in the member's zone: a member with none is asked first.
    zone: bool = False
    #: Options named differently from the handler's parameter (``Name("id")``):
    #: {option: parameter}.
    renamed: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def group(self) -> str:
        return self.path[0]

    def usage(self) -> str:
        return " ".join([f"/{self.name}", *(opt.usage() for opt in self.options)])

    @property
    def catalogue_key(self) -> str:
        """The key of this command's help in the catalogues: ``cmd-haven-quiet-description``."""
        return "-".join(("cmd", *self.path, "description"))

    def described(self, locale: str) -> str:
        """The help line in ``locale`` where a catalogue translates it, else as declared."""
        if i18n.CATALOGUES.has(self.catalogue_key):
            return i18n.translate(locale, self.catalogue_key)
        return self.help

    def example_in(self, locale: str) -> str:
        """The example in ``locale``: where it carries words of a member's own
        (``/haven reasons add My daughter's graduation in June``), the
        catalogue's ``cmd-<path>-example`` says them in the language; else as
        declared (command and option names stay English)."""
        key = "-".join(("cmd", *self.path, "example"))
        return i18n.translate(locale, key) if i18n.CATALOGUES.has(key) else self.example

    def parameter(self, option: str) -> str:
        """The handler's parameter that receives ``option``."""
        return self.renamed.get(option, option)

    def arguments(self, values: dict[str, Any]) -> dict[str, Any]:
        """Parsed option values, keyed by the handler's parameters."""
        return {self.parameter(name): value for name, value in values.items()}


@dataclass
class ActionSpec:
    prefix: str
    handler: Callable
    consent: bool = True
    permission: Permission = Permission.MEMBER
    cog: Cog | None = None
    #: False: the handler answers without the database (an SOS button must
    #: answer with helplines even when storage is down); it gets no session.
    needs_db: bool = True


@dataclass
class FormSpec:
    form: Form
    handler: Callable
    consent: bool = True
    cog: Cog | None = None


@dataclass
class JobHandlerSpec:
    kind: str
    handler: Callable
    cog: Cog | None = None
    #: A non-urgent DM to the job's member: held through their quiet hours
    #: and Do Not Disturb (:mod:`bot.holding`).
    holdable: bool = False


def command(
    path: str,
    *,
    options: Iterable[Opt] | None = None,
    help: str = "",
    example: str = "",
    moderator: bool = False,
    ephemeral: bool = True,
    consent: bool = True,
    needs_db: bool = True,
    localizations: dict[str, str] | None = None,
    direct: bool = False,
    zone: bool = False,
) -> Callable:
    """Declare a command (``"sober set"``) with its typed options.

    The options are the handler's parameters after ``ctx`` (:mod:`bot.signature`).
    An explicit ``options=[Opt(...)]`` list is still accepted, and checked
    against the parameters when the cog is loaded (:func:`check_options`).

    ``direct``: the command also works in a direct message with Haven, where it
    acts in the member's own community (personal commands: the member's own
    data, answered privately; never a moderator's or one that names others).

    ``zone``: the command reads dates or times in the member's zone, so a
    member who has not set one is asked for it first (:mod:`bot.zone_question`).

    ``localizations`` translates ``help`` by locale (``{"fi": "Kriisiapu"}``);
    platforms that show command descriptions in the member's language use it.
    """

    def mark(fn: Callable) -> Callable:
        if options is None:
            declared, renamed = options_of(fn)
        else:
            declared, renamed = tuple(options), {}
        fn.__haven_command__ = CommandSpec(
            path=tuple(path.split()),
            handler=fn,
            options=declared,
            renamed=renamed,
            help=help,
            example=example or f"/{path}",
            permission=Permission.MODERATOR if moderator else Permission.MEMBER,
            ephemeral=ephemeral,
            consent=consent,
            needs_db=needs_db,
            localizations=dict(localizations) if localizations else None,
            direct=direct,
            zone=zone,
        )
        return fn

    return mark


def action(
    prefix: str, *, consent: bool = True, moderator: bool = False, needs_db: bool = True
) -> Callable:
    """Declare the handler of buttons whose id starts with ``prefix``.

    ``meeting:rsvp:3:going`` with prefix ``meeting:rsvp`` calls
    ``handler(ctx, "3", "going")``.
    """

    def mark(fn: Callable) -> Callable:
        fn.__haven_action__ = ActionSpec(
            prefix,
            fn,
            consent,
            Permission.MODERATOR if moderator else Permission.MEMBER,
            needs_db=needs_db,
        )
        return fn

    return mark


def form(definition: Form, *, consent: bool = True) -> Callable:
    """Declare the handler of a submitted form; values arrive validated."""

    def mark(fn: Callable) -> Callable:
        fn.__haven_form__ = FormSpec(definition, fn, consent)
        return fn

    return mark


def job(kind: str, *, holdable: bool = False) -> Callable:
    """Declare the handler of due work of ``kind`` (see :mod:`bot.scheduler`).

    ``holdable``: the work is a non-urgent message to the job's member (a daily
    prompt, a weekly summary, a congratulation), which waits until their quiet
    hours or Do Not Disturb end (:mod:`bot.holding`). Never for anything
    urgent (an SOS, its follow-up)."""

    def mark(fn: Callable) -> Callable:
        fn.__haven_job__ = JobHandlerSpec(kind, fn, holdable=holdable)
        return fn

    return mark


class Cog:
    """A feature. Subclasses set ``name`` and declare handlers with decorators."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    #: A folder of Alembic migrations for this cog's tables (a branch of its own).
    migrations: ClassVar[Path | None] = None
    #: The services (:mod:`bot.services`) this cog offers other cogs; it
    #: implements their methods itself.
    provides: ClassVar[tuple[type, ...]] = ()
    #: What this cog stores about a member who agrees, as the privacy notice
    #: lists it: a key of the cog's catalogue (``sober-privacy`` → "sober
    #: dates"), else English as written. Required of a cog whose tables hold
    #: member data. The notice names the lines of the cogs serving the community, in
    #: registry order (bot/consent.py).
    privacy: ClassVar[str] = ""

    def __init__(self, app: Haven) -> None:
        self.app = app

    async def on_start(self) -> None:
        """Called once the database is ready, before the scheduler starts."""

    #: The tables whose rows imply this cog's jobs. A handler that changes one
    #: (or a member's zone or consent, or the community's settings, which every
    #: declaration may read) has the jobs of that scope declared again.
    job_sources: ClassVar[tuple[type, ...]] = ()
    #: Raise it when a release changes which jobs the same data implies (a new
    #: reminder lead, say): the next upgrade declares all of this cog's jobs
    #: again (bot/due_plan.py). New kinds of work need no raise.
    jobs_version: ClassVar[int] = 1

    async def jobs_for(self, ctx: Context, scope: Scope) -> Iterable[JobSpec]:
        """Every job this cog's data implies in ``ctx.community`` within
        ``scope``: the jobs of ``scope.members`` (all members when None) and,
        when ``scope.community``, the community's own (``member_id`` None).

        Read through ``ctx.db`` (the handler's transaction: it sees the change
        being made). Returning more than the scope is harmless; the engine
        keeps what lies in it. A job returned unchanged keeps its planned
        occurrence; a changed one is planned again from now.
        """
        return ()

    async def export_user_data(self, ctx: Context, member: Member) -> dict[str, Any] | None:
        """This member's data held by the cog, as JSON-ready values."""
        return None

    async def member_zone_changed(self, ctx: Context, member: Member) -> None:
        """The member moved to ``ctx.zone`` (``ctx`` is their own): re-plan
        their pending work that counts in their local time (see
        :func:`bot.memberdata.move_member`)."""

    async def delete_user_data(self, ctx: Context, member: Member) -> None:
        """Erase this member's data held by the cog, and their pending jobs."""

    async def stats(self, ctx: Context) -> dict[str, int]:
        """Counts for ``/mod stats`` — numbers only, never member content."""
        return {}

    def http_routes(self) -> Iterable[Any]:
        """aiohttp route definitions this cog serves on Haven's HTTP server
        (see :mod:`bot.http_routes`)."""
        return ()


HOOKS = frozenset(name for name in vars(Cog) if not name.startswith("_"))
MARKERS = ("__haven_command__", "__haven_action__", "__haven_form__", "__haven_job__")


@dataclass
class Registry:
    """Every loaded cog and what it declared, with lookups for dispatch."""

    cogs: dict[str, Cog] = field(default_factory=dict)
    #: Cogs turned off: loaded for their tables and data hooks only.
    dormant: dict[str, Cog] = field(default_factory=dict)
    #: Command groups of dormant cogs, and the cog each belongs to.
    off_groups: dict[str, str] = field(default_factory=dict)
    commands: dict[tuple[str, ...], CommandSpec] = field(default_factory=dict)
    actions: dict[str, ActionSpec] = field(default_factory=dict)
    forms: dict[str, FormSpec] = field(default_factory=dict)
    jobs: dict[str, JobHandlerSpec] = field(default_factory=dict)
    #: service protocol → the turned-on cogs that provide it, in registry order.
    services: dict[type, list[Cog]] = field(default_factory=dict)
    #: :meth:`kinds_of`, by cog name, worked out once (asked at every commit).
    _kinds: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False)

    def add(self, cog: Cog, *, dormant: bool = False) -> None:
        self._kinds.clear()
        if not cog.name:
            raise ValueError(f"{type(cog).__name__} has no name")
        if cog.name in self.cogs or cog.name in self.dormant:
            raise ValueError(f"two cogs are named {cog.name!r}")
        check_provides(cog, cog.name, cog.provides)
        # The catalogues beside the cog's module (none for a cog built in memory).
        i18n.register_module(getattr(sys.modules.get(type(cog).__module__), "__file__", None))
        if dormant:
            if cog.name in ENGINE_COGS:
                raise ValueError(f"{cog.name} is part of Haven's engine and cannot be turned off")
            self.dormant[cog.name] = cog
            for attr in dir(type(cog)):
                spec = getattr(getattr(type(cog), attr, None), "__haven_command__", None)
                if spec is not None:
                    check_options(cog.name, attr, spec)
                    self.off_groups.setdefault(spec.group, cog.name)
            return
        self.cogs[cog.name] = cog
        for attr in dir(type(cog)):
            fn = getattr(type(cog), attr, None)
            if attr in HOOKS and any(hasattr(fn, m) for m in MARKERS):
                raise ValueError(f"{cog.name}: a handler may not be named {attr}, a cog hook")
            for marker, table, key in (
                ("__haven_command__", self.commands, lambda s: s.path),
                ("__haven_action__", self.actions, lambda s: s.prefix),
                ("__haven_form__", self.forms, lambda s: s.form.form_id),
                ("__haven_job__", self.jobs, lambda s: s.kind),
            ):
                spec = getattr(fn, marker, None)
                if spec is None:
                    continue
                if key(spec) in table:
                    raise ValueError(f"{marker.strip('_')} {key(spec)!r} is declared twice")
                if marker == "__haven_command__":
                    check_options(cog.name, attr, spec)
                table[key(spec)] = replace(spec, handler=spec.handler.__get__(cog), cog=cog)
        for service in cog.provides:
            providers = self.services.setdefault(service, [])
            if providers and service not in MANY:
                raise ValueError(
                    f"{service.__name__} is provided by both {providers[0].name} and {cog.name}"
                )
            providers.append(cog)

    def service(self, service: type[T]) -> T | None:
        """The turned-on cog that provides ``service``; None when none does."""
        providers = self.services.get(service)
        return providers[0] if providers else None  # type: ignore[return-value]

    def providers(self, service: type[T]) -> list[T]:
        """Every turned-on cog that provides ``service``, in registry order."""
        return list(self.services.get(service, ()))  # type: ignore[arg-type]

    def home_sections(self) -> list[HomeSection]:
        """The sections of a member's home, by place, then registry order."""
        found = [s for cog in self.providers(HomeSections) for s in cog.home_sections()]
        return sorted(found, key=lambda s: s.place)

    def find_command(self, words: list[str]) -> tuple[CommandSpec, list[str]] | None:
        """The longest declared path that starts ``words``, and the words left."""
        for size in range(min(len(words), 3), 0, -1):
            spec = self.commands.get(tuple(w.lower() for w in words[:size]))
            if spec is not None:
                return spec, words[size:]
        return None

    def groups(self) -> dict[str, list[CommandSpec]]:
        grouped: dict[str, list[CommandSpec]] = {}
        for spec in self.commands.values():
            grouped.setdefault(spec.group, []).append(spec)
        return grouped

    def find_action(self, action_id: str) -> tuple[ActionSpec, list[str]] | None:
        """The button's handler and the id's segments after its prefix; None
        for an id no handler of Haven's could have made (bot/ids.py)."""
        return _by_prefix(self.actions, action_id, fixed=1)

    def find_form(self, form_id: str) -> tuple[FormSpec, list[str]] | None:
        return _by_prefix(self.forms, form_id, fixed=2)

    def kinds_of(self, cog: Cog) -> frozenset[str]:
        """The job kinds ``cog`` handles (its rows in ``due``)."""
        kinds = self._kinds.get(cog.name)
        if kinds is None:
            kinds = frozenset(kind for kind, spec in self.jobs.items() if spec.cog is cog)
            self._kinds[cog.name] = kinds
        return kinds

    def data_cogs(self) -> list[Cog]:
        """Every cog that may hold member data, turned on or not, by name."""
        return [cog for _, cog in sorted({**self.cogs, **self.dormant}.items())]

    def migration_dirs(self) -> list[Path]:
        return [cog.migrations for cog in self.data_cogs() if cog.migrations]


def check_options(cog: str, attr: str, spec: CommandSpec) -> None:
    """Refuse a command whose options and handler disagree: each option names
    a parameter, a required option is one without a default, and every other
    parameter has a default (the engine passes only the options given)."""
    where = f"{cog}: /{spec.name} ({attr})"
    params = list(inspect.signature(spec.handler).parameters.values())[2:]  # self, ctx
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return  # takes any option: nothing to compare
    by_name = {p.name: p for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    seen: set[str] = set()
    for opt in spec.options:
        name = spec.parameter(opt.name)
        if name in seen:
            raise ValueError(f"{where}: option {opt.name!r} is declared twice")
        seen.add(name)
        param = by_name.get(name)
        if param is None:
            raise ValueError(f"{where}: option {opt.name!r} names no parameter of the handler")
        has_default = param.default is not param.empty
        if opt.required and has_default:
            raise ValueError(
                f"{where}: option {opt.name!r} is required but its parameter has a default"
            )
        if not opt.required and not has_default:
            raise ValueError(
                f"{where}: option {opt.name!r} is optional but its parameter has no default"
            )
    for param in params:
        if param.name in seen or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if param.default is param.empty:
            raise ValueError(f"{where}: parameter {param.name!r} is no option and has no default")


def _by_prefix(table: dict[str, Any], ident: str, fixed: int):
    parts = ids.segments(ident)
    if parts is None:
        return None
    for size in range(len(parts), 0, -1):
        spec = table.get(":".join(parts[:size]))
        if spec is not None:
            rest = parts[size:]
            return (spec, rest) if ids.takes(spec.handler, fixed, len(rest)) else None
    return None


def discover_cogs(package: str = "cogs", disabled: Iterable[str] = ()) -> list[type[Cog]]:
    """Built-in cogs from ``package`` and third-party ones from entry points
    (except ``disabled`` ones, which may not name an engine cog)."""
    disabled = set(disabled)
    if disabled & ENGINE_COGS:
        raise ValueError(f"{', '.join(sorted(disabled & ENGINE_COGS))} cannot be turned off")
    found: list[type[Cog]] = []
    pkg = importlib.import_module(package)
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        cog_cls = getattr(module, "COG", None)
        if cog_cls is not None and cog_cls.name not in disabled:
            found.append(cog_cls)
    for ep in entry_points(group="haven.cogs"):
        try:
            cog_cls = ep.load()
        except Exception:  # a broken plug-in must not stop Haven
            log.exception("could not load cog %s from entry point", ep.name)
            continue
        if cog_cls.name not in disabled:
            found.append(cog_cls)
    return found
