"""/sober in every shipped language (issue #22): every reply, button, DM,
channel post and chip unit from its catalogue — a pseudo-locale run shows a
string still in Python — and no English left in a Spanish scenario."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import text

from bot import i18n
from bot.i18n import CATALOGUES
from cogs.sober import texts
from cogs.sober.chip import layout
from cogs.sober.days import milestones
from tests.support.catalogues import (
    PSEUDO,
    bracketed,
    catalogue,
    english_fragments,
    pseudo_locale,
    register_all,
)
from tests.support.catalogues import (
    texts as words_of,
)

register_all()
SOBER = next(f for f in CATALOGUES._folders if f.parent.name == "sober")
#: Words that blame or shame: never in what a counter says, in any language.
SHAMING = re.compile(
    r"\b(fail\w*|relapse\w*|addict\w*|adict\w*|fracas\w*|fracaso|échec|scheiter\w*|"
    r"versag\w*|recaída|rechute|rückfall|culpa|faute|schuld\w*)\b",
    re.IGNORECASE,
)
#: Every command and button of the cog, as a member (alice) and a moderator use them.
SCENARIO = """
:as mona mod
/mod channel milestones #milestones
/sober roles 1y One year
/sober roles 2y off
:as alice
/sober show
/sober set 2025-11-21 note:the first one
/sober set 2025-11-20
/sober set 2025-11-22
/sober set 2026-11-14 label:gambling
/sober show
/sober show label:nicotine
/sober cost 12.50 currency:EUR hours:2
/sober cost 0
/sober cost off label:gambling
/sober cost off
/sober cost 12 hours:1
/sober show
/sober share named roles:on
/sober share
/sober share private
/sober share anonymous
/sober share roles:off
/sober reset label:gambling date:2026-11-01
/sober reset label:gambling note:a new start
/sober reset label:gambling
/sober history
/sober history label:gambling
/sober count from-one
/sober count from-zero
/sober morning 07:30
/sober remove label:gambling
"""


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


def _sober_lines(outs, user: str, posts: bool = True) -> list[str]:
    """The lines ``user`` read from /sober and its DMs (and, with ``posts``,
    the milestones channel's), markup as written."""
    found = []
    for out in outs:
        if out.visible_to == [user] or out.to == user or (posts and out.kind == "message"):
            found += [line for line in out.text.splitlines() if line.strip()]
    return found


async def test_the_pseudo_locale_shows_every_sober_string_came_from_the_catalogue(console, pseudo):
    """A string still written in Python would show unbracketed here.
    Exceptions, each with its reason: a counter's name as a heading in
    /sober history (``**gambling**``: member text) and the usage error's own
    "Usage:"/"Example:" lines (the engine's, bracketed by its own catalogue)."""
    console.session.locale = pseudo
    await console.agree("mona", mod=True)
    await console.agree("alice")
    async with console.db.engine.begin() as conn:  # the DM's language: her stored choice
        await conn.execute(
            text("UPDATE member SET language = :code WHERE platform_user_id = 'alice'"),
            {"code": PSEUDO},
        )
    outs = await console.run(SCENARIO)
    say = lambda key, **args: i18n.translate(PSEUDO, key, **args)  # noqa: E731
    outs += await console.run(
        f"/sober reset\n:click {say('sober-button-yes')}\n"
        f"/sober reset date:{'2026-11-21'}\n:click {say('sober-button-no')}\n"
        f"/sober remove label:sobriety\n:click {say('sober-button-keep')}\n"
        ":advance 2d"
    )
    # The channel's post is in the community's language (English here).
    lines = _sober_lines(outs, "alice", posts=False)
    headings = {"**sobriety**", "**gambling**"}
    usage = tuple(
        line.split("`")[0]
        for line in say("error-usage", reason="", usage="u", example="e").splitlines()[1:]
    )
    odd = [
        line
        for line in lines
        if not bracketed(line) and line not in headings and not line.startswith(usage)
    ]
    assert odd == [], odd
    assert any(o.kind == "dm" and o.files for o in outs)  # the milestone DM came
    assert CATALOGUES.missing == {}


def _english_words(locale: str) -> list[str]:
    """English fragments of the sober catalogue that ``locale`` says differently."""
    return english_fragments(
        catalogue(SOBER, "en"), catalogue(SOBER, locale), skip=lambda key: key.startswith("cmd-")
    )


def test_the_leak_check_knows_english_from_spanish():
    words = _english_words("es")
    assert "Every day counts" in words and "Next milestone" in words


async def test_a_spanish_scenario_has_no_english_catalogue_text(console):
    await console.agree("mona", mod=True)
    await console.run("/haven language es\n/mod language es")
    await console.agree("alice")
    await console.run("/haven language es")
    outs = await console.run(SCENARIO)
    outs += await console.run(
        "/sober reset\n:click Sí\n/sober remove label:sobriety\n:click Conservarlo\n:advance 2d"
    )
    shown = "\n".join(_sober_lines(outs, "alice"))
    assert "Cada día cuenta" in shown and "Próximo hito" in shown
    leaks = [w for w in _english_words("es") if w in shown]
    assert leaks == []
    assert not SHAMING.search(shown)
    assert CATALOGUES.missing == {}


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_no_word_that_blames_or_shames_in_any_language(locale):
    for message in catalogue(SOBER, locale).values():
        said = " ".join(words_of(message))
        assert not SHAMING.search(said), (locale, said)


@pytest.mark.parametrize("locale", i18n.SHIPPED)
def test_every_chip_unit_fits_the_ring_in_every_language(locale):
    say = lambda key, **args: i18n.translate(locale, key, **args)  # noqa: E731
    for milestone, _ in zip(milestones(), range(14), strict=False):
        unit = texts.chip_unit(say, milestone)
        plan = layout(milestone, unit)
        left, _top, right, bottom = plan.unit_box
        # The unit's lower corners stay inside the ring.
        for x in (left, right):
            assert (x - 128) ** 2 + (bottom - 128) ** 2 < plan.ring_radius**2, (locale, unit)


def test_english_lengths_are_word_for_word_what_they_were():
    say = lambda key, **args: i18n.translate("en", key, **args)  # noqa: E731
    assert texts.duration(say, date(2025, 1, 2), date(2025, 11, 21)) == "10 months and 19 days"
    assert texts.duration(say, date(2024, 1, 2), date(2025, 3, 3)) == "1 year, 2 months and 1 day"
    assert texts.duration(say, date(2025, 1, 1), date(2025, 1, 16)) == "2 weeks and 1 day"
    de = lambda key, **args: i18n.translate("de", key, **args)  # noqa: E731
    assert texts.duration(de, date(2024, 1, 2), date(2025, 3, 3)) == "1 Jahr, 2 Monate und 1 Tag"


def _outside_code(text: str) -> str:
    """``text`` without its `code` spans: an input example stays ISO (`/sober set 2025-01-02`)."""
    return re.sub(r"`[^`]*`", "", text)


@pytest.mark.parametrize("locale", [*i18n.SHIPPED, PSEUDO])
async def test_every_date_a_member_reads_is_written_as_their_language_does(console, locale):
    """Replies, the next milestone, the history and a new start: each date as
    Babel writes it in the member's language (2. November 2026), never ISO."""
    with pseudo_locale():
        console.session.locale = locale
        await console.agree("alice")
        shown = "\n".join(
            out.text
            for out in await console.run(
                "/sober set 2026-11-02\n/sober set 2026-11-01\n/sober show\n"
                "/sober reset date:2026-11-14\n/sober history\n/sober set 2026-10-30"
            )
        )
        assert CATALOGUES.missing == {}
    day = lambda y, m, d: i18n.format_date(date(y, m, d), locale)  # noqa: E731
    # The starts, the new start, and the refused one (before the new start).
    for written in (day(2026, 11, 2), day(2026, 11, 1), day(2026, 11, 14), day(2026, 10, 30)):
        assert written in shown, (written, shown)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", _outside_code(shown)), shown
