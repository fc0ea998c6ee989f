"""The members' side of /meeting in every shipped language (issue #22):
/meeting list, find and types, /meeting rsvp and the RSVP buttons, the announcement and the
"no meeting this week" note in the channel, and the going member's private
reminder, every word from the meetings catalogue.

Deliberate exceptions, unbracketed in the pseudo-locale: the meeting's own
title and about (a moderator's words), and the times inside the messages,
which each platform shows in the reader's own language (``timestamp``).
The Meeting Guide type names, /meeting calendar and subscribe and the
removed-meeting DM: test_meetings_calendar_i18n.py. The moderators' commands
(add, skip, remove, mirror, import, ...): test_meetings_moderators_i18n.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from sqlmodel import select

from bot.context import Context
from bot.i18n import CATALOGUES
from bot.models import Member
from tests.support.catalogues import (
    CLOSE,
    OPEN,
    bracketed,
    catalogue,
    english_fragments,
    pseudo_locale,
    register_all,
)

register_all()
MEETINGS = next(f for f in CATALOGUES._folders if f.parent.name == "meetings")

SETUP = """
:as mona mod
/mod channel announcements #announcements
/meeting add title:Monday circle day:mon,tue time:18:00 tz:Europe/London duration:90 \
link:https://meet.example.org/m phone:+15550100 passcode:serenity
"""
#: An announcement's title, as the console shows it: the moderator's own words.
TITLE = "**Monday circle**"
#: Six changes of answer in ten minutes: the sixth waits (RSVP_LIMIT).
CHANGES = "\n".join(f":click meeting:rsvp:1:{a}" for a in ("going", "maybe") * 2)


async def chooses(console, user: str, locale: str) -> None:
    """``user``'s own language, stored as ``/haven language`` stores it (which
    offers only the shipped ones, not the pseudo-locale)."""
    async with console.db.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).one()
        member.language = locale
        session.add(member)
        await session.commit()


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


def _from_catalogues(text: str) -> bool:
    """Every line bracketed; or a usage error: the engine's own message (one
    bracketed whole, its usage lines inside) around the cog's bracketed reason."""
    lines = [line for line in text.splitlines() if line and line != TITLE]
    if lines and all(bracketed(line) for line in lines):
        return True
    whole = text.startswith(OPEN) and text.endswith(CLOSE)
    return whole and bracketed(lines[0].removeprefix(OPEN))


def _members_view(outputs) -> list:
    """What alice and the channel read (the moderators' own replies aside)."""
    return [
        o for o in outputs if o.kind == "message" or o.to == "alice" or o.visible_to == ["alice"]
    ]


async def _scenario(console, alice: Callable[[], Awaitable[object]] | None = None) -> list:
    """Every member-facing meetings text: the list, answers by button and by
    command, a refusal, the rate limit, the announcement, the cancelled note
    and the going member's private reminder."""
    outs = await console.run(SETUP)
    await console.agree("alice")
    if alice is not None:
        await alice()
    outs += await console.run(":at 2026-11-23T17:00:00+00:00")
    outs += await console.run(":as alice\n/meeting list\n:click meeting:rsvp:1:going")
    outs += await console.run("/meeting rsvp 1 maybe\n/meeting rsvp 1 no\n/meeting rsvp 7 going")
    outs += await console.run("/meeting rsvp 1 maybe remind:5")
    outs += await console.run(CHANGES)
    outs += await console.run(":advance 50m")  # the second announcement, then alice's reminder
    outs += await console.run(":as mona mod\n/meeting skip 1 2026-11-24\n:advance 23h30m")
    outs += await console.run(":as alice\n/meeting list\n/meeting find within:168")
    outs += await console.run("/meeting find online types:W language:es within:1")
    return _members_view(outs)


async def test_the_pseudo_locale_shows_every_meetings_string_came_from_the_catalogue(
    console, pseudo, monkeypatch
):
    """A string still written in Python would show unbracketed here. The
    channel's posts are in the community's language (``/mod language`` keeps
    only shipped ones: here the pseudo-locale stands in), alice's reminder in
    her own."""
    monkeypatch.setattr(Context, "community_locale", property(lambda ctx: pseudo))
    console.session.locale = pseudo
    shown = await _scenario(console, lambda: chooses(console, "alice", pseudo))
    kinds = {o.kind for o in shown}
    assert {"message", "dm", "reply"} <= kinds, kinds
    for out in shown:
        assert _from_catalogues(out.text), out.text
        assert all(bracketed(a["label"]) for a in out.actions), out.actions
    types = await console.say("/meeting types")
    heading, names = types.text.split("\n")
    assert bracketed(heading) and "`ONL` ⟦Öñlîñé⟧" in names  # the spec's names, catalogued
    assert CATALOGUES.missing == {}


def _english_words(locale: str) -> list[str]:
    """English text fragments of the meetings catalogue that ``locale`` says
    differently (a word said alike in both is not a leak)."""
    return english_fragments(catalogue(MEETINGS, "en"), catalogue(MEETINGS, locale))


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "No meetings in the next 7 days" in words
    assert "Only the counts are shown to others" in words
    assert "/meeting list" not in words  # what members type stays English


async def test_a_spanish_scenario_has_no_english_catalogue_text(console):
    await console.run(":as mona mod\n/mod language es")
    shown = await _scenario(console, lambda: console.run(":as alice\n/haven language es"))
    text = "\n".join(o.text for o in shown) + "".join(a["label"] for o in shown for a in o.actions)
    assert "Vas a **Monday circle**" in text and "Voy: 1" in text
    assert "Esta semana no hay reunión" in text
    assert "Próximas reuniones (en tu hora)" in text
    assert "No hay reuniones (Mujeres, en español, en línea) en la próxima hora" in text
    leaks = [w for w in _english_words("es") if w in text]
    assert leaks == []
    assert CATALOGUES.missing == {}
