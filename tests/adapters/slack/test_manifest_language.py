"""``haven slack manifest --language <code>`` (issue #22): the commands'
descriptions from the catalogues, where one translates them; the default
manifest as it was."""

from __future__ import annotations

import yaml

from adapters.slack.main import cli
from adapters.slack.manifest import manifest
from bot.app import Haven
from bot.config import Settings


def _commands(text: str) -> dict[str, str]:
    data = yaml.safe_load(text)
    return {c["command"]: c["description"] for c in data["features"]["slash_commands"]}


def test_spanish_descriptions_for_the_translated_commands(capsys):
    assert cli(["manifest", "--language", "es"], Settings()) == 0
    spanish = _commands(capsys.readouterr().out)
    assert spanish["/crisis"] == "Recursos de crisis y líneas de ayuda, ahora mismo"
    assert cli(["manifest", "--language", "pt-BR"], Settings()) == 0
    assert _commands(capsys.readouterr().out)["/crisis"].startswith("Recursos de crise")
    assert cli(["manifest"], Settings()) == 0
    english = _commands(capsys.readouterr().out)
    assert english["/crisis"] == "Crisis and helpline resources, right now"
    # a command no catalogue translates yet keeps its English
    assert spanish["/sober"] == english["/sober"]


def test_english_is_the_default_manifest_byte_for_byte():
    app = Haven(Settings())
    app.load_cogs()
    for mode in ("socket", "http"):
        default = manifest(app.registry, mode=mode)
        assert manifest(app.registry, mode=mode, language="en") == default
        assert manifest(app.registry, mode=mode, language="es") != default


def test_an_unknown_language_is_refused_with_the_shipped_ones(capsys):
    assert cli(["manifest", "--language", "xx"], Settings()) == 2
    err = capsys.readouterr().err
    assert "--language" in err and "pt-BR" in err
