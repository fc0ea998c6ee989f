"""Which language a member is answered in (issue #22), on the console: their
own choice (``/haven language``), else their platform's, else the community's
(``/mod language``), else English — and the commands that choose."""

from __future__ import annotations

from bot.adapters import Invocation
from bot.db import Database
from bot.i18n import CATALOGUES
from tests.support.harness import COMMUNITY

SPANISH = "No estás a solas"
GERMAN = "Du bist nicht allein"
FRENCH = "Quelqu'un est là pour vous"
PORTUGUESE = "Você não está só"
ENGLISH = "You're not alone"


async def test_a_members_choice_wins_over_the_platform_and_auto_gives_it_back(console):
    await console.agree("alice")
    console.session.locale = "fr-FR"  # the member's app speaks French
    assert FRENCH in (await console.say("/crisis")).text
    chosen = await console.say("/haven language de")
    assert not chosen.error and chosen.text.startswith("Erledigt: Haven spricht jetzt Deutsch")
    assert GERMAN in (await console.say("/crisis")).text
    auto = await console.say("/haven language auto")
    assert auto.text.startswith("C'est fait : Haven suit désormais la langue de votre appli")
    assert FRENCH in (await console.say("/crisis")).text
    assert CATALOGUES.missing == {}


async def test_the_communitys_language_serves_members_whose_app_haven_does_not_speak(console):
    out = await console.say(":as mona mod\n/mod language pt-BR")
    assert not out.error and out.text.startswith("Pronto: português (Brasil) agora é o idioma")
    await console.agree("alice")
    assert PORTUGUESE in (await console.say(":as alice\n/crisis")).text  # no platform locale
    console.session.locale = "fi-FI"  # not shipped: the community's
    assert PORTUGUESE in (await console.say("/crisis")).text
    console.session.locale = "es-ES"  # the platform's comes before the community's
    assert SPANISH in (await console.say("/crisis")).text
    await console.run("/haven language en")  # and the member's own before both
    assert ENGLISH in (await console.say("/crisis")).text


async def test_an_unknown_code_is_a_private_usage_error_in_the_members_language(console):
    await console.agree("alice")
    out = await console.say("/haven language xx")
    assert out.error and out.ephemeral
    assert "Usage: `/haven language <en|es|pt-br|fr|de|auto>`" in out.text
    assert "Example: `/haven language es`" in out.text
    console.session.locale = "es-ES"
    out = await console.say("/haven language klingon")
    assert out.error and "Uso: `/haven language" in out.text and "Ejemplo:" in out.text
    refused = await console.say(":as mona mod\n/mod language auto")  # a community has one
    assert refused.error and "/mod language" in refused.text


async def test_mod_language_is_for_moderators(console):
    await console.agree("alice")
    out = await console.say("/mod language es")
    assert out.error and "is for moderators" in out.text


async def test_the_members_choice_is_kept(console):
    await console.agree("alice")
    await console.run("/haven language es")
    await console.run(":as bob\n/haven consent agree")
    assert ENGLISH in (await console.say("/crisis")).text  # bob's own: not alice's
    assert SPANISH in (await console.say(":as alice\n/crisis")).text


async def test_crisis_without_the_database_answers_in_the_platforms_language(console, tmp_path):
    await console.app.database.dispose()
    console.app.database = Database(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/haven.db")
    out = await console.app.dispatch(
        Invocation(community=COMMUNITY, user_id="alice", command="crisis", locale="de-DE")
    )
    assert GERMAN in out.title and "1-800-662-4357" in out.text and "Krisendienst" in out.text
