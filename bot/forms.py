"""Validation of submitted forms against their declaration.

Each problem is one short sentence ("Mood must be from 1 to 5."), said from
the engine's catalogue in the member's language (``form-…`` keys) with the
field's name as its cog says it (:attr:`FormField.noun`, a catalogue key):
Slack shows it under its input, Discord in a private reply listing them all.
"""

from __future__ import annotations

import re
from typing import Any

from bot import i18n
from bot.messages import Form, FormField

#: The longest reason: one line under a Slack input, one bullet in a Discord reply.
MAX_REASON = 150
#: The most picks of a ``multi`` field (a Discord select's most options).
MAX_PICKS = 25


def validate(
    form: Form, values: dict[str, Any], locale: str = i18n.ENGLISH
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values by field, and a reason (in ``locale``) for each field that
    is not acceptable."""
    clean: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for fld in form.fields:
        raw = values.get(fld.name)
        text = "" if raw is None else str(raw).strip()
        if not text:
            if fld.required:
                errors[fld.name] = _say(locale, "form-needed", fld)
            else:
                clean[fld.name] = None
            continue
        value, reason = _check(fld, text, locale)
        if reason:
            errors[fld.name] = reason
        else:
            clean[fld.name] = value
    return clean, errors


def _check(fld: FormField, text: str, locale: str) -> tuple[Any, str]:
    """The clean value, or why ``text`` does not fit ``fld``."""
    if fld.input == "int":
        low, high = fld.min_value, fld.max_value
        if not re.fullmatch(r"[+-]?\d{1,9}", text):
            return None, _say(locale, "form-whole-number" + _span(fld), fld, low=low, high=high)
        number = int(text)
        too_low = low is not None and number < low
        too_high = high is not None and number > high
        if too_low or too_high:
            return None, _say(locale, "form" + _span(fld), fld, low=low, high=high)
        return number, ""
    if fld.input == "tick":
        answer = text.lower()
        if answer not in ("yes", "no"):
            return None, _say(locale, "form-yes-or-no", fld)
        return answer, ""
    if fld.input == "multi":
        picked = [p.strip().lower() for p in text.split(",") if p.strip()]
        if len(picked) > MAX_PICKS or any(len(p) > 100 for p in picked):
            return None, _say(locale, "form-too-many-picks", fld, most=MAX_PICKS)
        # Without declared choices (filled in when the form opens) the cog checks them.
        wrong = [p for p in picked if fld.choices and p not in fld.choices]
        if wrong:
            either = _either(fld.choices, locale)
            reason = _say(locale, "form-not-a-choice", fld, choices=either, wrong=wrong[0][:30])
            if len(reason) > MAX_REASON:
                reason = _say(locale, "form-among-choices", fld)
            return None, reason
        return list(dict.fromkeys(picked)), ""
    if fld.input == "choice":
        if text.lower() not in fld.choices:
            reason = _say(locale, "form-one-of", fld, choices=_either(fld.choices, locale))
            if len(reason) > MAX_REASON:
                reason = _say(locale, "form-one-of-offered", fld)
            return None, reason
        return text.lower(), ""
    if len(text) > fld.max_length:
        return None, _say(locale, "form-too-long", fld, most=fld.max_length, count=len(text))
    return text, ""


def _say(locale: str, key: str, fld: FormField, **args: Any) -> str:
    """``key`` in ``locale`` about ``fld``; numbers stay numbers (Fluent formats
    them for the language), a bound the field lacks is left out."""
    given = {name: value for name, value in args.items() if value is not None}
    return i18n.translate(locale, key, field=subject(fld, locale), **given)


def subject(fld: FormField, locale: str = i18n.ENGLISH) -> str:
    """The field's name as the problem sentences say it: its ``noun`` in
    ``locale`` when that is a catalogue key (the cog's own words, placed and
    capitalised as its language needs); otherwise the declared English noun,
    or the label before any " (" or " — ", capitalised to start a sentence."""
    if fld.noun and i18n.CATALOGUES.has(fld.noun):
        return i18n.translate(locale, fld.noun)
    noun = fld.noun or re.split(r" \(| — ", fld.label, maxsplit=1)[0].strip()
    return noun[:1].upper() + noun[1:]


def _span(fld: FormField) -> str:
    """Which range a message names: ``-between``, ``-at-least``, ``-at-most`` or none."""
    low, high = fld.min_value, fld.max_value
    if low is not None and high is not None:
        return "-between"
    if low is not None:
        return "-at-least"
    if high is not None:
        return "-at-most"
    return ""


def _either(choices: tuple[str, ...], locale: str) -> str:
    """``a, b, or c`` in ``locale``."""
    return i18n.format_list(choices, locale, style="or")
