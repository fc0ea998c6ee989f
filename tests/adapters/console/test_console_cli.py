"""`haven console` end to end, as a newcomer or a script would run it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

HAVEN = [sys.executable, "-m", "bot.cli"]
ROOT = Path(__file__).resolve().parents[3]


def run(args, tmp_path, stdin="", env=None):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    environ["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'haven.db'}"
    environ["HAVEN_ENCRYPTION_KEY"] = Fernet.generate_key().decode()
    environ.update(env or {})
    return subprocess.run(
        HAVEN + args,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ,
        timeout=60,
    )


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def test_script_json_outputs_follow_console_md(tmp_path):
    script = "\n".join(
        [
            "# a newcomer tries Haven",
            "/help",
            "/crisis",
            "/haven timezone Europe/Helsinki",
            ":click Agree",
            ":advance 1d",
        ]
    )
    result = run(
        ["console", "--script", "-", "--json", "--at", "2026-11-21T09:00:00+00:00"],
        tmp_path,
        stdin=script,
    )
    assert result.returncode == 0, result.stderr
    outputs = json_lines(result.stdout)
    keys = {"at", "kind", "to", "visible_to", "ephemeral", "error", "text", "actions", "files"}
    assert all(set(o) == keys for o in outputs)
    help_out, crisis, notice, _agreed, zone = outputs
    assert help_out["kind"] == "reply" and help_out["visible_to"] == ["you"]
    assert "988" in crisis["text"]
    assert notice["actions"] == [
        {"id": "consent:agree", "label": "Agree"},
        {"id": "consent:decline", "label": "Decline"},
    ]
    assert "Europe/Helsinki" in zone["text"] and "11:00" in zone["text"]
    assert zone["at"] == "2026-11-21T09:00:00+00:00"


def test_malformed_directive_exits_non_zero_with_the_line_number(tmp_path):
    result = run(["console", "--script", "-"], tmp_path, stdin="/help\n:teleport 5\n")
    assert result.returncode != 0
    assert "line 2" in result.stderr


def test_script_file_and_clock_never_goes_backwards(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(":at 2026-01-02T00:00:00+00:00\n:at 2026-01-01T00:00:00+00:00\n")
    result = run(["console", "--script", str(path), "--at", "2026-01-01T00:00:00+00:00"], tmp_path)
    assert result.returncode != 0 and "line 2" in result.stderr and "backwards" in result.stderr


def test_run_without_tokens_starts_the_console_and_says_so(tmp_path):
    result = run(["run"], tmp_path, stdin="/crisis\n")
    assert result.returncode == 0, result.stderr
    assert "console adapter" in result.stderr
    assert "988" in result.stdout


def test_tz_option_sets_members_zone_until_they_choose(tmp_path):
    script = "/haven consent agree\n/haven export\n"
    result = run(
        ["console", "--script", "-", "--json", "--tz", "America/New_York"], tmp_path, stdin=script
    )
    assert result.returncode == 0, result.stderr
    export = json_lines(result.stdout)[-1]
    assert Path(export["files"][0]).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["console", "--tz", "Mars/Olympus"], "not a time zone"),
        (["console", "--at", "yesterday"], "not an ISO date-time"),
    ],
)
def test_bad_console_options_are_explained(tmp_path, args, message):
    result = run(args, tmp_path)
    assert result.returncode == 2 and message in result.stderr


def test_configuration_problems_name_the_variable(tmp_path):
    result = run(["db", "upgrade"], tmp_path, env={"HAVEN_CLAIM_LEASE_SECONDS": "soon"})
    assert result.returncode == 2
    assert "HAVEN_CLAIM_LEASE_SECONDS" in result.stderr and "example" in result.stderr


def test_tokens_never_reach_the_logs(tmp_path):
    token = "xoxb-123456789012-abcdefghijklmnop"
    result = run(
        ["db", "upgrade"], tmp_path, env={"SLACK_BOT_TOKEN": token, "HAVEN_LOG_LEVEL": "DEBUG"}
    )
    # socket mode without an app token is a configuration error that names the gap
    assert "SLACK_APP_TOKEN" in result.stderr
    assert token not in result.stderr + result.stdout


def test_db_upgrade_keys_generate_and_version(tmp_path):
    upgraded = run(["db", "upgrade"], tmp_path)
    assert upgraded.returncode == 0 and "up to date" in upgraded.stdout
    key = run(["keys", "generate"], tmp_path).stdout.strip()
    Fernet(key.encode())  # a usable key
    assert "haven " in run(["--version"], tmp_path).stdout


def test_production_without_a_key_refuses_to_start(tmp_path):
    result = run(
        ["console", "--script", "-"],
        tmp_path,
        stdin="/help\n",
        env={"HAVEN_ENV": "production", "HAVEN_ENCRYPTION_KEY": ""},
    )
    assert result.returncode == 2
    assert "haven keys generate" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_database_is_explained_without_a_traceback(tmp_path):
    url = "postgresql+asyncpg://haven:pw-s3cret@127.0.0.1:1/haven"
    result = run(["db", "upgrade"], tmp_path, env={"DATABASE_URL": url})
    assert result.returncode == 2
    assert "cannot use the database" in result.stderr and "Traceback" not in result.stderr
    assert "pw-s3cret" not in result.stderr
