"""Members' own language (issue #22): message catalogues, and which one to read.

Haven's words live in Project Fluent catalogues (``.ftl``), not in Python.
Fluent keeps plurals, gender-neutral wording and any other choice a language
needs *in the catalogue* (``{ $count -> [one] … *[other] … }``), so a
translator writes a sentence whole and no code glues words together; it needs
no compile step and its files diff well. Babel (already a dependency for money)
formats dates, numbers and lists for the locale, and backs Fluent's own
NUMBER and DATETIME functions.

**Where strings live.** The engine's in ``bot/locales/<locale>/*.ftl``; a cog's
in ``locales/<locale>/*.ftl`` beside its module (``cogs/crisis/locales/es/
crisis.ftl``), registered when the cog loads (:meth:`Catalogues.add`). A key
names its owner first (``crisis-title``, ``language-set``): all catalogues of
a locale share one namespace.

**Which language.** :func:`choose`: the member's own choice (``/haven language``),
else their platform's (Discord's ``interaction.locale``, Slack's ``users.info``
locale), else the community's default (``/mod language``), else English.

**Fallback.** A key missing from a locale's catalogue is said in English and
counted in :attr:`Catalogues.missing` (the tests fail on any count); a key
missing from English too is a bug, shown as the key itself.

**Member text** goes in as an argument, already passed through
:func:`bot.messages.literal` (or ``as_written``) by the caller, exactly as
before: Fluent inserts it untouched. Fluent's bidi isolation marks (U+2068/
U+2069 around every argument) are off — platforms would show them as stray
characters, and Haven's markup escaping already keeps member text apart.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_date
from babel.lists import format_list as babel_list
from babel.numbers import format_decimal
from fluent.runtime import FluentBundle, FluentResource

log = logging.getLogger("haven.i18n")

ENGLISH = "en"
#: The languages Haven ships complete, as members choose them.
SHIPPED: tuple[str, ...] = ("en", "es", "pt-BR", "fr", "de")
#: The engine's own catalogues.
ENGINE_LOCALES = Path(__file__).parent / "locales"


def normalize(code: str | None) -> str | None:
    """The shipped language ``code`` means, or None.

    Takes a member's typing (``ES``, ``pt_br``) and the platforms' locales
    (Discord ``es-ES``, ``pt-BR``, ``en-US``; Slack ``es-LA``, ``fr-FR``): an
    exact match first, then the language alone (``es-ES`` → ``es``, ``pt`` →
    ``pt-BR``, the one Portuguese shipped)."""
    if not code:
        return None
    wanted = code.strip().replace("_", "-").lower()
    for shipped in (*SHIPPED, *_extra_locales()):
        if shipped.lower() == wanted:
            return shipped
    language = wanted.split("-")[0]
    for shipped in SHIPPED:
        if shipped.split("-")[0].lower() == language:
            return shipped
    return None


def choose(
    member_choice: str | None, platform: str | None = None, community: str | None = None
) -> str:
    """The language to answer in: the member's own choice, else their
    platform's, else the community's default, else English."""
    for candidate in (member_choice, platform, community):
        found = normalize(candidate)
        if found:
            return found
    return ENGLISH


@functools.cache
def babel_locale(locale: str) -> Locale:
    """Babel's locale for a Haven one (``pt-BR`` → ``pt_BR``); English for a
    made-up one (the tests' pseudo-locale)."""
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(ENGLISH)


def language_name(language: str, locale: str) -> str:
    """``language``'s name as ``locale`` writes it mid-sentence (Babel's CLDR
    names: ``es`` in German is ``Spanisch``, in French ``espagnol``)."""
    return babel_locale(language).get_display_name(babel_locale(locale)) or language


def format_date(value: date | datetime, locale: str, form: str = "long") -> str:
    """A date as the locale writes it (``2 December 2026``, ``2 de diciembre de 2026``)."""
    return babel_date(value, format=form, locale=babel_locale(locale))


def format_number(value: float | int, locale: str) -> str:
    """A number with the locale's separators (``1,234.5``, ``1.234,5``)."""
    return format_decimal(value, locale=babel_locale(locale))


def format_list(items: Iterable[str], locale: str, style: str = "standard") -> str:
    """``a, b and c`` in the locale; ``style="or"`` for alternatives (``112 or 999``)."""
    return babel_list(list(items), style=style, locale=babel_locale(locale))


class Catalogues:
    """Every registered catalogue, one Fluent bundle per locale."""

    def __init__(self) -> None:
        self._folders: list[Path] = []
        self._extra: dict[str, list[str]] = {}  # locale → sources (the tests' pseudo-locale)
        self._bundles: dict[str, FluentBundle] = {}
        #: Texts of messages whose arguments are whole numbers or none, as
        #: formatted (see :meth:`format`); emptied whenever a bundle changes.
        self._said: dict[tuple, str] = {}
        #: (locale, key) said in English for want of a translation, and how often.
        self.missing: Counter[tuple[str, str]] = Counter()

    def add(self, folder: Path) -> None:
        """Register ``folder`` (holding ``<locale>/*.ftl``), once."""
        folder = Path(folder)
        if folder.is_dir() and folder not in self._folders:
            self._folders.append(folder)
            self._bundles.clear()
            self._said.clear()

    def add_locale(self, locale: str, sources: Iterable[str]) -> None:
        """A locale built in memory rather than shipped (the pseudo-locale)."""
        self._extra[locale] = list(sources)
        self._bundles.pop(locale, None)
        self._said.clear()

    def remove_locale(self, locale: str) -> None:
        self._extra.pop(locale, None)
        self._bundles.pop(locale, None)
        self._said.clear()

    @property
    def extra(self) -> tuple[str, ...]:
        return tuple(self._extra)

    def files(self, locale: str) -> list[Path]:
        """The ``.ftl`` files of ``locale``, in registration order."""
        return [f for folder in self._folders for f in sorted((folder / locale).glob("*.ftl"))]

    def sources(self, locale: str) -> list[str]:
        if locale in self._extra:
            return self._extra[locale]
        return [f.read_text(encoding="utf-8") for f in self.files(locale)]

    def bundle(self, locale: str) -> FluentBundle:
        found = self._bundles.get(locale)
        if found is None:
            found = FluentBundle([babel_locale(locale).language], use_isolating=False)
            for text in self.sources(locale):
                found.add_resource(FluentResource(text))
            self._bundles[locale] = found
        return found

    def warm(self) -> None:
        """Build every shipped language's bundle now: reading and parsing a
        language's catalogues takes about 75 ms, which start-up can spend
        rather than the event loop at the first message in that language (a
        morning's first prompt, a member's first command)."""
        for locale in SHIPPED:
            self.bundle(locale)

    def has(self, key: str, locale: str = ENGLISH) -> bool:
        return self.bundle(locale).has_message(key)

    def format(self, locale: str, key: str, args: Mapping[str, Any] | None = None) -> str:
        """``key`` in ``locale``, else in English (counted), else the key itself.

        A message whose arguments are all whole numbers or :class:`Said` text
        (or that has none) is formatted once per locale and arguments, then
        remembered: Fluent's resolving and Babel's number patterns were a
        fifth of a ``/checkin``'s CPU. Such a message is returned as
        :class:`Said`. Other text arguments — member text among them — are
        never kept."""
        if locale != ENGLISH and not self.has(key, locale):
            self.missing[(locale, key)] += 1
            log.warning("no %s translation of %s; said in English", locale, key)
            locale = ENGLISH
        if args and not all(type(value) in _KEPT for value in args.values()):
            return self._format(locale, key, args)
        known = (locale, key, *sorted(args.items())) if args else (locale, key)
        text = self._said.get(known)
        if text is None:
            if len(self._said) >= SAID_LIMIT:
                self._said.clear()
            text = self._said[known] = Said(self._format(locale, key, args))
        return text

    def _format(self, locale: str, key: str, args: Mapping[str, Any] | None) -> str:
        bundle = self.bundle(locale)
        if not bundle.has_message(key):
            log.error("no catalogue has %s", key)
            return key
        message = bundle.get_message(key)
        text, errors = bundle.format_pattern(message.value, dict(args or {}))
        for err in errors:
            # The error's kind only: its text may quote an argument, a member's words.
            log.error("catalogue %s, %s: %s", locale, key, type(err).__name__)
        return text


class Said(str):
    """Text the catalogues made from whole numbers and other such text alone:
    it holds no member's words, so a message that quotes it can be kept."""

    __slots__ = ()


_KEPT = (int, Said)  # exactly these types: not bool, not any other str

#: How many formatted texts :class:`Catalogues` keeps (a few hundred keys,
#: each with the handful of numbers it is said with).
SAID_LIMIT = 4096


#: The process's catalogues: the engine's, and each loaded cog's.
CATALOGUES = Catalogues()
CATALOGUES.add(ENGINE_LOCALES)


def _extra_locales() -> tuple[str, ...]:
    return CATALOGUES.extra


def translate(locale: str, key: str, **args: Any) -> str:
    """``key`` in ``locale`` with ``args`` (see :meth:`Catalogues.format`)."""
    return CATALOGUES.format(locale, key, args)


def register_module(module_file: str | None) -> None:
    """Register the ``locales`` folder beside a cog's module, if it has one."""
    if module_file:
        CATALOGUES.add(Path(module_file).parent / "locales")
