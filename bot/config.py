"""Settings read from environment variables (and an optional ``.env`` file).

Everything is validated once, at startup. A problem is reported as a ``ConfigError`` that
names the variable, says what is wrong and shows a value that works, so an operator can
fix it without reading this code. No message repeats the value it rejects: a token
pasted into the wrong variable is still a token. It is described by its kind ("looks like
a Slack token") or its length instead.
"""

from __future__ import annotations

import hmac
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.fernet import Fernet
from dotenv import dotenv_values
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.plugins import ENGINE_COGS

if TYPE_CHECKING:
    from bot.platform import Platform

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///haven.db"

# Accepted URL prefixes and what they are rewritten to (async drivers are required).
_DATABASE_PREFIXES = (
    ("sqlite+aiosqlite://", "sqlite+aiosqlite://"),
    ("postgresql+asyncpg://", "postgresql+asyncpg://"),
    ("sqlite://", "sqlite+aiosqlite://"),
    ("postgresql://", "postgresql+asyncpg://"),
    ("postgres://", "postgresql+asyncpg://"),
)
_DATABASE_EXAMPLE = "DATABASE_URL=postgresql+asyncpg://haven:password@localhost:5432/haven"
_FIXED_OFFSET = re.compile(r"(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?", re.IGNORECASE)
#: Databases people try, named back to them (any other scheme is not repeated).
_OTHER_DATABASES = frozenset({"mysql", "mariadb", "mssql", "oracle", "mongodb", "redis"})
#: Shapes of credentials, to say what a rejected value looks like without showing it
#: (each :class:`Section` adds its platform's tokens).
_SECRET_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[\w-]{43}=$"), "an encryption key"),
    (re.compile(r"[a-z][\w+.-]*://[^/@]*@", re.IGNORECASE), "a URL with credentials"),
]


S = TypeVar("S", bound="Section")


class ConfigError(Exception):
    """A setting is missing or invalid; the message says which one and how to fix it."""


def config_error(name: str, problem: str, example: str) -> ConfigError:
    return ConfigError(f"{name}: {problem} (example: {example})")


def described(raw: str) -> str:
    """The rejected value, described by its kind or length, never shown."""
    for shape, looks_like in _SECRET_SHAPES:
        if shape.match(raw):
            return f"the value given (it looks like {looks_like})"
    return f"the value given ({len(raw)} characters)"


class Secret:
    """A string that stays out of reprs, logs and tracebacks; ``.get()`` returns the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Section:
    """Settings a platform brings (its entry point names the class): its own
    variables, read and checked together by :meth:`load`, and its secrets.

    A subclass is a frozen dataclass whose defaults mean "nothing set", so
    :meth:`Settings.section` always has an answer. Every problem is a
    :class:`ConfigError` made by :func:`config_error`, naming the variable and
    an example, never the value (:func:`described` says what it looks like).
    """

    #: The platform's name ("slack").
    name: ClassVar[str] = ""
    #: Every variable :meth:`load` reads.
    variables: ClassVar[tuple[str, ...]] = ()
    #: What the platform's credentials look like: (pattern, "a Slack token"),
    #: so a token pasted into any variable is named, not shown.
    shapes: ClassVar[tuple[tuple[re.Pattern[str], str], ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _SECRET_SHAPES[:0] = [shape for shape in cls.shapes if shape not in _SECRET_SHAPES]

    @classmethod
    def load(cls, values: Mapping[str, str]) -> Self:
        """Read and check the section's variables (blank ones are absent)."""
        return cls()

    @property
    def enabled(self) -> bool:
        """Configured, so ``haven run`` serves this platform."""
        return False

    @property
    def shares_http_port(self) -> bool:
        """Serves on HAVEN_HTTP_PORT itself, so the operations server joins it there."""
        return False

    def owned_partitions(self) -> tuple[tuple[int, ...], int] | None:
        """The partitions of the platform's communities this process serves, and
        how many there are (Discord's shards); None: all of them."""
        return None

    def secrets(self) -> list[str]:
        """Every secret value set, for the log redactor."""
        found = (getattr(self, f.name) for f in fields(self))
        return [value.get() for value in found if isinstance(value, Secret) and value]


@dataclass(frozen=True)
class Settings:
    env: Literal["development", "production"] = "development"
    # Hidden from repr: the URL may carry the database password.
    database_url: str = field(default=DEFAULT_DATABASE_URL, repr=False)
    encryption_keys: tuple[Secret, ...] = ()  # newest first
    dev_key_file: str = "haven-dev.key"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    default_timezone: str = "UTC"
    #: The name members see in every reply (``HAVEN_BOT_NAME``): a neutral one
    #: such as "Wellbeing" says nothing on a lock screen (see docs/discreet.md).
    bot_name: str = "Haven"
    disabled_cogs: frozenset[str] = frozenset()
    misfire_grace_minutes: int = 30
    claim_lease_seconds: int = 300
    #: The due-work timer's backstop: how often it looks for rows other processes wrote.
    due_poll_seconds: float = 2.0
    purge_grace_days: int = 30
    #: Days the audit log keeps a row (HAVEN_AUDIT_RETENTION_DAYS).
    audit_retention_days: int = 365
    sos_ack_minutes: int = 15
    http_port: int = 3000
    #: The operations server's port (/healthz, /readyz, /metrics): HAVEN_HTTP_PORT
    #: when it is set. Slack's HTTP mode serves on http_port whether or not.
    ops_port: int | None = None
    #: /metrics on its own port instead (HAVEN_METRICS_PORT), and/or behind a bearer token.
    metrics_port: int | None = None
    metrics_token: Secret | None = None
    #: Label metrics with the guild/workspace id (opt-in: HAVEN_METRICS_COMMUNITY_LABELS=1).
    metrics_community_labels: bool = False
    #: /readyz fails once due work has waited unclaimed this long.
    ready_backlog_seconds: int = 300
    #: text (default) or json: one JSON object per line.
    log_format: Literal["text", "json"] = "text"
    #: Hours between automatic re-syncs of imported meeting feeds.
    feed_sync_hours: int = 24
    #: Let meeting feeds be fetched from private and loopback addresses (tests only).
    feed_allow_private: bool = False
    #: Where members reach Haven's HTTP server ("https://haven.example.org"), for
    #: the links /meeting feed and /meeting subscribe give ("" when not served).
    public_url: str = ""
    #: PostgreSQL: seconds to wait for a connection, and for a statement (0: no limit).
    database_connect_timeout: int = 10
    database_statement_timeout: int = 60
    #: Milliseconds /crisis, /sos and answers no handler gives wait for a read
    #: of the database (the community's helplines, the member's language)
    #: before answering with Haven's defaults: they answer within a second.
    brief_read_ms: int = 500
    #: Each installed platform's own settings (:class:`Section`).
    sections: tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        """Check rules that involve more than one setting."""
        engine = sorted(self.disabled_cogs & ENGINE_COGS)
        if engine:
            raise config_error(
                "HAVEN_DISABLED_COGS",
                f"{', '.join(engine)} cannot be turned off: consent, /haven export and "
                "/haven delete, /help and /crisis are part of Haven itself",
                "HAVEN_DISABLED_COGS=meetings,accountability",
            )

    @property
    def production(self) -> bool:
        return self.env == "production"

    def section(self, section_type: type[S]) -> S:
        """The platform's settings as loaded, or its defaults when none were."""
        for section in self.sections:
            if type(section) is section_type:
                return section
        return section_type()

    def with_section(self, section: Section) -> Settings:
        """These settings with ``section`` in place of the one of its type."""
        others = tuple(s for s in self.sections if type(s) is not type(section))
        return replace(self, sections=(*others, section))

    def secrets(self) -> list[str]:
        """Every secret value that is set, so the log redactor can mask them."""
        candidates = (self.metrics_token, *self.encryption_keys)
        found = [secret.get() for secret in candidates if secret]
        for section in self.sections:
            found.extend(section.secrets())
        password = make_url(self.database_url).password
        if password:
            found.append(str(password))
        return found


def load_settings(
    environ: Mapping[str, str] | None = None,
    env_file: str | os.PathLike[str] | None = ".env",
    sections: Iterable[type[Section]] | None = None,
) -> Settings:
    """Build Settings from ``env_file`` (if it exists) overlaid with ``environ``,
    with a section for each of ``sections`` (default: every installed platform's).

    The environment wins over the file. Empty or blank values count as unset, so an empty
    variable (as compose files often pass through) falls back to the file, then the default.
    """
    values: dict[str, str] = {}
    if env_file is not None and os.path.isfile(env_file):
        values.update(_present(dotenv_values(env_file)))
    values.update(_present(os.environ if environ is None else environ))
    section_types = installed_sections() if sections is None else list(sections)

    return Settings(
        env=read_choice(
            values, "HAVEN_ENV", ("development", "production"), "development", "production"
        ),
        database_url=_database_url(values),
        encryption_keys=_encryption_keys(values),
        dev_key_file=values.get("HAVEN_DEV_KEY_FILE", "haven-dev.key"),
        log_level=read_choice(
            values, "HAVEN_LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR"), "INFO", "INFO"
        ),
        default_timezone=_timezone(values),
        bot_name=_bot_name(values),
        disabled_cogs=frozenset(_split(values.get("HAVEN_DISABLED_COGS", ""))),
        misfire_grace_minutes=read_int(
            values, "HAVEN_MISFIRE_GRACE_MINUTES", 30, "a whole number of minutes", minimum=0
        ),
        claim_lease_seconds=read_int(
            values, "HAVEN_CLAIM_LEASE_SECONDS", 300, "a whole number of seconds", minimum=1
        ),
        due_poll_seconds=read_int(
            values, "HAVEN_DUE_POLL_SECONDS", 2, "a whole number of seconds", minimum=1
        ),
        sos_ack_minutes=read_int(
            values, "HAVEN_SOS_ACK_MINUTES", 15, "a whole number of minutes", minimum=1
        ),
        purge_grace_days=read_int(
            values, "HAVEN_PURGE_GRACE_DAYS", 30, "a whole number of days", minimum=0
        ),
        audit_retention_days=read_int(
            values, "HAVEN_AUDIT_RETENTION_DAYS", 365, "a whole number of days", minimum=1
        ),
        http_port=read_int(
            values, "HAVEN_HTTP_PORT", 3000, "a port number", minimum=1, maximum=65535
        ),
        ops_port=read_int(
            values, "HAVEN_HTTP_PORT", None, "a port number", minimum=1, maximum=65535
        ),
        metrics_port=read_int(
            values, "HAVEN_METRICS_PORT", None, "a port", minimum=1, maximum=65535, example=9100
        ),
        metrics_token=read_secret(values, "HAVEN_METRICS_TOKEN"),
        metrics_community_labels=read_choice(
            values, "HAVEN_METRICS_COMMUNITY_LABELS", ("0", "1"), "0", "1"
        )
        == "1",
        ready_backlog_seconds=read_int(
            values, "HAVEN_READY_BACKLOG_SECONDS", 300, "a whole number of seconds", minimum=1
        ),
        log_format=read_choice(values, "HAVEN_LOG_FORMAT", ("text", "json"), "text", "json"),
        feed_sync_hours=read_int(
            values, "HAVEN_FEED_SYNC_HOURS", 24, "a whole number of hours", minimum=1, maximum=720
        ),
        public_url=read_url(values, "HAVEN_PUBLIC_URL", "", ("http", "https")).rstrip("/"),
        feed_allow_private=read_choice(values, "HAVEN_FEED_ALLOW_PRIVATE", ("0", "1"), "0", "1")
        == "1",
        database_connect_timeout=read_int(
            values, "HAVEN_DB_CONNECT_TIMEOUT_SECONDS", 10, "a whole number of seconds", minimum=1
        ),
        database_statement_timeout=read_int(
            values,
            "HAVEN_DB_STATEMENT_TIMEOUT_SECONDS",
            60,
            "a whole number of seconds",
            minimum=0,
        ),
        brief_read_ms=read_int(
            values,
            "HAVEN_BRIEF_READ_MS",
            500,
            "a whole number of milliseconds",
            minimum=50,
            maximum=2500,
        ),
        sections=tuple(section_type.load(values) for section_type in section_types),
    )


def _present(source: Mapping[str, str | None]) -> dict[str, str]:
    """Drop unset and blank values; strip stray whitespace from pasted tokens."""
    return {key: value.strip() for key, value in source.items() if value and value.strip()}


def _split(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def read_choice(
    values: Mapping[str, str], name: str, options: tuple[str, ...], default: str, example: str
) -> str:
    """Match case-insensitively and return the canonical spelling."""
    raw = values.get(name)
    if raw is None:
        return default
    for option in options:
        if option.lower() == raw.lower():
            return option
    raise config_error(
        name, f"{described(raw)} is not one of {', '.join(options)}", f"{name}={example}"
    )


def read_int(
    values: Mapping[str, str],
    name: str,
    default: int | None,
    what: str,
    *,
    minimum: int,
    maximum: int | None = None,
    example: int | None = None,
) -> int | None:
    raw = values.get(name)
    if raw is None:
        return default
    good = f"{name}={default if example is None else example}"
    try:
        value = int(raw)
    except ValueError:
        raise config_error(name, f"{described(raw)} is not {what}", good) from None
    if maximum is not None and not minimum <= value <= maximum:
        raise config_error(name, f"the value is out of range; use {minimum} to {maximum}", good)
    if value < minimum:
        raise config_error(name, f"the value is too small; it must be at least {minimum}", good)
    return value


def read_secret(
    values: Mapping[str, str], name: str, prefix: str | None = None, expected: str = ""
) -> Secret | None:
    raw = values.get(name)
    if raw is None:
        return None
    if prefix is not None and not raw.startswith(prefix):
        # Never echo the value: it is a credential even when it is the wrong one.
        raise config_error(
            name, f"the value does not start with {prefix}; use {expected}", f"{name}={prefix}..."
        )
    return Secret(raw)


def read_url(values: Mapping[str, str], name: str, default: str, schemes: tuple[str, ...]) -> str:
    raw = values.get(name)
    if raw is None:
        return default
    try:
        parts = urlsplit(raw)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in schemes or not parts.netloc:
        expected = " or ".join(f"{scheme}://" for scheme in schemes)
        raise config_error(
            name, f"{described(raw)} is not a URL starting with {expected}", f"{name}={default}"
        )
    return raw


def _database_url(values: dict[str, str]) -> str:
    raw = values.get("DATABASE_URL")
    if raw is None:
        return DEFAULT_DATABASE_URL
    for prefix, replacement in _DATABASE_PREFIXES:
        if raw.startswith(prefix):
            url = replacement + raw[len(prefix) :]
            break
    else:
        backend = raw.split("://", 1)[0].split("+", 1)[0].lower() if "://" in raw else ""
        if backend in _OTHER_DATABASES:
            problem = f"{backend} databases are not supported; use SQLite or PostgreSQL"
        else:
            problem = f"{described(raw)} is not a SQLite or PostgreSQL database URL"
        raise config_error("DATABASE_URL", problem, _DATABASE_EXAMPLE)
    # Parsed here, not at first use, so a typo is a message and not a traceback.
    try:
        port = make_url(url).port
    except (ArgumentError, ValueError):
        raise config_error(
            "DATABASE_URL",
            "is not a valid URL; check the port (a number) and percent-encode special "
            "characters in the user name and password (@ is %40, : is %3A, / is %2F)",
            _DATABASE_EXAMPLE,
        ) from None
    if port is not None and not 1 <= port <= 65535:
        raise config_error(
            "DATABASE_URL", "the port is out of range; use 1 to 65535", _DATABASE_EXAMPLE
        )
    return url


def _encryption_keys(values: dict[str, str]) -> tuple[Secret, ...]:
    keys = _split(values.get("HAVEN_ENCRYPTION_KEY", ""))
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            raise config_error(
                "HAVEN_ENCRYPTION_KEY",
                f"key #{position} of {len(keys)} (newest first) is not a valid key "
                "(32 url-safe base64-encoded bytes)",
                "generate one with: haven keys generate",
            ) from None
    return tuple(Secret(key) for key in keys)


def _timezone(values: dict[str, str]) -> str:
    name = "HAVEN_DEFAULT_TIMEZONE"
    raw = values.get(name)
    if raw is None:
        return "UTC"
    example = f"{name}=Europe/Helsinki"
    if _FIXED_OFFSET.fullmatch(raw):
        raise config_error(
            name,
            "the value is a fixed UTC offset, which goes wrong when daylight saving time "
            "changes; use a time zone name",
            example,
        )
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise config_error(
            name, f"{described(raw)} is not an IANA time zone name", example
        ) from None
    return raw


def _bot_name(values: Mapping[str, str]) -> str:
    """``HAVEN_BOT_NAME``: one line of at most 32 characters (it heads modals and
    notifications), without markup characters."""
    name = values.get("HAVEN_BOT_NAME", "Haven").strip()
    if len(name) > 32 or "\n" in name or any(c in name for c in "*_~`<>[]|@#:"):
        raise config_error(
            "HAVEN_BOT_NAME",
            "a plain name of at most 32 characters, without markup characters",
            "HAVEN_BOT_NAME=Wellbeing",
        )
    return name


#: Where platforms are registered, and the group older installs still list.
GROUP = "haven.platforms"
LEGACY_GROUP = "haven.adapters"


def platform_names() -> list[str]:
    """Every installed platform's name, without loading any of them."""
    names = {ep.name for ep in entry_points(group=GROUP)}
    names |= {ep.name for ep in entry_points(group=LEGACY_GROUP)}
    return sorted(names)


def _looks_like_platform(entry: object) -> bool:
    """A Platform class, told by its shape (bot.platform imports this module,
    so it is not imported back here): a named class with its own CLI and
    settings section (or none)."""
    section = getattr(entry, "settings", None)
    return (
        isinstance(entry, type)
        and isinstance(getattr(entry, "name", None), str)
        and callable(getattr(entry, "add_cli", None))
        and (section is None or (isinstance(section, type) and issubclass(section, Section)))
    )


def platform_entry(name: str) -> type[Platform]:
    """The :class:`~bot.platform.Platform` class installed as ``name``; an older
    install's ``haven.adapters`` entry names a module whose ``PLATFORM`` it is."""
    for group in (GROUP, LEGACY_GROUP):
        for ep in entry_points(group=group):
            if ep.name != name:
                continue
            try:
                found = ep.load()
            except ImportError as exc:
                raise ConfigError(f"the {name} adapter could not be loaded: {exc}") from None
            if isinstance(found, ModuleType):
                found = getattr(found, "PLATFORM", found)
            if not _looks_like_platform(found):
                raise ConfigError(f"the {name} adapter is not a haven Platform (reinstall it)")
            return found
    raise ConfigError(f"the {name} adapter is not installed (reinstall haven-bot)")


@cache
def installed_platform(name: str) -> type[Platform] | None:
    """The platform communities stored under ``name`` are on; None when it is
    not installed here (its defaults apply: see :class:`~bot.platform.Platform`)."""
    try:
        return platform_entry(name)
    except ConfigError:
        return None


def partition_of(platform: str, workspace_id: str) -> int | None:
    """The partition a community's scheduled work is filed under, as its
    platform says (:meth:`bot.platform.Platform.partition`); None: not
    partitioned (a platform not installed here: anyone's who runs it)."""
    found = installed_platform(platform)
    return None if found is None else found.partition(workspace_id)


def discreet_by_default(platform: str) -> bool:
    """Whether the platform's communities are discreet until they choose
    (:attr:`bot.platform.Platform.discreet`)."""
    found = installed_platform(platform)
    return False if found is None else found.discreet


def section_of(entry: type[Platform]) -> type[Section] | None:
    """The settings section a platform brings (its ``settings``)."""
    return entry.settings


def load_platforms() -> list[type[Platform]]:
    """Every installed platform (loading one puts its tables in the metadata)."""
    return [platform_entry(name) for name in platform_names()]


def platform_migrations() -> list[Path]:
    """The migration branch of every installed platform that has tables."""
    return [cls.migrations for cls in load_platforms() if cls.migrations is not None]


def installed_sections() -> list[type[Section]]:
    """The settings section of every installed platform that has one."""
    found = (section_of(platform_entry(name)) for name in platform_names())
    return [section_type for section_type in found if section_type is not None]


#: The variables of Haven itself (a platform's are its section's ``variables``).
VARIABLES = (
    "DATABASE_URL",
    "HAVEN_ENV",
    "HAVEN_ENCRYPTION_KEY",
    "HAVEN_DEV_KEY_FILE",
    "HAVEN_LOG_LEVEL",
    "HAVEN_DEFAULT_TIMEZONE",
    "HAVEN_BOT_NAME",
    "HAVEN_DISABLED_COGS",
    "HAVEN_MISFIRE_GRACE_MINUTES",
    "HAVEN_CLAIM_LEASE_SECONDS",
    "HAVEN_DUE_POLL_SECONDS",
    "HAVEN_SOS_ACK_MINUTES",
    "HAVEN_PURGE_GRACE_DAYS",
    "HAVEN_AUDIT_RETENTION_DAYS",
    "HAVEN_HTTP_PORT",
    "HAVEN_METRICS_PORT",
    "HAVEN_METRICS_TOKEN",
    "HAVEN_METRICS_COMMUNITY_LABELS",
    "HAVEN_READY_BACKLOG_SECONDS",
    "HAVEN_LOG_FORMAT",
    "HAVEN_FEED_SYNC_HOURS",
    "HAVEN_PUBLIC_URL",
    "HAVEN_FEED_ALLOW_PRIVATE",
    "HAVEN_DB_CONNECT_TIMEOUT_SECONDS",
    "HAVEN_DB_STATEMENT_TIMEOUT_SECONDS",
    "HAVEN_BRIEF_READ_MS",
)


def all_variables(sections: Iterable[type[Section]] | None = None) -> list[str]:
    """Every variable Haven reads: its own, then each platform section's."""
    section_types = installed_sections() if sections is None else sections
    return [
        *VARIABLES,
        *(name for section_type in section_types for name in section_type.variables),
    ]
