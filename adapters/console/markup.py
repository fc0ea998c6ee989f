"""Haven's message markup as something a terminal can show, with ``rich``.

The markup is the small subset ``bot/messages.py`` defines: ``**bold**``,
``_italic_``, `` `code` ``, ``[label](https://link)``, lines starting ``- ``
for lists, and backslash-escaped characters (text someone else wrote, shown
exactly as written — never bold, never a link).

Two shapes Haven writes read better as tables, and become one:

- a list whose every item is parts joined by `` — `` (``/meeting list``:
  when — meeting — note; ``/help``: command — what it does);
- consecutive lines ``**Label:** part · part · part`` with as many parts
  each (``/checkin summary``: last 7 days, last 30 days). Words every row of a
  column starts with ("mood 3.5/5", "mood 3.0/5") become that column's heading.

Everything else is a paragraph, wrapped to the terminal's width by ``rich``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from bot.platform import ESCAPABLE

INLINE_RE = re.compile(
    r"\\(?P<escaped>" + ESCAPABLE + r")"
    r"|`(?P<code>[^`]+)`"
    r"|\*\*(?P<bold>(?:\\.|[^*\\]|\*(?!\*))+?)\*\*"
    r"|(?<![\w\\])_(?P<italic>(?:\\.|[^_\\])+?)_(?!\w)"
    r"|\[(?P<label>(?:\\.|[^\]\\])+)\]\((?P<url>https?://[^)\s]+)\)"
)
ITEM_SEP = " — "
RECORD_RE = re.compile(r"\*\*(?P<label>[^*]+?):\*\*\s+(?P<rest>.+)")
RECORD_SEP = " · "


def inline(markup: str, style: str = "") -> Text:
    """One line of markup as styled text."""
    text = Text(style=style)
    at = 0
    for match in INLINE_RE.finditer(markup):
        text.append(markup[at : match.start()])
        at = match.end()
        kind = match.lastgroup
        if kind == "escaped":
            text.append(match["escaped"])
        elif kind == "code":
            text.append(match["code"], style="bold cyan")
        elif kind == "bold":
            text.append_text(inline(match["bold"], "bold"))
        elif kind == "italic":
            text.append_text(inline(match["italic"], "italic"))
        elif match["url"]:
            url = match["url"]
            text.append_text(inline(match["label"], f"underline link {url}"))
            text.append(f" ({url})", style="dim")
    text.append(markup[at:])
    return text


def render(markup: str) -> RenderableType:
    """A whole message's markup: paragraphs, lists and tables."""
    return Group(*blocks(markup.split("\n")))


def blocks(lines: list[str]) -> Iterator[RenderableType]:
    i = 0
    while i < len(lines):
        if lines[i].startswith("- "):
            j = _run_end(lines, i, lambda line: line.startswith("- "))
            yield list_block([line[2:] for line in lines[i:j]])
        elif RECORD_RE.fullmatch(lines[i]):
            j = _run_end(lines, i, RECORD_RE.fullmatch)
            yield from record_block(lines[i:j])
        else:
            j = i + 1
            yield inline(lines[i])
        i = j


def _run_end(lines: list[str], start: int, belongs) -> int:
    end = start
    while end < len(lines) and belongs(lines[end]):
        end += 1
    return end


def list_block(items: list[str]) -> RenderableType:
    rows = [_split(item, ITEM_SEP) for item in items]
    if all(len(row) > 1 for row in rows):
        table = Table(box=box.SIMPLE, show_header=False, pad_edge=False, expand=False)
        for _ in range(max(map(len, rows))):
            table.add_column()
        for row in rows:
            table.add_row(*(inline(cell) for cell in row))
        return table
    bullets = Table.grid(padding=(0, 1))
    bullets.add_column(no_wrap=True)
    bullets.add_column()
    for item in items:
        bullets.add_row("•", inline(item))
    return bullets


def record_block(lines: list[str]) -> Iterator[RenderableType]:
    rows = []
    for line in lines:
        match = RECORD_RE.fullmatch(line)
        rows.append([match["label"], *_split(match["rest"], RECORD_SEP)])
    if len(rows) < 2 or len({len(row) for row in rows}) != 1 or len(rows[0]) < 3:
        yield from (inline(line) for line in lines)
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold")
    table.add_column("")
    headings = []
    for column in range(1, len(rows[0])):
        words = _common_words([row[column] for row in rows])
        headings.append(words)
        table.add_column(words[:1].upper() + words[1:])
    for row in rows:
        cells = [
            row[column][len(words) :].strip() if words else row[column]
            for column, words in enumerate(headings, start=1)
        ]
        table.add_row(inline(row[0], "bold"), *(inline(cell) for cell in cells))
    yield table


def _split(text: str, sep: str) -> list[str]:
    return [part.strip() for part in text.split(sep)]


def _common_words(cells: list[str]) -> str:
    """The leading words all ``cells`` share, as long as each has more after them
    (words with digits are values, never a heading)."""
    split = [cell.split(" ") for cell in cells]
    shared: list[str] = []
    for words in zip(*split, strict=False):
        if len(set(words)) != 1 or any(len(s) <= len(shared) + 1 for s in split):
            break
        if any(char.isdigit() for char in words[0]):
            break
        shared.append(words[0])
    return " ".join(shared)
