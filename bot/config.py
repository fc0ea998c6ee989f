"""Settings read from environment variables (and an optional ``.env`` file).

Everything is validated once, at startup. A problem is reported as a ``ConfigError`` that
names the variable, says what is wrong and shows a value that works, so an operator can
fix it without reading this code. No message repeats the value it rejects: a token
pasted into the wrong variable is still a token. It is described by its kind ("looks like
a Slack token") or its length instead.
"""

import hmac
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cryptography.fernet import Fernet
from dotenv import dotenv_values
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.plugins import ENGINE_COGS

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
#: Shapes of credentials, to say what a rejected value looks like without showing it.
_SECRET_SHAPES = (
    (re.compile(r"xox[a-z]-"), "a Slack token"),
    (re.compile(r"xapp-"), "a Slack app-level token"),
    (re.compile(r"[\w-]{20,}\.[\w-]{6,}\.[\w-]{20,}$"), "a Discord bot token"),
    (re.compile(r"[\w-]{43}=$"), "an encryption key"),
    (re.compile(r"[a-z][\w+.-]*://[^/@]*@", re.IGNORECASE), "a URL with credentials"),
)


class ConfigError(Exception):
    """A setting is missing or invalid; the message says which one and how to fix it."""


def _error(name: str, problem: str, example: str) -> ConfigError:
    return ConfigError(f"{name}: {problem} (example: {example})")


def _given(raw: str) -> str:
    """The rejected value, described by its kind or length, never shown."""
    for shape, kind in _SECRET_SHAPES:
        if shape.match(raw):
            return f"the value given (it looks like {kind})"
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
    discord_token: Secret | None = None
    discord_application_id: str | None = None
    discord_dev_guild: str | None = None
    discord_shard_count: int | None = None
    discord_shard_ids: tuple[int, ...] | None = None
    discord_api_base: str = "https://discord.com/api/v10"
    discord_gateway_url: str = "wss://gateway.discord.gg"
    slack_bot_token: Secret | None = None
    slack_app_token: Secret | None = None
    slack_signing_secret: Secret | None = None
    slack_client_id: str | None = None
    slack_client_secret: Secret | None = None
    slack_mode: Literal["socket", "http"] = "socket"
    slack_api_url: str = "https://slack.com/api/"

    def __post_init__(self) -> None:
        """Check rules that involve more than one setting."""
        if self.discord_shard_ids is not None:
            count = self.discord_shard_count
            if count is None:
                raise _error(
                    "DISCORD_SHARD_IDS",
                    "is set but DISCORD_SHARD_COUNT is not; shard ids need the total shard count",
                    "DISCORD_SHARD_COUNT=4 together with DISCORD_SHARD_IDS=0,1",
                )
            if any(not 0 <= shard < count for shard in self.discord_shard_ids):
                raise _error(
                    "DISCORD_SHARD_IDS",
                    "names a shard that does not exist; ids run from 0 to one less than "
                    "DISCORD_SHARD_COUNT",
                    "DISCORD_SHARD_COUNT=4 together with DISCORD_SHARD_IDS=0,1",
                )
        engine = sorted(self.disabled_cogs & ENGINE_COGS)
        if engine:
            raise _error(
                "HAVEN_DISABLED_COGS",
                f"{', '.join(engine)} cannot be turned off: consent, /haven export and "
                "/haven delete, /help and /crisis are part of Haven itself",
                "HAVEN_DISABLED_COGS=meetings,accountability",
            )
        if self.slack_mode == "http" and not self.slack_signing_secret:
            raise _error(
                "SLACK_SIGNING_SECRET",
                "is not set, but SLACK_MODE=http needs it to check that requests come from "
                "Slack (copy it from your Slack app's Basic Information page)",
                "SLACK_SIGNING_SECRET=<signing secret>",
            )
        if self.slack_mode == "socket" and self.slack_bot_token and not self.slack_app_token:
            raise _error(
                "SLACK_APP_TOKEN",
                "is missing, but SLACK_MODE=socket needs it; create an app-level token with "
                "the connections:write scope under Basic Information > App-Level Tokens in "
                "your Slack app (it starts with xapp-)",
                "SLACK_APP_TOKEN=xapp-1-...",
            )

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def discord_enabled(self) -> bool:
        return bool(self.discord_token)

    @property
    def slack_enabled(self) -> bool:
        """One workspace (SLACK_BOT_TOKEN) or many (SLACK_CLIENT_ID + SECRET: OAuth)."""
        return bool(self.slack_bot_token or (self.slack_client_id and self.slack_client_secret))

    def secrets(self) -> list[str]:
        """Every secret value that is set, so the log redactor can mask them."""
        candidates = (
            self.discord_token,
            self.slack_bot_token,
            self.slack_app_token,
            self.slack_signing_secret,
            self.slack_client_secret,
            self.metrics_token,
            *self.encryption_keys,
        )
        found = [secret.get() for secret in candidates if secret]
        password = make_url(self.database_url).password
        if password:
            found.append(str(password))
        return found


def load_settings(
    environ: Mapping[str, str] | None = None,
    env_file: str | os.PathLike[str] | None = ".env",
) -> Settings:
    """Build Settings from ``env_file`` (if it exists) overlaid with ``environ``.

    The environment wins over the file. Empty or blank values count as unset, so an empty
    variable (as compose files often pass through) falls back to the file, then the default.
    """
    values: dict[str, str] = {}
    if env_file is not None and os.path.isfile(env_file):
        values.update(_present(dotenv_values(env_file)))
    values.update(_present(os.environ if environ is None else environ))

    return Settings(
        env=_choice(
            values, "HAVEN_ENV", ("development", "production"), "development", "production"
        ),
        database_url=_database_url(values),
        encryption_keys=_encryption_keys(values),
        dev_key_file=values.get("HAVEN_DEV_KEY_FILE", "haven-dev.key"),
        log_level=_choice(
            values, "HAVEN_LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR"), "INFO", "INFO"
        ),
        default_timezone=_timezone(values),
        bot_name=_bot_name(values),
        disabled_cogs=frozenset(_split(values.get("HAVEN_DISABLED_COGS", ""))),
        misfire_grace_minutes=_int(
            values, "HAVEN_MISFIRE_GRACE_MINUTES", 30, "a whole number of minutes", minimum=0
        ),
        claim_lease_seconds=_int(
            values, "HAVEN_CLAIM_LEASE_SECONDS", 300, "a whole number of seconds", minimum=1
        ),
        due_poll_seconds=_int(
            values, "HAVEN_DUE_POLL_SECONDS", 2, "a whole number of seconds", minimum=1
        ),
        sos_ack_minutes=_int(
            values, "HAVEN_SOS_ACK_MINUTES", 15, "a whole number of minutes", minimum=1
        ),
        purge_grace_days=_int(
            values, "HAVEN_PURGE_GRACE_DAYS", 30, "a whole number of days", minimum=0
        ),
        audit_retention_days=_int(
            values, "HAVEN_AUDIT_RETENTION_DAYS", 365, "a whole number of days", minimum=1
        ),
        http_port=_int(values, "HAVEN_HTTP_PORT", 3000, "a port number", minimum=1, maximum=65535),
        ops_port=_int(values, "HAVEN_HTTP_PORT", None, "a port number", minimum=1, maximum=65535),
        metrics_port=_int(
            values, "HAVEN_METRICS_PORT", None, "a port", minimum=1, maximum=65535, example=9100
        ),
        metrics_token=_secret(values, "HAVEN_METRICS_TOKEN"),
        metrics_community_labels=_choice(
            values, "HAVEN_METRICS_COMMUNITY_LABELS", ("0", "1"), "0", "1"
        )
        == "1",
        ready_backlog_seconds=_int(
            values, "HAVEN_READY_BACKLOG_SECONDS", 300, "a whole number of seconds", minimum=1
        ),
        log_format=_choice(values, "HAVEN_LOG_FORMAT", ("text", "json"), "text", "json"),
        feed_sync_hours=_int(
            values, "HAVEN_FEED_SYNC_HOURS", 24, "a whole number of hours", minimum=1, maximum=720
        ),
        public_url=_url(values, "HAVEN_PUBLIC_URL", "", ("http", "https")).rstrip("/"),
        feed_allow_private=_choice(values, "HAVEN_FEED_ALLOW_PRIVATE", ("0", "1"), "0", "1") == "1",
        database_connect_timeout=_int(
            values, "HAVEN_DB_CONNECT_TIMEOUT_SECONDS", 10, "a whole number of seconds", minimum=1
        ),
        database_statement_timeout=_int(
            values,
            "HAVEN_DB_STATEMENT_TIMEOUT_SECONDS",
            60,
            "a whole number of seconds",
            minimum=0,
        ),
        discord_token=_secret(values, "DISCORD_TOKEN"),
        discord_application_id=_snowflake(
            values, "DISCORD_APPLICATION_ID", "the Application ID on the General Information page"
        ),
        discord_dev_guild=_snowflake(
            values,
            "DISCORD_DEV_GUILD",
            "a server ID: enable Developer Mode in Discord, right-click the server, Copy Server ID",
        ),
        discord_shard_count=_int(
            values, "DISCORD_SHARD_COUNT", None, "a whole number of shards", minimum=1, example=2
        ),
        discord_shard_ids=_shard_ids(values),
        discord_api_base=_url(
            values, "DISCORD_API_BASE", "https://discord.com/api/v10", ("http", "https")
        ),
        discord_gateway_url=_url(
            values, "DISCORD_GATEWAY_URL", "wss://gateway.discord.gg", ("ws", "wss")
        ),
        slack_bot_token=_secret(
            values, "SLACK_BOT_TOKEN", "xoxb-", "the Bot User OAuth Token from OAuth & Permissions"
        ),
        slack_app_token=_secret(
            values, "SLACK_APP_TOKEN", "xapp-", "an app-level token from Basic Information"
        ),
        slack_signing_secret=_secret(values, "SLACK_SIGNING_SECRET"),
        slack_client_id=_slack_client_id(values),
        slack_client_secret=_secret(values, "SLACK_CLIENT_SECRET"),
        slack_mode=_choice(values, "SLACK_MODE", ("socket", "http"), "socket", "socket"),
        slack_api_url=_url(values, "SLACK_API_URL", "https://slack.com/api/", ("http", "https")),
    )


def _present(source: Mapping[str, str | None]) -> dict[str, str]:
    """Drop unset and blank values; strip stray whitespace from pasted tokens."""
    return {key: value.strip() for key, value in source.items() if value and value.strip()}


def _split(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _choice(
    values: dict[str, str], name: str, options: tuple[str, ...], default: str, example: str
) -> str:
    """Match case-insensitively and return the canonical spelling."""
    raw = values.get(name)
    if raw is None:
        return default
    for option in options:
        if option.lower() == raw.lower():
            return option
    raise _error(name, f"{_given(raw)} is not one of {', '.join(options)}", f"{name}={example}")


def _int(
    values: dict[str, str],
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
        raise _error(name, f"{_given(raw)} is not {what}", good) from None
    if maximum is not None and not minimum <= value <= maximum:
        raise _error(name, f"the value is out of range; use {minimum} to {maximum}", good)
    if value < minimum:
        raise _error(name, f"the value is too small; it must be at least {minimum}", good)
    return value


def _secret(
    values: dict[str, str], name: str, prefix: str | None = None, kind: str = ""
) -> Secret | None:
    raw = values.get(name)
    if raw is None:
        return None
    if prefix is not None and not raw.startswith(prefix):
        # Never echo the value: it is a credential even when it is the wrong one.
        raise _error(
            name, f"the value does not start with {prefix}; use {kind}", f"{name}={prefix}..."
        )
    return Secret(raw)


def _url(values: dict[str, str], name: str, default: str, schemes: tuple[str, ...]) -> str:
    raw = values.get(name)
    if raw is None:
        return default
    try:
        parts = urlsplit(raw)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in schemes or not parts.netloc:
        expected = " or ".join(f"{scheme}://" for scheme in schemes)
        raise _error(
            name, f"{_given(raw)} is not a URL starting with {expected}", f"{name}={default}"
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
            problem = f"{_given(raw)} is not a SQLite or PostgreSQL database URL"
        raise _error("DATABASE_URL", problem, _DATABASE_EXAMPLE)
    # Parsed here, not at first use, so a typo is a message and not a traceback.
    try:
        port = make_url(url).port
    except (ArgumentError, ValueError):
        raise _error(
            "DATABASE_URL",
            "is not a valid URL; check the port (a number) and percent-encode special "
            "characters in the user name and password (@ is %40, : is %3A, / is %2F)",
            _DATABASE_EXAMPLE,
        ) from None
    if port is not None and not 1 <= port <= 65535:
        raise _error("DATABASE_URL", "the port is out of range; use 1 to 65535", _DATABASE_EXAMPLE)
    return url


def _encryption_keys(values: dict[str, str]) -> tuple[Secret, ...]:
    keys = _split(values.get("HAVEN_ENCRYPTION_KEY", ""))
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            raise _error(
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
        raise _error(
            name,
            "the value is a fixed UTC offset, which goes wrong when daylight saving time "
            "changes; use a time zone name",
            example,
        )
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise _error(name, f"{_given(raw)} is not an IANA time zone name", example) from None
    return raw


def _snowflake(values: dict[str, str], name: str, what: str) -> str | None:
    """A Discord ID: digits only."""
    raw = values.get(name)
    if raw is not None and not (raw.isascii() and raw.isdigit()):
        problem = f"{_given(raw)} is not a Discord ID (digits only; use {what})"
        raise _error(name, problem, f"{name}=123456789012345678")
    return raw


def _slack_client_id(values: dict[str, str]) -> str | None:
    """Slack's OAuth client ID (digits, a dot, digits): it is shown in install links."""
    raw = values.get("SLACK_CLIENT_ID")
    if raw is not None and not re.fullmatch(r"\d+\.\d+", raw):
        raise _error(
            "SLACK_CLIENT_ID",
            f"{_given(raw)} is not a Slack client ID (copy the Client ID from your Slack "
            "app's Basic Information page)",
            "SLACK_CLIENT_ID=1234567890.1234567890",
        )
    return raw


def _shard_ids(values: dict[str, str]) -> tuple[int, ...] | None:
    raw = values.get("DISCORD_SHARD_IDS")
    if raw is None:
        return None
    try:
        ids = tuple(int(part) for part in raw.split(","))
    except ValueError:
        ids = ()
    if not ids or any(shard < 0 for shard in ids):
        raise _error(
            "DISCORD_SHARD_IDS",
            f"{_given(raw)} is not a comma-separated list of shard numbers",
            "DISCORD_SHARD_IDS=0,1",
        )
    return ids


def _bot_name(values: Mapping[str, str]) -> str:
    """``HAVEN_BOT_NAME``: one line of at most 32 characters (it heads modals and
    notifications), without markup characters."""
    name = values.get("HAVEN_BOT_NAME", "Haven").strip()
    if len(name) > 32 or "\n" in name or any(c in name for c in "*_~`<>[]|@#:"):
        raise _error(
            "HAVEN_BOT_NAME",
            "a plain name of at most 32 characters, without markup characters",
            "HAVEN_BOT_NAME=Wellbeing",
        )
    return name
