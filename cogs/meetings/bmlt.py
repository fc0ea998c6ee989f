"""NA's BMLT semantic API results (``switcher=GetSearchResults``, JSON).

An entry has ``id_bigint``, ``meeting_name``, ``weekday_tinyint`` (1 = Sunday
… 7), ``start_time`` and ``duration_time`` (``HH:MM:SS``), ``time_zone``,
``formats`` (comma-separated format keys), ``venue_type`` (1 in person,
2 virtual, 3 hybrid), ``virtual_meeting_link``, ``phone_meeting_number``,
``published`` ("1") and ``comments``. Format keys that match a Meeting Guide
type code keep it (O, C, D, SP, ST, W, M, BE, TC, …); a few of NA's own keys
are mapped; the rest are dropped. Contact fields are never read.
"""

from __future__ import annotations

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
from .types import LANGUAGE_TYPES, code_of

FORMAT = "bmlt"
#: NA format keys with a different Meeting Guide code.
NA_KEYS = {"VM": "ONL", "HY": "ONL", "BT": "LIT", "IP": "LIT", "JT": "LIT", "NC": "CF",
           "SMOK": "SM", "WC": "X", "GL": "LGBTQ", "Ti": "", "ES": "S", "Sp": "S"}  # fmt: skip
VIRTUAL, HYBRID = "2", "3"
PLACE_KEYS = ("location_text", "location_street", "location_municipality", "location_province")


def _duration(value: object) -> int:
    try:
        hours, minutes = clock_time(value)
    except NotListed:
        return 60
    return hours * 60 + minutes or 60


def listing(entry: dict, zone: str | None) -> Listing:
    if str(entry.get("published", "1")) != "1":
        raise NotListed("inactive")
    name = plain(entry.get("meeting_name"), NAME_LENGTH)
    if not name:
        raise NotListed("no name")
    try:
        day = int(str(entry.get("weekday_tinyint", "")).strip())
    except ValueError:
        raise NotListed("no valid day") from None
    if not 1 <= day <= 7:
        raise NotListed("no valid day")
    hour, minute = clock_time(entry.get("start_time"))
    keys = [k.strip() for k in str(entry.get("formats") or "").split(",") if k.strip()]
    types: list[str] = []
    for key in keys:
        code = NA_KEYS[key] if key in NA_KEYS else code_of(key)
        if code and code not in types:
            types.append(code)
    if "TC" in types:
        raise NotListed("temporarily closed")
    venue = str(entry.get("venue_type", "")).strip()
    if venue in (VIRTUAL, HYBRID) and "ONL" not in types:
        types.append("ONL")
    if entry.get("id_bigint") in (None, ""):
        raise NotListed("no slug")
    place = ", ".join(filter(None, (plain(entry.get(k), PLACE_LENGTH) for k in PLACE_KEYS)))
    language = next((LANGUAGE_TYPES[t] for t in types if t in LANGUAGE_TYPES), None)
    if not language and isinstance(entry.get("lang_enum"), str) and entry["lang_enum"].isalpha():
        language = entry["lang_enum"].lower()[:8]
    return Listing(
        external_id=str(entry["id_bigint"])[:200],
        name=name,
        weekdays=(_weekday(day),),
        hour=hour,
        minute=minute,
        duration=_duration(entry.get("duration_time")),
        zone=zone_of(entry.get("time_zone"), zone),
        types=tuple(types),
        language=language,
        link=link_of(entry.get("virtual_meeting_link")),
        phone=phone_of(entry.get("phone_meeting_number")),
        place=place[:PLACE_LENGTH] or None,
        notes=plain(entry.get("comments"), NOTES_LENGTH),
    )


def _weekday(day: int) -> str:
    """BMLT's 1 = Sunday … 7 = Saturday."""
    return ("sun", "mon", "tue", "wed", "thu", "fri", "sat")[day - 1]
