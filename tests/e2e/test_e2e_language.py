"""Members' own language through discord.py and bolt (issue #22): the
platform's language (Discord's interaction.locale, Slack's users.info locale)
answers /crisis, a member's own choice wins over it, ``auto`` gives it back,
scheduled DMs follow the stored choice, and the community's language serves
members whose app Haven does not speak."""

from __future__ import annotations

from datetime import timedelta

#: A line of each language's /crisis.
DANGER = {
    "en": "If you are in danger right now",
    "es": "Si estás en peligro ahora mismo",
    "pt-BR": "Se você estiver em perigo agora",
    "de": "Wenn du gerade in Gefahr bist",
}


def speaks(world, user: str, locale: str) -> None:
    """``user``'s app is in ``locale`` (as Discord and Slack report it)."""
    key = user if world.platform == "discord" else world.uid(user)
    world.fake.locales[key] = locale


async def crisis(world, user: str) -> str:
    out = await world.command(user, "/crisis")
    assert out.ok, out.seen
    return out.reply.text


async def partners(world, a: str, b: str, accept: str = "Accept") -> None:
    """``accept``: the request's button in ``b``'s language (their stored choice,
    else the community's: a DM has no app language to follow)."""
    assert (await world.command(a, f"/partner request @{b}")).ok
    assert (await world.press(b, accept)).ok


async def test_the_platforms_language_then_the_members_own_choice(world):
    # Discord: es-ES → Spanish; Slack: pt-BR → Brazilian Portuguese.
    locale, language = {"discord": ("es-ES", "es"), "slack": ("pt-BR", "pt-BR")}[world.platform]
    speaks(world, "alice", locale)
    assert DANGER[language] in await crisis(world, "alice")  # before any consent
    assert DANGER["en"] in await crisis(world, "bob")  # an English app: English
    await world.agree("alice", "bob")
    chosen = await world.command("alice", "/haven language de")
    assert chosen.ok and "Deutsch" in chosen.reply.text
    assert DANGER["de"] in await crisis(world, "alice")
    assert (await world.command("alice", "/haven language auto")).ok
    assert DANGER[language] in await crisis(world, "alice")

    # A scheduled DM (no interaction to read a locale from) is in the stored choice:
    # /sos's note when no partner answered repeats the helplines.
    assert (await world.command("alice", "/haven language de")).ok
    await partners(world, "alice", "bob")
    sos = await world.command("alice", "/sos")
    assert DANGER["de"] in sos.replies[0].text
    await world.run_until(world.app.clock.now() + timedelta(minutes=20))
    [note] = [p.text for p in world.dms("alice") if "Noch hat keiner deiner Partner" in p.text]
    assert DANGER["de"] in note
    assert world.problems() == []


async def test_the_communitys_language_for_members_whose_app_haven_does_not_speak(world):
    speaks(world, "carol", "fi" if world.platform == "discord" else "fi-FI")
    set_ = await world.command("mod", "/mod language es")
    assert set_.ok and "español" in set_.reply.text
    assert DANGER["es"] in await crisis(world, "carol")
    assert DANGER["en"] in await crisis(world, "bob")  # an English app still reads English
    await world.agree("carol", "bob")
    # (a DM: every world sends through the limiter; bob's reads the community's Spanish)
    await partners(world, "carol", "bob", "Aceptar")
    sos = await world.command("carol", "/sos")
    assert DANGER["es"] in sos.replies[0].text
    assert world.problems() == []
