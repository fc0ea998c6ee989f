"""Meetings: recurring meetings, reminders, RSVPs and a calendar file."""

from .cog import Meetings

COG = Meetings
