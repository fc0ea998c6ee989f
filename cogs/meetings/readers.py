"""Reading a whole feed: which format it is, its meetings, what was left out and why.

:func:`read_feed` tells a Meeting Guide feed (:mod:`.guide`) from a BMLT one
(:mod:`.bmlt`), has that reader turn each entry into a :class:`~.listing.Listing`
(or a reason it is not one), applies the moderator's filters and counts what
was not listed, by reason.
"""

from __future__ import annotations

from . import bmlt, guide
from .fetch import FeedError
from .listing import Filters, NotListed, Read

#: More entries than any real feed (the largest regions list a few thousand).
MAX_ENTRIES = 20_000
#: Reasons that mean an entry is not a meeting at all (a feed of only these is no feed).
SHAPE_PROBLEMS = {"not a meeting", "no name", "no valid day", "no valid time"}


def read_feed(data: object, filters: Filters) -> Read:
    """Every meeting in a Meeting Guide or BMLT feed, filtered; a FeedError when
    the document is not a feed at all (nothing is stored then)."""
    if isinstance(data, dict) and isinstance(data.get("meetings"), list):
        data = data["meetings"]  # some servers wrap the list
    if not isinstance(data, list):
        raise FeedError("not-a-list")
    if len(data) > MAX_ENTRIES:
        raise FeedError("too-long", count=len(data), most=MAX_ENTRIES)
    if not data:
        raise FeedError("empty")
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
        except NotListed as reason:
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
        raise FeedError("no-meetings", count=len(data))
    return read
