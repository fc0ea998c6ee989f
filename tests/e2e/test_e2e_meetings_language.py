"""/meeting in a member's own language through discord.py and bolt (issue
#22): a Discord member whose app is in Spanish (es-ES), a Slack member whose
app is in Brazilian Portuguese, answers an RSVP and reads the reply in it,
while the channel's announcement stays in the community's language."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.e2e.test_e2e_language import speaks

#: The RSVP reply in each member's app language (bold as each platform marks it).
GOING = {"es": "Vas a ", "pt-BR": "Você vai a "}
HEADING = {"es": "Reuniones de los próximos 7 días", "pt-BR": "Reuniões nos próximos 7 dias"}
ONLY_COUNTS = {"es": "Los demás solo ven los totales.", "pt-BR": "Os outros veem só os totais."}


async def test_an_rsvp_answers_in_the_members_app_language(world):
    locale, language = {"discord": ("es-ES", "es"), "slack": ("pt-BR", "pt-BR")}[world.platform]
    speaks(world, "alice", locale)
    await world.agree(world.mod, "alice")
    configured = await world.command(
        world.mod, f"/mod channel announcements {world.channel('announcements')}"
    )
    assert configured.ok, configured.seen
    added = await world.command(
        world.mod, '/meeting add title:"Monday circle" day:mon time:18:00 tz:Europe/London'
    )
    assert added.ok, added.seen

    await world.run_until(datetime(2026, 11, 23, 17, 0, tzinfo=UTC))
    [announcement] = world.posts("announcements")
    assert announcement.buttons == ["Going", "Maybe", "Not going"]  # the community's English

    listed = await world.command("alice", "/meeting list")
    assert listed.ok, listed.seen
    assert HEADING[language] in listed.reply.text
    pressed = await world.press("alice", "Going")
    assert pressed.ok, pressed.seen
    assert pressed.reply.text.startswith(GOING[language])
    assert "Monday circle" in pressed.reply.text
    assert ONLY_COUNTS[language] in pressed.reply.text
    assert world.problems() == []
