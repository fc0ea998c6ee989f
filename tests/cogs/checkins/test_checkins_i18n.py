"""/checkin in every shipped language (issue #22): every reply, refusal,
button, form, prompt and chart label from the cog's catalogue (the pseudo-
locale shows anything still written in Python), and no English left in a
Spanish member's check-ins."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PIL import ImageDraw
from sqlmodel import select

from bot.i18n import CATALOGUES, translate
from bot.models import Member
from cogs.checkins import chart, patterns_chart
from cogs.checkins.arithmetic import Point
from cogs.checkins.messages import CHECKIN_FORM
from cogs.checkins.models import CheckIn
from cogs.checkins.patterns import Entry, find
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
CHECKINS = next(f for f in CATALOGUES._folders if f.parent.name == "checkins")

#: Every command, button and prompt of the cog, as alice (and mona, a moderator).
SCENARIO = """\
/checkin remind 08:30
/checkin pause 2030-01-01
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
/checkin pledge now
/checkin review 21:00
/checkin mood:1 craving:9 sober:no note:"long day" triggers:stress
/checkin mood:2 craving:8
/checkin streak
/checkin summary
/checkin patterns
/checkin patterns 90
:advance 1d
:click 4
:click {more}
:submit craving=3 sober=yes
/checkin
:submit mood=3 craving=2
:advance 1d
:click {very_hard}
:as mona mod
/mod triggers stress, work, family
/mod triggers default
:as alice
/checkin pledge off
/checkin review off
/checkin remind off
"""


def scenario(locale: str) -> str:
    """:data:`SCENARIO` with its buttons named as ``locale`` labels them."""
    return SCENARIO.format(
        more=translate(locale, "checkins-more-button"),
        very_hard=translate(locale, "checkins-review-veryhard"),
    )


#: Refusals: the engine adds its usage lines after the cog's own first line.
REFUSALS = (
    "/checkin mood:3",
    "/checkin note:hi",
    "/checkin pause 2020-01-01",
    "/checkin mood:3 craving:2 triggers:xyzzy",
)


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


async def _speaks(harness, user: str, locale: str) -> None:
    """``user`` chose ``locale`` (``/haven language`` offers only shipped ones),
    so their scheduled prompts are in it too."""
    async with harness.app.database.unscoped_session("test") as session:
        member = (await session.exec(select(Member).where(Member.platform_user_id == user))).one()
        member.language = locale
        session.add(member)
        await session.commit()


def _allbracketed(text: str) -> bool:
    """Nothing but catalogue messages (and the markup around them): with every
    bracketed message taken out, innermost first, only "**", "- " and blanks remain."""
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while inner.search(text):
        text = inner.sub("", text)
    return re.fullmatch(r"[\s*-]*", text) is not None


def _numbers_only(label: str) -> bool:
    """The daily prompt's mood buttons say 1 to 5: numbers, in every language."""
    return label.isdigit()


def _alices(outputs) -> list:
    return [o for o in outputs if o.visible_to == ["alice"] or o.to == "alice"]


async def test_the_pseudo_locale_shows_every_checkins_string_came_from_the_catalogue(
    console, pseudo
):
    """A string still written in Python shows unbracketed here. Exceptions:
    the mood buttons' digits; the trigger words themselves (the community's
    list, inserted into bracketed messages)."""
    await console.agree("alice")
    await console.run(":as mona mod\n/haven consent agree\n:as alice")
    await _speaks(console, "alice", pseudo)
    await _speaks(console, "mona", pseudo)
    outputs = await console.run(scenario(pseudo))
    assert len(outputs) > 30
    for out in outputs:
        if out.form is not None:
            said = [out.form.title, out.form.submit_label]
            said += [f.label for f in out.form.fields]
            said += [w for f in out.form.fields for w in f.words]
            assert all(bracketed(s) for s in said), said
            continue
        assert out.text and _allbracketed(out.text), out.text
        labels = [a["label"] for a in out.actions]
        assert all(bracketed(x) or _numbers_only(x) for x in labels), labels
    for script in REFUSALS:
        out = await console.say(script)
        assert out.error and bracketed(out.text.splitlines()[0]), out.text
    assert CATALOGUES.missing == {}


def _drawn(monkeypatch) -> list[str]:
    """Every text a chart draws."""
    drawn: list[str] = []
    original = ImageDraw.ImageDraw.text

    def text(self, xy, words, *args, **kwargs):
        drawn.append(words)
        return original(self, xy, words, *args, **kwargs)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", text)
    return drawn


def test_the_charts_words_come_from_the_catalogue(monkeypatch, pseudo):
    """Titles, panel headings and notes bracketed; tick numbers, dates (Babel's)
    and the member's own trigger words are not the catalogue's."""
    from bot import i18n

    def t(key, **args):
        return i18n.translate(pseudo, key, **args)

    today = date(2026, 12, 2)
    points = [Point(today - timedelta(days=n), 3, 4) for n in range(20)]
    drawn = _drawn(monkeypatch)
    chart.render(points, today, t=t, dates=lambda d, p: i18n.format_date(d, pseudo, p))
    words = [w for w in drawn if not re.fullmatch(r"[\d ]+|\w{3}\.? \d+|\d+ \w{3}\.?", w)]
    assert len(words) == 4 and all(bracketed(w) for w in words), words

    entries = [Entry(today - timedelta(days=n), 3, n % 10, 20, ("work",)) for n in range(12)]
    drawn.clear()
    patterns_chart.render(find(entries, today, 30, t), t("checkins-patterns-title", days=30), t)
    words = [w for w in drawn if not w.isdigit() and w != "work"]
    assert len(words) == 4 + 7 and all(bracketed(w) for w in words), words
    assert CATALOGUES.missing == {}


#: Check-in texts break only at markup, code and clause ends: "check-ins" and
#: dashes run on inside their phrases.
CLAUSES = re.compile(r"\*\*|[()]|: |\. |, |`[^`]*`")


def _english_words(locale: str) -> list[str]:
    """English text fragments of the checkins catalogue that ``locale`` says
    differently (a command or a word said alike in both is not a leak)."""
    english, other = catalogue(CHECKINS, "en"), catalogue(CHECKINS, locale)
    return english_fragments(english, other, breaks=CLAUSES)


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "Prompts are back on" in words and "Weekly summaries are off" in words
    assert "Cravings are higher on" in words
    assert "`/checkin summary` works any time" not in words  # commands are said alike


async def test_a_spanish_scenario_has_no_english_catalogue_text(console):
    await console.agree("alice")
    await console.run("/haven language es\n:as mona mod\n/haven consent agree\n:as alice")
    outputs = await console.run(scenario("es"))
    for script in REFUSALS:
        outputs += await console.run(script)
    # A form's own words, not the console's typing hints after them ("(yes or no)").
    forms = [o.form for o in _alices(outputs) if o.form is not None]
    said = [o.text for o in _alices(outputs) if o.form is None]
    said += [a["label"] for o in _alices(outputs) if o.form is None for a in o.actions]
    said += [w for f in forms for w in (f.title, f.submit_label, *(x.label for x in f.fields))]
    shown = "\n".join(said)
    assert len(forms) == 2 and "Ánimo (1 muy bajo – 5 muy bien)" in shown
    assert "Ya te comprometiste por hoy" in shown and "Tus check-ins" in shown
    leaks = [line for w in _english_words("es") for line in shown.splitlines() if w in line]
    assert leaks == []
    assert CATALOGUES.missing == {}


async def test_partners_and_the_channel_read_their_own_language(console):
    """What a partner is told is in the partner's language, not the member's."""
    await console.agree("alice")
    await console.agree("bob")
    await console.run(":as bob\n/haven language de\n:as alice\n/haven language es")
    await console.run("/partner request @bob\n:as bob\n:click Annehmen\n:as alice")
    await console.run("/checkin share partners")
    outputs = await console.run("/checkin mood:2 craving:9")
    [note] = [o for o in outputs if o.to == "bob"]
    assert "hat eingecheckt: Stimmung 2/5 (schlecht), Suchtdruck 9/10." in note.text
    assert CATALOGUES.missing == {}


async def test_a_check_in_typed_wrongly_shows_an_example_in_the_members_words(console):
    """The usage line's example: the note and triggers in the member's language,
    and typed as the example says, it checks in."""
    await console.agree("alice")
    console.session.locale = "es"
    await console.run("/haven timezone UTC")
    out = await console.say("/checkin mood:9")
    example = '/checkin mood:4 craving:2 sober:yes note:"día largo" triggers:estrés,personas'
    assert out.error and example in out.text, out.text
    done = await console.say(example)
    assert not done.error, done.text


#: Every kind of bad value the check-in forms can be sent (the console types
#: what a platform's form would not let through).
BAD_SUBMISSIONS = (
    f":submit mood=9 craving=lots sober=maybe note={'x' * 1200}",
    ":submit mood=ten craving=-1",
    ":submit sober=yes",
)


def _problems(text: str) -> list[str]:
    """A form's problems as the console lists them: ``field: reason``, after a heading."""
    heading, *lines = text.splitlines()
    return [heading, *(line.split(": ", 1)[1] for line in lines)]


async def test_the_pseudo_locale_shows_every_form_problem_came_from_the_catalogue(console, pseudo):
    """Each problem bracketed, naming the field by the cog's catalogue; nothing stored."""
    await console.agree("alice")
    await _speaks(console, "alice", pseudo)
    nouns = {f.name: translate(pseudo, f.noun) for f in CHECKIN_FORM.fields}
    seen = set()
    for submission in BAD_SUBMISSIONS:
        await console.run("/checkin")
        out = await console.say(submission)
        assert out.error and out.visible_to == ["alice"], out.text
        heading, *reasons = _problems(out.text)
        assert bracketed(heading) and reasons, out.text
        for line, reason in zip(out.text.splitlines()[1:], reasons, strict=True):
            name = line.split(": ", 1)[0]
            assert bracketed(reason) and nouns[name] in reason, reason
            seen.add(name)
    assert seen == {"mood", "craving", "sober", "note"}
    async with console.app.database.unscoped_session("test") as session:
        assert (await session.exec(select(CheckIn))).all() == []
    assert CATALOGUES.missing == {}


async def test_a_spanish_member_reads_form_problems_in_spanish(console):
    await console.agree("alice")
    await console.run("/haven language es\n/checkin")
    out = await console.say(BAD_SUBMISSIONS[0])
    assert out.error
    assert _problems(out.text) == [
        "El formulario tiene problemas:",
        "El campo «Ánimo» debe estar entre 1 y 5.",
        "El campo «Ganas de consumir» debe ser un número entero del 0 al 10.",
        "El campo «Sobrio/a hoy» debe ser yes o no.",
        "El campo «Nota» admite como máximo 1.000 caracteres; has escrito 1.200.",
    ]
    await console.run("/checkin")
    out = await console.say(":submit craving=2")
    assert _problems(out.text)[1:] == ["El campo «Ánimo» necesita una respuesta."]
    assert CATALOGUES.missing == {}
