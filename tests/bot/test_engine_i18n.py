"""The engine's member-facing words, /haven's, /help's and /mod's in every
shipped language (issue #22): the privacy notice and its buttons, agreeing,
declining and withdrawing, erasure, the zone question, the engine's refusals,
/haven timezone, export, delete, discreet and quiet, /mod discreet, channel,
role, moderator, resources, country, setup, stats and audit, and /help — each from a
catalogue (the pseudo-locale shows any string left in Python), and no English
catalogue text left in a Spanish scenario."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import i18n
from bot.i18n import CATALOGUES
from tests.support.catalogues import (
    CLOSE,
    OPEN,
    catalogue,
    english_fragments,
    messages,
    outside,
    pseudo_locale,
    register_all,
)

FOLDERS = register_all()
ROOT = Path(__file__).resolve().parents[2]
#: The catalogues of this area: the engine's, the single-file cogs' and each
#: cog's privacy line.
OURS = [
    ROOT / "bot/locales/{locale}/haven.ftl",
    *(
        ROOT / f"cogs/locales/{{locale}}/{name}.ftl"
        for name in ("me", "help", "discretion", "moderation")
    ),
    *(
        ROOT / f"cogs/{cog}/locales/{{locale}}/privacy.ftl"
        for cog in ("sober", "checkins", "meetings", "accountability")
    ),
]

#: A scenario through every command and button of the area.
SCENARIO = """
:as mona mod
/mod audit
:as alice
/haven consent
:click consent:decline
/haven timezone Europe/Helsinki
:click consent:agree
/haven consent
/haven export
/haven discreet on
/haven discreet default
/haven quiet 22:00-07:30
/haven quiet off
/haven delete
:click me:delete:cancel
/help haven
/help nothing
/mod discreet on
:as mona mod
/mod discreet off
/mod channel announcements #announcements
/mod role Stewards
/mod moderator add @nobody
/mod moderator add @alice
/mod moderator remove @alice
/mod resources Our line: 555 0100
/mod stats
/mod country gb
/mod country nz
/mod setup
/mod country off
:as alice
/haven consent withdraw
:click me:delete:confirm
"""


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


#: Left outside a catalogue message on purpose: markup ("- ", "**"), /help's
#: group headings and the zone question's example line (what members type
#: stays English).
ALLOWED = re.compile(r"^(\s|-|\*\*/[a-z]+\*\*|\*\*|`/[^`]*`)*$")


def from_catalogues(text: str) -> bool:
    """Whether every word of ``text`` came from a catalogue message."""
    return all(ALLOWED.match(line) for line in outside(text).splitlines())


async def test_the_pseudo_locale_shows_every_string_came_from_a_catalogue(console, pseudo):
    console.session.locale = pseudo
    await console.run(":as alice")
    outs = await console.run(SCENARIO)
    assert len(outs) >= 20
    for out in outs:
        assert from_catalogues(out.text), (out.text, outside(out.text))
        assert all(a["label"].startswith(OPEN) for a in out.actions), out.actions
    # The zone question, and the answer that runs the command held for it.
    await console.agree("zoe", zone=None)
    asked = await console.say("/sober set 2025-01-02")
    assert from_catalogues(asked.text), asked.text
    assert asked.text.count(OPEN) >= 3
    answered = (await console.run("/haven timezone Europe/Helsinki"))[0]
    assert answered.text.startswith(OPEN) and answered.text.endswith(CLOSE)
    # A moderator's command refused to a member.
    refused = await console.say(":as alice\n/mod discreet on")
    assert refused.error and refused.text.startswith(OPEN) and refused.text.endswith(CLOSE)
    assert CATALOGUES.missing == {}


def _english_words(locale: str) -> list[str]:
    """Phrases of this area's English catalogue text that ``locale`` says
    differently (words alike in both, "Haven", are not leaks). Single words
    are left out: the cogs not yet translated still say "partners" in their
    own /mod stats labels and /help lines."""
    found = []
    for pattern in OURS:
        english, other = (
            messages(Path(str(pattern).format(locale=lang)).read_text(encoding="utf-8"))
            for lang in ("en", locale)
        )
        found += english_fragments(english, other, phrases=True)
    return found


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "Before Haven keeps anything about you" in words
    assert "Quiet hours are off" in words
    assert "/haven consent withdraw" not in words  # what members type stays English


async def test_a_spanish_scenario_has_no_english_catalogue_text(console):
    await console.run(":as mona mod\n/mod language es\n:as alice")  # everyone's default
    outs = await console.run(SCENARIO)
    await console.agree("zoe", zone=None)
    outs += await console.run("/sober set 2025-01-02")
    outs += await console.run("/haven timezone Europe/Helsinki")
    shown = "\n".join(o.text for o in outs if o.visible_to in (["alice"], ["mona"], ["zoe"]))
    shown += "\n".join(a["label"] for o in outs for a in o.actions)
    for spanish in ("aviso de privacidad", "Horas de silencio", "(p. ej. `", "Borrar todo"):
        assert spanish in shown, spanish
    leaks = sorted({w for w in _english_words("es") if w in shown})
    assert leaks == [], leaks
    assert CATALOGUES.missing == {}


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_the_notice_lists_each_cogs_line_in_the_language(locale):
    from bot.consent import notice

    said = notice(
        lines=["sober-privacy", "checkins-privacy"], t=lambda k, **a: i18n.translate(locale, k, **a)
    ).text
    for key in ("consent-stores-zone", "sober-privacy", "checkins-privacy"):
        assert i18n.translate(locale, key) in said
    assert "sober-privacy" not in said


def test_english_is_word_for_word_what_it_was():
    from bot.consent import notice, stored

    assert stored(["sober-privacy", "partners"]) == "your time zone, sober dates and partners"
    assert notice().text.splitlines()[0] == (
        "**Before Haven keeps anything about you** (privacy notice v1)"
    )
    assert catalogue(ROOT / "cogs/locales", "en")["help-title"]
