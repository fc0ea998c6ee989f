"""/mod stats in the moderator's language (issue #22): the figure names come
from each cog's catalogue — a pseudo-locale run shows a name still written in
Python — and the numbers are written as the language does (German 3.445)."""

from __future__ import annotations

from datetime import date

import pytest

from bot import i18n
from bot.i18n import CATALOGUES
from tests.support.catalogues import CLOSE, OPEN, bracketed, pseudo_locale, register_all

register_all()
START = date(2025, 1, 1)
TODAY = date(2026, 11, 21)  # the harness's clock


@pytest.fixture
def pseudo():
    with pseudo_locale() as locale:
        yield locale


async def _community_with_figures(console) -> None:
    """Five members with a shared counter, a daily reminder and the trigger
    "stress" named: every converted cog has a figure past the small-group line."""
    for n in range(5):
        await console.agree(f"m{n}")
        await console.run(
            f":as m{n}\n/sober set {START.isoformat()}\n/sober share named\n"
            "/checkin remind 08:30\n/checkin mood:3 craving:4 triggers:stress"
        )
    await console.agree("mona", mod=True)


async def test_the_pseudo_locale_shows_every_figure_name_came_from_a_catalogue(console, pseudo):
    console.session.locale = pseudo
    await _community_with_figures(console)
    out = await console.say("/mod stats")
    lines = [line.removeprefix("- ") for line in out.text.splitlines() if line.strip()][1:]
    assert len(lines) >= 8, out.text
    for line in lines:
        assert bracketed(line), line
        label = line[len(OPEN) :].rpartition(":")[0]
        if label.startswith("mémbérs whö üsé"):  # moderation's own: one whole sentence
            continue
        # A cog's name for its figure: bracketed on its own inside the line.
        assert label.startswith(OPEN) and label.endswith(CLOSE), line
    # A default trigger is said in the moderator's language too.
    assert any("'⟦stréss⟧'" in line for line in lines), lines
    assert CATALOGUES.missing == {}


async def test_a_german_moderator_reads_the_figures_and_numbers_in_german(console):
    console.session.locale = "de"
    await _community_with_figures(console)
    shown = (await console.say("/mod stats")).text
    days = 5 * (TODAY - START).days
    assert days >= 1000  # so German writes a thousands point
    assert f"gemeinsame Tage aller, die teilen: {i18n.format_number(days, 'de')}" in shown
    assert "." in i18n.format_number(days, "de")
    for line in (
        "Mitglieder, die Haven nutzen: 6",
        "Mitglieder mit einem Zähler: 5",
        "Mitglieder, die Meilensteine teilen: 5",
        "Check-ins diese Woche: 5",
        "Mitglieder mit täglicher Erinnerung: 5",
        "Check-ins mit 'Stress' (letzte 30 Tage): 5",
        "Gruppen und Partnerschaften: 0",
    ):
        assert line in shown, shown
    assert CATALOGUES.missing == {}
