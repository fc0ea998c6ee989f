"""The console in a real pseudo-terminal, as a person (or a bar's script) runs it."""

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time

import pytest
from cryptography.fernet import Fernet

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[=>]")
SESSION = [
    "/help",
    "/haven consent agree",
    "/haven timezone Europe/Helsinki",
    "/crisis",
    "/checkin mood:4 craving:2",
    "/checkin summary",
    "/meeting list",
    "/checkin",
    ":help",
    "/chekin",
]


def in_pty(args, cwd, lines, columns=100) -> tuple[int, str]:
    """Run ``haven console ARGS`` with a terminal for its input and output,
    type ``lines`` and return its exit code and everything it wrote."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    environ.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{cwd / 'haven.db'}",
        HAVEN_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        TERM="xterm-256color",
        HAVEN_IMAGES="",
    )
    environ.pop("NO_COLOR", None)
    environ.pop("COLUMNS", None)
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "console", "--at", "2026-11-21T09:00:00+00:00", *args],
        stdin=child,
        stdout=child,
        stderr=child,
        cwd=cwd,
        env=environ,
        close_fds=True,
    )
    os.close(child)
    os.write(main, ("\n".join(lines) + "\n").encode())
    if "--script" not in args:
        os.write(main, b":quit\n")
    chunks, deadline = [], time.monotonic() + 90
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.5)
        if ready:
            try:
                data = os.read(main, 65536)
            except OSError:  # the child's side closed
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(main)
    code = process.wait(timeout=30)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_a_person_reads_no_markdown_marks_and_sees_colour(tmp_path):
    code, screen = in_pty([], tmp_path, SESSION)
    assert code == 0, screen
    assert "\x1b[1m" in screen  # bold, on a terminal
    words = ANSI.sub("", screen)
    assert "Haven commands" in words and "988" in words
    assert "**" not in words
    assert "Checked in" in words and "Mood" in words  # the summary's table
    assert ':submit mood=4 craving=2 sober=yes note="…"' in words
    assert ":advance DURATION" in words  # :help explains the directives
    assert "Did you mean /checkin?" in words
    # wrapped to the terminal's 100 columns
    assert max(len(line.rstrip("\r")) for line in words.split("\n")) <= 100


def test_script_output_in_a_terminal_has_no_colour(tmp_path):
    script = tmp_path / "try.txt"
    script.write_text("\n".join(SESSION[:6]) + "\n")
    code, screen = in_pty(["--script", str(script)], tmp_path, [])
    assert code == 0, screen
    assert "\x1b" not in screen
    assert "**" not in screen and "Haven commands" in screen


def test_json_in_a_terminal_is_exactly_console_md(tmp_path):
    script = tmp_path / "try.txt"
    script.write_text("\n".join(SESSION[:6]) + "\n")
    code, screen = in_pty(["--script", str(script), "--json"], tmp_path, [])
    assert code == 0, screen
    assert "\x1b" not in screen
    records = [json.loads(line) for line in screen.splitlines() if line.strip()]
    keys = {"at", "kind", "to", "visible_to", "ephemeral", "error", "text", "actions", "files"}
    assert len(records) == 6 and all(set(r) == keys for r in records)
    assert "**Haven commands**" in records[0]["text"]  # the text keeps Haven's markup


@pytest.mark.parametrize("columns", [60, 140])
def test_tables_fit_the_terminal(tmp_path, columns):
    code, screen = in_pty([], tmp_path, ["/help"], columns=columns)
    assert code == 0
    lines = ANSI.sub("", screen).split("\n")
    assert max(len(line.rstrip("\r")) for line in lines) <= columns
