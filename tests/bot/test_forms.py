"""Form fields as the platforms show them: picked values and ticked boxes."""

from __future__ import annotations

from bot.forms import validate
from bot.messages import Form, FormField

MOOD = FormField("mood", "Mood", input="int", min_value=1, max_value=5, words=("low", "high"))
SOBER = FormField("sober", "Sober today", input="tick", required=False)
FORM = Form("f", "A form", (MOOD, SOBER))


def test_a_ticked_box_is_yes_and_an_unticked_one_no_answer():
    assert validate(FORM, {"mood": "3", "sober": "yes"}) == ({"mood": 3, "sober": "yes"}, {})
    assert validate(FORM, {"mood": "3", "sober": ""}) == ({"mood": 3, "sober": None}, {})
    assert validate(FORM, {"mood": "3", "sober": "No"})[0]["sober"] == "no"  # typed forms
    _, errors = validate(FORM, {"mood": "3", "sober": "maybe"})
    assert errors == {"sober": "Sober today must be yes or no."}


def test_a_small_range_offers_its_values_with_their_words():
    assert MOOD.values() == [
        ("1", "1 · low"),
        ("2", "2 · high"),
        ("3", "3"),
        ("4", "4"),
        ("5", "5"),
    ]
    wide = FormField("n", "N", input="int", min_value=1, max_value=500)
    assert wide.values() == []  # typed, not picked
    assert FormField("t", "T").values() == []


def test_every_kind_of_problem_reads_as_a_short_sentence():
    form = Form(
        "f",
        "A form",
        (
            MOOD,
            FormField("steps", "Steps (a day)", input="int", min_value=1000, max_value=25000),
            FormField("count", "Count", input="int", min_value=0),
            FormField("day", "Day", input="choice", choices=("mon", "tue", "sun")),
            FormField("note", "Note — private", max_length=1000, noun="the note"),
            SOBER,
        ),
    )
    values = {
        "mood": "9",
        "steps": "50000",
        "count": "-1",
        "day": "someday",
        "note": "x" * 1200,
        "sober": "maybe",
    }
    _, errors = validate(form, values)
    assert errors == {
        "mood": "Mood must be from 1 to 5.",
        "steps": "Steps must be from 1,000 to 25,000.",
        "count": "Count must be at least 0.",
        "day": "Day must be mon, tue, or sun.",  # CLDR's English list
        "note": "The note can be at most 1,000 characters — yours has 1,200.",
        "sober": "Sober today must be yes or no.",
    }
    _, errors = validate(form, {"mood": "lots", "steps": "", "count": "1.5"})
    assert errors["mood"] == "Mood must be a whole number from 1 to 5."
    assert errors["steps"] == "Steps is needed."
    assert errors["count"] == "Count must be a whole number, at least 0."
    plain = Form("f", "A form", (FormField("n", "Number", input="int"),))
    assert validate(plain, {"n": "ten"})[1] == {"n": "Number must be a whole number."}


def test_a_long_list_of_choices_is_not_spelled_out():
    many = tuple(f"choice-{n}" for n in range(40))
    form = Form("f", "A form", (FormField("pick", "Pick", input="choice", choices=many),))
    _, errors = validate(form, {"pick": "none"})
    assert errors == {"pick": "Pick must be one of the choices offered."}
