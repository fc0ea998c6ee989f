"""What a person at the console reads: Haven's markup rendered, tables, width, colour."""

import io
import re

from rich.console import Console

from adapters.console.markup import inline, render
from adapters.console.terminal import TerminalPrinter

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def shown(outputs, width=80, colour=False) -> str:
    stream = io.StringIO()
    printer = TerminalPrinter(stream, colour=colour, width=width)
    for out in outputs:
        printer(out)
    return stream.getvalue()


def plain_render(markup: str, width=80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    with console.capture() as captured:
        console.print(render(markup))
    return captured.get()


def test_bold_code_italic_and_links_lose_their_marks():
    text = inline("**Haven** says `/crisis` is _always_ there: [988](https://988lifeline.org)")
    assert text.plain == "Haven says /crisis is always there: 988 (https://988lifeline.org)"
    styles = {text.plain[span.start : span.end]: str(span.style) for span in text.spans}
    assert styles["Haven"] == "bold"
    assert "cyan" in styles["/crisis"]
    assert styles["always"] == "italic"
    assert "link https://988lifeline.org" in styles["988"]


def test_someone_elses_markup_shows_exactly_as_written():
    # a meeting title a moderator typed, passed through literal(): never bold, never a link
    text = inline(r"**Evening \*\*circle\*\* \[join\](https://evil.example)**")
    assert text.plain == "Evening **circle** [join](https://evil.example)"
    assert all(str(span.style) == "bold" for span in text.spans)


def test_snake_case_and_lone_stars_are_not_formatting():
    assert inline("set my_var_name and 2 * 3").plain == "set my_var_name and 2 * 3"


async def test_help_reaches_the_reader_without_markdown_marks(console):
    [help_out] = await console.run("/help")
    assert "**" in help_out.text  # the JSON text keeps Haven's markup, as CONSOLE.md says
    screen = shown([help_out])
    assert "**" not in screen and "`" not in screen
    assert "Haven commands" in screen
    # each command is a row: its usage, then what it does, on the same line
    assert re.search(r"/crisis +Crisis and helpline resources", screen)


async def test_meeting_list_is_a_table_in_the_readers_time(console):
    await console.agree("mona", mod=True)
    await console.run(
        "/mod channel announcements #general\n"
        '/meeting add title:"Evening circle" day:mon,thu time:19:00 tz:UTC\n'
        "/meeting skip 1 2026-11-23"
    )
    await console.agree("sam", zone="Europe/Helsinki")
    listing = await console.say("/meeting list")
    rows = [line for line in shown([listing]).splitlines() if "Evening circle" in line]
    assert len(rows) == 2
    cancelled, next_one = rows
    assert "Mon 23 Nov 2026 21:00 EET" in cancelled and "cancelled this time" in cancelled
    assert "Thu 26 Nov 2026 21:00 EET" in next_one and "cancelled" not in next_one
    # columns line up: the title starts at the same place on every row
    assert cancelled.index("Evening circle") == next_one.index("Evening circle")


async def test_checkin_summary_is_a_table_with_headings(console):
    await console.agree("sam")
    await console.run("/checkin mood:3 craving:4\n:advance 1d\n/checkin mood:5 craving:2")
    summary = await console.say("/checkin summary")
    screen = shown([summary])
    heading = next(line for line in screen.splitlines() if "Checked in" in line)
    assert "Mood" in heading and "Craving" in heading
    week = next(line for line in screen.splitlines() if "Last 7 days" in line)
    assert re.search(r"Last 7 days +2 of 7 days +4\.0/5 +3\.0/10", week)
    assert "**" not in screen


def test_text_wraps_to_the_terminals_width():
    long = " ".join(["recovery"] * 40)
    narrow = plain_render(long, width=40)
    wide = plain_render(long, width=120)
    assert max(len(line.rstrip()) for line in narrow.splitlines()) <= 40
    assert max(len(line.rstrip()) for line in wide.splitlines()) > 100
    assert narrow.split() == wide.split() == long.split()


def test_lists_hang_under_their_bullet():
    screen = plain_render("Before you start:\n- " + "one " * 30 + "\n- two", width=40)
    lines = screen.splitlines()
    assert lines[1].startswith("• one")
    assert lines[2].startswith("  one")  # the wrapped item stays under its text
    assert any(line.startswith("• two") for line in lines)


async def test_colour_only_when_asked_for(console):
    [out] = await console.run("/crisis")
    assert "\x1b[" not in shown([out], colour=False)
    assert "\x1b[1m" in shown([out], colour=True)


async def test_errors_are_marked(console):
    out = await console.say("/sober set yesterday-ish")
    assert out.error
    assert shown([out]).splitlines()[1].lstrip().startswith("⚠")
