"""Form fields as the platforms show them: picked values and ticked boxes."""

from __future__ import annotations

from bot.forms import validate
from bot.messages import Form, FormField

MOOD = FormField("mood", "Mood", kind="int", min_value=1, max_value=5, words=("low", "high"))
SOBER = FormField("sober", "Sober today", kind="tick", required=False)
FORM = Form("f", "A form", (MOOD, SOBER))


def test_a_ticked_box_is_yes_and_an_unticked_one_no_answer():
    assert validate(FORM, {"mood": "3", "sober": "yes"}) == ({"mood": 3, "sober": "yes"}, {})
    assert validate(FORM, {"mood": "3", "sober": ""}) == ({"mood": 3, "sober": None}, {})
    assert validate(FORM, {"mood": "3", "sober": "No"})[0]["sober"] == "no"  # typed forms
    _, errors = validate(FORM, {"mood": "3", "sober": "maybe"})
    assert errors == {"sober": "Sober today must be yes or no"}


def test_a_small_range_offers_its_values_with_their_words():
    assert MOOD.values() == [
        ("1", "1 · low"),
        ("2", "2 · high"),
        ("3", "3"),
        ("4", "4"),
        ("5", "5"),
    ]
    wide = FormField("n", "N", kind="int", min_value=1, max_value=500)
    assert wide.values() == []  # typed, not picked
    assert FormField("t", "T").values() == []
