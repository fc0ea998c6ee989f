"""Haven's messages as Slack Block Kit, built with slack_sdk's models.

The models validate lengths and shapes when turned into dicts, so a message
Slack would refuse fails here, in our process, with a clear error. Every
message also carries a plain ``text`` fallback (notifications, screen readers).

Markup: ``**bold**`` → ``*bold*``, ``[label](url)`` → ``<url|label>``,
``- `` list lines → ``•``, ``<t:UNIX:STYLE>`` → ``<!date^UNIX^…|fallback>`` so
each reader sees their own time zone; ``<@U…>`` and ``<#C…>`` are Slack's own.

Text someone else wrote arrives escaped (:func:`bot.messages.literal`). Slack
has no escape character, so an escaped character is written as Slack shows a
literal: ``&``, ``<``, ``>`` as entities (Slack's documented escaping) and a
zero-width space before ``*``, ``_``, ``~``, `` ` `` and ``>``, which keeps
them from opening bold, italics, strikethrough, code or a quote.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    NumberInputElement,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    RadioButtonsElement,
    SectionBlock,
    StaticMultiSelectElement,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.platform import (
    ESCAPABLE,
    ESCAPED_RE,
    ButtonStyle,
    Form,
    FormField,
    Message,
    bot_name,
    named,
)
from bot.platform import plain as unescape

#: block_id of the first block of an error message (how a reader's client and
#: tests can tell a refusal from an answer without parsing words).
ERROR_BLOCK = "haven-error"
#: action_id of every input element in a modal; the block_id is the field name.
INPUT_ACTION = "value"

SECTION_LIMIT = 3000
HEADER_LIMIT = 150
TITLE_LIMIT = 24
MAX_BUTTONS_PER_ROW = 5

SLACK_DATE = {
    "t": "{time}",
    "T": "{time_secs}",
    "d": "{date_num}",
    "D": "{date_short}",
    "f": "{date_short_pretty} {time}",
    "F": "{date_short_pretty} {time}",
    "R": "{ago}",
}
FALLBACK = {
    "t": "%H:%M UTC",
    "T": "%H:%M:%S UTC",
    "d": "%Y-%m-%d",
    "D": "%d %b %Y",
    "f": "%d %b %Y %H:%M UTC",
    "F": "%a %d %b %Y %H:%M UTC",
    "R": "%d %b %Y %H:%M UTC",
}

# One pass over the text: Haven's markup tokens, everything else is escaped.
# Mentions and channels only with Slack's id shapes (U…/W…, C…/G…/D…), so a
# usage placeholder such as ``<@member>`` is shown as text. A label or a
# mention's name never holds the character that opens another one, so a line
# of ``[[[…`` or ``<@U1|<@U1|…`` is one linear pass, not a scan to the end of
# the line from each of them (member text is rendered here).
TOKEN_RE = re.compile(
    r"(?P<esc>\\(?P<char>" + ESCAPABLE + r"))"
    r"|(?P<ts><t:(?P<unix>-?\d+):(?P<style>[tTdDfFR])>)"
    r"|(?P<mention><@!?(?P<uid>[UWB][A-Z0-9]{2,})(?:\|[^<>]*)?>)"
    r"|(?P<channel><#(?P<cid>[CGD][A-Z0-9]{2,})(?:\|[^<>]*)?>)"
    r"|(?P<link>\[(?P<label>(?:\\.|[^\[\]\\\n])+)\]\((?P<url>https?://[^)\s]+)\))"
    r"|(?P<bold>\*\*(?P<btext>(?:\\.|[^*\\\n])+)\*\*)"
)
#: Slack formatting characters a zero-width space keeps literal.
ZWSP = "\u200b"
INERT = "*_~`>"


def escape(text: str) -> str:
    """Slack's three control characters, as its docs ask."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def literal(char: str) -> str:
    """One escaped character as Slack shows it literally."""
    return (ZWSP if char in INERT else "") + escape(char)


def inline(text: str) -> str:
    """A bold text or link label: escaped characters literal, the rest escaped."""
    out: list[str] = []
    pos = 0
    for match in ESCAPED_RE.finditer(text):
        out.append(escape(text[pos : match.start()]))
        out.append(literal(match.group(1)))
        pos = match.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def slack_date(unix: int, style: str) -> str:
    fallback = datetime.fromtimestamp(unix, UTC).strftime(FALLBACK[style])
    return f"<!date^{unix}^{SLACK_DATE[style]}|{fallback}>"


def mrkdwn(text: str) -> str:
    """Haven's markdown subset as Slack mrkdwn."""
    text = named(text)
    out: list[str] = []
    pos = 0
    for match in TOKEN_RE.finditer(text):
        out.append(escape(text[pos : match.start()]))
        pos = match.end()
        if match.group("esc"):
            out.append(literal(match.group("char")))
        elif match.group("ts"):
            out.append(slack_date(int(match.group("unix")), match.group("style")))
        elif match.group("mention"):
            out.append(f"<@{match.group('uid')}>")
        elif match.group("channel"):
            out.append(f"<#{match.group('cid')}>")
        elif match.group("link"):
            label = inline(match.group("label")).replace("|", "/")
            out.append(f"<{escape(match.group('url'))}|{label}>")
        else:
            out.append(f"*{inline(match.group('btext'))}*")
    out.append(escape(text[pos:]))
    lines = [
        "• " + line[2:] if line.startswith("- ") else line for line in "".join(out).split("\n")
    ]
    return "\n".join(lines)


def plain(text: str) -> str:
    """Markup-free text for plain_text objects (headers, modal titles)."""
    text = named(text)

    def one(match) -> str:
        if match.group("esc"):
            return match.group("char")
        if match.group("ts"):
            unix = int(match.group("unix"))
            return datetime.fromtimestamp(unix, UTC).strftime(FALLBACK[match.group("style")])
        if match.group("mention"):
            return "@" + match.group("uid")
        if match.group("channel"):
            return "#" + match.group("cid")
        if match.group("link"):
            return unescape(match.group("label"))
        return unescape(match.group("btext"))

    return TOKEN_RE.sub(one, text)


def fallback_text(msg: Message) -> str:
    """The ``text`` field: what notifications show (and screen readers, for a
    message without blocks). A discreet message (:mod:`bot.discretion`) shows
    its neutral preview there; its blocks carry the whole message."""
    if msg.preview is not None:
        return mrkdwn(msg.preview)
    return mrkdwn(msg.flat_text())


def _chunks(text: str, size: int) -> list[str]:
    """Split on line ends where possible, never inside Slack's ``<…>`` markup."""
    chunks: list[str] = []
    while len(text) > size:
        cut = text.rfind("\n", 0, size)
        if cut <= 0:
            cut = size
            opening = text.rfind("<", 0, cut)
            if opening > text.rfind(">", 0, cut):
                cut = opening or size
        chunks.append(text[:cut])
        text = text[cut:].lstrip("\n")
    if text:
        chunks.append(text)
    return chunks


def _style(style: ButtonStyle) -> str | None:
    if style in (ButtonStyle.PRIMARY, ButtonStyle.SUCCESS):
        return "primary"
    if style is ButtonStyle.DANGER:
        return "danger"
    return None


def blocks(msg: Message) -> list[dict]:
    """The message as validated Block Kit dicts."""
    built = []
    if msg.title:
        built.append(HeaderBlock(text=PlainTextObject(text=plain(msg.title)[:HEADER_LIMIT])))
    body = mrkdwn(msg.text)
    for chunk in _chunks(body, SECTION_LIMIT) or [" "]:
        built.append(SectionBlock(text=MarkdownTextObject(text=chunk)))
    if msg.error:
        built[0].block_id = ERROR_BLOCK
    for start in range(0, len(msg.fields), 10):
        fields = [
            MarkdownTextObject(text=f"*{inline(named(f.name))}*\n{mrkdwn(f.value)}"[:2000])
            for f in msg.fields[start : start + 10]
        ]
        built.append(SectionBlock(fields=fields))
    for start in range(0, len(msg.buttons), MAX_BUTTONS_PER_ROW):
        row = [
            ButtonElement(
                text=PlainTextObject(text=plain(b.label)[:75]),
                action_id=b.action_id,
                value=b.action_id,
                style=_style(b.style),
            )
            for b in msg.buttons[start : start + MAX_BUTTONS_PER_ROW]
        ]
        built.append(ActionsBlock(elements=row))
    if msg.files and not built:
        built.append(ContextBlock(elements=[MarkdownTextObject(text="(file)")]))
    return [block.to_dict() for block in built]  # to_dict() runs the SDK's validation


def payload(msg: Message) -> dict:
    """``text`` and ``blocks`` for chat.postMessage, chat.update and response_url."""
    return {"text": fallback_text(msg), "blocks": blocks(msg)}


# -- forms ------------------------------------------------------------------


def _element(fld: FormField):
    placeholder = PlainTextObject(text=fld.placeholder[:150]) if fld.placeholder else None
    if fld.input == "choice":
        options = [Option(text=PlainTextObject(text=c[:75]), value=c) for c in fld.choices]
        return StaticSelectElement(action_id=INPUT_ACTION, options=options, placeholder=placeholder)
    if fld.input == "multi":  # any of the choices
        options = [Option(text=PlainTextObject(text=c[:75]), value=c) for c in fld.choices]
        return StaticMultiSelectElement(
            action_id=INPUT_ACTION, options=options[:100], placeholder=placeholder
        )
    if fld.input == "tick":  # one checkbox: ticked is a yes, unticked no answer
        options = [Option(text=PlainTextObject(text="Yes"), value="yes")]
        return CheckboxesElement(action_id=INPUT_ACTION, options=options)
    if fld.input == "int" and fld.words and 2 <= len(fld.values()) <= 10:
        options = [Option(text=PlainTextObject(text=t[:75]), value=v) for v, t in fld.values()]
        return RadioButtonsElement(action_id=INPUT_ACTION, options=options)
    if fld.input == "int":
        return NumberInputElement(
            action_id=INPUT_ACTION,
            is_decimal_allowed=False,
            min_value=fld.min_value,
            max_value=fld.max_value,
            placeholder=placeholder,
        )
    return PlainTextInputElement(
        action_id=INPUT_ACTION,
        multiline=fld.multiline,
        max_length=min(fld.max_length, 3000),
        placeholder=placeholder,
    )


def modal(form: Form, metadata: dict | None = None) -> dict:
    """A modal for ``form``: callback_id is the form id, each block_id a field name."""
    inputs = [
        InputBlock(
            block_id=fld.name,
            label=PlainTextObject(text=plain(fld.label)[:2000]),
            element=_element(fld),
            optional=not fld.required,
        )
        for fld in form.fields
    ]
    view = View(
        type="modal",
        callback_id=form.form_id,
        title=PlainTextObject(text=plain(form.title)[:TITLE_LIMIT]),
        submit=PlainTextObject(text=plain(form.submit_label)[:TITLE_LIMIT]),
        close=PlainTextObject(text="Cancel"),
        blocks=inputs,
        private_metadata=json.dumps(metadata or {}, separators=(",", ":")),
    )
    return view.to_dict()


def form_values(view: dict) -> dict[str, str]:
    """A submitted modal's values by field name (the block ids)."""
    values: dict[str, str] = {}
    state = view.get("state")
    found = state.get("values") if isinstance(state, dict) else None
    for block_id, actions in (found if isinstance(found, dict) else {}).items():
        if not isinstance(actions, dict):
            continue
        element = actions.get(INPUT_ACTION) or next(iter(actions.values()), {})
        if not isinstance(element, dict):
            continue
        kind = element.get("type")
        if kind in ("static_select", "radio_buttons"):
            option = element.get("selected_option")
            value = option.get("value") if isinstance(option, dict) else None
        elif kind == "multi_static_select":
            picked = element.get("selected_options")
            picked = picked if isinstance(picked, list) else []
            value = ",".join(str(o.get("value", "")) for o in picked if isinstance(o, dict))
        elif kind == "checkboxes":
            picked = element.get("selected_options")
            picked = picked if isinstance(picked, list) else []
            value = ",".join(str(o.get("value", "")) for o in picked if isinstance(o, dict))
        else:
            value = element.get("value")
        values[block_id] = "" if value is None else str(value)
    return values


def reply_view(msg: Message) -> dict:
    """A private reply shown in a modal (where there is no message to answer,
    e.g. a button in App Home): the member's alone, and not kept as a message."""
    return View(
        type="modal",
        title=PlainTextObject(text=plain(msg.title or bot_name())[:TITLE_LIMIT]),
        close=PlainTextObject(text="Close"),
        blocks=blocks(msg)[:100],
    ).to_dict()


def home(sections: list[Message]) -> dict:
    """An App Home view from a few messages (≤ 100 blocks, as Slack allows)."""
    built: list[dict] = []
    for msg in sections:
        built.extend(blocks(msg))
    return View(type="home", blocks=built[:100]).to_dict()
