"""One meeting as read from a feed, in either format, before it is stored.

The readers (:mod:`.guide`, :mod:`.bmlt`) turn each entry of a feed into a
:class:`Listing` or :class:`NotListed` with the reason, using the helpers
here; :func:`.readers.read_feed` tells the formats apart, applies the
moderator's filters and counts what was not listed and why.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from dataclasses import astuple, dataclass, field

from bot.api import as_zone

NAME_LENGTH = 200
NOTES_LENGTH = 1000
PLACE_LENGTH = 300


class NotListed(Exception):
    """This entry is not stored; the message is the reason counted in the report."""


@dataclass(frozen=True)
class Listing:
    external_id: str
    name: str
    weekdays: tuple[str, ...]
    hour: int
    minute: int
    duration: int
    zone: str
    types: tuple[str, ...] = ()
    language: str | None = None
    link: str | None = None
    phone: str | None = None
    place: str | None = None
    notes: str | None = None

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(repr(astuple(self)).encode()).hexdigest()

    def row(self) -> dict:
        """The :class:`~.models.ListedMeeting` columns."""
        return {
            "external_id": self.external_id, "name": self.name,
            "weekdays": ",".join(self.weekdays), "hour": self.hour, "minute": self.minute,
            "duration": self.duration, "zone": self.zone, "types": ",".join(self.types),
            "language": self.language, "link": self.link, "phone": self.phone,
            "place": self.place, "notes": self.notes, "fingerprint": self.fingerprint,
        }  # fmt: skip


@dataclass
class Read:
    """What a feed held: its meetings, and the entries skipped, by reason."""

    format: str
    listings: list[Listing] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class Filters:
    zone: str | None = None  # for entries that name no zone
    types: tuple[str, ...] = ()  # all of these
    within: str | None = None  # a zone, or text in the region or address

    def admits(self, listing: Listing) -> bool:
        if self.types and not set(self.types) <= set(listing.types):
            return False
        if self.within:
            wanted = self.within.lower()
            if listing.zone.lower() == wanted:
                return True
            return wanted in (listing.place or "").lower()
        return True


def plain(text: object, limit: int) -> str | None:
    """Text from a feed without its HTML: tags dropped, entities read, spaces folded."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.IGNORECASE | re.DOTALL)
    text = re.sub(r"<br\s*/?>|</p\s*>", "\n", text, flags=re.IGNORECASE)
    text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text[:limit] or None


def clock_time(value: object) -> tuple[int, int]:
    """``19:00`` or ``19:00:00`` → (19, 0)."""
    match = re.fullmatch(
        r"\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*", value if isinstance(value, str) else ""
    )
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise NotListed("no valid time")
    return int(match.group(1)), int(match.group(2))


def zone_of(value: object, fallback: str | None) -> str:
    if isinstance(value, str) and value.strip():
        try:
            return as_zone(value.strip()).key
        except Exception:
            raise NotListed("unknown time zone") from None
    if fallback:
        return fallback
    raise NotListed("no time zone (give tz:<zone> to import these)")


def link_of(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"https?://[^\s<>\"{}|\\^`]{1,490}", value.strip()):
        return value.strip()
    return None


def phone_of(value: object) -> str | None:
    if isinstance(value, (str, int)) and re.fullmatch(r"[\d+*#,;() .-]{3,100}", str(value).strip()):
        return str(value).strip()
    return None
