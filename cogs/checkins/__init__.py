"""Daily check-ins: mood, craving, sober today, a private note; prompts at the
member's local time, streaks, summaries and opt-in sharing."""

from .cog import Checkins

COG = Checkins
