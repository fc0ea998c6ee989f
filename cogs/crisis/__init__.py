"""/crisis — help right now, even when Haven's database is down (PRIVACY.md P10)."""

from .cog import (
    DB_TIMEOUT_SECONDS,
    NOT_COUNSELLING,
    Crisis,
    Local,
    community_resources,
    crisis_message,
)

COG = Crisis

__all__ = [
    "COG",
    "DB_TIMEOUT_SECONDS",
    "NOT_COUNSELLING",
    "Local",
    "community_resources",
    "crisis_message",
]
