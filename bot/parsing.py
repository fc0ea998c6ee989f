"""The text form of commands, as typed in Slack and the console.

``/sober set 2025-01-02 label:alcohol note:"first day"``: positional values in
order, named ones as ``name:value`` (quoted when they contain spaces). A named
text option also takes the unquoted words that follow it, so
``note:long day today`` means what the member meant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from bot import i18n
from bot.errors import OptionError
from bot.errors import UsageError as UsageError  # re-exported: errors live in bot.errors
from bot.messages import literal
from bot.options import Opt, ParseContext, Text

#: The longest command text read (Slack, console). The longest the commands need
#: is well under it (a meeting's title, about and link: 1,700); parsing costs
#: time on the shared event loop, so more is refused, never truncated.
MAX_COMMAND_TEXT = 4000

QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»"}


def _english(key: str, **args: Any) -> str:
    return i18n.translate(i18n.ENGLISH, key, **args)


def tokenize(text: str, assign: str = ":", t: Callable[..., str] = _english) -> list[str]:
    """Split on white space, keeping quoted runs together.

    A quote opens a run only at the start of a word or right after ``name:``
    (``name=`` too, with ``assign=":="``), so apostrophes inside words
    (``I'm``) stay ordinary characters.

    One pass over the text (whether the word so far is a name is kept as it
    grows, never re-read), so time grows linearly with the text's length.
    ``t`` says an unclosed quote's error (in the member's language).
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
                    raise UsageError(t("parse-quote-not-closed", quote=close))
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
    Errors are said in ``pctx``'s language.
    """
    t = pctx.t
    text = text.strip()
    if len(text) > MAX_COMMAND_TEXT:
        raise UsageError(t("parse-too-long", count=len(text), most=MAX_COMMAND_TEXT))
    by_name = {opt.name: opt for opt in options}
    positional = [opt for opt in options if opt.is_positional]
    raw: dict[str, list[str]] = {}  # words of each option's value
    last_text: str | None = None  # the named text option that takes trailing words
    tokens = tokenize(text, t=t)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        name, sep, value = token.partition(":")
        opt = by_name.get(name.lower()) if sep else None
        if opt is not None:
            if opt.name in raw:
                raise UsageError(t("parse-given-twice", name=opt.name))
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
            if known:
                raise UsageError(t("parse-not-an-option-known", name=name, known=known))
            raise UsageError(t("parse-not-an-option", name=name))
        else:
            raise UsageError(t("parse-word-too-many", word=_quote(token)))
        i += 1

    values: dict[str, Any] = {}
    for opt in options:
        if opt.name not in raw:
            if opt.required:
                raise UsageError(missing(opt, pctx))
            if opt.default is not None:
                values[opt.name] = opt.default
            continue
        values[opt.name] = parse_value(opt, " ".join(raw[opt.name]), pctx)
    return values


def parse_value(opt: Opt, raw: Any, pctx: ParseContext) -> Any:
    """``raw`` read by ``opt``'s type; an error names the option (a cog's own
    type that says only the reason gets the name put before it)."""
    pctx = replace(pctx, option=opt.name)
    try:
        return opt.type.parse(raw, pctx)
    except OptionError as exc:
        if exc.named:
            raise UsageError(str(exc)) from None
        raise UsageError(pctx.t("option-reason", reason=str(exc))) from None


def missing(opt: Opt, pctx: ParseContext) -> str:
    """A required option not given: ``<YYYY-MM-DD> is missing``."""
    return pctx.t("parse-missing", usage=opt.usage())


def _quote(token: str) -> str:
    return f"“{literal(token if len(token) <= 40 else token[:37] + '...')}”"
