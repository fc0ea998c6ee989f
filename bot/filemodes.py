"""Files that hold members' data are readable by their owner only.

Haven's SQLite database (and the ``-wal``/``-shm`` files SQLite keeps beside
it), the rate limiter's file and the development key file are health data or
the key to it. Each is created with mode 0600 before anything is written to
it, whatever the umask. Haven does not change the mode of a file that already
exists — an operator may share it with a backup group on purpose — but says
once, at start-up, that others can read it and how to stop that.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("haven.files")

PRIVATE = 0o600


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (then leave it be).

    A missing folder is left for the caller to report (SQLite says "unable to
    open database file")."""
    with contextlib.suppress(FileExistsError, FileNotFoundError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))


def warn_if_shared(path: Path) -> bool:
    """Log a warning if users other than the owner may read or write ``path``."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return False
    if not mode & 0o077:
        return False
    log.warning(
        "%s can be read by other users of this machine (mode %04o), and it holds members' "
        "data or the key to it. Fix it with: chmod 600 %s",
        path,
        mode,
        path,
    )
    return True
