"""Structured logs on request: ``HAVEN_LOG_FORMAT=json``.

One JSON object per line — ``time`` (UTC, ISO 8601), ``level``, ``logger``,
``message``, ``request`` (the id of the member action being handled, the same
reference a member sees in "Something went wrong … (reference …)") and, while
one is handled, ``member``: a keyed hash of the member's platform id, stable
for a process's key so lines about one member can be followed, never the id.
A traceback goes in ``error``.

What the text format guarantees holds here too: records are made safe when
created (bot/payload_logs.py) and secrets are masked by the redacting filter
(bot/redaction.py) before this formatter sees them. On top of that, anything
in a message that looks like a member's platform id (a Discord snowflake, a
Slack user id) is replaced by its hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime

_request: ContextVar[str | None] = ContextVar("haven_request", default=None)
#: The acting member's platform id, hashed only when a line is written (most
#: requests write none: an HMAC per request was a few percent of a command).
_member: ContextVar[str | None] = ContextVar("haven_member", default=None)
#: Platform ids a message might carry: Discord snowflakes, Slack user/bot ids.
PLATFORM_ID = re.compile(r"\b(?:\d{17,20}|[UW][A-Z0-9]{8,12})\b")
_key = os.urandom(32)


def set_hash_key(secret: str | bytes) -> None:
    """Key the member hash (by default a random key per process: hashes then
    match within one run only)."""
    global _key
    raw = secret.encode() if isinstance(secret, str) else secret
    _key = hashlib.sha256(b"haven log ids\0" + raw).digest()


def hashed(platform_id: str) -> str:
    return "m:" + hmac.new(_key, platform_id.encode(), hashlib.sha256).hexdigest()[:12]


def begin_request(user_id: str | None) -> tuple[str, object]:
    """A new request id for this member action; returns it and a token for :func:`end_request`."""
    rid = os.urandom(4).hex()
    tokens = (_request.set(rid), _member.set(user_id or None))
    return rid, tokens


def end_request(tokens: object) -> None:
    request, member = tokens  # type: ignore[misc]
    _request.reset(request)
    _member.reset(member)


def current_request() -> str | None:
    return _request.get()


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = PLATFORM_ID.sub(lambda m: hashed(m.group(0)), record.getMessage())
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
            "request": _request.get(),
        }
        member = _member.get()
        if member:
            entry["member"] = hashed(member)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["error"] = PLATFORM_ID.sub(lambda m: hashed(m.group(0)), record.exc_text)
        return json.dumps(entry, ensure_ascii=False)


def configure_json_logs(level: str, stream=None) -> logging.Handler:
    """Root logging to ``stream`` (stderr), one JSON object per line."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
