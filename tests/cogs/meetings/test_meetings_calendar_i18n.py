"""/meeting calendar, /meeting subscribe, the calendar file's own words, the
removed-meeting DM and the Meeting Guide type names in every shipped language
(issue #22).

The file a member asks for with ``/meeting calendar`` speaks their language;
a calendar served to a subscription (no member at the keyboard) speaks its
member's own choice, else the community's — as a scheduled DM does. The
moderator's words (a title, an about) and the link stay as written."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from bot import i18n
from bot.context import Context
from bot.i18n import CATALOGUES
from bot.options import OptionError, ParseContext
from cogs.meetings.types import TYPES, LanguageCode, TypeCodes
from tests.cogs.meetings.test_meetings_directory import http
from tests.cogs.meetings.test_meetings_i18n import MEETINGS, chooses
from tests.support.catalogues import (
    CLOSE,
    OPEN,
    bracketed,
    catalogue,
    english_fragments,
    pseudo_locale,
)

PUBLIC = "http://haven.test"
SETUP = ":as mona mod\n/mod channel announcements #announcements"
ADD = (
    '/meeting add title:"Círculo, de la tarde; todos" day:mon,thu time:19:00 '
    "tz:America/New_York link:https://meet.example.org/c?a=1,2 types:O,D,W,ONL "
    "phone:+15550100,,123# passcode:serenity about:Té y café; bienvenida"
)
WEBCAL = re.compile(r"webcal://\S+\.ics")
#: The spec's types, as Haven took them (code4recovery/spec data/types.json).
SPEC = json.loads((Path(__file__).parent / "meeting_guide_types.json").read_text())["types"]
#: Plain misspellings in the spec's text, corrected in Haven's catalogues.
CORRECTED = {("es", "TR"): "Estudio de tradición"}
#: The spec's Portuguese is European; these are the names Brazilian members
#: say differently (pt-BR's catalogue says why). Every other pt-BR name is the
#: spec's own, so a change to any name — listed or not — fails here.
BRAZILIAN = {
    "AL": "Simultânea ao Alateen", "AL-AN": "Simultânea ao Al-Anon",
    "ASL": "Língua de Sinais Americana", "BA": "Cuidado infantil disponível",
    "BI": "Bissexual", "BRK": "Café da manhã", "CF": "Crianças bem-vindas",
    "DB": "Sacola digital", "HE": "Hebraico", "POC": "Pessoas não brancas",
    "POL": "Polonês", "SEN": "Pessoas idosas", "SP": "Oradores", "T": "Transgênero",
    "TC": "Local temporariamente fechado", "X": "Acessível para cadeira de rodas",
    "XB": "Banheiro acessível para cadeira de rodas",
    "XT": "Permitido comentar os depoimentos",
}  # fmt: skip
#: ONL is Haven's code, not the spec's: each language names it itself.
ONLINE = {"en": "Online", "es": "En línea", "fr": "En ligne", "pt-BR": "On-line", "de": "Online"}
#: The spec has no German. These German names are the same words as the
#: English ones (a loanword or a name); every other German name must differ
#: from English, so a German key falling back to English fails.
GERMAN_AS_ENGLISH = {"GR", "LGBTQ", "MED", "ONL", "POC", "T"}


@pytest.fixture
async def h(make_harness, settings):
    return await make_harness(settings=dataclasses.replace(settings, public_url=PUBLIC))


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


def link_in(text: str) -> str:
    [link] = WEBCAL.findall(text)
    return link.removeprefix("webcal://haven.test")


def events_and_name(data: bytes) -> tuple[list, str]:
    """The file parsed back (it must parse), its events and its name."""
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and max(len(line) for line in lines) <= 75
    cal = Calendar.from_ical(data)
    return list(cal.walk("VEVENT")), str(cal["X-WR-CALNAME"])


# -- the type names ----------------------------------------------------------


@pytest.mark.parametrize(("locale", "spec"), [("es", "es"), ("fr", "fr"), ("pt-BR", "pt")])
def test_the_type_names_are_the_specs_own_translations(locale, spec):
    adapted = BRAZILIAN if locale == "pt-BR" else {}
    for code in TYPES:
        said = i18n.translate(locale, f"meetings-type-name-{code}")
        if code in SPEC:
            expected = adapted.get(code, CORRECTED.get((spec, code), SPEC[code][spec]))
            assert said == expected, (locale, code)
        else:  # ONL: the spec has no translation of it
            assert said == ONLINE[locale], (locale, code)
    assert CATALOGUES.missing == {}


def test_each_brazilian_name_is_a_real_difference_from_the_specs_portuguese():
    """The list says what pt-BR changed: an entry equal to the spec's own
    (or a code the spec lacks) would hide that the name came from it."""
    for code, brazilian in BRAZILIAN.items():
        assert code in SPEC and brazilian != SPEC[code]["pt"], code
    european = ("Pequeno-Almoço", "Partilhador", "Partilhas", "Gestual", "Polaco", "WC ")
    said = [i18n.translate("pt-BR", f"meetings-type-name-{code}") for code in TYPES]
    assert not [name for name in said if any(word in name for word in european)]


def test_english_is_the_specs_and_german_is_havens_own():
    for code, english in TYPES.items():
        assert i18n.translate("en", f"meetings-type-name-{code}") == english
        assert SPEC.get(code, {"en": english})["en"] == english, code
        german = i18n.translate("de", f"meetings-type-name-{code}")
        assert (german == english) == (code in GERMAN_AS_ENGLISH), (code, german)
    german = {code: i18n.translate("de", f"meetings-type-name-{code}") for code in TYPES}
    assert len(set(german.values())) == len(TYPES)  # no two types read alike
    assert german["O"] == "Offenes Meeting" and german["C"] == "Geschlossenes Meeting"
    assert german["ST"] == "Schritte-Meeting" and german["B"] == "Blaues Buch"
    assert german["EN"] == "Englischsprachig" and german["GER"] == "Deutschsprachig"
    assert i18n.translate("es", "meetings-type-name-GER") == SPEC["GER"]["es"] == "Alemán"


# -- the pseudo-locale -------------------------------------------------------


async def test_every_calendar_and_subscription_line_came_from_the_catalogue(h, pseudo, monkeypatch):
    """A string still written in Python shows unbracketed: the replies, the
    calendar file's own words (its name, "Dial in", "Passcode"), the served
    calendar's, the removed-meeting DM and every type name."""
    monkeypatch.setattr(Context, "community_locale", property(lambda ctx: pseudo))
    await h.run(SETUP)
    await h.agree("alice")
    await chooses(h, "alice", pseudo)
    h.session.locale = pseudo
    none = await h.say("/meeting calendar")
    assert bracketed(none.text) and not none.files, none.text
    await h.run(":as mona mod")
    added = await h.say(ADD)
    assert not added.error, added.text
    await h.run(":as alice")

    reply = await h.say("/meeting calendar")
    assert bracketed(reply.text), reply.text
    [event], name = events_and_name(Path(reply.files[0]).read_bytes())
    assert bracketed(name), name
    about, link, dial, passcode = str(event["DESCRIPTION"]).split("\n\n")
    assert (about, link) == ("Té y café; bienvenida", "https://meet.example.org/c?a=1,2")
    assert bracketed(dial) and "+15550100,,123#" in dial
    assert bracketed(passcode) and "serenity" in passcode
    assert str(event["SUMMARY"]) == "Círculo, de la tarde; todos"

    shown = [await h.say("/meeting subscribe all"), await h.say("/meeting subscribe all")]
    shown.append(await h.say("/meeting subscribe mine"))
    async with http(h) as client:
        served = await (await client.get(link_in(shown[1].text))).read()
    [_], served_name = events_and_name(served)
    assert bracketed(served_name), served_name
    shown += [await h.say("/meeting subscribe revoke"), await h.say("/meeting subscribe revoke")]
    assert len(shown[1].text.splitlines()) == 3  # link, how, and the earlier link's end
    for out in shown:
        assert all(bracketed(line) for line in out.text.splitlines()), out.text

    await h.say("/meeting rsvp 1 going")
    out = await h.run(":as mona mod\n/meeting remove 1")
    [dm] = [o for o in out if o.to == "alice" and o.kind == "dm"]
    assert bracketed(dm.text), dm.text

    types = await h.say("/meeting types")
    heading, names = types.text.split("\n")
    pairs = names.split(" · ")
    assert bracketed(heading) and len(pairs) == len(TYPES)
    assert all(bracketed(pair.split(" ", 1)[1]) for pair in pairs), names
    assert CATALOGUES.missing == {}


async def test_subscribing_without_a_public_address_is_said_from_the_catalogue(console, pseudo):
    await console.agree("alice")
    console.session.locale = pseudo
    reply = await console.say("/meeting subscribe")
    assert reply.error and reply.text.startswith(OPEN) and reply.text.endswith(CLOSE)


# -- Spanish -----------------------------------------------------------------


def _english_words(locale: str) -> list[str]:
    return english_fragments(catalogue(MEETINGS, "en"), catalogue(MEETINGS, locale))


def test_the_leak_check_knows_the_new_english():
    words = _english_words("es")
    assert "open the file to add them to your calendar" in words
    assert "Your earlier link for this calendar no longer works" in words
    assert "Wheelchair Access" in words and "Discussion" in words


async def test_a_spanish_member_reads_the_calendar_and_subscriptions_in_spanish(h):
    """Alice chose Spanish: every reply, the file's words, the calendar served
    to her link, the type names and the removed-meeting DM; no English
    catalogue text anywhere."""
    await h.run(SETUP + "\n" + ADD)
    await h.agree("alice")
    await h.run("/haven language es")
    shown = []
    calendar = await h.say("/meeting calendar")
    shown.append(calendar.text)
    [event], name = events_and_name(Path(calendar.files[0]).read_bytes())
    description = str(event["DESCRIPTION"])
    shown += [name, description]
    assert name == "Reuniones de Console community"  # the community's name as it is
    assert "Por teléfono: +15550100,,123#" in description
    assert "Código de acceso: serenity" in description
    assert "Té y café; bienvenida" in description  # the moderator's words, unescaped back

    replies = [(await h.say(f"/meeting subscribe {s}")).text for s in ("all", "all", "mine")]
    assert "Tu enlace privado de calendario (todas las reuniones de la comunidad):" in replies[0]
    assert "Tu enlace anterior para este calendario ya no funciona." in replies[1]
    assert "(las reuniones a las que vas)" in replies[2]
    async with http(h) as client:
        served = await (await client.get(link_in(replies[1]))).read()
    [served_event], served_name = events_and_name(served)
    assert served_name == name and str(served_event["DESCRIPTION"]) == description
    replies += [(await h.say("/meeting subscribe revoke")).text]
    replies += [(await h.say("/meeting subscribe revoke")).text]
    assert replies[-2].startswith("Anulados 2 enlaces de calendario")
    assert replies[-1] == "No tienes enlaces de calendario; no había nada que anular."
    shown += replies

    types = (await h.say("/meeting types")).text
    listing = (await h.say("/meeting list")).text
    assert "`O` Abierta · " in types and "`W` Mujeres" in types and "`ONL` En línea" in types
    assert "Tipo: Abierta, Discusión, Mujeres, En línea" in listing
    shown += [types, listing]

    await h.say("/meeting rsvp 1 going")
    out = await h.run(":as mona mod\n/meeting remove 1")
    [dm] = [o for o in out if o.to == "alice" and o.kind == "dm"]
    assert dm.text.startswith("**Círculo, de la tarde; todos** del ")
    assert "no se celebrará" in dm.text
    shown.append(dm.text)

    text = "\n".join(shown)
    assert [w for w in _english_words("es") if w in text] == []
    assert CATALOGUES.missing == {}


async def test_a_served_calendar_speaks_its_members_choice_else_the_communitys(h):
    """No member at the keyboard: alice's own choice (French), else the
    community's language (Spanish) for bob, whose app is in German — an app's
    language is not stored, so the calendar cannot follow it."""
    await h.run(SETUP + "\n" + ADD + "\n/mod language es")
    await h.agree("alice")
    await h.run("/haven language fr")
    alice = (await h.say("/meeting subscribe all")).text
    assert alice.startswith("Votre lien de calendrier privé (toutes les réunions")
    await h.agree("bob")
    h.session.locale = "de"
    bob = (await h.say("/meeting subscribe all")).text
    assert bob.startswith("Dein privater Kalenderlink (alle Meetings der Community):")
    async with http(h) as client:
        for link, words in ((alice, "Code d'accès : serenity"), (bob, "Código de acceso")):
            [event], _ = events_and_name(await (await client.get(link_in(link))).read())
            assert words in str(event["DESCRIPTION"])
        await h.run(":as alice\n/haven language auto")  # her choice gone: the community's
        [event], name = events_and_name(await (await client.get(link_in(alice))).read())
        assert name == "Reuniones de Console community"
        assert "Código de acceso" in str(event["DESCRIPTION"])


async def test_the_removed_meeting_dm_is_in_each_going_members_language(h):
    """Each going member's stored choice, else the community's (English here)."""
    await h.run(SETUP + "\n" + ADD)
    for user, language in (("alice", "pt-br"), ("bob", "de"), ("carol", None)):
        await h.agree(user)
        if language:
            await h.run(f"/haven language {language}")
        await h.say("/meeting rsvp 1 going")
    out = await h.run(":as mona mod\n/meeting remove 1")
    dms = {o.to: o.text for o in out if o.kind == "dm"}
    assert "não vai acontecer" in dms["alice"]
    assert "findet nicht statt" in dms["bob"]
    assert "won't take place" in dms["carol"]
    assert all(text.startswith("**Círculo, de la tarde; todos**") for text in dms.values())


@pytest.mark.parametrize(
    "option, typed",
    [(TypeCodes(), ""), (TypeCodes(max_items=2), "O,C,D"), (TypeCodes(), "XYZ,QQ"),
     (LanguageCode(), "klingon!")],
)  # fmt: skip
def test_a_meeting_type_or_language_typed_wrongly_is_explained_from_the_catalogue(
    pseudo, option, typed
):
    """/meeting add types:… and /meeting find language:… say what is wrong in
    the member's language; the examples' type names too."""
    with pytest.raises(OptionError) as raised:
        option.parse(typed, ParseContext(today=date(2026, 11, 21), locale=pseudo))
    assert bracketed(str(raised.value)), str(raised.value)
    if typed == "XYZ,QQ":
        assert "O (" + OPEN in str(raised.value)  # Open, said in the pseudo-locale
