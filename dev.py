#!/usr/bin/env python3
"""Set-up and everyday tasks with nothing but Python 3.11+.

    python3 dev.py run     # start Haven (the console when no tokens are configured)
    python3 dev.py test    # the whole test suite
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


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"Haven needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("Installing Haven and its dependencies into .venv ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", ".[dev]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def main() -> int:
    task, *rest = sys.argv[1:] or ["help"]
    if task not in ("run", "test", "lint"):
        print(__doc__)
        return 0 if task == "help" else 2
    ensure_venv()
    if task == "run":
        return subprocess.call([str(BIN / "haven"), *(rest or ["run"])], cwd=ROOT)
    if task == "test":
        return subprocess.call([str(BIN / "python"), "-m", "pytest", *rest], cwd=ROOT)
    code = subprocess.call([str(BIN / "ruff"), "check", "."], cwd=ROOT)
    return code or subprocess.call([str(BIN / "lint-imports")], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
