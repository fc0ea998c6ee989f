"""Typed command options, shared by every platform.

An :class:`Opt` names an option and its type; the type turns the text a member
typed (Slack, console) into a value, or raises :class:`OptionError` with a
one-line reason. Discord hands typed values to the same types through
``parse`` too, so validation lives in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from bot import i18n
from bot.errors import OptionError as OptionError  # re-exported: errors live in bot.errors
from bot.messages import literal
from bot.zones import NotAPlace, place


@dataclass(frozen=True)
class ParseContext:
    """What parsing needs to know about the member: their local today, and the
    language their errors are said in (the engine's rule: :attr:`Context.locale`).

    ``option`` is the option being read (set by :func:`bot.parsing.parse_value`):
    every error names it, as the catalogue's sentence places it."""

    today: date
    zone: str = "UTC"
    locale: str = i18n.ENGLISH
    option: str = "value"

    def t(self, key: str, **args: Any) -> str:
        """``key`` in the member's language, with the option's name as ``$option``."""
        return i18n.translate(self.locale, key, option=self.option, **args)

    def refuse(self, key: str, **args: Any) -> OptionError:
        """The error ``key`` says (``option-…`` in bot/locales), naming the option."""
        return OptionError(self.t(key, **args), named=True)


class OptionType:
    """Base of option types. ``presented_as`` tells adapters which input to offer
    (a platform maps it to its own option type: Discord's integer, user, …)."""

    presented_as = "text"
    placeholder = "text"
    example = "text"

    def parse(self, raw: str, pctx: ParseContext) -> Any:  # pragma: no cover
        raise NotImplementedError

    def describe(self) -> str:
        return self.placeholder


@dataclass(frozen=True)
class Text(OptionType):
    max_length: int = 1000
    placeholder: str = "text"
    example: str = "a few words"

    def parse(self, raw, pctx):
        value = raw.strip()
        if not value:
            raise pctx.refuse("option-text-empty")
        if len(value) > self.max_length:
            raise pctx.refuse("option-text-too-long", count=len(value), most=self.max_length)
        return value


@dataclass(frozen=True)
class Integer(OptionType):
    min_value: int | None = None
    max_value: int | None = None
    presented_as = "integer"

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        if self.min_value is not None and self.max_value is not None:
            return f"{self.min_value}-{self.max_value}"
        return "number"

    @property
    def example(self) -> str:  # type: ignore[override]
        return str(self.min_value if self.min_value is not None else 1)

    def parse(self, raw, pctx):
        if isinstance(raw, int) and not isinstance(raw, bool):
            value = raw
        elif re.fullmatch(r"[+-]?\d{1,9}", str(raw).strip()):
            value = int(str(raw).strip())
        else:
            raise pctx.refuse("option-not-whole-number", value=_show(raw))
        if self.min_value is not None and value < self.min_value:
            raise pctx.refuse(
                "option-number-below",
                value=str(value),
                least=str(self.min_value),
                range=self.placeholder,
            )
        if self.max_value is not None and value > self.max_value:
            raise pctx.refuse(
                "option-number-above",
                value=str(value),
                most=str(self.max_value),
                range=self.placeholder,
            )
        return value


@dataclass(frozen=True)
class Date(OptionType):
    """``YYYY-MM-DD``, ``today`` or ``yesterday``, read in the member's zone."""

    allow_future: bool = True
    allow_past: bool = True
    earliest: date = date(1900, 1, 1)
    presented_as = "date"
    placeholder = "YYYY-MM-DD"
    example = "2025-01-02"

    def parse(self, raw, pctx):
        text = str(raw).strip().lower()
        if text == "today":
            value = pctx.today
        elif text == "yesterday":
            value = pctx.today - timedelta(days=1)
        elif text == "tomorrow":
            value = pctx.today + timedelta(days=1)
        else:
            match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
            if not match:
                raise pctx.refuse("option-not-a-date", value=_show(raw), example=self.example)
            try:
                value = date(*map(int, match.groups()))
            except ValueError:
                raise pctx.refuse("option-not-a-calendar-day", value=_show(raw)) from None
        if value < self.earliest:
            raise pctx.refuse(
                "option-date-too-early", date=value.isoformat(), earliest=self.earliest.isoformat()
            )
        if not self.allow_future and value > pctx.today:
            raise pctx.refuse(
                "option-date-in-future",
                date=value.isoformat(),
                today=pctx.today.isoformat(),
                zone=pctx.zone,
            )
        if not self.allow_past and value < pctx.today:
            raise pctx.refuse("option-date-passed", date=value.isoformat())
        return value


@dataclass(frozen=True)
class Time(OptionType):
    """``HH:MM`` on a 24-hour clock."""

    presented_as = "time"
    placeholder = "HH:MM"
    example = "08:30"

    def parse(self, raw, pctx):
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(raw).strip())
        if not match:
            raise pctx.refuse("option-not-a-time", value=_show(raw), example=self.example)
        hour, minute = map(int, match.groups())
        if hour > 23 or minute > 59:
            raise pctx.refuse("option-not-a-time-of-day", value=_show(raw))
        return time(hour, minute)


@dataclass(frozen=True)
class Zone(OptionType):
    """An IANA time zone name, never a fixed offset."""

    presented_as = "zone"
    placeholder = "zone"
    example = "Europe/Helsinki"

    def parse(self, raw, pctx):
        try:
            return place(str(raw).strip(), pctx.today)
        except NotAPlace as refused:
            raise pctx.refuse("option-reason", reason=refused.say(pctx.locale)) from None


@dataclass(frozen=True)
class Choice(OptionType):
    choices: tuple[str, ...] = ()
    presented_as = "choice"

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        return "|".join(self.choices)

    @property
    def example(self) -> str:  # type: ignore[override]
        return self.choices[0]

    def parse(self, raw, pctx):
        text = str(raw).strip().lower()
        if text in self.choices:
            return text
        raise pctx.refuse("option-not-a-choice", value=_show(raw), choices=", ".join(self.choices))


@dataclass(frozen=True)
class Boolean(OptionType):
    presented_as = "boolean"
    placeholder = "yes|no"
    example = "yes"

    def parse(self, raw, pctx):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("yes", "y", "true", "on", "1"):
            return True
        if text in ("no", "n", "false", "off", "0"):
            return False
        raise pctx.refuse("option-not-yes-no", value=_show(raw))


# A name never holds ``<``: searching a line of ``<@a|<@a|…`` stays linear.
MENTION_RE = re.compile(r"<@!?([A-Za-z0-9_.-]+)(?:\|[^<>]*)?>")
CHANNEL_RE = re.compile(r"<#([A-Za-z0-9_.-]+)(?:\|[^<>]*)?>")


@dataclass(frozen=True)
class MemberOpt(OptionType):
    """A member mention: ``@alice`` (console), ``<@U123>`` (Slack, Discord)."""

    presented_as = "member"
    placeholder = "@member"
    example = "@sam"

    def parse(self, raw, pctx) -> str:
        text = str(raw).strip()
        match = MENTION_RE.fullmatch(text)
        if match:
            return match.group(1)
        if re.fullmatch(r"@[A-Za-z0-9_.-]{1,64}", text):
            return text[1:]
        raise pctx.refuse("option-not-a-member", value=_show(raw), example=self.example)


@dataclass(frozen=True)
class ChannelOpt(OptionType):
    """A channel: ``#general`` (console), ``<#C123|general>`` (Slack, Discord)."""

    presented_as = "channel"
    placeholder = "#channel"
    example = "#announcements"

    def parse(self, raw, pctx) -> str:
        text = str(raw).strip()
        match = CHANNEL_RE.fullmatch(text)
        if match:
            return match.group(1)
        if re.fullmatch(r"#[A-Za-z0-9_.-]{1,80}", text):
            return text[1:]
        raise pctx.refuse("option-not-a-channel", value=_show(raw), example=self.example)


@dataclass(frozen=True)
class ListOf(OptionType):
    """Several values separated by commas: ``mon,thu`` or ``60,10``."""

    item: OptionType = field(default_factory=Text)
    max_items: int = 10

    @property
    def presented_as(self) -> str:  # type: ignore[override]
        return "list"

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        return f"{self.item.placeholder}[,{self.item.placeholder}…]"

    @property
    def example(self) -> str:  # type: ignore[override]
        return self.item.example

    def parse(self, raw, pctx):
        parts = [p.strip() for p in str(raw).split(",")]
        if not parts or any(not p for p in parts):
            raise pctx.refuse("option-list-empty-item", value=_show(raw))
        if len(parts) > self.max_items:
            raise pctx.refuse("option-list-too-many", count=len(parts), most=self.max_items)
        values = [self.item.parse(p, pctx) for p in parts]
        return tuple(dict.fromkeys(values))  # drop repeats, keep order


@dataclass(frozen=True)
class OneOf(OptionType):
    """The first of several types that accepts the value (``08:30`` or ``off``)."""

    types: tuple[OptionType, ...] = ()

    @property
    def presented_as(self) -> str:  # type: ignore[override]
        return "text"

    @property
    def placeholder(self) -> str:  # type: ignore[override]
        return "|".join(t.placeholder for t in self.types)

    @property
    def example(self) -> str:  # type: ignore[override]
        return self.types[0].example

    def parse(self, raw, pctx):
        for option_type in self.types:
            try:
                return option_type.parse(raw, pctx)
            except OptionError:
                continue
        raise pctx.refuse("option-none-fits", value=_show(raw), accepted=self.placeholder)


@dataclass(frozen=True)
class Opt:
    """One option of a command.

    ``positional`` options may be given bare, in order (``/sober set 2025-01-02``);
    the others only as ``name:value``. Required options are positional unless
    said otherwise. ``rest`` takes the remainder of the line as one value.
    """

    name: str
    type: OptionType = field(default_factory=Text)
    required: bool = True
    help: str = ""
    positional: bool | None = None
    rest: bool = False
    default: Any = None

    @property
    def is_positional(self) -> bool:
        return self.required if self.positional is None else self.positional

    def usage(self) -> str:
        if self.is_positional:
            inner = f"<{self.type.placeholder}>" if self.required else self.type.placeholder
            return inner if self.required else f"[{inner}]"
        inner = f"{self.name}:<{self.type.placeholder}>"
        return inner if self.required else f"[{inner}]"


# -- markers: an option declared on the handler's parameter -------------------
#
#     async def set(self, ctx,
#                   date: Annotated[date, Date(allow_future=False), Help("your start date")],
#                   label: Annotated[str | None, Label(), Named()] = None) -> Message:
#
# read by :mod:`bot.signature` into the same :class:`Opt` as ``options=[...]``.


@dataclass(frozen=True)
class Help:
    """The option's one-line help (Discord shows it under the option)."""

    text: str


@dataclass(frozen=True)
class Name:
    """The name members type (``id:3``) when it differs from the parameter's."""

    name: str


@dataclass(frozen=True)
class Named:
    """Given only as ``name:value``, never bare (a required option is bare by default)."""


@dataclass(frozen=True)
class Positional:
    """May be given bare, in order, though optional (``/sober share public``)."""


@dataclass(frozen=True)
class Rest:
    """Takes the rest of the line as one value (``role:Clean & serene``)."""


@dataclass(frozen=True)
class Default:
    """The value the engine passes when the option is not given (rarely needed:
    the parameter's own default usually says it)."""

    value: Any


def _show(raw: Any) -> str:
    text = str(raw)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"“{literal(text)}”"
