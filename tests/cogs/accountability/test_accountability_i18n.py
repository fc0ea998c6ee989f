"""/sos and /haven reasons in every shipped language (issue #22): every word
from the accountability catalogue — the member's answers in their language,
a partner's DM and "I'm here" in the partner's, the moderators' note in the
community's — and no English left in a Spanish scenario."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bot import i18n
from bot.api import Member
from bot.i18n import CATALOGUES
from tests.support.catalogues import (
    bracketed,
    catalogue,
    english_fragments,
    pseudo_locale,
    register_all,
)

from .test_accountability_sos import _close_dms_of

register_all()
ACCOUNTABILITY = next(f for f in CATALOGUES._folders if f.parent.name == "accountability")


async def partners(console, a, b, accept="Accept"):
    return await console.run(f":as {a}\n/partner request @{b}\n:as {b}\n:click {accept}")


async def speak(console, locale: str, *users: str) -> None:
    """``users`` chose ``locale`` (stored, as ``/haven language`` stores it:
    the pseudo-locale is no choice that command offers)."""
    async with console.db.unscoped_session("test") as session:
        for member in (await session.exec(select(Member))).all():
            if member.platform_user_id in users:
                member.language = locale
                session.add(member)
        await session.commit()


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


#: What reads the community's language, not the member's (none chosen: English).
WELCOME = "This private space is for"


def unbracketed(outs, *allowed: str) -> list[str]:
    """Lines of ``outs`` and their button labels not from a catalogue, but for
    ``allowed`` (member text shown as written). The community's messages — a new
    space's welcome, the moderators' channel — are checked on their own."""
    found = []
    for out in outs:
        if WELCOME in out.text or out.to == "#mods":
            continue
        lines = [line for line in out.text.splitlines() if line and line not in allowed]
        lines += [a["label"] for a in out.actions]
        found += [line for line in lines if not bracketed(line)]
    return found


async def test_the_pseudo_locale_shows_every_sos_and_reasons_string_came_from_the_catalogue(
    console, pseudo
):
    """A string still written in Python would show unbracketed here. The
    exceptions: a member's own reasons, which show as they wrote them, and the
    moderators' note, in the community's language (checked alone)."""
    say = lambda key: i18n.translate(pseudo, key)  # noqa: E731
    console.session.locale = pseudo
    await console.run(":as mona mod\n/mod channel moderators #mods")
    for user in ("bob", "carol", "alice"):
        await console.agree(user)
    await speak(console, pseudo, "alice", "bob", "carol")
    checked = []

    # No partners yet: the outcome and the member's choice to tell the moderators.
    checked += await console.run(":as alice\n/sos")
    told = await console.run(f":click {say('accountability-sos-moderator-button')}")
    # The moderators read the community's language (none chosen: English).
    assert [o.text for o in told if o.to == "#mods"] == ["Someone asked for support."]
    checked += [o for o in told if o.to != "#mods"]
    checked += await console.run(f":click {say('accountability-sos-moderator-button')}")

    # Reasons: kept, listed, refused, removed, none left.
    checked += await console.run("/haven reasons add Nora's first steps")
    listed = await console.run("/haven reasons list")
    checked += listed
    assert "1. Nora's first steps" in listed[-1].text
    checked += await console.run("/haven reasons remove 5\n/haven reasons remove 1")
    checked += await console.run("/haven reasons list\n/haven reasons add Nora's first steps")

    # With partners (the /partner flow is checked below): bob by DM, carol's DMs
    # closed; the rate limit; "I'm here", twice.
    await partners(console, "alice", "bob", say("accountability-request-accept-button"))
    await partners(console, "alice", "carol", say("accountability-request-accept-button"))
    _close_dms_of(console, "carol")
    await console.run(":advance 11m")
    sos = await console.run(":as alice\n/sos")
    assert any(o.kind == "dm" and o.to == "bob" for o in sos)
    assert any(say("accountability-why-closed") in o.text for o in sos)
    checked += sos
    checked += await console.run(":advance 5m\n/sos")
    # Nobody answered in time: the helplines again, privately, with the choice.
    later = await console.run(":advance 16m")
    assert [o.to for o in later if o.kind == "dm"] == ["alice"]
    checked += later
    checked += await console.run(f":as bob\n:click {say('accountability-sos-here-button')}")
    checked += await console.run(f":click {say('accountability-sos-here-button')}")
    assert len(checked) >= 20
    assert unbracketed(checked, "- Nora's first steps", "1. Nora's first steps") == []
    assert CATALOGUES.missing == {}


def _english_words(locale: str) -> list[str]:
    """English text fragments of the accountability catalogue that ``locale``
    says differently."""
    return english_fragments(catalogue(ACCOUNTABILITY, "en"), catalogue(ACCOUNTABILITY, locale))


def _shown(outs, keep=lambda o: True) -> str:
    """What ``outs`` showed, without the spaces' names (``haven-partners-3``:
    platform channel names, the same in every language)."""
    text = "\n".join(o.text for o in outs if keep(o))
    return re.sub(r"haven-(pod|partners)-\d+", "", text)


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "could use a call right now" in words and "Your reasons" in words
    assert "shows their numbers" in words  # a command is said alike: split off


async def test_a_spanish_scenario_has_no_english_catalogue_text(console):
    await console.run(":as mona mod\n/mod channel moderators #mods\n/mod language es")
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run(":as bob\n/haven language es\n:as alice\n/haven language es")
    outs = await console.run(":as alice\n/sos\n:click Avisar a un moderador")
    assert [o.text for o in outs if o.to == "#mods"] == ["Alguien pidió apoyo."]
    outs += await console.run("/haven reasons add Por Nora\n/haven reasons list")
    outs += await console.run("/haven reasons remove 3\n/haven reasons remove 1")
    outs += await console.run("/haven reasons list")
    made = await partners(console, "alice", "bob", "Aceptar")
    # The new space's welcome reads the community's language.
    assert any(
        o.text.startswith("**Te damos la bienvenida a tu espacio de compañeros**") for o in made
    )
    outs += made
    outs += await console.run(":advance 11m\n:as alice\n/sos\n:advance 2m\n/sos")
    outs += await console.run(":advance 20m\n:as bob\n:click Estoy aquí\n:click Estoy aquí")
    shown = _shown(outs)
    assert "Tus motivos" in shown and "a alice le vendría bien una llamada" in shown.lower()
    assert "bob está aquí para ti" in shown and "bob tiene tu aviso en un mensaje privado" in shown
    leaks = [w for w in _english_words("es") if w in shown]
    assert leaks == []
    assert CATALOGUES.missing == {}


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_the_sos_outcome_says_who_has_the_alert_in_every_language(locale):
    """One, two and three partners reached: the plural form and the names."""
    for count, names in ((1, "bob"), (2, "bob y carol"), (3, "bob, carol y dan")):
        said = i18n.translate(locale, "accountability-sos-by-dm", count=count, names=names)
        assert names in said and said.endswith(".")
    assert CATALOGUES.missing == {}


async def test_the_quiet_nudge_is_in_the_partners_stored_language(console):
    """A job, no interaction: bob's own choice (Spanish), whatever alice reads."""
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run(":as bob\n/haven language es\n:as alice")
    await console.run("/partner request @bob\n:as bob\n:click Aceptar\n:as alice")
    await console.run("/checkin share partners\n/checkin mood:3 craving:2")
    out = await console.run(":at 2026-11-25T10:00:00+00:00")
    [nudge] = [o for o in out if o.kind == "dm"]
    assert nudge.to == "bob"
    assert nudge.text == (
        "alice lleva unos días sin hacer su check-in: un mensaje amistoso podría ayudar."
    )


async def test_the_pseudo_locale_shows_every_partner_string_came_from_the_catalogue(
    console, pseudo
):
    """/partner: requests and their DM and buttons, accept and decline, list,
    leave and the others' note, the pool, matching and its schedule. The
    exceptions: the welcome in a new space and the moderators' channel read
    the community's language (none chosen: English; checked alone), and a
    ``pod:x`` typed wrongly is refused by the option's parser, which has no
    language to speak (the engine's, like its other option errors)."""
    say = lambda key: i18n.translate(pseudo, key)  # noqa: E731
    accept, decline = (
        say("accountability-request-accept-button"),
        say("accountability-request-decline-button"),
    )
    console.session.locale = pseudo
    await console.run(":as mona mod\n/mod channel moderators #mods")
    for user in ("bob", "carol", "dan", "erin", "alice"):
        await console.agree(user, zone=None if user == "erin" else "default")
    await speak(console, pseudo, "alice", "bob", "carol", "dan", "erin")
    checked = await console.run(":as alice\n/partner list\n/partner request @alice")
    checked += await console.run("/partner request @bob\n/partner request @bob")
    checked += await console.run("/partner request @carol\n/partner request @dan")
    checked += await console.run("/partner request @erin")  # three waiting: refused
    checked += await console.run("/partner list\n:as bob\n/partner list\n/partner request @alice")
    checked += await console.run(f":click {accept}\n:click {accept}")
    checked += await console.run(f":as carol\n/partner decline @alice\n:as dan\n:click {decline}")
    checked += await console.run(":as alice\n/partner request @carol\n/partner request @bob")
    checked += await console.run("/partner list")
    checked += await console.run("/partner leave pod:99\n/partner leave @nobody")
    left = await console.run("/partner leave @bob")
    assert [o.to for o in left if o.kind == "dm"] == ["bob"]
    checked += left
    checked += await console.run(":as bob\n/partner list\n/partner pool leave\n/partner pool join")
    checked += await console.run("/partner pool join\n:as erin\n/partner pool join")
    checked += await console.run(":as carol\n/partner pool join\n:as dan\n/partner pool join")
    checked += await console.run(":as mona mod\n/partner schedule off")
    usage = await console.say("/partner schedule mon")  # the engine's usage lines follow
    assert usage.error and say("accountability-schedule-no-time") in usage.text
    checked += await console.run("/partner schedule mon 18:00\n/partner schedule off")
    matched = await console.run("/partner match size:2")
    assert len([o for o in matched if WELCOME in o.text]) == 2  # the community's language
    assert len([o for o in matched if o.kind == "dm"]) == 4
    checked += matched
    checked += await console.run("/partner match")
    assert len(checked) > 40
    assert unbracketed(checked) == []
    assert CATALOGUES.missing == {}


async def test_list_and_leave_in_spanish_and_the_note_in_the_others_language(console):
    for user in ("bob", "alice"):
        await console.agree(user)
    await console.run(":as bob\n/haven language de\n:as alice\n/haven language es")
    outs = await console.run("/partner request @bob\n/partner list")
    await console.run(":as bob\n:click Annehmen\n:as alice")
    outs += await console.run("/partner list\n/partner leave pod:7\n/partner leave @bob")
    shown = _shown(outs, lambda o: o.to == "alice" or o.visible_to == ["alice"])
    assert "esperando a que" in shown and "Tus compañeros y grupos" in shown
    assert "Hecho: te has apartado." in shown
    leaks = [w for w in _english_words("es") if w in shown]
    assert leaks == []
    request, note = [o for o in outs if o.kind == "dm" and o.to == "bob"]
    assert request.text.startswith("**Eine Partneranfrage**")
    assert note.text.startswith("alice hat sich aus eurer Partnerschaft zurückgezogen.")
