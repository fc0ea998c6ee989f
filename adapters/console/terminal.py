"""What a person at the console reads: each output of Haven rendered with ``rich``.

``--json`` prints CONSOLE.md's records instead, untouched. Here, Haven's markup
becomes bold, lists, code and tables (``markup.py``), wrapped to the terminal's
width; colour only when writing to a terminal in an interactive session, never
in ``--script`` output. Forms list their keys (``forms.py``); pictures are drawn
inline where the terminal can (``images.py``), otherwise their path is printed
to open with an image viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .adapter import Output
from .directives import DIRECTIVES
from .files import is_picture, shown_path
from .forms import render_form
from .images import escape_sequence
from .markup import render


class TerminalPrinter:
    """Prints :class:`Output` records for a human reader.

    ``colour``: styles and colour (a terminal, interactively). ``images``: the
    inline-image protocol, or None to print pictures' paths. ``interactive``:
    pictures are removed at ``:quit`` (and the reply says so).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        colour: bool = False,
        images: str | None = None,
        interactive: bool = False,
        width: int | None = None,
    ) -> None:
        self.stream = stream
        self.images = images
        self.interactive = interactive
        self.console = Console(
            file=stream,
            force_terminal=colour,
            no_color=not colour,
            color_system="auto" if colour else None,
            highlight=False,
            emoji=False,
            markup=False,
            width=width,
        )

    def __call__(self, out: Output) -> None:
        self.show(header(out), Padding(self.body(out), (0, 0, 0, 2)))
        for path, content_type in zip(out.files, out.media, strict=False):
            self.file(path, content_type)

    def show(self, *renderables: RenderableType) -> None:
        """Print, without the spaces ``rich`` pads each line with to the full width."""
        with self.console.capture() as captured:
            for renderable in renderables:
                self.console.print(renderable)
        lines = captured.get().splitlines()
        self.stream.write("".join(line.rstrip(" ") + "\n" for line in lines))
        self.stream.flush()

    def body(self, out: Output) -> RenderableType:
        if out.form is not None:
            return render_form(out.form)
        markup = out.markup or out.text
        parts: list[RenderableType] = [render(f"⚠ {markup}" if out.error else markup)]
        if out.actions:
            buttons = Text("  ").join(Text(f"[{a['label']}]", style="bold") for a in out.actions)
            hint = Text(f"   :click {out.actions[0]['label']}", style="dim")
            parts.append(Text.assemble(buttons, hint))
        return Group(*parts)

    def file(self, path: str, content_type: str) -> None:
        """Where a file went, its path whole on a line of its own (to copy)."""

        def at(lead: str) -> Text:
            return Text.assemble("  ", lead, (shown_path(path), "bold"), style="dim")

        if not is_picture(content_type):
            self.note(at("saved to "), "only you can read it")
            return
        gone = "; removed when you :quit" if self.interactive else ""
        if self.images:
            self.stream.write(escape_sequence(Path(path).read_bytes(), self.images))
            self.note(at("picture above, also at "), gone[2:])
        else:
            self.note(at("picture: "), "open it with your image viewer" + gone)

    def note(self, where: Text, then: str = "") -> None:
        """A file's line: never wrapped, so its path can be copied whole."""
        with self.console.capture() as captured:
            self.console.print(where, soft_wrap=True)
        self.stream.write(captured.get())
        if then:
            self.say(f"({then})", style="dim")

    def say(self, text: str, style: str = "", indent: int = 2) -> None:
        """Words from the console itself (the banner, a hint, a usage message)."""
        self.show(Padding(Text(text, style=style), (0, 0, 0, indent)))

    def directives(self) -> None:
        """``:help``: every directive, what it does and an example."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for usage, what, example in DIRECTIVES:
            table.add_row(usage, Text.assemble(what, "\n", ("e.g. ", "dim"), (example, "cyan")))
        intro = Text.assemble(
            "Lines starting with ",
            ("/", "bold"),
            " are Haven's commands (",
            ("/help", "bold"),
            " lists them); lines starting with ",
            (":", "bold"),
            " steer this simulated community:",
        )
        self.show(Padding(Group(intro, table), (0, 0, 0, 2)))


def header(out: Output) -> Text:
    """Who sees an output, where and when: ``[2026-11-21 09:00] reply → #general …``."""
    audience = "everyone" if out.visible_to == "all" else ", ".join(out.visible_to)
    flag = " · private reply" if out.ephemeral else ""
    return Text(
        f"[{out.at[:16].replace('T', ' ')}] {out.kind} → {out.to} (seen by {audience}){flag}",
        style="dim",
    )
