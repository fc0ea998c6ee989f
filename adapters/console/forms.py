"""A form as the console shows it: each field's key, type and limits, and a
``:submit`` line to copy.

Discord and Slack draw a form as a dialog; in a terminal the member types
``:submit key=value …``, so the keys are what matters most.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from bot.platform import Form, FormField


def what_it_takes(field: FormField) -> str:
    """What a field takes, with its limits: "whole number 1–5 (1 very low … 5 very good)"."""
    if field.input == "int":
        low, high = field.min_value, field.max_value
        if low is not None and high is not None:
            words = dict(field.values())
            named = ""
            if field.words:
                named = f" ({words[str(low)]} … {words[str(high)]})".replace(" · ", " ")
            return f"whole number {low}–{high}{named}"
        if low is not None:
            return f"whole number, {low} or more"
        return "whole number"
    if field.input == "tick":
        return "yes or no"
    if field.input == "choice":
        return "one of " + ", ".join(field.choices)
    if field.input == "multi":
        return "any of " + ", ".join(field.choices) + " (commas between)"
    lines = "text, several lines allowed" if field.multiline else "text"
    return f"{lines}, up to {field.max_length} characters"


def example_value(field: FormField) -> str:
    if field.input == "int":
        return field.placeholder or str(field.min_value if field.min_value is not None else 1)
    if field.input == "tick":
        return "yes"
    if field.input == "choice":
        return field.choices[0] if field.choices else "…"
    if field.input == "multi":
        return ",".join(field.choices[:2]) if field.choices else "…"
    return f'"{field.placeholder or "…"}"'


def submit_line(form: Form) -> str:
    """The line to type, every field filled with an example."""
    return ":submit " + " ".join(f"{f.name}={example_value(f)}" for f in form.fields)


def render_form(form: Form) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold")
    table.add_column("key", style="bold cyan", no_wrap=True)
    table.add_column("what it is")
    table.add_column("takes")
    table.add_column("", style="dim", no_wrap=True)
    for f in form.fields:
        table.add_row(f.name, f.label, what_it_takes(f), "required" if f.required else "optional")
    how = Text.assemble(
        ("Fill it in with ", "dim"),
        (submit_line(form), "bold cyan"),
        ("  (quote text with spaces; leave out what you skip)", "dim"),
    )
    return Group(Text(form.title, style="bold"), table, how)
