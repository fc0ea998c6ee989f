"""Turning Haven's markup into terminal text, timestamps in the reader's zone."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.platform import CHANNEL_RE, MENTION_RE, TIMESTAMP_RE, as_zone, named, plain

FORMATS = {
    "t": "%H:%M",
    "T": "%H:%M:%S",
    "d": "%Y-%m-%d",
    "D": "%d %b %Y",
    "f": "%d %b %Y %H:%M %Z",
    "F": "%a %d %b %Y %H:%M %Z",
}


def render_text(text: str, zone: str, now: datetime) -> str:
    """Replace ``<t:UNIX:STYLE>`` markup with the time as ``zone`` reads it;
    mentions as ``@id``; escaped characters (someone else's text) as written."""
    return plain(render_markup(text, zone, now))


def render_markup(text: str, zone: str, now: datetime) -> str:
    """As :func:`render_text`, but escaped characters stay escaped, so a
    terminal can render the rest of Haven's markup (see ``markup.py``)."""

    def one(match) -> str:
        when = datetime.fromtimestamp(int(match.group(1)), UTC)
        style = match.group(2)
        if style == "R":
            return relative(when, now)
        return when.astimezone(as_zone(zone)).strftime(FORMATS[style])

    text = TIMESTAMP_RE.sub(one, text)
    text = MENTION_RE.sub(lambda m: f"@{m.group(1)}", text)
    text = CHANNEL_RE.sub(lambda m: f"#{m.group(1)}", text)
    return named(text)  # escaped: named() leaves others' "Haven" as written


def relative(when: datetime, now: datetime) -> str:
    seconds = int((when - now).total_seconds())
    future, seconds = seconds >= 0, abs(seconds)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            words = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {words}" if future else f"{words} ago"
    return "now"
