"""Validation of submitted forms against their declaration.

Each problem is one short sentence ("Mood must be from 1 to 5."): Slack shows
it under its input, Discord in a private reply listing them all.
"""

from __future__ import annotations

import re
from typing import Any

from bot.messages import Form, FormField

#: The longest reason: one line under a Slack input, one bullet in a Discord reply.
MAX_REASON = 150
#: The most picks of a ``multi`` field (a Discord select's most options).
MAX_PICKS = 25


def validate(form: Form, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values by field, and a reason for each field that is not acceptable."""
    clean: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for fld in form.fields:
        raw = values.get(fld.name)
        text = "" if raw is None else str(raw).strip()
        if not text:
            if fld.required:
                errors[fld.name] = f"{subject(fld)} is needed."
            else:
                clean[fld.name] = None
            continue
        value, reason = _check(fld, text)
        if reason:
            errors[fld.name] = reason
        else:
            clean[fld.name] = value
    return clean, errors


def _check(fld: FormField, text: str) -> tuple[Any, str]:
    """The clean value, or why ``text`` does not fit ``fld``."""
    name = subject(fld)
    if fld.input == "int":
        if not re.fullmatch(r"[+-]?\d{1,9}", text):
            span = _range(fld)
            joint = " " if span.startswith("from") else ", "
            return None, f"{name} must be a whole number{joint + span if span else ''}."
        number = int(text)
        too_low = fld.min_value is not None and number < fld.min_value
        too_high = fld.max_value is not None and number > fld.max_value
        if too_low or too_high:
            return None, f"{name} must be {_range(fld)}."
        return number, ""
    if fld.input == "tick":
        answer = text.lower()
        if answer not in ("yes", "no"):
            return None, f"{name} must be yes or no."
        return answer, ""
    if fld.input == "multi":
        picked = [p.strip().lower() for p in text.split(",") if p.strip()]
        if len(picked) > MAX_PICKS or any(len(p) > 100 for p in picked):
            return None, f"{name} can be at most {MAX_PICKS} of the choices offered."
        # Without declared choices (filled in when the form opens) the cog checks them.
        wrong = [p for p in picked if fld.choices and p not in fld.choices]
        if wrong:
            reason = f"{name} can be {_either(fld.choices)}; “{wrong[0][:30]}” is not one of them."
            if len(reason) > MAX_REASON:
                reason = f"{name} must be among the choices offered."
            return None, reason
        return list(dict.fromkeys(picked)), ""
    if fld.input == "choice":
        if text.lower() not in fld.choices:
            reason = f"{name} must be {_either(fld.choices)}."
            if len(reason) > MAX_REASON:
                reason = f"{name} must be one of the choices offered."
            return None, reason
        return text.lower(), ""
    if len(text) > fld.max_length:
        return None, (
            f"{name} can be at most {fld.max_length:,} characters — yours has {len(text):,}."
        )
    return text, ""


def subject(fld: FormField) -> str:
    """The field's noun, capitalised to start a sentence."""
    noun = fld.noun or re.split(r" \(| — ", fld.label, maxsplit=1)[0].strip()
    return noun[:1].upper() + noun[1:]


def _range(fld: FormField) -> str:
    """``from 1 to 5``, ``at least 1``, ``at most 10`` (thousands separated), or nothing."""
    low, high = fld.min_value, fld.max_value
    if low is not None and high is not None:
        return f"from {low:,} to {high:,}"
    if low is not None:
        return f"at least {low:,}"
    if high is not None:
        return f"at most {high:,}"
    return ""


def _either(choices: tuple[str, ...]) -> str:
    """``a, b or c``."""
    if len(choices) < 2:
        return "".join(choices)
    return f"{', '.join(choices[:-1])} or {choices[-1]}"
