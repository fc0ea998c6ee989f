"""The engine's own words in the member's app language, through discord.py and
bolt (issue #22): the privacy notice and its buttons, agreeing, and /haven
quiet — a Discord member whose app is in Spanish (es-ES), a Slack member whose
app is in Brazilian Portuguese (pt-BR)."""

from __future__ import annotations

from tests.e2e.test_e2e_language import partners, speaks

#: What each language says: the notice's title line, its Agree button, the
#: answer to agreeing, and /haven quiet's (without markup: Slack writes bold
#: its own way).
SAID = {
    "es": (
        "Antes de que Haven guarde nada sobre ti",
        "Acepto",
        "Gracias — ya estás dentro.",
        "Horas de silencio:",
    ),
    "pt-BR": (
        "Antes de o Haven guardar qualquer coisa sobre você",
        "Aceito",
        "Obrigado — você está dentro.",
        "Horário de silêncio:",
    ),
}


async def test_the_notice_its_buttons_and_haven_quiet_in_the_apps_language(world):
    locale, language = {"discord": ("es-ES", "es"), "slack": ("pt-BR", "pt-BR")}[world.platform]
    title, agree, agreed, quiet = SAID[language]
    speaks(world, "alice", locale)
    notice = await world.command("alice", "/haven consent")
    assert notice.ok and title in notice.reply.text, notice.seen
    assert "Haven stores" not in notice.reply.text
    pressed = await world.press("alice", agree)
    assert pressed.ok and agreed in pressed.reply.text, pressed.seen
    out = await world.command("alice", "/haven quiet 22:00-07:00")
    assert out.ok and quiet in out.reply.text, out.seen
    assert "22:00-07:00" in out.reply.text and "Quiet hours" not in out.reply.text
    await world.agree("bob")
    await partners(world, "alice", "bob")  # a DM: every world sends through the limiter
    assert world.problems() == []
