"""``HAVEN_BOT_NAME`` in each renderer: Haven's own "Haven" becomes the
configured name; "Haven" in someone else's text (:func:`bot.messages.literal`,
:func:`bot.messages.as_written`) is shown exactly as written — even after a
backslash of their own — with nothing added."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.console.markup import inline
from adapters.console.render import render_markup, render_text
from adapters.discord.render import render
from adapters.slack.render import payload
from bot.messages import Button, Message, MessageField, as_written, literal
from bot.naming import DEFAULT, set_name

#: A member's words: a path with a backslash before "Haven", and "*Haven*".
THEIRS = literal("C:\\Haven") + " " + literal("*Haven*")
TEXT = f"Haven kept: {THEIRS}"


@pytest.fixture(autouse=True)
def wellbeing():
    set_name("Wellbeing")
    yield
    set_name(DEFAULT)


def test_discord_shows_their_haven_and_our_name():
    parts = render(
        Message(
            text=TEXT,
            fields=(MessageField(literal("Haven Park"), literal("Haven")),),
            buttons=(Button("b", literal("Haven Hall")),),
        )
    )
    # Discord reads the markup escapes itself: \\ is one backslash, \* one star.
    assert parts["content"] == "Wellbeing kept: C\\:\\\\Haven \\*Haven\\*"
    field = parts["embeds"][0].fields[0]
    assert (field.name, field.value) == ("Haven Park", "Haven")
    assert parts["view"].children[0].label == "Haven Hall"


def test_slack_shows_their_haven_and_our_name():
    shown = payload(Message(text=TEXT, fields=(MessageField(literal("Haven Park"), "x"),)))
    section = shown["blocks"][0]["text"]["text"]
    assert section == "Wellbeing kept: C:\\Haven \u200b*Haven\u200b*"  # Slack's literal star
    assert shown["blocks"][1]["fields"][0]["text"] == "*Haven Park*\nx"


def test_the_console_shows_their_haven_and_our_name():
    now = datetime(2026, 11, 21, tzinfo=UTC)
    assert render_text(TEXT, "UTC", now) == "Wellbeing kept: C:\\Haven *Haven*"
    assert inline(render_markup(TEXT, "UTC", now)).plain == "Wellbeing kept: C:\\Haven *Haven*"


def test_text_with_its_own_markup_keeps_it_and_its_haven():
    resources = as_written("**Haven Line**: [call](https://example.org/haven)")
    assert (
        render(Message(text=resources))["content"]
        == "**Haven Line**: [call](https://example.org/haven)"
    )
    assert payload(Message(text=resources))["blocks"][0]["text"]["text"] == (
        "*Haven Line*: <https://example.org/haven|call>"
    )
