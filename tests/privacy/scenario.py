"""Each cog's part of the privacy scenario, and how the parts are found.

A cog that stores member data keeps its part beside its own tests, in
``tests/cogs/<cog>/privacy_scenario.py``, as ``SCENARIO = Scenario(...)``; the
privacy suite (tests/privacy/member_data_support.py) runs the parts of the
loaded cogs in registry order, so a new cog's change stays in its own folders.
The lines are console lines (``:as``, ``/command …``, ``:click``).
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Scenario:
    """One cog's lines, run for two members (alice, bob) of one community and
    one member (oscar) of another. In ``member``, ``{user}`` is the member and
    ``{notes[key]}`` their free text for ``key``; in ``other_setup`` and
    ``other``, ``{note}`` and ``{trigger}`` are tenant B's (these three are
    ``str.format`` templates: double a literal brace).

    The parts run in registry order, so a part relies on no other cog's lines
    (a meeting names its channel rather than wait for ``/mod channel``)."""

    #: Free text a member writes, by key (stored as ``<user>-<words>``); none of
    #: it may be readable at rest, all of it must come back in their export.
    notes: Mapping[str, str] = field(default_factory=dict)
    #: Run by mona, a moderator, before any member (channels, a meeting).
    setup: str = ""
    #: Run by bob, then alice, once they agreed and set their zone.
    member: str = ""
    #: Run once both members have, with their own ``:as`` lines (partnering).
    together: str = ""
    #: Tenant B: run by olga, its moderator, then by oscar, its member.
    other_setup: str = ""
    other: str = ""
    #: Last in tenant B, for what needs the database first (a meeting's id):
    #: ``await other_then(console, community_id, run)``, ``run(user, lines)``
    #: running lines as ``user`` in tenant B.
    other_then: (
        Callable[[Any, int, Callable[[str, str], Awaitable[Any]]], Awaitable[None]] | None
    ) = None

    def member_lines(self, user: str, notes: Mapping[str, str]) -> str:
        return self.member.format(user=user, notes=notes)


def module_of(cog: str) -> str:
    return f"tests.cogs.{cog}.privacy_scenario"


def scenario_of(cog: str) -> Scenario | None:
    """The cog's part (None when it has none: it stores no member data)."""
    name = module_of(cog)
    try:
        module: ModuleType = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            return None
        raise
    return module.SCENARIO


def scenarios(cogs: Iterable[str]) -> list[tuple[str, Scenario]]:
    """The parts of ``cogs`` that have one, in the order given."""
    found = []
    for cog in cogs:
        part = scenario_of(cog)
        if part is not None:
            found.append((cog, part))
    return found


def notes_of(parts: Iterable[tuple[str, Scenario]], user: str) -> dict[str, str]:
    """``user``'s free text in every part, by key (keys are unique across cogs)."""
    notes: dict[str, str] = {}
    for cog, part in parts:
        for key, words in part.notes.items():
            if key in notes:
                raise ValueError(f"{cog}'s privacy scenario reuses the note key {key!r}")
            notes[key] = f"{user}-{words}"
    return notes
