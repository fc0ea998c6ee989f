"""The ids Haven routes: button ids and form ids, as platforms send them back.

A button's id is Haven's own (``partner:accept:12``, ``meeting:rsvp:3:going``),
but it comes back from the platform as a member's client sent it, so anyone
can send any string. One reading serves every adapter: an id that Haven could
not have made is refused here, before a handler or a query sees it, and the
member gets the same polite "that button no longer does anything" as for a
button of a cog that is gone.

Haven never makes an id that is longer than :data:`MAX_LENGTH`, has an empty
segment or a character outside :data:`SEGMENT`, carries a number larger than a
row id can be (:data:`MAX_NUMBER`, PostgreSQL's ``INTEGER``: a larger one
would fail the query instead of finding nothing), or has more or fewer
segments than its handler takes.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

#: Slack's limit for an action_id or callback_id (Discord's custom_id: 100).
MAX_LENGTH = 255
#: Row ids are SQLModel ``int`` primary keys: ``INTEGER`` on PostgreSQL.
MAX_NUMBER = 2**31 - 1
#: Letters, digits and ``_ . - + /`` (a time zone such as America/New_York).
SEGMENT = re.compile(r"[A-Za-z0-9_.+/-]{1,64}")


def segments(ident: str) -> list[str] | None:
    """``ident`` split on ``:``, or None if Haven could not have made it."""
    if not isinstance(ident, str) or not ident or len(ident) > MAX_LENGTH:
        return None
    parts = ident.split(":")
    for part in parts:
        if not SEGMENT.fullmatch(part):
            return None
        if part.isdigit() and int(part) > MAX_NUMBER:
            return None
    return parts


def takes(handler: Callable, fixed: int, count: int) -> bool:
    """Whether ``handler`` accepts ``count`` arguments from an id after its
    ``fixed`` leading ones (``ctx``; a form's ``ctx, values``)."""
    try:
        params = list(inspect.signature(handler).parameters.values())[fixed:]
    except (TypeError, ValueError):  # no signature to read: let the call decide
        return True
    positional = [
        p
        for p in params
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    required = sum(1 for p in positional if p.default is inspect.Parameter.empty)
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params):
        return count >= required
    return required <= count <= len(positional)
