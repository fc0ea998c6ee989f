"""The meetings cog's catalogues, registered as loading the cog does, for the
tests that call its message functions without an app."""

from bot.i18n import register_module
from cogs.meetings import cog

register_module(cog.__file__)
