"""What discord.py may log (see bot/payload_logs.py).

At DEBUG discord.py logs every gateway event whole (interactions carry what a
member typed, messages their DMs) and every REST request and response body;
interaction and webhook URLs carry a reply token. Its messages are %-style, so
the payload arguments become summaries: ``WebSocket Event: {op: 0, t:
INTERACTION_CREATE, s: 9}``, ``POST …/callback with [payload not logged] has
returned 204``.
"""

from bot.platform import Rule, add_rules

RULES = (Rule("discord", mask=((r"/(interactions|webhooks)/(\d+)/[\w.-]+", r"/\1/\2/[token]"),)),)


def guard_discord_logs() -> None:
    add_rules(RULES)
