"""/crisis — help right now, even when Haven's database is down (PRIVACY.md P10)."""

from .cog import (
    Crisis,
    Local,
    community_resources,
    crisis_message,
    not_counselling,
)

COG = Crisis

__all__ = [
    "COG",
    "Local",
    "community_resources",
    "crisis_message",
    "not_counselling",
]
