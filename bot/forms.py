"""Validation of submitted forms against their declaration."""

from __future__ import annotations

import re
from typing import Any

from bot.messages import Form


def validate(form: Form, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values by field, and a reason for each field that is not acceptable."""
    clean: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for fld in form.fields:
        raw = values.get(fld.name)
        text = "" if raw is None else str(raw).strip()
        if not text:
            if fld.required:
                errors[fld.name] = f"{fld.label} is needed"
            else:
                clean[fld.name] = None
            continue
        if fld.kind == "int":
            if not re.fullmatch(r"[+-]?\d{1,9}", text):
                errors[fld.name] = f"{fld.label} must be a whole number"
                continue
            number = int(text)
            low = fld.min_value if fld.min_value is not None else number
            high = fld.max_value if fld.max_value is not None else number
            if not low <= number <= high:
                errors[fld.name] = f"{fld.label} must be from {low} to {high}"
                continue
            clean[fld.name] = number
        elif fld.kind == "tick":
            answer = text.lower()
            if answer not in ("yes", "no"):
                errors[fld.name] = f"{fld.label} must be yes or no"
                continue
            clean[fld.name] = answer
        elif fld.kind == "choice":
            if text.lower() not in fld.choices:
                errors[fld.name] = f"{fld.label} must be one of: {', '.join(fld.choices)}"
                continue
            clean[fld.name] = text.lower()
        else:
            if len(text) > fld.max_length:
                errors[fld.name] = f"{fld.label} can be at most {fld.max_length} characters"
                continue
            clean[fld.name] = text
    return clean, errors
