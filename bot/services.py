"""Services: what one cog offers the others, declared by type, never imported.

Cogs do not import one another (pyproject's ``independence`` contract). Where
one needs what another holds — the partners a member shares with, a member's
check-ins, the crisis text — the need is a :class:`typing.Protocol` declared
here, in the engine. The cog that can answer names the protocol in its
``provides`` and implements its methods; the cog that needs it asks
``ctx.service(Partners)`` and gets that cog, or None when no cog of this Haven
provides it or the one that does is turned off (``HAVEN_DISABLED_COGS``). No
names looked up as strings, no ``hasattr``: the type says what may be called.

A cog that names a service without implementing all of it is refused when it
is registered (:func:`check_provides`), not when a member first needs it.

Most services have one provider. :class:`HomeSections` is contributed by many:
the engine collects every section (:meth:`bot.plugins.Registry.home_sections`)
and the platform adapter draws them without naming a cog.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from bot import i18n
from bot.messages import Button, Message

if TYPE_CHECKING:
    from bot.context import Context
    from bot.models import Member


# -- accountability ---------------------------------------------------------


class Partners(Protocol):
    """Who a member shares with: their partners and fellow pod members."""

    async def partners_of(self, ctx: Context, member: Member) -> list[Member]:
        """Everyone in an open partnership or pod with ``member`` (not them)."""
        ...


# -- check-ins --------------------------------------------------------------


@dataclass(frozen=True)
class Sharing:
    """A member who shares their check-ins with their partners, and the day
    their check-in prompts resume if they paused them."""

    member: Member
    paused_until: date | None


class CheckinActivity(Protocol):
    """A member's check-ins, as far as their partners' quiet signals need them."""

    async def members_sharing(self, ctx: Context, member_id: int | None = None) -> list[Sharing]:
        """Members who share check-ins with partners (only ``member_id``, if
        given), by member id."""
        ...

    async def last_checkin(self, ctx: Context, member_id: int) -> date | None:
        """The local date of the member's latest check-in; None if none."""
        ...


# -- crisis -----------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    """A country Haven has verified crisis lines for, as moderators see it."""

    code: str  # ISO 3166 alpha-2, upper case
    name: str  # "the United Kingdom"
    has_helpline: bool  # False: the emergency number only


class CrisisText(Protocol):
    """Helplines: Haven's own, the community's country's and its own words."""

    async def right_now(self, ctx: Context) -> Message:
        """The crisis message for a handler without database access: the
        community's resources if storage answers at once, else Haven's."""
        ...

    def for_community(self, ctx: Context) -> Message:
        """The crisis message for ``ctx.community``, already read."""
        ...

    def chosen(self, ctx: Context) -> tuple[bool, Country | None]:
        """What the community chose: whether it wrote resources of its own,
        and the country whose lines /crisis starts with."""
        ...

    def set_resources(self, ctx: Context, text: str) -> None:
        """Keep the community's own resources (``/mod resources``)."""
        ...

    def set_country(self, ctx: Context, code: str | None) -> Country | None:
        """Start /crisis with ``code``'s lines (None: Haven's general list);
        the country set, or None when Haven has no lines for ``code``."""
        ...

    def country(self, code: str) -> Country | None:
        """The country ``code`` names (any case), if Haven has its lines."""
        ...

    def not_counselling(self, ctx: Context) -> str:
        """The line that says what Haven is not, and where help is."""
        ...


# -- the member's home ------------------------------------------------------


@dataclass(frozen=True)
class HomeSection:
    """One section of a member's home (Slack's App Home): a title over what
    the member's own ``command`` would answer them privately, with buttons.

    Read through the command, a section shows exactly what that command shows
    and is left out where the command would refuse (not agreed, turned off).
    Sections stand by ``place`` (lower first), then in registry order.
    """

    #: A catalogue key ("sober-home-title"; :meth:`heading`), or words as written.
    title: str
    command: str  # as the member types it, without the slash: "sober show"
    place: int
    #: Each label a catalogue key ("checkins-home-mood-3"; :meth:`buttons_in`) or words.
    buttons: tuple[Button, ...] = ()

    def heading(self, locale: str) -> str:
        """The title in ``locale`` when it is a catalogue key, else as written."""
        return _said(self.title, locale)

    def buttons_in(self, locale: str) -> tuple[Button, ...]:
        """The buttons, each label in ``locale`` when it is a catalogue key."""
        return tuple(replace(b, label=_said(b.label, locale)) for b in self.buttons)


def _said(words: str, locale: str) -> str:
    return i18n.translate(locale, words) if i18n.CATALOGUES.has(words) else words


class HomeSections(Protocol):
    """A cog that adds sections to the member's home."""

    def home_sections(self) -> Sequence[HomeSection]: ...


#: Services many cogs may provide at once (the others: one provider each).
MANY: frozenset[type] = frozenset({HomeSections})


def members_of(service: type) -> dict[str, Any]:
    """What ``service`` promises: its methods by name (from its own body and
    the protocols it extends, never ``object``'s or ``Protocol``'s)."""
    found: dict[str, Any] = {}
    for klass in reversed(service.__mro__):
        if klass is object or klass is Protocol or klass.__module__ == "typing":
            continue
        for name, value in vars(klass).items():
            if not name.startswith("_") and callable(value):
                found[name] = value
    return found


def check_provides(provider: object, name: str, services: Sequence[type]) -> None:
    """Refuse, loudly, a provider that names a service it does not implement:
    a promised method missing, or async where the service waits on it (or the
    other way round)."""
    for service in services:
        if not getattr(service, "_is_protocol", False):
            raise TypeError(f"{name}: provides {service!r}, which is not a service protocol")
        for method, promised in members_of(service).items():
            found = getattr(provider, method, None)
            if not callable(found):
                raise TypeError(
                    f"{name} provides {service.__name__} but has no {method}() "
                    f"(every method of {service.__name__} is needed)"
                )
            if inspect.iscoroutinefunction(promised) != inspect.iscoroutinefunction(found):
                how = "async" if inspect.iscoroutinefunction(promised) else "not async"
                raise TypeError(f"{name}: {service.__name__}.{method}() must be {how}")
