"""The default triggers in the member's own language (issue #22): read and
typed as their language says them ("Einsamkeit"), stored as the code
("loneliness") so a member's history, /mod stats and the export stay one list
whatever language anyone reads; a community's own list stays as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import i18n
from bot.i18n import CATALOGUES
from cogs.checkins.triggers import DEFAULT_TRIGGERS, TAG_RE, pick, word
from tests.support.catalogues import bracketed, pseudo_locale, register_all

register_all()
GERMAN = ["Stress", "Einsamkeit", "Konflikt", "Feier", "Langeweile", "Müdigkeit", "Ort", "Menschen"]


def _say(locale: str):
    return lambda key, **args: i18n.translate(locale, key, **args)


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_each_language_has_a_word_a_member_can_type_for_every_default(locale):
    said = [word(tag, _say(locale)) for tag in DEFAULT_TRIGGERS]
    assert all(TAG_RE.fullmatch(w.lower()) for w in said), said
    assert len({w.lower() for w in said}) == len(said)  # each word takes back one trigger
    # Typed as the language says them, or as the code: the codes come back.
    assert pick(", ".join(said), DEFAULT_TRIGGERS, _say(locale)) == list(DEFAULT_TRIGGERS)
    assert pick("stress,people", DEFAULT_TRIGGERS, _say(locale)) == ["stress", "people"]


def test_the_pseudo_locale_says_every_default_from_the_catalogue():
    with pseudo_locale() as locale:
        said = [word(tag, _say(locale)) for tag in DEFAULT_TRIGGERS]
        assert all(bracketed(w) for w in said), said
    assert word("work", _say("de")) == "work"  # a community's own: as written


async def test_a_german_member_reads_and_types_the_triggers_in_german(console):
    console.session.locale = "de"
    await console.agree("mona", mod=True)
    default = (await console.say("/mod triggers default")).text
    assert ", ".join(GERMAN) in default, default
    await console.agree("alice")
    out = await console.say("/checkin mood:3 craving:6 triggers:einsamkeit, Menschen")
    assert "Auslöser notiert, nur für dich: Einsamkeit, Menschen" in out.text, out.text
    refused = await console.say("/checkin mood:3 craving:6 triggers:arbeit")
    assert refused.error and ", ".join(GERMAN) in refused.text, refused.text
    form = (await console.run(":advance 1d\n/checkin"))[-1].form
    [triggers] = [f for f in form.fields if f.name == "triggers"]
    assert list(triggers.choices) == GERMAN
    saved = await console.run(":submit mood=4 craving=2 triggers=Stress,Feier")
    assert "Stress, Feier" in saved[-1].text, saved[-1].text
    # Stored as the codes: the export (a stored value) reads them so.
    out = await console.say("/haven export")
    data = json.loads(Path(out.files[0]).read_text())["checkins"]
    assert [c["triggers"] for c in data["check_ins"]] == [
        ["loneliness", "people"],
        ["stress", "celebration"],
    ]
    assert CATALOGUES.missing == {}


async def test_a_spanish_moderator_reads_the_german_members_triggers_in_spanish(console):
    """One list, each reader's language: /mod stats counts the stored code."""
    for n in range(5):
        await console.agree(f"m{n}")
        await console.run(
            f":as m{n}\n/haven language de\n/checkin mood:3 craving:4 triggers:einsamkeit"
        )
    await console.agree("mona", mod=True)
    await console.run("/haven language es")
    stats = (await console.say("/mod stats")).text
    assert "check-ins que nombran 'soledad' (últimos 30 días): 5" in stats, stats


async def test_patterns_name_a_default_trigger_in_the_member_s_language(console):
    console.session.locale = "de"
    await console.agree("alice")
    for day in range(8):
        named = "triggers:einsamkeit" if day % 2 else ""
        await console.run(f"/checkin mood:3 craving:{7 if day % 2 else 2} {named}\n:advance 1d")
    patterns = (await console.say("/checkin patterns")).text
    assert "Einsamkeit" in patterns and "loneliness" not in patterns, patterns
