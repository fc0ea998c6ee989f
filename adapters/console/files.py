"""Where the console puts the files Haven sends, and which of them go at ``:quit``.

Files go to one folder the member chose (``--files DIR``, ``./haven-files/`` by
default). Haven creates it readable by its owner only (0700) and writes each
file 0600: exports hold decrypted notes, charts hold moods and cravings.

Two kinds of file land there:

- **documents** the member asked for to take away: an export, a calendar.
  They stay; the reply says where.
- **pictures** Haven sends to be looked at: the check-in chart, a milestone
  chip. They exist only so an image viewer can open them, hold member data,
  and are removed when the interactive console ends (``:quit``, Ctrl-D).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .adapter import Output

DEFAULT_FOLDER = "haven-files"


def files_folder(chosen: str | None) -> Path:
    """The folder ``--files`` names (``~`` allowed), or ``./haven-files``, made absolute
    so the paths in ``--json`` output work from anywhere."""
    return Path(os.path.abspath(os.path.expanduser(chosen or DEFAULT_FOLDER)))


def save(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``folder/name``, readable by its owner only; a folder
    Haven has to create is made 0700 (an existing one is left as the member has it)."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened
    path = folder / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return path


def is_picture(content_type: str) -> bool:
    return content_type.startswith("image/")


def shown_path(path: str | Path) -> str:
    """``path`` as the member would type it: relative to where they are, when inside."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def remove_pictures(outputs: Iterable[Output]) -> int:
    """Remove the pictures among ``outputs``' files (see above); how many went."""
    removed = 0
    for out in outputs:
        for path, content_type in zip(out.files, out.media, strict=False):
            if is_picture(content_type):
                try:
                    Path(path).unlink()
                    removed += 1
                except FileNotFoundError:
                    pass
    return removed
