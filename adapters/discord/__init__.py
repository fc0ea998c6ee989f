"""The Discord adapter: Haven on discord.py (gateway + app commands, no privileged intent)."""
