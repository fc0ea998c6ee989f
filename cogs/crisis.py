"""/crisis — help right now, even when Haven's database is down (PRIVACY.md P10)."""

from __future__ import annotations

import asyncio
import logging

from bot.context import Context
from bot.messages import Message
from bot.plugins import Cog, command

log = logging.getLogger("haven.crisis")
#: /crisis and /sos answer within 1 s: the community's own resources only if
#: the database answers sooner than this, else Haven's defaults.
DB_TIMEOUT_SECONDS = 0.5

RESOURCES = (
    "**If you are in danger right now, call your local emergency number** "
    "(911 in the US and Canada, 112 in the EU, 999 in the UK, 000 in Australia).\n"
    "- **988 Suicide & Crisis Lifeline** (US): call or text **988**, or chat at https://988lifeline.org\n"
    "- **SAMHSA National Helpline** (US, free, 24/7, treatment referral): **1-800-662-4357**\n"
    "- Outside the US: https://findahelpline.com lists free, confidential lines by country.\n"
    "Haven is peer support, not counselling or a crisis service. "
    "Reaching out is a strong thing to do."
)

NOT_COUNSELLING = (
    "Haven is peer support, not counselling or a crisis service. In crisis? `/crisis`."
)


async def community_resources(ctx: Context) -> str | None:
    """This community's own resources, if the database answers in time."""
    if ctx.invocation is None:
        return None
    try:
        community = await asyncio.wait_for(
            ctx.app.community(ctx.invocation.community), timeout=DB_TIMEOUT_SECONDS
        )
    except Exception:  # the database being down must not stop /crisis
        log.warning("could not read community resources; answering with the defaults")
        return None
    return community.settings.get("resources")


def crisis_message(local: str | None = None) -> Message:
    text = RESOURCES if not local else f"{RESOURCES}\n\n**From this community:**\n{local}"
    return Message(text=text, title="You're not alone")


class Crisis(Cog):
    name = "crisis"
    description = "Crisis and helpline resources"

    @command(
        "crisis",
        direct=True,
        help="Crisis and helpline resources, right now",
        example="/crisis",
        consent=False,
        needs_db=False,
    )
    async def crisis(self, ctx: Context) -> Message:
        return crisis_message(await community_resources(ctx))


COG = Crisis
