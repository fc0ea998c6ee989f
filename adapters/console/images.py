"""Pictures (the check-in chart, a milestone chip) shown inside the terminal.

Three inline-image protocols are common: kitty's graphics protocol (kitty,
Ghostty), iTerm2's (iTerm2, WezTerm, mintty) and sixel (foot, mlterm, contour;
Windows Terminal and xterm too, when told to with ``HAVEN_IMAGES=sixel``). A terminal cannot be
asked reliably without waiting for an answer, so the protocol is read from the
environment the terminal sets; ``HAVEN_IMAGES=kitty|iterm|sixel|off`` overrides
it. Inside tmux or screen, and when output is not a terminal, nothing is drawn
and the member is told where the file is, to open with their image viewer.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping

from PIL import Image

KITTY, ITERM, SIXEL = "kitty", "iterm", "sixel"
PROTOCOLS = (KITTY, ITERM, SIXEL)
#: The widest picture drawn, in pixels (a chart fits a laptop's terminal).
MAX_WIDTH = 720


def protocol(environ: Mapping[str, str], is_tty: bool) -> str | None:
    """The inline-image protocol this terminal speaks, or None to print the path."""
    forced = environ.get("HAVEN_IMAGES", "").strip().lower()
    if forced in PROTOCOLS:
        return forced
    if forced in ("off", "none", "no", "0") or not is_tty:
        return None
    term = environ.get("TERM", "")
    program = environ.get("TERM_PROGRAM", "")
    if environ.get("TMUX") or term.startswith(("screen", "tmux")):
        return None  # multiplexers drop the escape sequences unless set up to pass them
    if environ.get("KITTY_WINDOW_ID") or term == "xterm-kitty" or program == "ghostty":
        return KITTY
    if program in ("iTerm.app", "WezTerm", "mintty") or environ.get("LC_TERMINAL") == "iTerm2":
        return ITERM
    if "sixel" in term or term.startswith(("foot", "mlterm", "contour")):
        return SIXEL
    return None


def escape_sequence(png: bytes, kind: str) -> str:
    """The bytes a terminal of ``kind`` draws ``png`` from."""
    if kind == KITTY:
        return kitty(png)
    if kind == ITERM:
        return iterm(png)
    if kind == SIXEL:
        return sixel(png)
    raise ValueError(f"no inline-image protocol {kind!r}")


def kitty(png: bytes) -> str:
    """kitty's graphics protocol: the PNG itself, base64 in chunks of 4096."""
    data = base64.standard_b64encode(png).decode("ascii")
    chunks = [data[i : i + 4096] for i in range(0, len(data), 4096)] or [""]
    out = []
    for n, chunk in enumerate(chunks):
        more = 1 if n < len(chunks) - 1 else 0
        keys = f"a=T,f=100,m={more}" if n == 0 else f"m={more}"
        out.append(f"\x1b_G{keys};{chunk}\x1b\\")
    return "".join(out) + "\n"


def iterm(png: bytes) -> str:
    """iTerm2's inline image: one OSC 1337 sequence with the file."""
    data = base64.standard_b64encode(png).decode("ascii")
    return f"\x1b]1337;File=inline=1;size={len(png)};preserveAspectRatio=1:{data}\x07\n"


def sixel(png: bytes, colours: int = 64) -> str:
    """The picture as sixel graphics: a palette of ``colours``, six rows a band."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.width > MAX_WIDTH:
        image = image.resize((MAX_WIDTH, round(image.height * MAX_WIDTH / image.width)))
    image = image.quantize(colours)
    width, height = image.size
    palette = image.getpalette()[: 3 * colours]
    pixels = image.tobytes()  # one palette index per pixel, row by row
    out = [f'\x1bPq"1;1;{width};{height}']
    for index in range(len(palette) // 3):
        r, g, b = (round(v * 100 / 255) for v in palette[3 * index : 3 * index + 3])
        out.append(f"#{index};2;{r};{g};{b}")
    for top in range(0, height, 6):
        bits: dict[int, list[int]] = {}
        for bit, y in enumerate(range(top, min(top + 6, height))):
            mask = 1 << bit
            for x, colour in enumerate(pixels[y * width : (y + 1) * width]):
                column = bits.get(colour)
                if column is None:
                    column = bits[colour] = [0] * width
                column[x] |= mask
        lines = [f"#{colour}" + _runs(column) for colour, column in bits.items()]
        out.append("$".join(lines) + "-")
    return "".join(out) + "\x1b\\\n"


def _runs(column: list[int]) -> str:
    """One colour's sixels across a band, repeated characters run-length coded."""
    out, previous, count = [], None, 0
    for value in column:
        char = chr(63 + value)
        if char == previous:
            count += 1
            continue
        if previous is not None:
            out.append(f"!{count}{previous}" if count > 3 else previous * count)
        previous, count = char, 1
    if previous is not None:
        out.append(f"!{count}{previous}" if count > 3 else previous * count)
    return "".join(out)
