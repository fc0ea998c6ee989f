#!/usr/bin/env python3
"""Set-up and everyday tasks with nothing but Python 3.11+.

    python3 dev.py run     # start Haven (the console when no tokens are configured)
    python3 dev.py test    # the whole test suite, on every core (pytest-xdist)
    python3 dev.py lint    # ruff and the import-linter layer contracts

Each creates .venv and installs Haven into it on first use (and again when
pyproject.toml changes).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".haven-installed"
LOG = VENV / "install.log"


def ensure_venv() -> None:
    """Create .venv and install Haven into it, one line per step; pip's own
    output goes to .venv/install.log and is shown only when a step fails."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"Haven needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        step("Creating .venv", lambda: venv.create(VENV, with_pip=True))
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check"]
    pip_step("Updating pip", [*pip, "--upgrade", "pip"])
    pip_step("Installing Haven and its dependencies (a minute or two)", [*pip, "-e", ".[dev]"])
    STAMP.write_text(wanted)


def step(what: str, action) -> None:
    print(f"{what} ...", end=" ", flush=True)
    action()
    print("done", flush=True)


def pip_step(what: str, command: list[str]) -> None:
    def run() -> None:
        with LOG.open("a") as log:
            log.write(f"$ {' '.join(command)}\n")
            log.flush()
            done = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        if done.returncode:
            print("failed", flush=True)
            lines = LOG.read_text(errors="replace").splitlines()
            sys.stderr.write("\n".join(lines[-30:]) + f"\n\n(pip's whole output: {LOG})\n")
            sys.exit(done.returncode)

    step(what, run)


def main() -> int:
    task, *rest = sys.argv[1:] or ["help"]
    if task not in ("run", "test", "lint"):
        print(__doc__)
        return 0 if task == "help" else 2
    ensure_venv()
    if task == "run":
        return subprocess.call([str(BIN / "haven"), *(rest or ["run"])], cwd=ROOT)
    if task == "test":
        # The whole suite spreads over every core; named tests run in one process
        # (add -n auto yourself to spread them too).
        spread = [] if rest else ["-n", "auto", "--dist", "worksteal"]
        return subprocess.call([str(BIN / "python"), "-m", "pytest", *spread, *rest], cwd=ROOT)
    code = subprocess.call([str(BIN / "ruff"), "check", "."], cwd=ROOT)
    return code or subprocess.call([str(BIN / "lint-imports")], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
