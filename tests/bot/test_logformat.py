"""``HAVEN_LOG_FORMAT=json``: one JSON object per line with time, level,
logger, message and request id; secrets still redacted, members' platform ids
only as hashes — and the request id is the reference a member is given."""

from __future__ import annotations

import io
import json
import logging
import re

import pytest

from bot import logformat
from bot.context import Context
from bot.payload_logs import install as install_payload_guard
from bot.plugins import Cog, command
from bot.redaction import install_redaction

SECRET = "xoxb-0000-Z3cr3tTokenValue"
SNOWFLAKE = "381870553235193857"  # a Discord member id
SLACK_USER = "U024BE7LH"
log = logging.getLogger("haven.test.cog")


class Failing(Cog):
    name = "failing"

    @command("failing boom", consent=False)
    async def boom(self, ctx: Context):
        log.warning("about to fail for %s and %s with %s", SNOWFLAKE, SLACK_USER, SECRET)
        raise RuntimeError(f"broken while holding {SECRET}")


@pytest.fixture
def json_lines():
    """Root logging as ``haven run`` sets it up with HAVEN_LOG_FORMAT=json."""
    root = logging.getLogger()
    kept, level = list(root.handlers), root.level
    stream = io.StringIO()
    handler = logformat.configure_json_logs("INFO", stream)
    restore = install_payload_guard()
    redactor = install_redaction([SECRET])
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    restore()
    root.removeFilter(redactor)
    root.removeHandler(handler)
    for old in kept:
        root.addHandler(old)
    root.setLevel(level)


async def test_a_failure_logs_json_with_the_reference_the_member_was_given(
    make_harness, json_lines
):
    harness = await make_harness(extra_cogs=(Failing,))
    out = await harness.run(":as alice\n/failing boom")
    reference = re.search(r"reference (\w+)", out[-1].text).group(1)

    lines = [line for line in json_lines() if line["logger"].startswith("haven")]
    mine = [line for line in lines if line["request"] == reference]
    assert [line["level"] for line in mine] == ["WARNING", "ERROR"]
    warning, failure = mine
    assert set(warning) == {"time", "level", "logger", "message", "request", "member"}
    assert warning["logger"] == "haven.test.cog"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", warning["time"])
    assert warning["member"] == logformat.hashed("alice") and warning["member"] != "alice"
    assert warning["message"] == (
        f"about to fail for {logformat.hashed(SNOWFLAKE)} and {logformat.hashed(SLACK_USER)} "
        "with [redacted]"
    )
    assert failure["message"] == f"handler failed (reference {reference})"
    assert "RuntimeError: broken while holding [redacted]" in failure["error"]
    everything = json.dumps(json_lines())
    for private in (SECRET, SNOWFLAKE, SLACK_USER, '"alice"'):
        assert private not in everything


def test_the_member_hash_is_keyed(monkeypatch):
    monkeypatch.setattr(logformat, "_key", b"k" * 32)
    first = logformat.hashed(SNOWFLAKE)
    logformat.set_hash_key("another key")
    assert logformat.hashed(SNOWFLAKE) != first
    assert re.fullmatch(r"m:[0-9a-f]{12}", first)


def test_the_setting_turns_it_on(monkeypatch, tmp_path, capsys):
    """``haven`` itself with HAVEN_LOG_FORMAT=json writes JSON lines."""
    from bot import cli

    root = logging.getLogger()
    kept = list(root.handlers)
    monkeypatch.setenv("HAVEN_LOG_FORMAT", "json")
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/h.db")
    try:
        assert cli.main(["--env-file", str(tmp_path / "none.env"), "db", "upgrade"]) == 0
        logging.getLogger("haven.test").warning("hello %s", SNOWFLAKE)
    finally:
        for handler in list(root.handlers):
            if handler not in kept:
                root.removeHandler(handler)
        for handler in kept:
            if handler not in root.handlers:
                root.addHandler(handler)
    [line] = [json.loads(x) for x in capsys.readouterr().err.splitlines() if "hello" in x]
    assert line["message"] == f"hello {logformat.hashed(SNOWFLAKE)}"
    assert line["level"] == "WARNING" and line["request"] is None
