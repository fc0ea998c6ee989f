"""The console adapter: Haven in a terminal, for trying, rehearsing and testing."""

from .adapter import COMMUNITY, ConsoleAdapter, Output
from .session import ConsoleSession, ScriptError

__all__ = ["COMMUNITY", "ConsoleAdapter", "ConsoleSession", "Output", "ScriptError"]
