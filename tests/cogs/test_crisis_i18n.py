"""/crisis in every shipped language (issue #22): every word from its
catalogue, every number in every language, "not counselling" said in each,
and no English left in a Spanish answer."""

from __future__ import annotations

import re

import pytest

from bot import i18n
from bot.i18n import CATALOGUES
from cogs.crisis.cog import GENERAL_NUMBERS, Local, crisis_message
from cogs.crisis.lines import LINES
from tests.support.catalogues import (
    bracketed,
    catalogue,
    english_fragments,
    pseudo_locale,
    register_all,
)

register_all()
CRISIS = next(f for f in CATALOGUES._folders if f.parent.name == "crisis")
#: "Haven is peer support, not counselling or a crisis service", in each language.
NOT_COUNSELLING = {
    "en": "not counselling or a crisis service",
    "es": "no asesoramiento profesional ni un servicio de crisis",
    "pt-BR": "não é aconselhamento profissional nem um serviço de crise",
    "fr": "pas un service de conseil psychologique ni un service d'urgence",
    "de": "keine professionelle Beratung und kein Krisendienst",
}
#: Words that blame or shame: never in a crisis text, in any language.
SHAMING = re.compile(
    r"\b(fail\w*|weak\w*|relapse\w*|addict\w*|fracas\w*|débil|fraco|faible|schwach\w*|"
    r"versag\w*|recaída|rechute|rückfall|culpa|faute|schuld\w*)\b",
    re.IGNORECASE,
)


class _Speaker:
    """What ``crisis_message`` needs of a context: ``t`` and ``locale``."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def t(self, key: str, **args) -> str:
        return i18n.translate(self.locale, key, **args)


def _text(locale: str, country: str | None = None) -> str:
    msg = crisis_message(Local(country=country), _Speaker(locale))  # type: ignore[arg-type]
    return f"{msg.title}\n{msg.text}"


@pytest.mark.parametrize("locale", i18n.SHIPPED)
@pytest.mark.parametrize("country", [None, *LINES])
def test_every_number_and_the_not_counselling_line_in_every_language(locale, country):
    text = _text(locale, country)
    numbers = GENERAL_NUMBERS if country is None else LINES[country].emergency
    numbers += LINES[country].helpline if country else ()
    for number in numbers:
        assert number in text, (locale, country, number)
    assert NOT_COUNSELLING[locale] in text
    assert "findahelpline.com" in text
    assert not SHAMING.search(text), SHAMING.search(text)
    assert CATALOGUES.missing == {}


def test_english_is_word_for_word_what_it_was():
    assert _text("en", "IE").splitlines()[1] == (
        "**If you are in danger right now, call 112 or 999** (Ireland)."
    )
    assert _text("de", "IE").splitlines()[1] == (
        "**Wenn du gerade in Gefahr bist, ruf die 112 oder 999 an** (Irland)."
    )


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


async def test_the_pseudo_locale_shows_every_crisis_string_came_from_the_catalogue(console, pseudo):
    """A string still written in Python would show unbracketed here."""
    console.session.locale = pseudo
    await console.agree("alice")
    for script in ("/crisis", ":as mona mod\n/mod country de\n:as alice\n/crisis"):
        out = (await console.run(script))[-1]
        lines = [line for line in out.text.splitlines() if line]
        assert lines and all(bracketed(line) for line in lines), out.text
    await console.run(":as mona mod\n/mod resources Our line: 555 0100\n:as alice")
    out = await console.say("/crisis")
    ours, theirs = out.text.split("\n\n")
    heading, written = theirs.split("\n", 1)  # the heading, then the community's own text
    assert all(bracketed(line) for line in [*ours.splitlines(), heading])
    assert written == "Our line: 555 0100"
    assert CATALOGUES.missing == {}


def _english_words(locale: str) -> list[str]:
    """English text fragments of the crisis catalogue that ``locale`` says
    differently (a proper name said alike in both is not a leak)."""
    return english_fragments(catalogue(CRISIS, "en"), catalogue(CRISIS, locale))


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "If you are in danger right now" in words and "Outside the US" in words
    assert "Samaritans" not in words  # the line's own name, the same in Spanish


async def test_a_spanish_scenario_has_no_english_catalogue_text(console):
    await console.agree("alice")
    await console.run("/haven language es")
    outs = await console.run("/crisis\n:as mona mod\n/mod country gb\n:as alice\n/crisis")
    await console.run(":as mona mod\n/mod country ie\n/mod resources Nuestra línea: 555 0100")
    outs += await console.run(":as alice\n/crisis")
    shown = "\n".join(o.text for o in outs if o.visible_to == ["alice"] or o.to == "alice")
    assert shown.count("No estás a solas") == 3
    leaks = [w for w in _english_words("es") if w in shown]
    assert leaks == []
    assert CATALOGUES.missing == {}
