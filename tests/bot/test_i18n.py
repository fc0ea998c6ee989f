"""bot/i18n.py: which language, and what a catalogue says in it (issue #22)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot import i18n
from bot.messages import literal


@pytest.mark.parametrize(
    ("code", "shipped"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("es-ES", "es"),  # Discord
        ("es-419", "es"),  # Discord, Latin America
        ("es-LA", "es"),  # Slack
        ("pt-BR", "pt-BR"),
        ("pt_br", "pt-BR"),
        ("pt", "pt-BR"),  # the one Portuguese shipped
        ("fr-FR", "fr"),
        ("de", "de"),
        ("en-US", "en"),
        ("en-GB", "en"),
        ("fi", None),
        ("sv-SE", None),
        ("", None),
        (None, None),
        ("auto", None),
    ],
)
def test_codes_and_platform_locales_name_a_shipped_language(code, shipped):
    assert i18n.normalize(code) == shipped


def test_the_members_choice_then_the_platforms_then_the_communitys_then_english():
    assert i18n.choose("de", "es-ES", "fr") == "de"
    assert i18n.choose(None, "es-ES", "fr") == "es"
    assert i18n.choose(None, "fi", "fr") == "fr"  # a platform language not shipped
    assert i18n.choose(None, None, "pt-BR") == "pt-BR"
    assert i18n.choose(None, None, None) == "en"
    assert i18n.choose("xx", "yy", "zz") == "en"


def _catalogues(tmp_path: Path, files: dict[str, str]) -> i18n.Catalogues:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    found = i18n.Catalogues()
    found.add(tmp_path)
    return found


def test_a_missing_translation_is_said_in_english_and_counted(tmp_path):
    cats = _catalogues(
        tmp_path,
        {"en/x.ftl": "x-hello = Hello\nx-bye = Bye\n", "es/x.ftl": "x-hello = Hola\n"},
    )
    assert cats.format("es", "x-hello") == "Hola"
    assert cats.missing == {}
    assert cats.format("es", "x-bye") == "Bye"
    assert cats.missing == {("es", "x-bye"): 1}
    assert cats.format("es", "x-nowhere") == "x-nowhere"  # a bug, shown as its key


def test_plurals_live_in_the_catalogue(tmp_path):
    cats = _catalogues(
        tmp_path,
        {
            "en/x.ftl": "x-days = { $n ->\n    [one] one day\n   *[other] { $n } days\n}\n",
            "fr/x.ftl": "x-days = { $n ->\n    [one] { $n } jour\n   *[other] { $n } jours\n}\n",
        },
    )
    assert cats.format("en", "x-days", {"n": 1}) == "one day"
    assert cats.format("en", "x-days", {"n": 1234}) == "1,234 days"
    assert cats.format("fr", "x-days", {"n": 0}) == "0 jour"  # French: 0 is "one"
    assert cats.format("fr", "x-days", {"n": 2}) == "2 jours"


def test_numbers_are_said_again_from_memory_and_member_text_is_never_kept(tmp_path):
    cats = _catalogues(
        tmp_path,
        {
            "en/x.ftl": (
                "x-days = { $n ->\n    [one] one day\n   *[other] { $n } days\n}\n"
                "x-mood = mood { $mood } ({ $word })\nx-word = fine\nx-note = note: { $note }\n"
            ),
            "de/x.ftl": "x-days = { $n ->\n    [one] ein Tag\n   *[other] { $n } Tage\n}\n",
        },
    )
    # The same message and numbers read the same every time, in each language.
    for _ in range(2):
        assert cats.format("en", "x-days", {"n": 1234}) == "1,234 days"
        assert cats.format("de", "x-days", {"n": 1234}) == "1.234 Tage"
        assert cats.format("en", "x-days", {"n": 1}) == "one day"
    word = cats.format("en", "x-word")
    assert cats.format("en", "x-mood", {"mood": 4, "word": word}) == "mood 4 (fine)"
    assert cats.format("en", "x-mood", {"mood": 3, "word": word}) == "mood 3 (fine)"
    # A member's words go through, and are not remembered anywhere.
    words = "I slept badly"
    assert cats.format("en", "x-note", {"note": words}) == "note: I slept badly"
    assert cats.format("en", "x-mood", {"mood": 4, "word": words}) == f"mood 4 ({words})"
    assert not any(words in str(part) for said in cats._said.items() for part in said)
    # A changed catalogue is read afresh.
    cats.add_locale("en", ["x-days = { $n } nights\n"])
    assert cats.format("en", "x-days", {"n": 1234}) == "1,234 nights"


def test_member_text_goes_in_as_escaped_and_without_bidi_marks():
    name = literal("*Bold* [link](https://evil.example) Haven")
    text = i18n.translate("es", "error-usage", reason=name, usage="/x", example="/x 1")
    assert name in text  # exactly as literal() wrote it: no markup of its own
    assert "\u2068" not in text and "\u2069" not in text  # no Fluent isolation marks


def test_dates_numbers_and_alternatives_as_the_locale_writes_them():
    day = date(2026, 12, 2)
    assert i18n.format_date(day, "en") == "December 2, 2026"
    assert i18n.format_date(day, "es") == "2 de diciembre de 2026"
    assert i18n.format_date(day, "de") == "2. Dezember 2026"
    assert i18n.format_number(1234.5, "en") == "1,234.5"
    assert i18n.format_number(1234.5, "de") == "1.234,5"
    assert i18n.format_number(1234.5, "pt-BR") == "1.234,5"
    assert i18n.format_list(["112", "999"], "en", "or") == "112 or 999"
    assert i18n.format_list(["112", "999"], "fr", "or") == "112 ou 999"


async def test_start_up_builds_every_shipped_language_so_no_member_waits_for_it(
    make_harness,
):
    """The first message in a language parses its catalogues (~75 ms); start-up
    does it (Catalogues.warm), not the event loop in the middle of a morning."""
    i18n.CATALOGUES._bundles.clear()
    await make_harness()
    assert set(i18n.SHIPPED) <= set(i18n.CATALOGUES._bundles)
