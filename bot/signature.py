"""A command's options, read from its handler's signature.

Each parameter after ``ctx`` is an option: its name, its type from the
annotation, required unless it has a default::

    async def set(self, ctx: Context,
                  date: Annotated[date, Date(allow_future=False), Help("your start date")],
                  label: Annotated[str | None, Label(), Named()] = None,
                  convention: Literal["whole", "started"] = "whole") -> Message:

A bare ``str``, ``int``, ``bool``, ``date`` or ``time`` takes the plain option
type; ``Literal[...]`` is a :class:`~bot.options.Choice`; ``X | None`` is ``X``.
An :class:`~bot.options.OptionType` in ``Annotated[...]`` says the type
exactly, and the markers of :mod:`bot.options` (``Help``, ``Name``, ``Named``,
``Positional``, ``Rest``, ``Default``) the rest of the :class:`~bot.options.Opt`.

Annotations are read where the handler's module stands when the command is
declared, so with ``from __future__ import annotations`` what they name must
be imported at module level (not under ``TYPE_CHECKING``).
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable
from datetime import date, time
from typing import Annotated, Any, Literal, Union

from bot.options import (
    Boolean,
    Choice,
    Date,
    Default,
    Help,
    Integer,
    Name,
    Named,
    Opt,
    OptionType,
    Positional,
    Rest,
    Text,
    Time,
)

#: The option type of a bare annotation.
PLAIN: dict[Any, Callable[[], OptionType]] = {
    str: Text,
    int: Integer,
    bool: Boolean,
    date: Date,
    time: Time,
}


def options_of(fn: Callable) -> tuple[tuple[Opt, ...], dict[str, str]]:
    """The options ``fn``'s parameters declare (``self`` and ``ctx`` skipped),
    and the parameter of each option named otherwise: ``{option: parameter}``."""
    params = list(inspect.signature(fn).parameters.values())[2:]
    found: list[Opt] = []
    renamed: dict[str, str] = {}
    for param in params:
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        where = f"{fn.__qualname__}, parameter {param.name!r}"
        opt = _option(param, _annotation(fn, param, where), where)
        found.append(opt)
        if opt.name != param.name:
            renamed[opt.name] = param.name
    return tuple(found), renamed


def _annotation(fn: Callable, param: inspect.Parameter, where: str) -> Any:
    hint = param.annotation
    if hint is param.empty:
        return str
    if isinstance(hint, str):
        try:
            return eval(hint, fn.__globals__, {})  # the annotation text of the cog's own source
        except NameError as exc:
            raise ValueError(f"{where}: {exc}; import it at module level") from None
    return hint


def _option(param: inspect.Parameter, hint: Any, where: str) -> Opt:
    markers: tuple[Any, ...] = ()
    if typing.get_origin(hint) is Annotated:
        hint, *extra = typing.get_args(hint)
        markers = tuple(extra)
    hint = _without_none(hint)
    declared = [m for m in markers if isinstance(m, OptionType)]
    if len(declared) > 1:
        raise ValueError(f"{where}: two option types")
    option_type = declared[0] if declared else _plain(hint, where)
    given = {type(m): m for m in markers if not isinstance(m, OptionType)}
    if Named in given and Positional in given:
        raise ValueError(f"{where}: both Named() and Positional()")
    return Opt(
        name=given[Name].name if Name in given else param.name,
        type=option_type,
        required=param.default is param.empty,
        help=given[Help].text if Help in given else "",
        positional=False if Named in given else True if Positional in given else None,
        rest=Rest in given,
        default=given[Default].value if Default in given else None,
    )


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (Union, types.UnionType):
        kept = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(kept) == 1:
            return kept[0]
    return hint


def _plain(hint: Any, where: str) -> OptionType:
    if typing.get_origin(hint) is Literal:
        return Choice(choices=tuple(str(choice) for choice in typing.get_args(hint)))
    if hint in PLAIN:
        return PLAIN[hint]()
    raise ValueError(f"{where}: no option type for {hint!r}; add one in Annotated[...]")
