"""/checkin in a member's own language through discord.py and bolt (issue
#22): the app's language (Discord es-ES, Slack pt-BR) answers /checkin, and
the language chosen with /haven language writes the daily prompt (a DM)."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.test_e2e_language import speaks

#: The reply to /checkin streaks off, a check-in's and the daily prompt, in each.
STREAKS_OFF = {
    "es": "El conteo de rachas está desactivado",
    "pt-BR": "A contagem de sequência está desligada",
}
CHECKED_IN = {
    "es": "ánimo 4/5 (bien), ganas de consumir 2/10",
    "pt-BR": "humor 4/5 (bom), vontade de usar 2/10",
}
PROMPT = {"es": "¿Cómo estás hoy?", "pt-BR": "Como você está hoje?"}


async def test_a_check_in_in_the_members_app_language(world):
    locale, language = {"discord": ("es-ES", "es"), "slack": ("pt-BR", "pt-BR")}[world.platform]
    speaks(world, "alice", locale)
    await world.agree("alice")
    off = await world.command("alice", "/checkin streaks off")
    assert off.ok and STREAKS_OFF[language] in off.reply.text
    done = await world.command("alice", "/checkin mood:4 craving:2")
    assert done.ok and CHECKED_IN[language] in done.reply.text
    assert "Streak" not in done.reply.text and "Checked in" not in done.reply.text

    # The daily prompt, a DM with no interaction to read, is in the chosen language.
    assert (await world.command("alice", f"/haven language {language.lower()}")).ok
    assert (await world.command("alice", "/checkin remind 08:30")).ok
    await world.run_until(world.app.clock.now() + timedelta(days=2))
    assert any(PROMPT[language] in p.text for p in world.dms("alice"))
    assert world.problems() == []
