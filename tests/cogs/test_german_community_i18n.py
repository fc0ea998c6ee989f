"""A German community, start to end (issue #22): a moderator and two members
whose apps are in German run every command of checkins, sober,
accountability, crisis, moderation, help and /haven (refusals, buttons,
scheduled prompts and DMs included), and no line they read is English —
except what is known and not these cogs' own, each named below."""

from __future__ import annotations

import re

from bot.i18n import CATALOGUES
from tests.support.catalogues import catalogue, english_fragments, register_all

FOLDERS = register_all()

MOD = """\
:as mona mod
/haven consent agree
/haven timezone Europe/Berlin
/haven language de
/mod language de
/mod setup
/mod channel milestones #milestones
/mod channel checkins #checkins
/mod channel announcements #announcements
/mod channel moderators #mods
/mod country de
/mod resources Telefonseelsorge: 0800 111 0 111
/mod role Stewards
/mod moderator add @bob
/mod moderator remove @bob
/mod discreet on
/mod discreet off
/mod triggers stress, arbeit
/mod triggers default
/mod triggers , ,
/mod stats
/mod audit
/mod country xx
/sober roles 1y Ein Jahr
/sober roles 1y off
/mod setup
"""

ALICE = """\
:as alice
/help
/crisis
/haven consent agree
/haven timezone Europe/Berlin
/haven timezone Mars/Base
/haven language de
/help
/help sober
/help checkin
/haven help partner
/haven help nothing
/crisis
/haven discreet on
/haven discreet off
/haven quiet 22:00-07:00
/haven quiet off
/haven quiet nonsense
/haven reasons add Meine Tochter
/haven reasons list
/haven reasons remove 1
/haven reasons remove 7
/haven export
/checkin remind 08:30
/checkin pause 2030-01-01
/checkin pause 2020-01-01
/checkin resume
/checkin streak
/checkin streaks off
/checkin streak
/checkin streaks on
/checkin weekly sun
/checkin weekly off
/checkin share private
/checkin share partners
/checkin share named
/checkin share anonymous
/checkin pledge 07:30
/checkin pledge now
/checkin review 21:00
/checkin mood:1 craving:9 sober:no note:"long day" triggers:stress
/checkin mood:9 craving:2
/checkin mood:3
/checkin mood:2 craving:8
/checkin streak
/checkin summary
/checkin patterns
/checkin patterns 90
/checkin
/sober show
/sober set 2025-11-21 note:the first one
/sober set 2025-11-20
/sober set abc
/sober set 2030-01-01
/sober set 2026-11-14 label:gambling
/sober show
/sober show label:nicotine
/sober cost 12.50 currency:EUR hours:2
/sober cost xyz
/sober cost off
/sober share named roles:on
/sober share
/sober share private
/sober reset label:gambling date:2026-11-01
/sober reset label:gambling
/sober history
/sober count from-one
/sober count from-zero
/sober morning 07:30
/sober morning 25:00
/sober remove label:gambling
:click Behalten
/partner request @bob
/partner list
/partner schedule mon 18:00
/partner pool join
/partner match
/partner pool leave
/sos
/partner accept @nobody
/haven delete
:click Meine Daten behalten
"""

BOB = """\
:as bob
/haven consent agree
/haven timezone Europe/Berlin
/partner list
/partner accept @alice
/partner list
:as alice
/partner list
:advance 11m
/sos
/sos
:as bob
:click Ich bin da
:as carol
/haven consent agree
/haven timezone Europe/Berlin
/partner request @bob
:as bob
:click Ablehnen
:as alice
/sober share named
/sober set 2026-11-21 label:cards
:advance 1d
:click 4
:click Suchtdruck und Notiz hinzufügen
:submit craving=3 sober=yes
:click Vorsatz fassen
:advance 1h
/partner leave pod:1
:advance 3d
:advance 2d
"""

#: English words that German does not use: two in one line make it English.
ENGLISH = frozenset(
    "the you your and is to of with for are this that no not yet here can will on it be or "
    "now minutes hours days".split()
)
#: Still English, and not these cogs' to fix (docs/translating.md, "Still English"):
KNOWN = (
    # an option error names the option as it is typed (option names stay English)
    re.compile(r"^(date|zone|time|code|mood|craving|amount|currency|hours): "),
    # the console's own hints for the fields it cannot draw (not a platform's)
    re.compile(r"\((yes or no|any of .*)\)$"),
    # the console's rendering of a platform timestamp (Discord and Slack show
    # each member's own); /sos's "too soon" reply carries two
    re.compile(r" now .* in \d+ minutes"),
)


def _words(line: str) -> str:
    """What a line says in words: no `code`, #channel, @mention or file path."""
    line = re.sub(r"`[^`]*`", "", line)
    return re.sub(r"[#@][\w-]+|/tmp/\S+", "", line)


def _fragments() -> list[str]:
    """Every catalogue's English text that German says otherwise."""
    found: set[str] = set()
    for folder in FOLDERS:
        found |= set(
            english_fragments(
                catalogue(folder, "en"),
                catalogue(folder, "de"),
                skip=lambda key: key.startswith("cmd-"),
            )
        )
    return sorted(found)


def _english(line: str, fragments: list[str]) -> bool:
    said = _words(line)
    if any(f in said for f in fragments):
        return True
    return len(set(re.findall(r"[a-z]+", said.lower())) & ENGLISH) >= 2


async def _read(console) -> list[tuple[str, str]]:
    """(the line run, each line shown for it): texts, buttons, forms."""
    read: list[tuple[str, str]] = []
    for script in (MOD, ALICE, BOB):
        for line in script.splitlines():
            for out in await console.run(line):
                said = out.text.splitlines() + [a.get("label", "") for a in out.actions]
                if out.form is not None:
                    said += [out.form.title, out.form.submit_label]
                    said += [f.label for f in out.form.fields]
                read += [(line, s) for s in said if s.strip()]
    return read


async def test_a_german_community_reads_no_english(console):
    console.session.locale = "de"  # every app in German, from the first command
    read = await _read(console)
    assert len(read) > 250
    fragments = _fragments()
    english = [
        (line, said)
        for line, said in read
        if _english(said, fragments) and not any(k.search(said) for k in KNOWN)
    ]
    assert english == []
    # Each exception is still needed: the day one is fixed, drop it from KNOWN.
    for known in KNOWN:
        assert any(known.search(said) for _, said in read), known.pattern
    assert CATALOGUES.missing == {}


def test_the_english_detector_finds_english_and_lets_german_pass():
    fragments = _fragments()
    assert _english("Your time zone is now **Europe/Berlin**.", fragments)
    assert _english("check-ins naming 'stress' (last 30 days): 5", fragments)
    assert not _english("Deine Zeitzone ist jetzt **Europe/Berlin**.", fragments)
    assert not _english("Euer Bereich: #haven-partners-1 (`/sober share anonymous`)", fragments)
