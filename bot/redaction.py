"""Keep tokens and keys out of log output, including tracebacks."""

import logging
from collections.abc import Iterable

REDACTED = "[redacted]"
# Shorter strings are too likely to occur in ordinary text to be worth masking.
MIN_SECRET_LENGTH = 6


class RedactingFilter(logging.Filter):
    """Replaces every known secret in a record's message and traceback with ``[redacted]``.

    The record is rewritten in place (message pre-formatted, ``args`` cleared, traceback
    pre-rendered into ``exc_text``), so every handler that sees it afterwards is safe.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is masked as a whole.
        unique = {secret for secret in secrets if secret and len(secret) >= MIN_SECRET_LENGTH}
        self._secrets = tuple(sorted(unique, key=len, reverse=True))

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:
            # Logging would print msg and args to stderr when formatting fails; keep it safe.
            message = f"{record.msg} (arguments could not be formatted: {record.args!r})"
        record.msg = self.redact(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_info = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_redaction(
    secrets: Iterable[str], logger: logging.Logger | None = None
) -> RedactingFilter:
    """Attach one redacting filter to ``logger`` (root by default) and each of its handlers.

    Handler filters also cover records propagated from child loggers, which never pass
    through this logger's own filters. Handlers added later are not covered. Returns the
    filter so callers can remove it again.
    """
    target = logger if logger is not None else logging.getLogger()
    redactor = RedactingFilter(secrets)
    target.addFilter(redactor)
    for handler in target.handlers:
        handler.addFilter(redactor)
    return redactor
