"""What Haven says, independent of where it is said.

Cogs build :class:`Message` values; adapters render them. Text uses a small
markdown subset every platform can show: ``**bold**``, ``_italic_``,
`` `code` ``, ``[label](https://link)``, lines starting ``- `` for lists, and
timestamps written with :func:`timestamp` — ``<t:UNIX:STYLE>``, Discord's
markup, which each adapter turns into its platform's local-time rendering so
every reader sees their own time zone.

**Text someone else wrote is shown as written.** A display name, a meeting
title, a role's name or a member's reason is passed through :func:`literal`
before it goes into a message: every markup character in it is escaped with a
backslash (``\\*``, ``\\[``, ``\\<``, ``\\@`` …), so
``[Verify your account](https://evil.example)`` or ``<!channel>`` in a name
shows as those characters, never as a link, a ping or formatting. Each adapter
turns an escaped character into its own platform's literal (Discord reads the
backslash escapes natively; Slack and the console are translated), and labels
that take no markup (buttons, thread names) use :func:`plain`.

The word "Haven" in someone else's text is escaped too (``\\Haven``): the
renderers write the operator's name (``HAVEN_BOT_NAME``, :mod:`bot.naming`)
over Haven's own wording only, never over a member's reason, a counter's label
or a meeting's title, and then show the escaped "H" as itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

TIMESTAMP_RE = re.compile(r"<t:(-?\d+):([tTdDfFR])>")
#: Characters with a meaning in Haven's markup or a platform's (Discord
#: markdown, Slack mrkdwn): links, mentions, emphasis, spoilers, quotes, lists.
MARKUP_CHARS = "\\`*_~|[]()<>#-@!:"
#: The "H" of "Haven" in someone else's text, escaped by :func:`literal` so
#: that :func:`bot.naming.named` leaves it as written.
KEPT_RE = re.compile(r"H(?=aven)")
#: What may follow the backslash of an escape (a regex alternative, for the
#: renderers' own patterns): a markup character, or a kept "H".
ESCAPABLE = "[" + re.escape(MARKUP_CHARS) + "]|" + KEPT_RE.pattern
#: A backslash-escaped character, as :func:`literal` writes it.
ESCAPED_RE = re.compile(r"\\(" + ESCAPABLE + ")")
#: One escape pair, read left to right (an escaped backslash, ``\\``, is one).
_PAIR_RE = re.compile(r"\\(.)", re.S)


class Visibility(StrEnum):
    PUBLIC = "public"  # a post anyone in the channel can read
    EPHEMERAL = "ephemeral"  # only the member who asked sees it
    DM = "dm"  # a direct message to one member


class ButtonStyle(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    SUCCESS = "success"
    DANGER = "danger"


@dataclass(frozen=True)
class Button:
    """A button; pressing it routes ``action_id`` to the cog that owns its prefix."""

    action_id: str
    label: str
    style: ButtonStyle = ButtonStyle.SECONDARY


@dataclass(frozen=True)
class MessageField:
    name: str
    value: str
    inline: bool = True


@dataclass(frozen=True)
class File:
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Message:
    text: str
    title: str | None = None
    fields: tuple[MessageField, ...] = ()
    buttons: tuple[Button, ...] = ()
    files: tuple[File, ...] = ()
    visibility: Visibility = Visibility.EPHEMERAL
    error: bool = False
    #: Discreet mode (:mod:`bot.discretion`): the neutral line a platform shows
    #: in notifications instead of the text; the details stay in the body.
    preview: str | None = None

    def with_visibility(self, visibility: Visibility) -> Message:
        """This message shown as ``visibility``: itself when it already is, else
        a copy, made field by field: ``dataclasses.replace`` checks every field
        anew, at four times the cost, and every post makes one."""
        if visibility is self.visibility:
            return self
        copy = object.__new__(Message)
        copy.__dict__.update(self.__dict__, visibility=visibility)
        return copy

    def flat_text(self, fields: bool = True) -> str:
        """Title, text and (unless a platform shows them apart) fields as one text,
        for plain renderings: the console, notifications, message content."""
        parts = [f"**{self.title}**" if self.title else "", self.text]
        if fields:
            parts.extend(f"{f.name}: {f.value}" for f in self.fields)
        return "\n".join(p for p in parts if p)


def reply(text: str, **kwargs) -> Message:
    """A private answer to the member who asked (the default)."""
    return Message(text=text, **kwargs)


def public(text: str, **kwargs) -> Message:
    return Message(text=text, visibility=Visibility.PUBLIC, **kwargs)


def error(text: str, **kwargs) -> Message:
    """A private refusal or bad-input answer."""
    return Message(text=text, error=True, **kwargs)


def literal(text: str) -> str:
    """``text`` someone else wrote (a name, a title, a reason), made safe to
    put into a message: it shows exactly as written, with no markup of its own
    and no bot name written over its own "Haven"."""
    escaped = "".join("\\" + char if char in MARKUP_CHARS else char for char in str(text))
    return KEPT_RE.sub(r"\\H", escaped)


def plain(text: str) -> str:
    """Escaped characters as themselves: for places without markup (a button's
    label, a thread's name, a notification)."""
    return ESCAPED_RE.sub(r"\1", text)


def as_written(text: str) -> str:
    """Text someone else wrote *with* Haven's markup (a moderator's crisis
    resources, links and all): its markup kept, its "Haven" never renamed."""
    return KEPT_RE.sub(r"\\H", str(text))


def native(text: str) -> str:
    """Text for a platform that reads markup escapes itself (Discord, whose
    escapes are those of :data:`MARKUP_CHARS`): a kept "H" as itself, every
    other escape as it is. After :func:`bot.naming.named`."""
    return _PAIR_RE.sub(lambda m: m[1] if m[1] == "H" else m[0], text)


def timestamp(when: datetime, style: str = "F") -> str:
    """Markup for an instant that each reader sees in their own time zone.

    Styles follow Discord: ``t`` 09:00, ``d`` 21/11/2026, ``f`` date and time,
    ``F`` with weekday, ``R`` relative ("in 2 hours").
    """
    if when.tzinfo is None:
        raise ValueError("timestamps need an aware datetime")
    return f"<t:{int(when.timestamp())}:{style}>"


@dataclass(frozen=True)
class FormField:
    """One input of a form.

    ``input`` is ``text``, ``int``, ``choice``, ``multi`` (any of ``choices``: a
    multi-select; its value is the picks joined by commas, clean: a list) or
    ``tick``: a yes the member ticks
    (a checkbox where the platform has one); left unticked it is no answer, so
    its value is ``yes`` or nothing (typed forms also take ``no``). ``words``
    name an ``int`` field's values from ``min_value`` up ("very low", "low",
    …), so the platform can offer them as labelled choices. ``noun`` names the
    field in a problem with what was typed (:mod:`bot.forms`): a catalogue key
    of the cog (``checkins-field-note``), said in the member's language; else
    English as written ("the note"); by default the label before any " (" or " — ".
    """

    name: str
    label: str
    input: str = "text"
    required: bool = True
    min_value: int | None = None
    max_value: int | None = None
    max_length: int = 1000
    multiline: bool = False
    choices: tuple[str, ...] = ()
    placeholder: str = ""
    words: tuple[str, ...] = ()
    noun: str = ""

    def values(self) -> list[tuple[str, str]]:
        """An ``int`` field's (value, label) pairs, when its range is small
        enough to pick from (at most 25); otherwise none."""
        if self.input != "int" or self.min_value is None or self.max_value is None:
            return []
        span = range(self.min_value, self.max_value + 1)
        if not 0 < len(span) <= 25:
            return []
        words = dict(zip(span, self.words, strict=False))
        return [(str(v), f"{v} · {words[v]}" if v in words else str(v)) for v in span]


@dataclass(frozen=True)
class Form:
    """A form the member fills in (Discord modal, Slack modal, console ``form``).

    ``form_id`` routes the submission (``checkin`` or ``checkin:edit:3``) to the
    cog that declared the prefix.
    """

    form_id: str
    title: str
    fields: tuple[FormField, ...] = field(default_factory=tuple)
    submit_label: str = "Submit"
