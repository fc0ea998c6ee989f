"""A secret pasted into the wrong variable stays secret: every setting that
rejects a value says which variable and shows a working example, but never
repeats the value — not in the message, not in the logs, not on stderr of
``haven run`` (SECURITY.md, issue #15 item 12)."""

from __future__ import annotations

import inspect
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.config import VARIABLES, all_variables, installed_sections

ROOT = Path(__file__).resolve().parents[2]

#: Secret-shaped values. Each test also looks for its distinctive middle part.
SLACK = "xoxb-2741-9988-Z3cr3tSlackT0ken"
APP = "xapp-1-A0ZZ-Z3cr3tAppT0ken"
DISCORD = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GZ3cr3.Z3cr3tDiscordT0kenZ3cr3tDiscordT0ken"
FERNET = "Z3cr3tFernetKeyZ3cr3tFernetKeyZ3cr3tFernetK="
DB = "postgresql+asyncpg://haven:Z3cr3tPa55w0rd@db.example.org:99999/haven"
DIGITS = "918273645546372819"  # a numeric secret: a PIN, an account number

#: (variable, value, other settings it needs to be checked). Every variable
#: that can reject a value is here, with at least one secret-shaped value.
REJECTED = [
    ("HAVEN_ENV", SLACK, {}),
    ("DATABASE_URL", SLACK, {}),
    ("DATABASE_URL", DB, {}),
    ("DATABASE_URL", DB.replace(":99999", ":Z3cr3tPort"), {}),
    ("DATABASE_URL", "mysql://haven:Z3cr3tPa55w0rd@db/haven", {}),
    ("HAVEN_ENCRYPTION_KEY", DISCORD, {}),
    ("HAVEN_LOG_LEVEL", APP, {}),
    ("HAVEN_DEFAULT_TIMEZONE", SLACK, {}),
    ("HAVEN_DEFAULT_TIMEZONE", "+" + DIGITS[:4], {}),
    ("HAVEN_BOT_NAME", SLACK + "-" + DIGITS, {}),
    ("HAVEN_MISFIRE_GRACE_MINUTES", FERNET, {}),
    ("HAVEN_CLAIM_LEASE_SECONDS", DISCORD, {}),
    ("HAVEN_DUE_POLL_SECONDS", SLACK, {}),
    ("HAVEN_SOS_ACK_MINUTES", SLACK, {}),
    ("HAVEN_SOS_ACK_MINUTES", "-" + DIGITS, {}),
    ("HAVEN_PURGE_GRACE_DAYS", DB, {}),
    ("HAVEN_AUDIT_RETENTION_DAYS", DB, {}),
    ("HAVEN_HTTP_PORT", DIGITS, {}),
    ("HAVEN_METRICS_PORT", SLACK, {}),
    ("HAVEN_METRICS_PORT", DIGITS, {}),
    ("HAVEN_METRICS_COMMUNITY_LABELS", APP, {}),
    ("HAVEN_READY_BACKLOG_SECONDS", FERNET, {}),
    ("HAVEN_LOG_FORMAT", SLACK, {}),
    ("HAVEN_FEED_SYNC_HOURS", SLACK, {}),
    ("HAVEN_FEED_SYNC_HOURS", DIGITS, {}),
    ("HAVEN_FEED_ALLOW_PRIVATE", DIGITS, {}),
    ("HAVEN_PUBLIC_URL", DB, {}),
    ("HAVEN_PUBLIC_URL", SLACK, {}),
    ("HAVEN_DB_CONNECT_TIMEOUT_SECONDS", SLACK, {}),
    ("HAVEN_DB_CONNECT_TIMEOUT_SECONDS", "-" + DIGITS, {}),
    ("HAVEN_DB_STATEMENT_TIMEOUT_SECONDS", APP, {}),
    ("HAVEN_BRIEF_READ_MS", SLACK, {}),
    ("HAVEN_BRIEF_READ_MS", DIGITS, {}),
    ("DISCORD_APPLICATION_ID", SLACK, {}),
    ("DISCORD_DEV_GUILD", DISCORD, {}),
    ("DISCORD_SHARD_COUNT", FERNET, {}),
    ("DISCORD_SHARD_COUNT", "-" + DIGITS, {}),
    ("DISCORD_SHARD_IDS", SLACK, {"DISCORD_SHARD_COUNT": "2"}),
    ("DISCORD_SHARD_IDS", f"0,{DIGITS}", {"DISCORD_SHARD_COUNT": "2"}),
    ("DISCORD_API_BASE", SLACK, {}),
    ("DISCORD_GATEWAY_URL", DB, {}),
    ("SLACK_BOT_TOKEN", DISCORD, {"SLACK_APP_TOKEN": APP}),
    ("SLACK_APP_TOKEN", SLACK, {"SLACK_BOT_TOKEN": SLACK}),
    ("SLACK_MODE", SLACK, {}),
    ("SLACK_CLIENT_ID", SLACK, {}),
    ("SLACK_API_URL", APP, {}),
]
#: Variables that accept any text, and why nothing is checked.
FREE = {
    "DISCORD_TOKEN": "a secret itself (Discord checks it)",
    "SLACK_SIGNING_SECRET": "a secret itself",
    "SLACK_CLIENT_SECRET": "a secret itself",
    "HAVEN_METRICS_TOKEN": "a secret itself",
    "HAVEN_DEV_KEY_FILE": "a file name",
    "HAVEN_DISABLED_COGS": "names of cogs; unknown ones are simply not loaded",
}


def _core(value: str) -> str:
    """The part of a value that nothing else in a message could contain."""
    found = re.search(r"Z3cr3t\w*|\d{6,}", value)
    return found.group(0) if found else value


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name in all_variables() or name.startswith(("HAVEN_", "DATABASE_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_setting_that_rejects_values_is_checked():
    named = set(all_variables())  # Haven's own and every installed platform's section's
    assert {"DATABASE_URL", "DISCORD_TOKEN", "SLACK_MODE"} <= named
    checked = {name for name, _value, _env in REJECTED}
    assert named - checked - set(FREE) == set()
    assert checked | set(FREE) <= named  # nothing here that Haven no longer reads


def test_each_section_declares_every_variable_it_reads():
    """A section's ``variables`` are what it reads: a variable read but not
    declared would escape the test above."""
    for kind in installed_sections():
        source = inspect.getsource(sys.modules[kind.__module__])
        read = set(re.findall(rf'"({kind.name.upper()}_[A-Z_]+)"', source))
        assert read == set(kind.variables), kind.name
    source = (ROOT / "bot" / "config.py").read_text()
    read = set(re.findall(r'"((?:HAVEN)_[A-Z_]+|DATABASE_URL)"', source))
    assert read == set(VARIABLES)


@pytest.mark.parametrize(
    ("name", "value", "others"), REJECTED, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(REJECTED)]
)
def test_a_rejected_value_is_never_repeated(
    clean_env, monkeypatch, capsys, caplog, name, value, others
):
    caplog.set_level(logging.DEBUG)
    for var, setting in {**others, name: value}.items():
        monkeypatch.setenv(var, setting)

    code = cli.main(["--env-file", str(clean_env / "absent.env"), "run"])

    out, err = capsys.readouterr()
    shown = out + err + caplog.text
    assert code == 2
    assert f"configuration problem — {name}: " in err
    assert "(example: " in err
    assert value not in shown and _core(value) not in shown


def test_haven_run_itself_keeps_the_value_off_its_output(clean_env):
    """The real entry point, in its own process: stderr and stdout both."""
    for name, value in [("HAVEN_DEFAULT_TIMEZONE", SLACK), ("DATABASE_URL", DB)]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONPATH": str(ROOT),
            "HOME": str(clean_env),
            name: value,
        }
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "run"],
            cwd=clean_env, env=env, capture_output=True, text=True, timeout=60,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        shown = done.stdout + done.stderr
        assert done.returncode == 2, shown
        assert f"{name}: " in done.stderr and "Traceback" not in shown
        assert value not in shown and _core(value) not in shown
