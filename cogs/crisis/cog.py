"""/crisis — help right now, even when Haven's database is down (PRIVACY.md P10).

With no country set, /crisis shows Haven's general list; with one
(``/mod country``), that country's emergency number and national line
(:mod:`cogs.crisis.lines`). The community's own resources always follow."""

from __future__ import annotations

import logging

from bot.api import (
    Cog,
    CommunitySettings,
    Context,
    Country,
    CrisisText,
    Message,
    as_written,
    command,
    setting,
)

from .lines import LINES

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


ELSEWHERE = "https://findahelpline.com lists free, confidential lines in other countries."
CLOSING = (
    "Haven is peer support, not counselling or a crisis service. "
    "Reaching out is a strong thing to do."
)


class Local(CommunitySettings, namespace="crisis"):
    """What a community set for /crisis (``/mod resources``, ``/mod country``):
    its own text and its country's code, one of :data:`LINES`."""

    resources: str | None = None
    country: str | None = setting(None, check=lambda code: code in LINES)


async def community_resources(ctx: Context) -> Local:
    """This community's own resources and country, if the database answers in
    time; Haven's defaults otherwise."""
    if ctx.invocation is None:
        return Local()

    async def read(here: Context) -> Local:
        return here.settings(Local)

    try:
        return await ctx.read_briefly(read, within=DB_TIMEOUT_SECONDS)
    except Exception:  # the database being down must not stop /crisis
        log.warning("could not read community resources; answering with the defaults")
        return Local()


def national(country: str) -> str:
    """The emergency number and national line of ``country`` (in :data:`LINES`)."""
    lines = LINES[country]
    text = f"**If you are in danger right now, call {lines.emergency}** ({lines.name})."
    if lines.helpline:
        text += f"\n- {lines.helpline}"
    return f"{text}\n- {ELSEWHERE}\n{CLOSING}"


def crisis_message(local: Local | None = None) -> Message:
    local = local or Local()
    text = national(local.country) if local.country in LINES else RESOURCES
    if local.resources:
        text = f"{text}\n\n**From this community:**\n{as_written(local.resources)}"
    return Message(text=text, title="You're not alone")


class Crisis(Cog):
    name = "crisis"
    description = "Crisis and helpline resources"
    provides = (CrisisText,)

    # -- what other cogs ask of crisis (bot.services.CrisisText) -------------

    async def right_now(self, ctx: Context) -> Message:
        return crisis_message(await community_resources(ctx))

    def for_community(self, ctx: Context) -> Message:
        return crisis_message(ctx.settings(Local))

    def chosen(self, ctx: Context) -> tuple[bool, Country | None]:
        local = ctx.settings(Local)
        return bool(local.resources), self.country(local.country or "")

    def set_resources(self, ctx: Context, text: str) -> None:
        ctx.update_settings(Local, resources=text)

    def set_country(self, ctx: Context, code: str | None) -> Country | None:
        country = self.country(code) if code else None
        ctx.update_settings(Local, country=country.code if country else None)
        return country

    def country(self, code: str) -> Country | None:
        lines = LINES.get(code.upper())
        if lines is None:
            return None
        return Country(code.upper(), lines.name, has_helpline=bool(lines.helpline))

    def not_counselling(self) -> str:
        return NOT_COUNSELLING

    # -- /crisis -------------------------------------------------------------

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
