"""Sober-day counters: days in the member's own zone, milestones celebrated once."""

from .cog import Sober

COG = Sober
