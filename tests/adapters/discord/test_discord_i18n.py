"""Discord descriptions from the catalogues (issue #22): the translator adds
``description_localizations`` for the shipped languages and changes nothing
else — names, English descriptions and every other field are the untranslated
payload's, byte for byte."""

from __future__ import annotations

import json

import discord
from discord import app_commands

from adapters.discord.commands import build_commands, install_translator, tree_payload
from bot.app import Haven
from bot.config import Settings


async def _payloads() -> tuple[list[dict], list[dict]]:
    app = Haven(Settings())
    app.load_cogs()

    async def run(*_args) -> None:
        return None

    tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    for command in build_commands(app.registry, run):
        tree.add_command(command)
    plain = [command.to_dict(tree) for command in tree.get_commands()]
    await install_translator(tree, app.registry)
    return plain, await tree_payload(tree)


def _without_localizations(value):
    if isinstance(value, dict):
        kept = {k: v for k, v in value.items() if not k.endswith("_localizations")}
        return {k: _without_localizations(v) for k, v in kept.items()}
    if isinstance(value, list):
        return [_without_localizations(v) for v in value]
    return value


def _named(commands: list[dict], *path: str) -> dict:
    found = {"options": commands}
    for name in path:
        found = next(o for o in found["options"] if o["name"] == name)
    return found


async def test_the_translator_adds_localizations_and_changes_nothing_else():
    plain, translated = await _payloads()
    dump = lambda value: json.dumps(value, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert dump(_without_localizations(translated)) == dump(plain)
    crisis = _named(translated, "crisis")
    assert crisis["description"] == "Crisis and helpline resources, right now"
    assert crisis["description_localizations"] == {
        "es-ES": "Recursos de crisis y líneas de ayuda, ahora mismo",
        "es-419": "Recursos de crisis y líneas de ayuda, ahora mismo",
        "pt-BR": "Recursos de crise e linhas de apoio, agora mesmo",
        "fr": "Ressources d'urgence et lignes d'écoute, tout de suite",
        "de": "Krisenhilfe und Beratungstelefone, sofort",
    }
    assert crisis["name_localizations"] == {}  # names stay English
    code = _named(translated, "haven", "language", "code")
    assert code["description_localizations"]["de"].startswith("ein Sprachcode")
    untranslated = _named(translated, "sober")  # no catalogue yet: no localizations
    assert untranslated["description_localizations"] == {}
