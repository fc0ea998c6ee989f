"""The moderators' side of /meeting in every shipped language (issue #22):
add, skip, remove, mirror, public, feed, import, sync and feeds — each
reply, refusal, usage line and feed error, and the note in the moderators'
channel when reminders cannot go out — every word from the meetings catalogue.

Deliberate exceptions, unbracketed in the pseudo-locale: the meeting's own
title (a moderator's words), the weekday codes, time and zone a moderator
typed, a feed's host, the times inside messages (``timestamp``: each platform
shows them in the reader's language) and the Meeting Guide type names. What
a removed meeting's going members read is not the moderators' side (a DM of
its own), nor are option errors (the engine's parsing has no language yet:
:func:`test_option_errors_come_from_the_catalogue_in_the_language_given`)."""

from __future__ import annotations

import dataclasses
from datetime import date
from types import SimpleNamespace

import pytest

from bot.api import OptionError
from bot.context import Context
from bot.i18n import CATALOGUES
from bot.options import ParseContext
from cogs.meetings.options import EveryWeeks, HttpLink, Phone, Weekday
from tests.cogs.accountability.test_accountability_truthful import close_dms_of
from tests.cogs.meetings.test_meetings_i18n import MEETINGS, _from_catalogues
from tests.cogs.meetings.test_meetings_mirror import with_events
from tests.support.catalogues import catalogue, english_fragments, pseudo_locale
from tests.support.feeds import FeedServer

PUBLIC = "http://haven.test"
ADD = (
    "/meeting add title:Monday circle day:mon time:18:00 tz:Europe/London every:2w "
    "remind:30,90 duration:90 types:O,D link:https://meet.example.org/m "
    "phone:+15550100 passcode:serenity public:yes"
)
SECOND = "/meeting add title:Second circle day:tue time:18:00 tz:Europe/London"


@pytest.fixture
async def feeds():
    server = await FeedServer().start()
    yield server
    await server.close()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, settings) -> str:
    """Each scenario on SQLite and on PostgreSQL (HAVEN_TEST_DATABASE_URL)."""
    if request.param == "sqlite":
        return settings.database_url
    return request.getfixturevalue("pg_migrated_url")


@pytest.fixture
async def h(make_harness, settings, database_url):
    return await make_harness(
        settings=dataclasses.replace(
            settings, database_url=database_url, feed_allow_private=True, public_url=PUBLIC
        )
    )


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


def _moderators_view(outputs) -> list:
    """What mona and the moderators' channel read (the removed meeting's DM
    to alice and the channel's announcements aside)."""
    return [o for o in outputs if o.kind == "reply" or o.to == "#mods"]


async def _meeting(h, script: str) -> list:
    """Run moderator lines of /meeting, one at a time; what each answered."""
    outs = []
    for line in script.strip().splitlines():
        produced = await h.run(line)
        assert produced or line.startswith(":"), line
        outs += produced
    return outs


async def _scenario(h, feeds) -> list:
    """Every moderators' /meeting text, a refusal of each kind among them."""
    await h.run(":as mona mod\n/mod channel moderators #mods")
    outs = await _meeting(h, SECOND)  # no announcements channel yet
    await h.run("/mod channel announcements #announcements")
    h.adapter.read_only_channels.add("quiet")
    outs += await _meeting(h, f"{SECOND} channel:#quiet\n{ADD}\n{SECOND}")
    outs += await _meeting(
        h,
        """
/meeting skip 1 2026-11-24
/meeting skip 1 2026-11-23
/meeting skip 1 2026-11-23
/meeting public 1 no
/meeting public 1 yes
/meeting public 9 yes
/meeting feed off
/meeting feed on key:letmein
/meeting feed on
/meeting feed off
/meeting mirror on
""",
    )
    outs += await _meeting(
        h,
        f"""
/meeting import {feeds.url("guide.json")}
/meeting import {feeds.url("guide.json")}
/meeting import {feeds.url("missing.json")}
/meeting sync
/meeting sync id:9
/meeting feeds
/meeting feeds remove:9
/meeting feeds remove:1
/meeting feeds
/meeting sync
""",
    )
    with_events(h)
    outs += await _meeting(
        h,
        """
/meeting mirror on
/meeting add title:Third day:wed time:9:00 tz:Europe/London
/meeting mirror off
/meeting add title:Fourth day:thu time:9:00 tz:Europe/London
""",
    )
    for user in ("alice", "bob"):
        await h.agree(user)
        await h.run("/meeting rsvp 2 going")
    await h.run("/meeting rsvp 1 going")  # bob alone: he cannot be told
    await h.run(":as alice\n/meeting rsvp 4 going")  # alice alone: she is told
    close_dms_of(h, "bob")
    outs += await _meeting(h, ":as mona mod\n/meeting remove 1\n/meeting remove 2\n"
                           "/meeting remove 4")  # fmt: skip
    outs += await h.run(":at 2026-11-25T09:30:00+00:00")
    outs += await _meeting(h, "/meeting skip 3 2026-11-25")  # it has started
    h.adapter.read_only_channels.add("announcements")
    outs += await h.run(":advance 8d")  # the reminders cannot go out: the moderators hear
    return _moderators_view(outs)


async def test_the_pseudo_locale_shows_every_moderators_string_came_from_the_catalogue(
    h, feeds, pseudo, monkeypatch
):
    """A string still written in Python would show unbracketed here. The
    moderators' channel and the outcome kept for /meeting feeds are in the
    community's language (here the pseudo-locale stands in), replies in mona's."""
    monkeypatch.setattr(Context, "community_locale", property(lambda ctx: pseudo))
    h.session.locale = pseudo
    shown = await _scenario(h, feeds)
    assert len([o for o in shown if o.error]) >= 10  # the refusals are here too
    assert [o for o in shown if o.to == "#mods"], "the cannot-post note"
    for out in shown:
        assert _from_catalogues(out.text.replace("**Monday circle**", "")), out.text
    assert CATALOGUES.missing == {}


def _english_words(locale: str) -> list[str]:
    return english_fragments(catalogue(MEETINGS, "en"), catalogue(MEETINGS, locale))


def test_the_leak_check_knows_the_moderators_english_from_spanish_and_german():
    for locale in ("es", "de"):
        words = _english_words(locale)
        assert "Its next meeting is mirrored as a scheduled event" in words
        assert "told by private message" in words
        assert "Imported feeds" in words


async def test_a_spanish_moderator_reads_no_english_catalogue_text(h, feeds):
    await h.run(":as mona mod\n/mod language es")  # the moderators' channel reads it
    h.session.locale = "es-ES"  # mona's app
    shown = await _scenario(h, feeds)
    text = "\n".join(o.text for o in shown)
    assert "Añadida **Monday circle** (#1): mon a las 18:00 Europe/London, cada 2 semanas" in text
    assert "Cancelada **Monday circle**" in text
    assert "añadidas: 2, actualizadas: 0, quitadas: 0, sin cambios: 0; omitidas: 5" in text
    assert "sin zona horaria (indica tz:<zona> para importarlas): 1" in text
    assert "el servidor del feed respondió HTTP 404" in text
    assert "1 miembro había dicho que iba: se le ha avisado por mensaje privado." in text
    assert "1 miembro había dicho que iba: no se le ha podido avisar." in text
    assert (
        "2 miembros habían dicho que iban. Avisados por mensaje privado: 1; sin poder recibir MD "
        "(cerrados o ya no están): 1." in text
    )
    assert "no se están publicando" in text  # the moderators' channel: the community's
    leaks = [w for w in _english_words("es") if w in text]
    assert leaks == []
    assert CATALOGUES.missing == {}


@pytest.mark.parametrize(
    ("option", "raw", "english", "spanish"),
    [
        (Weekday(), "funday", "“funday” is not a weekday", "«funday» no es un día de la semana"),
        (EveryWeeks(), "9w", "every 9 weeks is not possible", "cada 9 semanas no es posible"),
        (EveryWeeks(), "often", "is not a number of weeks", "no es un número de semanas"),
        (HttpLink(), "ftp://x.org", "is not a web link", "no es un enlace web"),
        (HttpLink(max_length=10), "https://example.org", "the most is 10", "el máximo es 10"),
        (Phone(), "call me", "is not a phone number", "no es un número de teléfono"),
    ],
)
def test_option_errors_come_from_the_catalogue_in_the_language_given(option, raw, english, spanish):
    """English with today's ParseContext (it has no language yet); the
    member's language once parsing carries one."""
    today = ParseContext(today=date(2026, 11, 21))
    with pytest.raises(OptionError, match=english):
        option.parse(raw, today)
    with pytest.raises(OptionError, match=spanish):
        option.parse(raw, SimpleNamespace(today=today.today, zone="UTC", locale="es"))
