"""Keep member data out of library log records, at every level.

Several libraries log what passes through them: request and response bodies,
gateway payloads, SQL parameters and result rows. In Haven those carry members'
notes, moods and cravings, dates, response_urls and OAuth codes. Each
:class:`Rule` names a library logger and how its records lose their payloads;
adapters add rules for their platform's libraries (:func:`add_rules`).

The rules run when a record is *created* (a log record factory), not in a
handler filter: every handler sees the safe record, including handlers added
later by a library or a test. What stays is what operators need: the event,
method and URL path, status codes, ids, timings.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

HIDDEN = "[payload not logged]"
#: A library's message is cut here: enough for a URL, an event and a status,
#: never megabytes (a 1 MB unsigned request must not cost 1 MB of log).
MAX_LIBRARY_MESSAGE = 500
#: Keys of a dict argument (a gateway payload) that are kept: its shape, not its data.
SUMMARY_KEYS = ("op", "t", "s", "type", "status", "code")


@dataclass(frozen=True)
class Rule:
    """Records of ``logger`` and its children lose their payloads.

    ``cut``: the message ends, with ``[payload not logged]``, where this matches.
    ``mask``: (pattern, replacement) substitutions applied first, e.g. a token in
    a URL path. Dict and list arguments become a summary (:data:`SUMMARY_KEYS`).
    """

    logger: str
    cut: str | None = None
    mask: tuple[tuple[str, str], ...] = ()
    _cut: re.Pattern | None = field(init=False, repr=False, compare=False)
    _mask: tuple[tuple[re.Pattern, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_cut", re.compile(self.cut, re.S) if self.cut else None)
        masks = tuple((re.compile(p, re.S), r) for p, r in self.mask)
        object.__setattr__(self, "_mask", masks)

    def covers(self, name: str) -> bool:
        return name == self.logger or name.startswith(self.logger + ".")

    def apply(self, message: str) -> str:
        for pattern, replacement in self._mask:
            message = pattern.sub(replacement, message)
        if self._cut is not None:
            found = self._cut.search(message)
            if found:
                message = f"{message[: found.start()].rstrip(' ,:(')} {HIDDEN}".lstrip()
        return message


#: The engine's own libraries.
ENGINE_RULES = (
    # Parameters are hidden by the engine (hide_parameters); result rows are not.
    Rule("sqlalchemy.engine", cut=r"^Row |(?<=\]) [(\[{]"),
    # aiosqlite logs each call with its SQL parameters.
    Rule("aiosqlite", cut=r"functools\.partial|<built-in"),
    # The request line's query string (an OAuth code and state, a feed's key); the
    # Referer's; and path segments that are tokens (a member's calendar link).
    Rule(
        "aiohttp.access",
        mask=(
            (r"\?[^\s\"]*", "?[query not logged]"),
            (r"/[A-Za-z0-9_-]{32,}", "/[token]"),
        ),
    ),
)

_rules: dict[Rule, None] = dict.fromkeys(ENGINE_RULES)


def add_rules(rules: Iterable[Rule]) -> None:
    """Adds rules for more libraries (adapters call this when they are built)."""
    for rule in rules:
        _rules.setdefault(rule, None)


def summary(value: object) -> object:
    """A dict's identifying keys (a gateway event's op and name), else its size;
    a JSON document (a request body) is not logged."""
    if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        return HIDDEN
    if isinstance(value, Mapping):
        kept = {k: value[k] for k in SUMMARY_KEYS if isinstance(value.get(k), str | int)}
        return f"{{{', '.join(f'{k}: {v}' for k, v in kept.items())}}}" if kept else HIDDEN
    if isinstance(value, bytes | bytearray):
        return f"[{len(value)} bytes not logged]"
    if isinstance(value, list | tuple | set):
        return f"[{len(value)} items not logged]"
    return value


def make_safe(record: logging.LogRecord) -> logging.LogRecord:
    """Rewrites a library's record in place (message pre-formatted, payloads gone)."""
    covering = [rule for rule in _rules if rule.covers(record.name)]
    if not covering and (record.name == "haven" or record.name.startswith("haven.")):
        return record  # Haven's own records name no member data
    if covering:
        record.args = _summarised(record)
    try:
        message = record.getMessage()
    except Exception:
        message = f"{record.msg!s:.100} (arguments not logged)"
    for rule in covering:
        message = rule.apply(message)
    if len(message) > MAX_LIBRARY_MESSAGE:
        message = f"{message[:MAX_LIBRARY_MESSAGE]}… {HIDDEN}"
    record.msg, record.args = message, ()
    return record


def _summarised(record: logging.LogRecord):
    args = record.args
    if isinstance(args, Mapping):  # logging unwraps a lone dict argument
        if "%(" in str(record.msg):
            return {key: summary(value) for key, value in args.items()}
        return (summary(args),)
    return tuple(summary(arg) for arg in args or ())


def install() -> Callable[[], None]:
    """Makes every new log record safe (see the module docstring); idempotent.

    Returns a function that restores the previous record factory.
    """
    previous = logging.getLogRecordFactory()
    if getattr(previous, "haven_safe", False):
        return lambda: None

    def factory(*args, **kwargs) -> logging.LogRecord:
        return make_safe(previous(*args, **kwargs))

    factory.haven_safe = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)

    def uninstall() -> None:
        if logging.getLogRecordFactory() is factory:
            logging.setLogRecordFactory(previous)

    return uninstall
