"""One meeting as read from a feed, in either format, before it is stored.

The readers (:mod:`.guide`, :mod:`.bmlt`) turn each entry of a feed into a
:class:`Listing` or a reason to skip it; :func:`read_feed` tells the formats
apart, applies the moderator's filters and counts what was skipped and why.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from dataclasses import astuple, dataclass, field

from bot.clock import as_zone

from .fetch import FeedError

#: More entries than any real feed (the largest regions list a few thousand).
MAX_ENTRIES = 20_000
NAME_LENGTH = 200
NOTES_LENGTH = 1000
PLACE_LENGTH = 300


#: Reasons that mean an entry is not a meeting at all (a feed of only these is no feed).
SHAPE_PROBLEMS = {"not a meeting", "no name", "no valid day", "no valid time"}


class Skip(Exception):
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
        raise Skip("no valid time")
    return int(match.group(1)), int(match.group(2))


def zone_of(value: object, fallback: str | None) -> str:
    if isinstance(value, str) and value.strip():
        try:
            return as_zone(value.strip()).key
        except Exception:
            raise Skip("unknown time zone") from None
    if fallback:
        return fallback
    raise Skip("no time zone (give tz:<zone> to import these)")


def link_of(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"https?://[^\s<>\"{}|\\^`]{1,490}", value.strip()):
        return value.strip()
    return None


def phone_of(value: object) -> str | None:
    if isinstance(value, (str, int)) and re.fullmatch(r"[\d+*#,;() .-]{3,100}", str(value).strip()):
        return str(value).strip()
    return None


def read_feed(data: object, filters: Filters) -> Read:
    """Every meeting in a Meeting Guide or BMLT feed, filtered; a FeedError when
    the document is not a feed at all (nothing is stored then)."""
    from . import bmlt, guide  # the readers use this module's helpers

    if isinstance(data, dict) and isinstance(data.get("meetings"), list):
        data = data["meetings"]  # some servers wrap the list
    if not isinstance(data, list):
        raise FeedError(
            "the feed is not a list of meetings (a Meeting Guide feed is a JSON list of "
            "meetings; a BMLT one is the result of switcher=GetSearchResults)"
        )
    if len(data) > MAX_ENTRIES:
        raise FeedError(
            f"the feed lists {len(data):,} entries; Haven reads at most {MAX_ENTRIES:,}"
        )
    if not data:
        raise FeedError("the feed lists no meetings")
    entries = [entry for entry in data if isinstance(entry, dict)]
    reader = (
        bmlt if any("id_bigint" in e or "weekday_tinyint" in e for e in entries[:50]) else guide
    )
    read = Read(reader.FORMAT)
    if len(entries) < len(data):
        read.skipped["not a meeting"] += len(data) - len(entries)
    seen: set[str] = set()
    for entry in entries:
        try:
            listing = reader.listing(entry, filters.zone)
        except Skip as reason:
            read.skipped[str(reason)] += 1
            continue
        if listing.external_id in seen:
            read.skipped["listed twice"] += 1
            continue
        seen.add(listing.external_id)
        if not filters.admits(listing):
            read.skipped["outside your filter"] += 1
            continue
        read.listings.append(listing)
    if not read.listings and set(read.skipped) <= SHAPE_PROBLEMS:
        raise FeedError(
            f"none of the feed's {len(data):,} entries is a meeting in the Meeting Guide or "
            "BMLT format (each needs a name, a day and a time)"
        )
    return read
