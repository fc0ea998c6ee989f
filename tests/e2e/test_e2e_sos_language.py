"""/sos in members' own languages through discord.py and bolt (issue #22):
the member reads the outcome in their app's language, a partner reads the
alert and answers "I'm here" in the language they chose, and the member's
DM that someone is there — a message with no interaction — follows the
member's stored choice (none here: the community's, English)."""

from __future__ import annotations

from .test_e2e_language import speaks
from .test_e2e_sos import partners

#: What alice reads when bob has her alert, in her app's language.
BY_DM = {"es": "bob tiene tu aviso en un mensaje privado.", "pt-BR": "bob recebeu seu aviso"}


async def test_the_outcome_in_the_members_app_language_the_alert_in_the_partners_own(world):
    locale, language = {"discord": ("es-ES", "es"), "slack": ("pt-BR", "pt-BR")}[world.platform]
    speaks(world, "alice", locale)
    await world.agree("alice", "bob")
    await partners(world, "alice", "bob")
    assert (await world.command("bob", "/haven language de")).ok

    sos = await world.command("alice", "/sos")
    assert sos.ok, sos.seen
    assert world.plain(sos.reply.text).startswith(BY_DM[language])
    [alert] = [p for p in world.dms("bob") if "könnte gerade einen Anruf gebrauchen" in p.text]
    assert world.plain(alert.text).startswith("alice könnte gerade einen anruf gebrauchen.")
    assert alert.buttons == ["Ich bin da"]

    listed = await world.command("bob", "/haven reasons list")  # bob's own, in German
    assert "Du hast noch keine Gründe festgehalten." in listed.reply.text
    pressed = await world.press("bob", "Ich bin da")
    assert pressed.ok, pressed.seen
    assert world.plain(pressed.reply.text) == "danke – alice weiß, dass du da bist."
    [note] = [p.text for p in world.dms("alice") if "is here for you" in p.text]
    assert world.plain(note).startswith("bob is here for you — they pressed")
    assert world.problems() == []
