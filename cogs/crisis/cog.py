"""/crisis — help right now, even when Haven's database is down (PRIVACY.md P10).

With no country set, /crisis shows Haven's general list; with one
(``/mod country``), that country's emergency number and national line
(:mod:`cogs.crisis.lines`). The community's own resources always follow.

Every word is in ``locales/<locale>/crisis.ftl``, in the member's language;
the numbers stay in :mod:`cogs.crisis.lines` (or, for the general list, in
each catalogue, checked by the tests against this list)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from bot.api import (
    Cog,
    CommunitySettings,
    Context,
    Country,
    CrisisText,
    EngineSettings,
    Member,
    Message,
    as_written,
    choose_language,
    command,
    format_list,
    setting,
    translate,
)

from .lines import LINES

log = logging.getLogger("haven.crisis")
#: Says a catalogue key with its arguments, in one language (``ctx.t``).
Say = Callable[..., str]


def english(key: str, **args: Any) -> str:
    return translate("en", key, **args)


def not_counselling(t: Say = english) -> str:
    """The line other texts end with (/help): "not counselling", and /crisis."""
    return t("crisis-not-counselling")


#: The numbers of the general list (no country set), which every language's
#: catalogue must show (tests/cogs/test_crisis_i18n.py).
GENERAL_NUMBERS = ("911", "112", "999", "000", "988", "1-800-662-4357")


class Local(CommunitySettings, namespace="crisis"):
    """What a community set for /crisis (``/mod resources``, ``/mod country``):
    its own text and its country's code, one of :data:`LINES`."""

    resources: str | None = None
    country: str | None = setting(None, check=lambda code: code in LINES)


@dataclass(frozen=True)
class Read:
    """What /crisis read in time: the community's choices, its language and
    the asking member's own (``/haven language``)."""

    local: Local
    language: str | None = None
    member_language: str | None = None


async def community_resources(ctx: Context) -> Local:
    """This community's own resources and country, if the database answers in
    time; Haven's defaults otherwise. The member's language (their choice, the
    platform's, the community's) is set on ``ctx`` from what was read."""
    inv = ctx.invocation
    if inv is None:
        return Local()

    async def read(here: Context) -> Read:
        own = select(Member.language).where(Member.platform_user_id == inv.user_id)
        return Read(
            here.settings(Local),
            here.settings(EngineSettings).language,
            (await here.db.exec(own)).first(),
        )

    try:
        found = await ctx.read_briefly(read)  # HAVEN_BRIEF_READ_MS, else the defaults
    except Exception:  # the database being down must not stop /crisis
        log.warning("could not read community resources; answering with the defaults")
        return Local()
    ctx.language = choose_language(found.member_language, inv.locale, found.language)
    return found.local


def general(t: Say) -> str:
    """Haven's general list, for a community without a country."""
    return "\n".join(
        (
            t("crisis-danger-general"),
            f"- {t('crisis-lifeline-us')}",
            f"- {t('crisis-samhsa-us')}",
            f"- {t('crisis-outside-us')}",
            t("crisis-closing"),
        )
    )


def national(country: str, t: Say, locale: str) -> str:
    """The emergency number and national line of ``country`` (in :data:`LINES`)."""
    lines = LINES[country]
    emergency = format_list(lines.emergency, locale, style="or")
    text = [t("crisis-danger-country", emergency=emergency, country=t(f"crisis-country-{country}"))]
    if lines.helpline:
        numbers = {"number": lines.helpline[0], "number2": lines.helpline[-1]}
        text.append(f"- {t(f'crisis-helpline-{country}', **numbers)}")
    return "\n".join((*text, f"- {t('crisis-elsewhere')}", t("crisis-closing")))


def crisis_message(local: Local | None = None, ctx: Context | None = None) -> Message:
    """The crisis answer, in ``ctx``'s member's language (English without one)."""
    local = local or Local()
    t, locale = (ctx.t, ctx.locale) if ctx is not None else (english, "en")
    text = national(local.country, t, locale) if local.country in LINES else general(t)
    if local.resources:
        text = f"{text}\n\n{t('crisis-from-community')}\n{as_written(local.resources)}"
    return Message(text=text, title=t("crisis-title"))


class Crisis(Cog):
    name = "crisis"
    description = "Crisis and helpline resources"
    provides = (CrisisText,)

    # -- what other cogs ask of crisis (bot.services.CrisisText) -------------

    async def right_now(self, ctx: Context) -> Message:
        return crisis_message(await community_resources(ctx), ctx)

    def for_community(self, ctx: Context) -> Message:
        return crisis_message(ctx.settings(Local), ctx)

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

    def not_counselling(self, ctx: Context) -> str:
        return not_counselling(ctx.t)

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
        return crisis_message(await community_resources(ctx), ctx)
