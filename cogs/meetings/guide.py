"""The Meeting Guide JSON format (code4recovery's spec; 12 Step Meeting List
serves it): reading one entry, and writing the community's public feed.

An entry is an object with ``name``, ``slug``, ``day`` (0 = Sunday … 6, or a
list of them), ``time`` (``HH:MM``) and optionally ``end_time``, ``timezone``
(IANA), ``types`` (codes), ``conference_url``, ``conference_phone``,
``notes``, ``updated``, ``location``, ``address``, ``region``. Contact
fields (``contact_1_name`` …) are never read: a person's name stays out of Haven.
"""

from __future__ import annotations

import re
from datetime import datetime

from .listing import (
    NAME_LENGTH,
    NOTES_LENGTH,
    PLACE_LENGTH,
    Listing,
    NotListed,
    clock_time,
    link_of,
    phone_of,
    plain,
    zone_of,
)
from .recurrence import WEEKDAYS
from .types import LANGUAGE_TYPES, TYPE_OF_LANGUAGE, code_of

FORMAT = "guide"
#: Meeting Guide counts days from Sunday.
GUIDE_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def _days(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    days = set()
    for item in items:
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item)
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item <= 6:
            raise NotListed("no valid day")
        days.add(GUIDE_DAYS[item])
    if not days:
        raise NotListed("no valid day")
    return tuple(d for d in WEEKDAYS if d in days)


def _minutes(start: tuple[int, int], end: object) -> int:
    try:
        hour, minute = clock_time(end)
    except NotListed:
        return 60
    length = (hour * 60 + minute - start[0] * 60 - start[1]) % (24 * 60)
    return length if 0 < length <= 12 * 60 else 60


def listing(entry: dict, zone: str | None) -> Listing:
    name = plain(entry.get("name"), NAME_LENGTH)
    if not name:
        raise NotListed("no name")
    days = _days(entry.get("day"))
    start = clock_time(entry.get("time"))
    raw_types = entry.get("types") or []
    if isinstance(raw_types, str):
        raw_types = raw_types.split(",")
    types = tuple(dict.fromkeys(c for c in (code_of(str(t)) for t in raw_types) if c))
    if "TC" in types:
        raise NotListed("temporarily closed")
    if str(entry.get("attendance_option", "")).lower() == "inactive":
        raise NotListed("inactive")
    if (
        isinstance(entry.get("conference_url"), str)
        and entry["conference_url"].strip()
        and "ONL" not in types
    ):
        types += ("ONL",)
    slug = entry.get("slug") if entry.get("slug") not in (None, "") else entry.get("id")
    if slug in (None, ""):
        raise NotListed("no slug")
    place = ", ".join(
        filter(
            None,
            (
                plain(entry.get(k), PLACE_LENGTH)
                for k in ("location", "formatted_address", "address", "city", "region")
            ),
        )
    )
    language = next((LANGUAGE_TYPES[t] for t in types if t in LANGUAGE_TYPES), None)
    return Listing(
        external_id=str(slug)[:200],
        name=name,
        weekdays=days,
        hour=start[0],
        minute=start[1],
        duration=_minutes(start, entry.get("end_time")),
        zone=zone_of(entry.get("timezone"), zone),
        types=types,
        language=language,
        link=link_of(entry.get("conference_url")),
        phone=phone_of(entry.get("conference_phone")),
        place=place[:PLACE_LENGTH] or None,
        notes=plain(entry.get("notes"), NOTES_LENGTH),
    )


def slug(text: str, meeting_id: int) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
    return f"{words or 'meeting'}-{meeting_id}"


def entries(meeting, *, updated: datetime) -> list[dict]:
    """One Meeting Guide entry per weekday of a Haven meeting (``day`` may be a
    list in the spec, but older readers want one number, so each day is its own
    entry with its own slug)."""
    codes = [c for c in (meeting.types or "").split(",") if c]
    language_type = TYPE_OF_LANGUAGE.get(meeting.language or "")
    if language_type and language_type not in codes:
        codes.append(language_type)
    if meeting.link and "ONL" not in codes:
        codes.append("ONL")
    end = (meeting.hour * 60 + meeting.minute + meeting.duration) % (24 * 60)
    base = {
        "name": meeting.title,
        "time": f"{meeting.hour:02d}:{meeting.minute:02d}",
        "end_time": f"{end // 60:02d}:{end % 60:02d}",
        "timezone": meeting.zone,
        "types": codes,
        "updated": updated.strftime("%Y-%m-%d %H:%M:%S"),
    }
    if meeting.link:
        base["conference_url"] = meeting.link
    if meeting.phone:
        base["conference_phone"] = meeting.phone
    if meeting.about:
        base["notes"] = meeting.about
    days = meeting.days
    return [
        {
            **base,
            "slug": slug(meeting.title, meeting.id) + ("" if len(days) == 1 else f"-{day}"),
            "day": GUIDE_DAYS.index(day),
        }
        for day in days
    ]
