"""A community's settings, typed and namespaced: each cog declares its own.

``Community.settings`` is JSON: one object per namespace, ``{"engine":
{"timezone": "Europe/Helsinki"}, "crisis": {"country": "GB"}}``. A cog declares
what it keeps there as a class of typed fields with defaults::

    class CrisisSettings(CommunitySettings, namespace="crisis"):
        resources: str | None = None
        country: str | None = setting(None, check=lambda code: code in LINES)

and reads it with ``ctx.settings(CrisisSettings)`` (a frozen instance, every
field filled in) and writes it with ``ctx.update_settings(CrisisSettings,
country="GB")``, which checks the new values and stores them under the
namespace. Nothing else reads the JSON by key: this module is the only place
that does (tests/bot/test_community_settings.py keeps it so).

A value stored earlier that no longer fits its field (a type changed, a zone
that was removed) is not an error for the member who happens to ask: the
field reads as its default and the log names the setting, never its value.
Keys this Haven does not know (a newer version's, a cog not installed) are
kept as they are.
"""

from __future__ import annotations

import logging
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import i18n

if TYPE_CHECKING:
    from bot.models import Community

log = logging.getLogger("haven.settings")

S = TypeVar("S", bound="CommunitySettings")

#: Every declared namespace and the class that owns it.
NAMESPACES: dict[str, type[CommunitySettings]] = {}


def setting(default: Any = None, *, check: Callable[[Any], bool] | None = None) -> Any:
    """A field with a ``check`` beyond its type (``check(value)`` is true when
    the value is usable); a mutable default (a dict, a list) is copied per read."""
    factory = isinstance(default, dict | list)
    return field(
        default=MISSING if factory else default,
        default_factory=(lambda: type(default)(default)) if factory else MISSING,
        metadata={"check": check} if check else {},
    )


class CommunitySettings:
    """Base of a namespace's settings: subclass with ``namespace="<name>"`` and
    annotated fields with defaults (the subclass becomes a frozen dataclass).

    Field types: ``str``, ``int``, ``bool``, ``float``, ``tuple[str, ...]``,
    ``dict[str, str]``, ``dict[str, Any]`` and any of them ``| None``.
    """

    namespace: ClassVar[str] = ""
    #: Each field's type, resolved once.
    _hints: ClassVar[dict[str, Any]]

    def __init_subclass__(cls, namespace: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not namespace:
            raise TypeError(
                f"{cls.__name__} needs a namespace: class {cls.__name__}(…, namespace=…)"
            )
        owner = NAMESPACES.get(namespace)
        if owner is not None and _name(owner) != _name(cls):
            raise TypeError(f"namespace {namespace!r} is already {_name(owner)}'s")
        cls.namespace = namespace
        dataclass(frozen=True)(cls)
        cls._hints = typing.get_type_hints(cls)
        for f in fields(cls):  # type: ignore[arg-type]
            if not _supported(cls._hints[f.name]):
                raise TypeError(f"{cls.__name__}.{f.name}: a setting cannot be of that type")
        NAMESPACES[namespace] = cls

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any] | None) -> Self:
        """The namespace as stored in ``Community.settings`` (the whole object);
        a value that does not fit its field reads as the default (logged by name)."""
        section = (stored or {}).get(cls.namespace)
        if section is None:
            return cls()
        if not isinstance(section, Mapping):
            log.warning("community setting %s is not an object; using the defaults", cls.namespace)
            return cls()
        values = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name not in section:
                continue
            value = section[f.name]
            if _usable(cls, f, value):
                values[f.name] = _typed(value)
            else:
                log.warning(
                    "community setting %s.%s has an unusable value; using the default",
                    cls.namespace,
                    f.name,
                )
        return cls(**values)

    @classmethod
    def check(cls, **changes: Any) -> None:
        """Raise ``ValueError`` naming the first change that is not a field or
        does not fit it (a handler checks members' input before this)."""
        by_name = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
        for name, value in changes.items():
            if name not in by_name:
                raise ValueError(f"{cls.namespace} has no setting {name!r}")
            if not _usable(cls, by_name[name], value):
                raise ValueError(f"{cls.namespace}.{name}: not a usable value")

    @classmethod
    def stored_with(cls, stored: Mapping[str, Any] | None, **changes: Any) -> dict[str, Any]:
        """``stored`` (the whole settings object) with ``changes`` made in this
        namespace, checked; a field set back to its default is left out, and
        every other key — another namespace's, one this Haven does not know —
        is kept."""
        cls.check(**changes)
        whole = dict(stored or {})
        section = whole.get(cls.namespace)
        section = dict(section) if isinstance(section, Mapping) else {}
        defaults = cls()
        for name, value in changes.items():
            if _typed(value) == getattr(defaults, name):
                section.pop(name, None)
            else:
                section[name] = _json(value)
        if section:
            whole[cls.namespace] = section
        else:
            whole.pop(cls.namespace, None)
        return whole


def read(cls: type[S], community: Community | None) -> S:
    """``cls``'s settings in ``community`` (the defaults without one)."""
    return cls.from_stored(community.settings if community is not None else None)


def update(cls: type[S], community: Community, **changes: Any) -> S:
    """Check ``changes``, store them in ``community`` and return the new settings.
    The JSON column notices reassignment, not edits in place: a new object."""
    community.settings = cls.stored_with(community.settings, **changes)
    return read(cls, community)


def is_zone(name: Any) -> bool:
    """An IANA zone this system knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


# -- types -------------------------------------------------------------------


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable(cls: type[CommunitySettings], f: Field, value: Any) -> bool:
    if not _fits(cls._hints[f.name], value):
        return False
    check = f.metadata.get("check")
    return value is None or check is None or bool(check(value))


def _supported(tp: Any) -> bool:
    """Whether :func:`_fits` can check values of ``tp``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return all(_supported(arg) for arg in args)
    if origin is tuple:
        return len(args) == 2 and args[1] is Ellipsis and _supported(args[0])
    if origin is dict:
        return args[0] is str and _supported(args[1])
    return tp in (Any, type(None), bool, int, float, str)


def _fits(tp: Any, value: Any) -> bool:
    """Whether a JSON-ish ``value`` is of type ``tp`` (lists stand for tuples)."""
    if tp is Any:
        return True
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(arg, value) for arg in args)
    if tp is type(None):
        return value is None
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    if origin is tuple:
        return isinstance(value, list | tuple) and all(_fits(args[0], v) for v in value)
    if origin is dict:
        key, item = args
        return isinstance(value, Mapping) and all(
            _fits(key, k) and _fits(item, v) for k, v in value.items()
        )
    return False


def _typed(value: Any) -> Any:
    """A stored value as its field holds it: lists as tuples, objects copied."""
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _json(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


# -- the engine's own ---------------------------------------------------------------


class EngineSettings(CommunitySettings, namespace="engine"):
    """What the engine itself keeps for a community."""

    #: The zone of members who have not chosen one (``zone_of``).
    timezone: str | None = setting(None, check=is_zone)
    #: Discreet mode for members who have not chosen (None: the platform's default).
    discreet: bool | None = None
    #: Platform user ids named with ``/mod moderator add``.
    moderator_users: tuple[str, ...] = ()
    #: The role whose holders are moderators (``/mod role``).
    moderator_role: str | None = None
    #: Channel id per purpose (``/mod channel``): announcements, milestones, ...
    channels: dict[str, str] = setting({})
    #: Cogs turned off in this community.
    disabled_cogs: tuple[str, ...] = ()
    #: The community's locale (money and numbers), e.g. ``de_DE``.
    locale: str | None = None
    #: The language for members who chose none and whose platform says none
    #: (``/mod language``), one of :data:`bot.i18n.SHIPPED`.
    language: str | None = setting(None, check=lambda code: code in i18n.SHIPPED)
