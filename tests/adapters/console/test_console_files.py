"""Files Haven sends go to the member's folder, private; pictures go at :quit."""

import json
import os
import stat
import subprocess
import sys

from cryptography.fernet import Fernet

from adapters.console.files import files_folder, save

HAVEN = [sys.executable, "-m", "bot.cli"]
SESSION = (
    "/haven consent agree\n/haven timezone Europe/Helsinki\n"
    "/checkin mood:4 craving:2 note:private-words\n"
    "/checkin summary\n/haven export\n"
)


def run(args, cwd, stdin):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    environ["DATABASE_URL"] = f"sqlite+aiosqlite:///{cwd / 'haven.db'}"
    environ["HAVEN_ENCRYPTION_KEY"] = Fernet.generate_key().decode()
    environ["COLUMNS"] = "200"
    return subprocess.run(
        [*HAVEN, "console", "--at", "2026-11-21T09:00:00+00:00", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environ,
        timeout=60,
    )


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_go_to_haven_files_readable_by_their_owner_only(tmp_path):
    result = run(["--script", "-", "--json"], tmp_path, SESSION)
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    paths = [path for out in outputs for path in out["files"]]
    assert len(paths) == 2  # the chart and the export
    folder = tmp_path / "haven-files"
    assert mode(folder) == 0o700
    for path in paths:
        assert os.path.isabs(path) and os.path.dirname(path) == str(folder)
        assert mode(folder / os.path.basename(path)) == 0o600
    # a script's files are its output: all still there once it ends
    assert sorted(p.name for p in folder.iterdir()) == sorted(map(os.path.basename, paths))


def test_files_option_names_the_folder(tmp_path):
    result = run(["--script", "-", "--files", "exports/haven"], tmp_path, SESSION)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "exports" / "haven"
    assert mode(folder) == 0o700
    assert any(p.name.endswith("haven-export.json") for p in folder.iterdir())
    assert "saved to exports/haven/" in result.stdout  # the reply says where
    assert not (tmp_path / "haven-files").exists()


def test_a_folder_the_member_already_has_keeps_its_permissions(tmp_path):
    mine = tmp_path / "shared"
    mine.mkdir()
    mine.chmod(0o755)
    saved = save(mine, "x.json", b"{}")
    assert mode(mine) == 0o755 and mode(saved) == 0o600


def test_a_new_folder_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        save(tmp_path / "new", "x.png", b"png")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new") == 0o700


def test_files_folder_is_absolute_and_expands_home(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert files_folder(None) == tmp_path / "haven-files"
    assert files_folder("~/haven") == tmp_path / "home" / "haven"


def test_quit_removes_pictures_and_keeps_what_the_member_asked_to_take(tmp_path):
    result = run([], tmp_path, SESSION + ":quit\n")
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "haven-files"
    left = [p.name for p in folder.iterdir()]
    assert len(left) == 1 and left[0].endswith("haven-export.json")
    out = result.stdout
    assert "picture: haven-files/" in out and "open it with your image viewer" in out
    assert "removed when you :quit" in out
    assert "saved to haven-files/" in out and "haven-export.json" in out
    assert "Removed 1 picture" in out


def test_the_end_of_input_cleans_up_too(tmp_path):
    result = run([], tmp_path, SESSION)  # Ctrl-D instead of :quit
    assert result.returncode == 0, result.stderr
    assert not [p for p in (tmp_path / "haven-files").iterdir() if p.suffix == ".png"]
