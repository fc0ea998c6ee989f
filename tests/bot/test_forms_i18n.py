"""A form's problems in the member's language (issue #22): every sentence from
the engine's catalogue, the field named as its cog says it, numbers and lists
formatted for the language."""

from __future__ import annotations

import pytest

from bot import i18n
from bot.forms import MAX_REASON, validate
from bot.messages import Form, FormField
from cogs.checkins.messages import CHECKIN_FORM, MORE_FORM
from tests.support.catalogues import bracketed, pseudo_locale, register_all

register_all()

#: A field of each kind, each named by a catalogue key (the check-in cog's).
EVERY_KIND = Form(
    "f",
    "A form",
    (
        FormField(
            "mood", "Mood", input="int", min_value=1, max_value=5, noun="checkins-field-mood"
        ),
        FormField("low", "Low", input="int", min_value=1000, noun="checkins-field-craving"),
        FormField("high", "High", input="int", max_value=10, noun="checkins-field-craving"),
        FormField("any", "Any", input="int", noun="checkins-field-craving"),
        FormField("sober", "Sober", input="tick", required=False, noun="checkins-field-sober"),
        FormField(
            "day", "Day", input="choice", choices=("mon", "tue", "sun"), noun="checkins-field-note"
        ),
        FormField(
            "many",
            "Many",
            input="choice",
            choices=tuple(f"choice-{n}" for n in range(40)),
            noun="checkins-field-note",
        ),
        FormField(
            "picks",
            "Picks",
            input="multi",
            required=False,
            choices=("stress", "sleep"),
            noun="checkins-field-triggers",
        ),
        FormField("lots", "Lots", input="multi", required=False, noun="checkins-field-triggers"),
        FormField("note", "Note", max_length=1000, noun="checkins-field-note"),
        FormField("needed", "Needed", noun="checkins-field-mood"),
    ),
)
#: What each of BAD leaves without a problem (optional and unanswered, or right);
#: the required ones it does not answer are "needed".
OPTIONAL_OR_RIGHT = [set(), {"sober", "picks", "lots", "needed"}]
#: Every kind of bad value, one per field (both a number's shapes: out of range, not one).
BAD = [
    {
        "mood": "9",
        "low": "5",
        "high": "50",
        "any": "ten",
        "sober": "maybe",
        "day": "someday",
        "many": "none",
        "picks": "stress,cats",
        "lots": ",".join(f"p{n}" for n in range(30)),
        "note": "x" * 1204,
        "needed": "",
    },
    {"mood": "lots", "low": "x", "high": "y", "any": "1.5", "needed": "3"},
]


def test_every_problem_is_said_from_the_catalogue_naming_the_field_in_the_locale():
    with pseudo_locale() as pseudo:
        for values in BAD:
            _, errors = validate(EVERY_KIND, values, pseudo)
            assert (
                set(errors)
                == {f.name for f in EVERY_KIND.fields} - OPTIONAL_OR_RIGHT[BAD.index(values)]
            )
            fields = {f.name: f for f in EVERY_KIND.fields}
            for name, reason in errors.items():
                assert bracketed(reason), (name, reason)
                # The field's pseudo-locale name, itself from the cog's catalogue.
                assert i18n.translate(pseudo, fields[name].noun) in reason, (name, reason)
                assert len(reason) <= MAX_REASON


def test_a_spanish_member_reads_each_problem_in_spanish():
    _, errors = validate(EVERY_KIND, BAD[0], "es")
    assert errors == {
        "mood": "El campo «Ánimo» debe estar entre 1 y 5.",
        "low": "El campo «Ganas de consumir» debe ser como mínimo 1.000.",
        "high": "El campo «Ganas de consumir» debe ser como máximo 10.",
        "any": "El campo «Ganas de consumir» debe ser un número entero.",
        "sober": "El campo «Sobrio/a hoy» debe ser yes o no.",
        "day": "El campo «Nota» debe ser mon, tue o sun.",
        "many": "El campo «Nota» debe ser una de las opciones ofrecidas.",
        "picks": "El campo «Detonantes» puede ser stress o sleep; «cats» no es una de ellas.",
        "lots": "El campo «Detonantes» admite como máximo 25 de las opciones ofrecidas.",
        "note": "El campo «Nota» admite como máximo 1.000 caracteres; has escrito 1.204.",
        "needed": "El campo «Ánimo» necesita una respuesta.",
    }
    _, errors = validate(EVERY_KIND, BAD[1], "es")
    assert errors["mood"] == "El campo «Ánimo» debe ser un número entero del 1 al 5."
    assert (
        errors["low"]
        == "El campo «Ganas de consumir» debe ser un número entero, como mínimo 1.000."
    )


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_numbers_are_formatted_for_the_language(locale):
    _, errors = validate(MORE_FORM, {"craving": "3", "note": "x" * 12345}, locale)
    expected = {
        "en": "12,345",
        "es": "12.345",
        "pt-BR": "12.345",
        "fr": "12\u202f345",
        "de": "12.345",
    }
    assert expected[locale] in errors["note"], errors


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_the_check_in_forms_name_every_field_in_every_language(locale):
    with_all = {"mood": "9", "craving": "99", "sober": "maybe", "note": "x" * 1001}
    for form in (CHECKIN_FORM, MORE_FORM):
        _, errors = validate(form, with_all, locale)
        for name, reason in errors.items():
            noun = next(f.noun for f in form.fields if f.name == name)
            assert i18n.translate(locale, noun) in reason, (locale, reason)
            if locale != "en":
                assert " must " not in reason and " is needed" not in reason, reason
    assert i18n.CATALOGUES.missing == {}  # or a key said in English for want of one
