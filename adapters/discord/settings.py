"""Discord's settings (``DISCORD_*``): the bot token, the application, a test
server, sharding, and the API addresses (the tests' fake Discord)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.platform import Secret, Section, config_error, described, read_int, read_secret, read_url

SHARDS_EXAMPLE = "DISCORD_SHARD_COUNT=4 together with DISCORD_SHARD_IDS=0,1"


@dataclass(frozen=True)
class DiscordSection(Section):
    name = "discord"
    variables = (
        "DISCORD_TOKEN",
        "DISCORD_APPLICATION_ID",
        "DISCORD_DEV_GUILD",
        "DISCORD_SHARD_COUNT",
        "DISCORD_SHARD_IDS",
        "DISCORD_API_BASE",
        "DISCORD_GATEWAY_URL",
    )
    shapes = ((re.compile(r"[\w-]{20,}\.[\w-]{6,}\.[\w-]{20,}$"), "a Discord bot token"),)

    token: Secret | None = None
    application_id: str | None = None
    dev_guild: str | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg"

    def __post_init__(self) -> None:
        """Shard ids need the total count, and must exist in it."""
        if self.shard_ids is None:
            return
        if self.shard_count is None:
            raise config_error(
                "DISCORD_SHARD_IDS",
                "is set but DISCORD_SHARD_COUNT is not; shard ids need the total shard count",
                SHARDS_EXAMPLE,
            )
        if any(not 0 <= shard < self.shard_count for shard in self.shard_ids):
            raise config_error(
                "DISCORD_SHARD_IDS",
                "names a shard that does not exist; ids run from 0 to one less than "
                "DISCORD_SHARD_COUNT",
                SHARDS_EXAMPLE,
            )

    @classmethod
    def load(cls, values: Mapping[str, str]) -> DiscordSection:
        return cls(
            token=read_secret(values, "DISCORD_TOKEN"),
            application_id=_snowflake(
                values,
                "DISCORD_APPLICATION_ID",
                "the Application ID on the General Information page",
            ),
            dev_guild=_snowflake(
                values,
                "DISCORD_DEV_GUILD",
                "a server ID: enable Developer Mode in Discord, right-click the server, "
                "Copy Server ID",
            ),
            shard_count=read_int(
                values,
                "DISCORD_SHARD_COUNT",
                None,
                "a whole number of shards",
                minimum=1,
                example=2,
            ),
            shard_ids=_shard_ids(values),
            api_base=read_url(
                values, "DISCORD_API_BASE", "https://discord.com/api/v10", ("http", "https")
            ),
            gateway_url=read_url(
                values, "DISCORD_GATEWAY_URL", "wss://gateway.discord.gg", ("ws", "wss")
            ),
        )

    @property
    def enabled(self) -> bool:
        return bool(self.token)

    def owned_partitions(self) -> tuple[tuple[int, ...], int] | None:
        """With ``DISCORD_SHARD_IDS``: this process's shards (it has their guilds)."""
        if self.shard_ids is None or self.shard_count is None:
            return None
        return self.shard_ids, self.shard_count


def _snowflake(values: Mapping[str, str], name: str, what: str) -> str | None:
    """A Discord ID: digits only."""
    raw = values.get(name)
    if raw is not None and not (raw.isascii() and raw.isdigit()):
        problem = f"{described(raw)} is not a Discord ID (digits only; use {what})"
        raise config_error(name, problem, f"{name}=123456789012345678")
    return raw


def _shard_ids(values: Mapping[str, str]) -> tuple[int, ...] | None:
    raw = values.get("DISCORD_SHARD_IDS")
    if raw is None:
        return None
    try:
        ids = tuple(int(part) for part in raw.split(","))
    except ValueError:
        ids = ()
    if not ids or any(shard < 0 for shard in ids):
        raise config_error(
            "DISCORD_SHARD_IDS",
            f"{described(raw)} is not a comma-separated list of shard numbers",
            "DISCORD_SHARD_IDS=0,1",
        )
    return ids
