"""The text form of commands, as typed in Slack and the console.

``/sober set 2025-01-02 label:alcohol note:"first day"``: positional values in
order, named ones as ``name:value`` (quoted when they contain spaces). A named
text option also takes the unquoted words that follow it, so
``note:long day today`` means what the member meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.errors import OptionError
from bot.errors import UsageError as UsageError  # re-exported: errors live in bot.errors
from bot.messages import literal
from bot.options import Opt, ParseContext, Text

#: The longest command text read (Slack, console). The longest the commands need
#: is well under it (a meeting's title, about and link: 1,700); parsing costs
#: time on the shared event loop, so more is refused, never truncated.
MAX_COMMAND_TEXT = 4000

QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»"}


def tokenize(text: str, assign: str = ":") -> list[str]:
    """Split on white space, keeping quoted runs together.

    A quote opens a run only at the start of a word or right after ``name:``
    (``name=`` too, with ``assign=":="``), so apostrophes inside words
    (``I'm``) stay ordinary characters.

    One pass over the text (whether the word so far is a name is kept as it
    grows, never re-read), so time grows linearly with the text's length.
    """
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        token: list[str] = []
        name = _NameSoFar()
        start_of_value = True
        while i < n and not text[i].isspace():
            ch = text[i]
            if ch in QUOTES and start_of_value:
                close = QUOTES[ch]
                end = text.find(close, i + 1)
                if end == -1:
                    raise UsageError("a quote is not closed; put a closing " + close)
                run = text[i + 1 : end]
                token.append(run)
                name.extend(run)
                i = end + 1
                start_of_value = False
                continue
            token.append(ch)
            start_of_value = ch in assign and name.is_name
            name.extend(ch)
            i += 1
        tokens.append("".join(token))
    return tokens


class _NameSoFar:
    """Whether a growing word is a name: letters or digits, ``_`` and ``-`` allowed
    (what :func:`_is_name` says of the whole word, kept up to date piece by piece)."""

    def __init__(self) -> None:
        self.only_name_chars = True
        self.has_alnum = False

    @property
    def is_name(self) -> bool:
        return self.only_name_chars and self.has_alnum

    def extend(self, piece: str) -> None:
        if self.only_name_chars:
            self.only_name_chars = all(c.isalnum() or c in "_-" for c in piece)
            self.has_alnum = self.has_alnum or any(c.isalnum() for c in piece)


def _is_name(text: str) -> bool:
    return bool(text) and text.replace("_", "").replace("-", "").isalnum()


def parse_args(options: Sequence[Opt], text: str, pctx: ParseContext) -> dict[str, Any]:
    """Turn ``text`` into a value for every option, or raise :class:`UsageError`.

    Text longer than :data:`MAX_COMMAND_TEXT` is refused before it is read.
    """
    text = text.strip()
    if len(text) > MAX_COMMAND_TEXT:
        raise UsageError(
            f"that is {len(text):,} characters; a command takes at most {MAX_COMMAND_TEXT:,}"
        )
    by_name = {opt.name: opt for opt in options}
    positional = [opt for opt in options if opt.is_positional]
    raw: dict[str, list[str]] = {}  # words of each option's value
    last_text: str | None = None  # the named text option that takes trailing words
    tokens = tokenize(text)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        name, sep, value = token.partition(":")
        opt = by_name.get(name.lower()) if sep else None
        if opt is not None:
            if opt.name in raw:
                raise UsageError(f"{opt.name}: is given twice")
            if opt.rest:
                value = " ".join([value, *tokens[i + 1 :]]).strip()
                i = len(tokens)
            raw[opt.name] = [value]
            last_text = opt.name if isinstance(opt.type, Text) else None
            i += 1
            continue
        slot = next((o for o in positional if o.name not in raw), None)
        if slot is not None:
            if slot.rest:
                raw[slot.name] = [" ".join(tokens[i:])]
                break
            raw[slot.name] = [token]
            last_text = None
        elif last_text is not None:
            raw[last_text].append(token)
        elif sep and _is_name(name) and not name.isdigit():
            known = ", ".join(f"{o.name}:" for o in options if not o.is_positional)
            hint = f"; this command takes {known}" if known else ""
            raise UsageError(f"{name}: is not an option of this command{hint}")
        else:
            raise UsageError(f"{_quote(token)} is one word too many")
        i += 1

    values: dict[str, Any] = {}
    for opt in options:
        if opt.name not in raw:
            if opt.required:
                raise UsageError(f"{opt.usage()} is missing")
            if opt.default is not None:
                values[opt.name] = opt.default
            continue
        values[opt.name] = parse_value(opt, " ".join(raw[opt.name]), pctx)
    return values


def parse_value(opt: Opt, raw: Any, pctx: ParseContext) -> Any:
    try:
        return opt.type.parse(raw, pctx)
    except OptionError as exc:
        raise UsageError(f"{opt.name}: {exc}") from None


def _quote(token: str) -> str:
    return f"“{literal(token if len(token) <= 40 else token[:37] + '...')}”"
