"""/crisis — help right now, even when Haven's database is down (PRIVACY.md P10)."""

from .cog import (
    DB_TIMEOUT_SECONDS,
    Crisis,
    Local,
    community_resources,
    crisis_message,
    not_counselling,
)

COG = Crisis

__all__ = [
    "COG",
    "DB_TIMEOUT_SECONDS",
    "Local",
    "community_resources",
    "crisis_message",
    "not_counselling",
]
