"""Money and time back (``/sober cost``): what a member spent a day on what
they are recovering from, and the hours it took, turned into "about $4,380 and
730 hours back" — in the community's locale (Babel), rounded as "about" says.

Currencies are checked against ISO 4217 as Babel's CLDR data knows it, so a
typo ("USB") is caught with a usage example instead of printing nonsense.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies, parse_pattern

from bot.api import OptionType, literal, translate

#: Says a catalogue key with its arguments, in one language (``ctx.t``).
Say = Callable[..., str]

DEFAULT_CURRENCY = "USD"
DEFAULT_LOCALE = "en"
MAX_AMOUNT = Decimal("100000")  # a day's spending; more is a typo, not a habit
AMOUNT_RE = re.compile(r"\d{1,9}([.,]\d{1,2})?")
CURRENCIES = frozenset(list_currencies())


@dataclass(frozen=True)
class Amount(OptionType):
    """Money a day: ``12``, ``12.50`` or ``12,50`` — or ``off``."""

    placeholder = "amount|off"
    example = "12.50"

    def parse(self, raw, pctx) -> Decimal | str:
        text = str(raw).strip().lower().lstrip("$€£¥")
        if text == "off":
            return "off"
        if AMOUNT_RE.fullmatch(text):
            value = Decimal(text.replace(",", "."))
            if value <= MAX_AMOUNT:
                return value
        shown = literal(str(raw)[:30])
        raise pctx.refuse("sober-option-not-an-amount", value=f"“{shown}”", most=int(MAX_AMOUNT))


@dataclass(frozen=True)
class Currency(OptionType):
    """An ISO 4217 currency code: ``EUR``, ``USD``, ``GBP``, ``JPY`` ..."""

    placeholder = "code"
    example = "EUR"

    def parse(self, raw, pctx) -> str:
        code = str(raw).strip().upper()
        if code in CURRENCIES:
            return code
        raise pctx.refuse("sober-option-not-a-currency", value=f"“{literal(str(raw)[:12])}”")


@dataclass(frozen=True)
class Hours(OptionType):
    """Hours a day it took: ``2`` or ``1.5``, from 0 to 24."""

    placeholder = "hours"
    example = "2"

    def parse(self, raw, pctx) -> float:
        text = str(raw).strip().replace(",", ".")
        try:
            hours = float(Decimal(text))
        except (InvalidOperation, ValueError):
            hours = -1.0
        if 0 <= hours <= 24 and re.fullmatch(r"\d{1,2}(\.\d{1,2})?", text):
            return hours
        raise pctx.refuse("sober-option-not-hours", value=f"“{literal(str(raw)[:12])}”")


def locale_of(name: str | None) -> Locale:
    """The community's locale for money, else the member's language (the cog passes
    it), else English."""
    try:
        return Locale.parse(name or DEFAULT_LOCALE, sep="-" if "-" in (name or "") else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT_LOCALE)


def money(amount: Decimal, currency: str, locale: Locale) -> str:
    """Whole units in the locale's own pattern: ``$4,380``, ``4.380 €``."""
    pattern = parse_pattern(locale.currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return pattern.apply(whole, locale, currency=currency, currency_digits=False)


def _hours(hours: float) -> float | int:
    """A whole number of hours as an int, so the catalogue picks "1 hour"."""
    return int(hours) if hours == int(hours) else hours


def english(key: str, **args: Any) -> str:
    return translate("en", key, **args)


def hours_text(hours: float, t: Say = english) -> str:
    whole = int(Decimal(str(hours)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return t("sober-hours", hours=whole)


def back(
    days: int,
    per_day: str | None,
    currency: str | None,
    hours_per_day: float | None,
    locale: Locale,
    t: Say = english,
) -> str | None:
    """ "about $4,380 and 730 hours back" for ``days`` days, or None when the
    member set no cost (or nothing has been given back yet). Money in the
    community's ``locale``; the words in ``t``'s language."""
    days = max(days, 0)
    money_back = hours_back = None
    if per_day is not None and Decimal(per_day) > 0:
        money_back = money(Decimal(per_day) * days, currency or DEFAULT_CURRENCY, locale)
    if hours_per_day:
        hours_back = hours_text(hours_per_day * days, t)
    if (money_back is None and hours_back is None) or days == 0:
        return None
    if money_back and hours_back:
        return t("sober-back-both", money=money_back, hours=hours_back)
    if money_back:
        return t("sober-back-money", money=money_back)
    return t("sober-back-hours", hours=hours_back)


def describe(
    per_day: str | None, currency: str | None, hours: float | None, locale, t: Say = english
) -> str:
    """ "$12.50 and 2 hours a day" — what the member set, to confirm it."""
    money_set = hours_set = None
    if per_day is not None:
        pattern = parse_pattern(locale.currency_formats["standard"])
        money_set = pattern.apply(Decimal(per_day), locale, currency=currency or DEFAULT_CURRENCY)
    if hours:
        hours_set = t("sober-hours", hours=_hours(hours))
    if money_set and hours_set:
        return t("sober-per-day-both", money=money_set, hours=hours_set)
    if money_set:
        return t("sober-per-day-money", money=money_set)
    return t("sober-per-day-hours", hours=hours_set)
