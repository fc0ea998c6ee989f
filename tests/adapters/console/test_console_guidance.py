"""The console teaches itself: forms list their keys, :help explains every
directive with an example that works, and a typo gets the nearest command."""

import io
import os
import re
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet

from adapters.console.directives import DIRECTIVES
from adapters.console.forms import submit_line, what_it_takes
from adapters.console.session import ConsoleSession, ScriptError
from adapters.console.terminal import TerminalPrinter
from bot.messages import FormField


def screen_of(outputs, width=100) -> str:
    stream = io.StringIO()
    printer = TerminalPrinter(stream, width=width)
    for out in outputs:
        printer(out)
    return stream.getvalue()


async def test_the_checkin_form_shows_keys_types_limits_and_a_line_to_copy(console):
    await console.agree("sam")
    form = await console.say("/checkin")
    assert form.kind == "form"
    screen = screen_of([form], width=160)
    rows = {line.split()[0]: line for line in screen.splitlines()[3:] if line.strip()}
    assert "whole number 1–5" in rows["mood"] and "required" in rows["mood"]
    assert "whole number 0–10" in rows["craving"]
    assert "yes or no" in rows["sober"] and "optional" in rows["sober"]
    assert "up to 1000" in rows["note"] and "optional" in rows["note"]
    assert ':submit mood=4 craving=2 sober=yes note="…"' in screen


async def test_the_submit_line_shown_is_one_haven_accepts(console):
    await console.agree("sam")
    form = await console.say("/checkin")
    line = submit_line(form.form).replace("…", "long day")
    reply = await console.say(line)
    assert not reply.error, reply.text
    assert "mood 4/5" in reply.text and "craving 2/10" in reply.text and "sober today" in reply.text


@pytest.mark.parametrize(
    ("field", "described"),
    [
        (FormField("n", "N", input="int", min_value=1), "whole number, 1 or more"),
        (FormField("c", "C", input="choice", choices=("going", "maybe")), "one of going, maybe"),
        (FormField("t", "T", max_length=80), "text, up to 80 characters"),
    ],
)
def test_every_kind_of_field_says_what_it_takes(field, described):
    assert what_it_takes(field) == described


def test_help_explains_every_directive_the_console_has():
    explained = {usage.split()[0] for usage, _, _ in DIRECTIVES}
    handled = {":" + name[3:] for name in dir(ConsoleSession) if name.startswith("do_")}
    assert handled <= explained
    assert {":help", ":quit"} <= explained
    stream = io.StringIO()
    TerminalPrinter(stream, width=100).directives()
    screen = stream.getvalue()
    for usage, _, example in DIRECTIVES:
        assert usage in screen and example in screen


async def test_every_example_in_help_works(make_harness):
    console = await make_harness(start=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    examples = {usage.split()[0]: example for usage, _, example in DIRECTIVES}
    await console.run(examples[":as"])
    await console.run(examples[":in"])
    await console.run("/haven timezone Europe/Helsinki")  # the privacy notice, with Agree
    await console.run(examples[":click"])
    await console.run("/checkin")
    [checked_in] = await console.run(examples[":submit"])
    assert not checked_in.error and "long day" not in checked_in.text  # notes stay private
    await console.run(examples[":advance"])
    await console.run(examples[":at"])
    assert console.clock.now() == datetime(2026, 3, 28, 7, 0, tzinfo=UTC)


async def test_a_mistyped_command_gets_the_nearest_one(console):
    hints: list[str] = []
    console.session.hint = hints.append
    [reply] = await console.run("/chekin mood:4")
    assert reply.error and "not a command I know" in reply.text
    assert hints == ["Did you mean /checkin mood:4?"]
    await console.run("/meeting lst")
    assert hints[-1] == "Did you mean /meeting list?"
    await console.run("/crisis")
    assert len(hints) == 2  # a command Haven knows gets no hint


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        (":sumbit mood=4", "Did you mean :submit mood=4?"),
        (":advence 1d", "Did you mean :advance 1d?"),
        ("checkin mood:4", "Did you mean /checkin mood:4?"),
        ("help", "Did you mean /help?"),
        ("quit", "Did you mean :quit?"),
    ],
)
async def test_input_that_is_not_a_command_or_directive_suggests_one(console, line, meant):
    with pytest.raises(ScriptError, match=re.escape(meant)):
        await console.run(line)


async def test_nonsense_gets_no_made_up_suggestion(console):
    with pytest.raises(ScriptError) as raised:
        await console.run(":xyzzy")
    assert "Did you mean" not in str(raised.value) and ":help" in str(raised.value)


def test_a_script_may_ask_for_help_but_not_quit(tmp_path):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    environ["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'haven.db'}"
    environ["HAVEN_ENCRYPTION_KEY"] = Fernet.generate_key().decode()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--script", "-"],
        input=":help\n:quit\n/crisis\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ,
        timeout=60,
    )
    # a script ends at its last line; :quit is a mistake there, with its line number
    assert result.returncode == 2 and "line 2" in result.stderr
    assert "interactive" in result.stderr
    assert ":advance DURATION" in result.stdout and "e.g. :advance 1d12h" in result.stdout
    assert "988" not in result.stdout
