"""Every catalogue complete in every shipped language (issue #22): the same
keys, the same placeholders, the plural forms each language needs, and the
commands' English descriptions the same as the code's."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser

from bot import i18n
from bot.app import Haven
from bot.config import Settings
from tests.support.catalogues import (
    catalogue,
    junk,
    messages,
    plural_gaps,
    register_all,
    variables,
)

FOLDERS = register_all()
OTHERS = [loc for loc in i18n.SHIPPED if loc != i18n.ENGLISH]


def _name(folder: Path) -> str:
    return str(folder.relative_to(Path(__file__).resolve().parents[2]))


def test_the_engine_and_the_converted_cogs_ship_catalogues():
    names = {_name(f) for f in FOLDERS}
    assert {
        "bot/locales",
        "cogs/locales",
        "cogs/accountability/locales",
        "cogs/checkins/locales",
        "cogs/crisis/locales",
        "cogs/meetings/locales",
        "cogs/sober/locales",
    } <= names


@pytest.mark.parametrize("folder", FOLDERS, ids=_name)
@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_every_catalogue_reads_cleanly(folder, locale):
    assert (folder / locale).is_dir(), f"{_name(folder)} has no {locale} catalogue"
    assert junk(folder, locale) == []


@pytest.mark.parametrize("folder", FOLDERS, ids=_name)
@pytest.mark.parametrize("locale", OTHERS)
def test_every_key_is_in_every_language_with_the_same_placeholders(folder, locale):
    english, other = catalogue(folder, "en"), catalogue(folder, locale)
    assert sorted(set(english) - set(other)) == [], f"untranslated in {locale}"
    assert sorted(set(other) - set(english)) == [], f"not in English, so never said: {locale}"
    differ = {
        key: (sorted(variables(english[key])), sorted(variables(other[key])))
        for key in english
        if variables(english[key]) != variables(other[key])
    }
    assert differ == {}


@pytest.mark.parametrize("folder", FOLDERS, ids=_name)
@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_a_choice_on_a_number_offers_every_plural_form_the_language_needs(folder, locale):
    gaps = {k: g for k, m in catalogue(folder, locale).items() if (g := plural_gaps(m, locale))}
    assert gaps == {}


def test_the_plural_check_finds_a_missing_form():
    """Spanish needs "many" (CLDR 42+: "1 millón de días") as well as one and other."""
    [message] = messages(
        "x-days = { $n ->\n    [one] { $n } día\n   *[other] { $n } días\n}\n"
    ).values()
    assert plural_gaps(message, "es") == ["many"]
    assert plural_gaps(message, "de") == []
    [fixed] = messages(
        "x-days = { $n ->\n    [one] un día\n    [many] { $n } de días\n"
        "   *[other] { $n } días\n}\n"
    ).values()
    assert plural_gaps(fixed, "es") == []


def test_the_key_and_placeholder_checks_would_notice_a_slip():
    english = messages("a = Call { $number }\nb = Hi\n")
    spanish = messages("a = Llama al { $numero }\n")
    assert set(english) - set(spanish) == {"b"}
    assert variables(english["a"]) != variables(spanish["a"])
    bad = FluentParser().parse("c =\n    **bold line** that Fluent cannot read\n").body
    assert any(type(entry).__name__ == "Junk" for entry in bad)


def _commands() -> dict[str, object]:
    app = Haven(Settings())
    app.load_cogs()
    return app.registry.commands


def test_command_descriptions_in_english_are_the_codes_own():
    """``cmd-<path>-description`` (and an option's) name a real command, and
    its English is what the code declares: Discord and Slack show the code's."""
    specs = {spec.name.replace(" ", "-"): spec for spec in _commands().values()}
    for folder in FOLDERS:
        for key in catalogue(folder, "en"):
            if not key.startswith("cmd-"):
                continue
            said = i18n.translate("en", key)
            if key.endswith("-example"):  # a command's example (CommandSpec.example_in)
                spec = specs.get(key.removeprefix("cmd-").removesuffix("-example"))
                assert spec is not None, f"{key} names no command"
                assert said == spec.example, key
                continue
            path = key.removeprefix("cmd-").removesuffix("-description")
            if path in specs:
                assert said == specs[path].help, key
                continue
            command, _, option = path.rpartition("-")
            assert command in specs, f"{key} names no command"
            helps = {opt.name: opt.help for opt in specs[command].options}
            assert said == helps.get(option), key


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_command_descriptions_fit_discord_and_slack(locale):
    for folder in FOLDERS:
        for key in catalogue(folder, locale):
            if key.startswith("cmd-") and key.endswith("-description"):
                assert 1 <= len(i18n.translate(locale, key)) <= 100, (locale, key)


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_an_example_in_another_language_types_the_same_command(locale):
    """Only a member's own words change in an example: the command and its
    options stay as typed (English names, as Discord and Slack register them)."""
    specs = {spec.name.replace(" ", "-"): spec for spec in _commands().values()}
    for folder in FOLDERS:
        for key in catalogue(folder, locale):
            if key.startswith("cmd-") and key.endswith("-example"):
                spec = specs[key.removeprefix("cmd-").removesuffix("-example")]
                assert i18n.translate(locale, key).startswith(f"/{spec.name} "), (locale, key)
