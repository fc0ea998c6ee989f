"""The message catalogues as the tests read them (issue #22): every one
registered, their messages parsed, and the pseudo-locale built from English."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from babel import Locale
from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.visitor import Visitor

from bot import i18n
from bot.plugins import discover_cogs

#: The tests' pseudo-locale: English with accents, each message in brackets.
PSEUDO = "en-XA"
OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "àéîöüýÀÉÎÖÜÝçñÇÑ")
#: CLDR's plural categories: a select expression keyed by these selects on a number.
PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def register_all() -> list[Path]:
    """Register every cog's catalogues (as loading them does); the folders."""
    for cog in discover_cogs():
        i18n.register_module(inspect.getfile(cog))
    return list(i18n.CATALOGUES._folders)


def messages(text: str) -> dict[str, ast.Message]:
    return {
        entry.id.name: entry
        for entry in FluentParser().parse(text).body
        if isinstance(entry, ast.Message)
    }


def catalogue(folder: Path, locale: str) -> dict[str, ast.Message]:
    """Every message of ``folder``'s catalogue for ``locale``."""
    found: dict[str, ast.Message] = {}
    for path in sorted((folder / locale).glob("*.ftl")):
        found.update(messages(path.read_text(encoding="utf-8")))
    return found


def junk(folder: Path, locale: str) -> list[str]:
    """What Fluent could not read in ``folder``'s catalogue for ``locale``."""
    found = []
    for path in sorted((folder / locale).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Junk):
                found.append(f"{path}: {entry.content.strip()[:80]}")
    return found


class _Collect(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.selects: list[ast.SelectExpression] = []
        self.texts: list[str] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.texts.append(node.value)


def _collect(message: ast.Message) -> _Collect:
    found = _Collect()
    found.visit(message)
    return found


def variables(message: ast.Message) -> set[str]:
    """The placeholders (``$name``) a message uses."""
    return _collect(message).variables


def texts(message: ast.Message) -> list[str]:
    """The message's own words: its text, without placeholders."""
    return _collect(message).texts


def plural_gaps(message: ast.Message, locale: str) -> list[str]:
    """For each choice on a number in ``message``, the plural categories
    ``locale`` needs (Babel's CLDR rules) that it does not offer."""
    needed = set(Locale.parse(locale.replace("-", "_")).plural_form.tags) | {"other"}
    gaps = []
    for select in _collect(message).selects:
        keys = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
        if keys & PLURAL_CATEGORIES:
            gaps += sorted(needed - keys)
    return gaps


def _pseudo_pattern(pattern: ast.Pattern, *, accent: bool = True) -> None:
    for element in pattern.elements:
        if isinstance(element, ast.TextElement) and accent:
            element.value = element.value.translate(_ACCENTED)
        elif isinstance(element, ast.Placeable) and isinstance(
            element.expression, ast.SelectExpression
        ):
            for variant in element.expression.variants:
                _pseudo_pattern(variant.value)
    pattern.elements.insert(0, ast.TextElement(OPEN))
    pattern.elements.append(ast.TextElement(CLOSE))


def pseudo_sources() -> Iterator[str]:
    """Every registered English catalogue as the pseudo-locale: each message
    bracketed and accented, so a string not from a catalogue stands out."""
    for path in i18n.CATALOGUES.files(i18n.ENGLISH):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                # A command's example types the command as it is registered,
                # as every translation does (CommandSpec.example_in): bracketed only.
                name = entry.id.name
                example = name.startswith("cmd-") and name.endswith("-example")
                _pseudo_pattern(entry.value, accent=not example)
        yield FluentSerializer().serialize(resource)


# -- what the i18n scenarios share -------------------------------------------


@contextmanager
def pseudo_locale() -> Iterator[str]:
    """The pseudo-locale, built from every English catalogue, while in use."""
    i18n.CATALOGUES.add_locale(PSEUDO, list(pseudo_sources()))
    try:
        yield PSEUDO
    finally:
        i18n.CATALOGUES.remove_locale(PSEUDO)


def bracketed(line: str) -> bool:
    """A line said wholly from a pseudo-locale message (a list item's "- " and
    bold markup aside)."""
    line = line.strip().removeprefix("- ").strip("*")
    return line.startswith(OPEN) and line.endswith(CLOSE)


#: Where English text breaks into the fragments a translation must not keep:
#: markup, code, brackets, clause ends.
BREAKS = re.compile(r"\*\*|`[^`]*`|[()`_“”]|: |\. |, |; | — |— |\n")


def english_fragments(
    english: dict[str, ast.Message],
    other: dict[str, ast.Message],
    *,
    skip: Callable[[str], bool] = lambda key: False,
    phrases: bool = False,
    breaks: re.Pattern[str] = BREAKS,
) -> list[str]:
    """The fragments (8 characters or more) of each ``english`` message that
    the same key of ``other`` does not contain: what would be an English leak
    in a scenario in ``other``'s language. A name said alike in both (a
    helpline's, a command's) is not one, nor a word ``other`` itself uses
    elsewhere (a loanword: "check-ins" in Spanish). ``phrases``: only fragments of more
    than one word. ``breaks``: where a text breaks (a catalogue whose words
    run on past a dash or a semicolon keeps those in its fragments)."""
    everywhere = " ".join(text for message in other.values() for text in texts(message))
    found = []
    for key, message in english.items():
        if skip(key):
            continue
        theirs = " ".join(texts(other[key]))
        for text in texts(message):
            for fragment in breaks.split(text):
                fragment = fragment.strip(" -.:,;—")
                if len(fragment) < 8 or (phrases and " " not in fragment):
                    continue
                if fragment not in theirs and fragment not in everywhere:
                    found.append(fragment)
    return found


def outside(text: str) -> str:
    """What of ``text`` is not inside a bracketed (catalogue) message."""
    depth, kept = 0, []
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)
