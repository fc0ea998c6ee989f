"""Haven's files are readable by their owner only (issue #15, item 3).

A real ``haven run`` (the CLI process, discord.py against the fake Discord)
under the common umask 022 creates the SQLite database, the ``-wal`` and
``-shm`` files SQLite adds beside it, the rate limiter's file (and its own
``-wal``/``-shm``) and the development key file with mode 0600 — other users
of the machine cannot read members' health data. Files that already exist
with a wider mode are left as they are, and ``haven run`` says which and how
to fix them.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import TEST_KEY
from tests.restart.support import (
    ROOT,
    HavenProcess,
    haven_env,
    kill_all,
    seed,
    seen_places,
    start_fake,
    until,
)

STOP_WITHIN = 20


@pytest.fixture(autouse=True)
def _umask_022():
    """The umask most systems give a service: files 0644 unless Haven says otherwise."""
    before = os.umask(0o022)
    yield
    os.umask(before)
    kill_all()


def mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def with_sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


async def test_haven_run_creates_its_files_private(tmp_path, template_db):
    data = tmp_path / "data"
    data.mkdir()
    db, key = data / "haven.db", data / "haven-dev.key"
    url = f"sqlite+aiosqlite:///{db}"
    fake = await start_fake()
    env = haven_env(url, fake, "", tmp_path)
    del env["HAVEN_ENCRYPTION_KEY"]  # development: Haven writes its own key file
    env["HAVEN_DEV_KEY_FILE"] = str(key)
    try:
        # 1. A first start: the database, its WAL and the key file are created.
        first = await HavenProcess(env, tmp_path, tmp_path / "haven-1.log").start()

        async def connected() -> bool:
            assert first.alive, f"haven run exited:\n{first.tail()}"
            return bool(fake.sessions) and all(p.exists() for p in with_sidecars(db))

        await until(connected, 40, "haven run to migrate its database and connect")
        assert {p.name: mode(p) for p in [*with_sidecars(db), key]} == {
            p.name: "0o600" for p in [*with_sidecars(db), key]
        }
        first.send(signal.SIGTERM)
        await first.wait(STOP_WITHIN)
        await first.kill()

        # 2. Work is due (in a database seeded here, as Haven would have written
        # it): sending it paces through the rate limiter's own file.
        due = data / "due.db"
        due.write_bytes(template_db.read_bytes())
        due.chmod(0o600)
        env["DATABASE_URL"] = f"sqlite+aiosqlite:///{due}"
        env["HAVEN_ENCRYPTION_KEY"] = TEST_KEY  # the key its rows were written with
        seeded = await seed(env["DATABASE_URL"], fake, datetime.now(UTC))
        second = await HavenProcess(env, tmp_path, tmp_path / "haven-2.log").start()
        limiter = data / "due.ratelimit.db"

        async def sent() -> bool:
            assert second.alive, f"haven run exited:\n{second.tail()}"
            delivered = "dm:pam" in seen_places(fake, seeded)
            return delivered and all(p.exists() for p in with_sidecars(limiter))

        await until(sent, 40, "haven run to deliver the due check-in prompt")
        files = [*with_sidecars(due), *with_sidecars(limiter), key]
        assert {p.name: mode(p) for p in files} == {p.name: "0o600" for p in files}
        second.send(signal.SIGTERM)
        await second.wait(STOP_WITHIN)
        await second.kill()
        logs = first.tail(400) + second.tail(400)
        assert "chmod 600" not in logs  # nothing to warn about
    finally:
        await fake.close()


def test_haven_run_names_files_others_can_read(tmp_path, template_db):
    """Existing files keep their mode (an operator may share them on purpose),
    and each one others can read is named at start-up with the fix."""
    db, key = tmp_path / "haven.db", tmp_path / "haven-dev.key"
    db.write_bytes(template_db.read_bytes())
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "keys", "generate"],
        stdout=key.open("w"), check=True, cwd=tmp_path,
    )  # fmt: skip
    db.chmod(0o644)
    key.chmod(0o640)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "HAVEN_DEV_KEY_FILE": str(key),
    }
    done = subprocess.run(  # no platform token: the console, ended by stdin's end
        [sys.executable, "-m", "bot.cli", "--env-file", str(tmp_path / "absent.env"), "run"],
        cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "chmod 600" in line]
    assert len(warnings) == 2, done.stderr
    assert any(f"chmod 600 {db}" in line and "0644" in line for line in warnings)
    assert any(f"chmod 600 {key}" in line and "0640" in line for line in warnings)
    assert (mode(db), mode(key)) == ("0o644", "0o640")
