"""Pictures inline on terminals that draw them, their path everywhere else."""

import base64
import io
import re

import pytest
from PIL import Image

from adapters.console.adapter import Output
from adapters.console.images import escape_sequence, protocol, sixel
from adapters.console.terminal import TerminalPrinter


def png(width=30, height=14) -> bytes:
    image = Image.new("RGB", (width, height), (250, 240, 230))
    for x in range(width):
        image.putpixel((x, x % height), (20, 90, 160))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("environ", "tty", "expected"),
    [
        ({"TERM": "xterm-kitty", "KITTY_WINDOW_ID": "1"}, True, "kitty"),
        ({"TERM": "xterm-256color", "KITTY_WINDOW_ID": "3"}, True, "kitty"),
        ({"TERM": "xterm-ghostty", "TERM_PROGRAM": "ghostty"}, True, "kitty"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"}, True, "iterm"),
        ({"TERM": "xterm-256color", "LC_TERMINAL": "iTerm2"}, True, "iterm"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"}, True, "iterm"),
        ({"TERM": "foot"}, True, "sixel"),
        ({"TERM": "mlterm"}, True, "sixel"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "Apple_Terminal"}, True, None),
        ({"TERM": "xterm-256color"}, True, None),
        ({"TERM": "linux"}, True, None),
        # a multiplexer swallows the sequences
        ({"TERM": "tmux-256color", "TERM_PROGRAM": "iTerm.app", "TMUX": "/tmp/t,1,0"}, True, None),
        ({"TERM": "screen", "KITTY_WINDOW_ID": "1"}, True, None),
        # not a terminal (a pipe, a file): never
        ({"TERM": "xterm-kitty", "KITTY_WINDOW_ID": "1"}, False, None),
        # the member knows best
        ({"TERM": "xterm-256color", "HAVEN_IMAGES": "sixel"}, True, "sixel"),
        ({"TERM": "xterm-kitty", "KITTY_WINDOW_ID": "1", "HAVEN_IMAGES": "off"}, True, None),
    ],
)
def test_the_protocol_is_read_from_the_environment(environ, tty, expected):
    assert protocol(environ, tty) == expected


def test_kitty_sends_the_png_in_chunks():
    data = png(200, 200) * 3  # large enough for several chunks
    sequence = escape_sequence(data, "kitty")
    chunks = re.findall(r"\x1b_G([^;]*);([^\x1b]*)\x1b\\", sequence)
    assert len(chunks) > 1
    assert chunks[0][0] == "a=T,f=100,m=1" and chunks[-1][0] == "m=0"
    assert all(len(payload) <= 4096 for _, payload in chunks)
    assert base64.b64decode("".join(payload for _, payload in chunks)) == data


def test_iterm_sends_one_inline_file():
    data = png()
    sequence = escape_sequence(data, "iterm")
    match = re.fullmatch(r"\x1b\]1337;File=([^:]*):([A-Za-z0-9+/=]+)\x07\n", sequence)
    assert match and "inline=1" in match[1] and f"size={len(data)}" in match[1]
    assert base64.b64decode(match[2]) == data


def test_sixel_draws_the_picture_in_bands_of_six_rows():
    sequence = sixel(png(30, 14))
    assert sequence.startswith('\x1bPq"1;1;30;14') and sequence.endswith("\x1b\\\n")
    body = sequence[len('\x1bPq"1;1;30;14') : -3]
    assert body.count("-") == 3  # 14 rows: three bands
    assert re.search(r"#\d+;2;\d+;\d+;\d+", body)  # a palette
    assert set(re.sub(r"#\d+(;2;\d+;\d+;\d+)?|!\d+|[$-]", "", body)) <= {
        chr(c) for c in range(63, 127)
    }


def decode_sixel(sequence: str) -> dict[tuple[int, int], tuple[int, int, int]]:
    """A small sixel reader: each drawn pixel's colour (percent RGB)."""
    body = sequence[sequence.index('"') : sequence.rindex("\x1b\\")].split("#", 1)[1]
    palette, drawn = {}, {}
    colour, x, top = 0, 0, 0
    for token in re.finditer(
        r"#(\d+)(?:;2;(\d+);(\d+);(\d+))?|!(\d+)(.)|([?-~])|(\$)|(-)", "#" + body
    ):
        if token[1] is not None:
            colour = int(token[1])
            if token[2] is not None:
                palette[colour] = (int(token[2]), int(token[3]), int(token[4]))
            continue
        if token[8]:
            x = 0
            continue
        if token[9]:
            x, top = 0, top + 6
            continue
        count, char = (int(token[5]), token[6]) if token[5] else (1, token[7])
        for _ in range(count):
            for bit in range(6):
                if (ord(char) - 63) >> bit & 1:
                    drawn[(x, top + bit)] = palette[colour]
            x += 1
    return drawn


def test_sixel_draws_every_pixel_in_its_colour():
    data = png(30, 14)
    drawn = decode_sixel(sixel(data))
    image = Image.open(io.BytesIO(data)).convert("RGB")
    assert len(drawn) == 30 * 14
    for (x, y), colour in drawn.items():
        expected = tuple(round(v * 100 / 255) for v in image.getpixel((x, y)))
        assert all(abs(a - b) <= 2 for a, b in zip(colour, expected, strict=True))


def output_with(path, content_type) -> Output:
    return Output(
        at="2026-11-21T09:00:00+00:00",
        kind="reply",
        to="#general",
        visible_to=["you"],
        ephemeral=True,
        error=False,
        text="Your check-ins",
        markup="**Your check-ins**",
        files=[str(path)],
        media=[content_type],
    )


def test_a_chart_is_drawn_inline_where_the_terminal_can(tmp_path):
    chart = tmp_path / "chart.png"
    chart.write_bytes(png())
    stream = io.StringIO()
    TerminalPrinter(stream, images="kitty", interactive=True)(output_with(chart, "image/png"))
    screen = stream.getvalue()
    assert "\x1b_Ga=T,f=100" in screen
    assert "picture above" in screen and "image viewer" not in screen


def test_elsewhere_the_path_is_printed_to_open_with_an_image_viewer(tmp_path):
    chart = tmp_path / "chart.png"
    chart.write_bytes(png())
    stream = io.StringIO()
    TerminalPrinter(stream, images=None, interactive=True)(output_with(chart, "image/png"))
    screen = stream.getvalue()
    assert "\x1b" not in screen
    assert "open it with your image viewer" in screen
    assert f"  picture: {chart}" in screen.splitlines()  # whole, on its own line, to copy
    assert "removed when you :quit" in screen


def test_documents_are_never_drawn(tmp_path):
    export = tmp_path / "haven-export.json"
    export.write_text("{}")
    stream = io.StringIO()
    printer = TerminalPrinter(stream, images="kitty", interactive=True)
    printer(output_with(export, "application/json"))
    screen = stream.getvalue()
    assert "\x1b_G" not in screen and "saved to" in screen and "haven-export.json" in screen
    assert "removed" not in screen
