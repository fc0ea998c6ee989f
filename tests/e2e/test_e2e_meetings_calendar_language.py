"""/meeting calendar and /meeting subscribe in a member's own language through
discord.py and bolt (issue #22), on SQLite and PostgreSQL: a Discord member
who chose Spanish, a Slack member who chose Brazilian Portuguese, reads the
replies, the calendar served to their private link (read over HTTP from
Haven's server) and the type names in it, and is told in it when moderators
remove a meeting they were going to — while bob, whose app is in the same
language but who chose none, is told in the community's (English): a DM has
no app language to follow."""

from __future__ import annotations

import re

import aiohttp
import pytest
from icalendar import Calendar

from bot.config import Settings
from tests.e2e.conftest import _discord_world, _slack_world, failed_deliveries
from tests.e2e.test_e2e_language import speaks
from tests.e2e.test_e2e_meeting_directory import haven_http

PUBLIC = "http://haven.test"
WEBCAL = re.compile(r"webcal://haven\.test(/calendar/[\w-]+\.ics)")
#: What each language's member reads.
SAYS = {
    "es": {
        "calendar": "1 serie de reuniones: abre el archivo para añadirla a tu calendario.",
        "link": "Tu enlace privado de calendario (todas las reuniones de la comunidad):",
        "how": "Es solo tuyo: quien lo tenga puede ver estas reuniones.",
        "name": "Reuniones de ",
        "dial": "Por teléfono: +15550100",
        "passcode": "Código de acceso: serenity",
        "types": ("Abierta", "Mujeres"),
        "revoked": "Anulado 1 enlace de calendario",
        "removed": "no se celebrará: el equipo de moderación ha eliminado esta reunión",
    },
    "pt-BR": {
        "calendar": "1 série de reuniões — abra o arquivo para adicioná-la ao seu calendário.",
        "link": "Seu link privado de calendário (todas as reuniões da comunidade):",
        "how": "Ele é só seu — quem tiver o link pode ver essas reuniões.",
        "name": "Reuniões de ",
        "dial": "Por telefone: +15550100",
        "passcode": "Senha: serenity",
        "types": ("Aberta", "Mulheres"),
        "revoked": "1 link de calendário cancelado",
        "removed": "não vai acontecer: a moderação removeu esta reunião do Haven",
    },
}


@pytest.fixture(params=["discord", "slack"])
async def world(request, database_url):
    settings = Settings(database_url=database_url, public_url=PUBLIC)
    make = _discord_world if request.param == "discord" else _slack_world
    async with make(settings) as built:
        yield built
        assert await failed_deliveries(built.app) == []


async def test_calendar_subscribe_and_the_removed_meeting_dm_in_the_members_language(world):
    locale, language = {"discord": ("es-ES", "es"), "slack": ("pt-BR", "pt-BR")}[world.platform]
    says = SAYS[language]
    speaks(world, "alice", locale)
    speaks(world, "bob", locale)
    await world.agree(world.mod, "alice", "bob")
    chosen = await world.command("alice", f"/haven language {language.lower()}")
    assert chosen.ok, chosen.seen
    configured = await world.command(
        world.mod, f"/mod channel announcements {world.channel('announcements')}"
    )
    assert configured.ok, configured.seen
    added = await world.command(
        world.mod,
        '/meeting add title:"Monday circle" day:mon time:18:00 tz:Europe/London '
        "phone:+15550100 passcode:serenity types:O,W",
    )
    assert added.ok, added.seen

    calendar = await world.command("alice", "/meeting calendar")
    assert calendar.ok and calendar.reply.ephemeral, calendar.seen
    assert says["calendar"] in calendar.reply.text

    subscribed = await world.command("alice", "/meeting subscribe all")
    assert subscribed.ok and subscribed.reply.ephemeral, subscribed.seen
    text = subscribed.reply.text
    assert says["link"] in text and says["how"] in text
    [path] = WEBCAL.findall(text)

    async with haven_http(world) as base, aiohttp.ClientSession() as http:
        async with http.get(base + path) as answer:
            assert answer.status == 200
            served = Calendar.from_ical(await answer.read())
    assert str(served["X-WR-CALNAME"]).startswith(says["name"])
    [event] = served.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Monday circle"
    assert says["dial"] in str(event["DESCRIPTION"])
    assert says["passcode"] in str(event["DESCRIPTION"])

    types = await world.command("alice", "/meeting types")
    assert types.ok, types.seen
    assert all(name in types.reply.text for name in says["types"])
    revoked = await world.command("alice", "/meeting subscribe revoke")
    assert says["revoked"] in revoked.reply.text

    for user in ("alice", "bob"):
        going = await world.command(user, "/meeting rsvp 1 going")
        assert going.ok, going.seen
    removed = await world.command(world.mod, "/meeting remove 1")
    assert removed.ok, removed.seen
    [alice_dm] = [p.text for p in world.dms("alice") if "Monday circle" in p.text]
    assert says["removed"] in alice_dm
    [bob_dm] = [p.text for p in world.dms("bob") if "Monday circle" in p.text]
    assert "won't take place: the moderators have removed this meeting" in bob_dm
    assert world.problems() == []
