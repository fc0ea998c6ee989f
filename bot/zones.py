"""Time zones that are places.

A fixed offset (``EST``, ``UTC+2``, ``Etc/GMT+5``) does not follow daylight
saving time, so a member in New York who chose ``EST`` would get every prompt an
hour off all summer. Haven takes the IANA names of places (``America/New_York``)
and ``UTC``, and answers anything else with places to choose from.
"""

from __future__ import annotations

import difflib
import functools
import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, available_timezones

from bot import i18n
from bot.community_settings import EngineSettings, read

if TYPE_CHECKING:
    from bot.models import Community, Member

#: The IANA areas whose zones are places (not Etc/, SystemV/, US/… aliases).
AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
UTC_NAMES = {"utc", "etc/utc", "uct", "etc/uct", "zulu", "etc/zulu", "universal", "etc/universal"}

#: Abbreviations people type, and the places they usually mean.
ABBREVIATIONS = {
    "est": ("America/New_York", "America/Toronto"),
    "edt": ("America/New_York", "America/Toronto"),
    "est5edt": ("America/New_York", "America/Toronto"),
    "cst": ("America/Chicago", "America/Mexico_City"),
    "cdt": ("America/Chicago", "America/Mexico_City"),
    "cst6cdt": ("America/Chicago", "America/Mexico_City"),
    "mst": ("America/Denver", "America/Phoenix"),
    "mdt": ("America/Denver", "America/Edmonton"),
    "mst7mdt": ("America/Denver", "America/Edmonton"),
    "pst": ("America/Los_Angeles", "America/Vancouver"),
    "pdt": ("America/Los_Angeles", "America/Vancouver"),
    "pst8pdt": ("America/Los_Angeles", "America/Vancouver"),
    "akst": ("America/Anchorage",),
    "hst": ("Pacific/Honolulu",),
    "gmt": ("Europe/London", "UTC"),
    "bst": ("Europe/London",),
    "wet": ("Europe/Lisbon", "Atlantic/Canary"),
    "cet": ("Europe/Berlin", "Europe/Paris"),
    "cest": ("Europe/Berlin", "Europe/Paris"),
    "met": ("Europe/Berlin", "Europe/Paris"),
    "eet": ("Europe/Helsinki", "Europe/Athens"),
    "eest": ("Europe/Helsinki", "Europe/Athens"),
    "msk": ("Europe/Moscow",),
    "ist": ("Asia/Kolkata", "Europe/Dublin"),
    "jst": ("Asia/Tokyo",),
    "kst": ("Asia/Seoul",),
    "aest": ("Australia/Sydney", "Australia/Brisbane"),
    "aedt": ("Australia/Sydney", "Australia/Melbourne"),
    "acst": ("Australia/Adelaide", "Australia/Darwin"),
    "awst": ("Australia/Perth",),
    "nzst": ("Pacific/Auckland",),
    "nzdt": ("Pacific/Auckland",),
}

#: Older names of places (IANA links) that people still type: taken as the place.
ALIASES = {
    "us/eastern": "America/New_York",
    "us/central": "America/Chicago",
    "us/mountain": "America/Denver",
    "us/arizona": "America/Phoenix",
    "us/pacific": "America/Los_Angeles",
    "us/alaska": "America/Anchorage",
    "us/hawaii": "Pacific/Honolulu",
    "canada/atlantic": "America/Halifax",
    "canada/newfoundland": "America/St_Johns",
    "canada/eastern": "America/Toronto",
    "canada/central": "America/Winnipeg",
    "canada/mountain": "America/Edmonton",
    "canada/pacific": "America/Vancouver",
    "gb": "Europe/London",
    "japan": "Asia/Tokyo",
}

#: Places offered first for an offset, when one of them has it that day.
WELL_KNOWN = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Sao_Paulo",
    "America/Halifax",
    "America/St_Johns",
    "America/Mexico_City",
    "America/Bogota",
    "Atlantic/Azores",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Berlin",
    "Europe/Paris",
    "Africa/Lagos",
    "Europe/Helsinki",
    "Europe/Athens",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Europe/Moscow",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Australia/Perth",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Adelaide",
    "Australia/Darwin",
    "Australia/Sydney",
    "Australia/Brisbane",
    "Pacific/Noumea",
    "Pacific/Auckland",
    "Pacific/Fiji",
    "Pacific/Tongatapu",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
)

_OFFSET = re.compile(
    r"(?:(?P<base>utc|gmt)\s*)?(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.I
)
_ETC = re.compile(r"etc/gmt(?P<sign>[+-])(?P<h>\d{1,2})", re.I)


def zone_of(member: Member | None, community: Community | None, default: str) -> str:
    """The zone a member's days and times are read in: their own, else their
    community's, else ``default`` (``HAVEN_DEFAULT_TIMEZONE``; passed, not read
    here, as two Havens in one process may differ). A handler asks
    :meth:`bot.context.Context.zone_of`, which fills in the rest."""
    if member is not None and member.timezone:
        return member.timezone
    return read(EngineSettings, community).timezone or default


class NotAPlace(ValueError):
    """A name that is not a place's time zone, with what to say instead: the
    catalogue's ``key`` (``zone-…`` in bot/locales) with the typed ``value``
    and the ``places`` to choose from. ``str()`` is the English;
    :meth:`say` the member's language."""

    def __init__(self, key: str, value: str, places: tuple[str, ...] = ()) -> None:
        self.key, self.value, self.places = key, value, places
        super().__init__(self.say(i18n.ENGLISH))

    def say(self, locale: str) -> str:
        """What to tell the member, in ``locale`` (the places as its list of alternatives)."""
        listed = i18n.format_list(self.places, locale, style="or") if self.places else ""
        return i18n.translate(locale, self.key, value=self.value, places=listed)


@functools.cache
def places() -> dict[str, str]:
    """Every place's zone by its lower-case name, and ``UTC``."""
    named = {
        name.lower(): name
        for name in available_timezones()
        if name.split("/", 1)[0] in AREAS and "/" in name
    }
    named["utc"] = "UTC"
    return named


def place(text: str, today: date) -> str:
    """The zone ``text`` names; :class:`NotAPlace` saying what to choose instead."""
    key = " ".join(text.split()).lower()
    shown = f"“{text if len(text) <= 40 else text[:37] + '...'}”"
    if key in UTC_NAMES:
        return "UTC"
    found = places().get(key) or ALIASES.get(key)
    if found is not None:
        return found
    if key in ABBREVIATIONS:
        raise NotAPlace("zone-fixed-offset", shown, ABBREVIATIONS[key])
    offset = _offset(key)
    if offset is not None:
        if offset == timedelta(0):
            raise NotAPlace("zone-fixed-offset", shown, ("UTC", "Europe/London"))
        raise _at_offset(shown, offset, today)
    city = key.replace(" ", "_")
    named = sorted(z for k, z in places().items() if k.rsplit("/", 1)[-1] == city)
    close = named or [
        places()[k] for k in difflib.get_close_matches(key, list(places()), n=1, cutoff=0.75)
    ]
    if close:
        raise NotAPlace("zone-not-a-name-did-you-mean", shown, tuple(close[:2]))
    raise NotAPlace("zone-not-a-name", shown)


def _offset(key: str) -> timedelta | None:
    etc = _ETC.fullmatch(key)
    if etc:  # POSIX: Etc/GMT+5 is five hours *behind* UTC
        hours = int(etc["h"])
        return timedelta(hours=-hours if etc["sign"] == "+" else hours)
    match = _OFFSET.fullmatch(key)
    if match is None or (match["base"] is None and key[:1] not in "+-−"):
        return None
    minutes = int(match["h"]) * 60 + int(match["m"] or 0)
    if minutes > 14 * 60:
        return None
    return timedelta(minutes=-minutes if match["sign"] in "-−" else minutes)


def _at_offset(text: str, offset: timedelta, today: date) -> NotAPlace:
    noon = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=12)
    same = [z for z in WELL_KNOWN if noon.astimezone(ZoneInfo(z)).utcoffset() == offset]
    if not same:
        same = sorted(
            z
            for z in places().values()
            if z != "UTC" and noon.astimezone(ZoneInfo(z)).utcoffset() == offset
        )
    if not same:
        return NotAPlace("zone-offset-nowhere", text)
    return NotAPlace("zone-offset-places", text, tuple(same[:3]))
