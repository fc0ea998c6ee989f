"""``haven slack manifest --name … --description …`` (issue 18): Haven under a
neutral name says nothing about recovery in Slack's app directory either."""

from __future__ import annotations

import dataclasses

import yaml

from adapters.slack.main import cli
from bot.config import Settings, load_settings

RECOVERY = ("recovery", "sober", "sobriety", "craving", "relapse", "crisis", "haven")


def test_a_neutral_name_and_description_leave_no_trace_of_recovery(capsys):
    code = cli(
        ["manifest", "--name", "Wellbeing", "--description", "Your daily companion"], Settings()
    )
    assert code == 0
    data = yaml.safe_load(capsys.readouterr().out)
    info = data["display_information"]
    assert info["name"] == "Wellbeing" and info["description"] == "Your daily companion"
    assert data["features"]["bot_user"]["display_name"] == "Wellbeing"
    shown = " ".join([info["name"], info["description"], info["long_description"]]).lower()
    assert not [word for word in RECOVERY if word in shown], shown
    assert 175 <= len(info["long_description"]) <= 4000
    assert "dnd:read" in data["oauth_config"]["scopes"]["bot"]


def test_the_name_defaults_to_haven_bot_name(capsys):
    settings = dataclasses.replace(Settings(), bot_name="Wellbeing")
    assert cli(["manifest"], settings) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["display_information"]["name"] == "Wellbeing"


def test_a_name_too_long_is_refused_with_the_limit(capsys):
    assert cli(["manifest", "--name", "W" * 40], Settings()) == 2
    assert "35" in capsys.readouterr().err


def test_haven_bot_name_is_checked_when_settings_load():
    settings = load_settings(environ={"HAVEN_BOT_NAME": "Wellbeing"}, env_file=None)
    assert settings.bot_name == "Wellbeing"
    try:
        load_settings(environ={"HAVEN_BOT_NAME": "<!channel>"}, env_file=None)
    except Exception as exc:
        assert "HAVEN_BOT_NAME" in str(exc)
    else:
        raise AssertionError("a name with markup was accepted")
