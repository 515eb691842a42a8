"""A zone's abbreviation written right after an item's prose date and clock, for the ``rss`` adapter. Pure.

Calendars write the zone after the time: Google Calendar's "basic" feeds ("When: Wed Jun 25, 2031 4:30pm to 6pm
PDT"), posts ("7:00 PM EST", "19:00 GMT"). The prose reader read the clock in the source's zone, so an event of a
Pacific calendar read by a source set to New York came out three hours early. The abbreviation names the zone the
clock is in: the wall clock is read there (the instant shown in the source's zone, as a UTC instant is).

Only a known abbreviation right after the date (a space, a no-break space, a comma or a bracket between), in
capitals, and only for a timed date: "6pm PDT" moves, "6pm PARTY" and "Jun 25 EST" do not. A summer "PST" is the
Pacific zone as its people write it, so each abbreviation names a zone (its daylight time included), not a fixed
offset; MST alone names Arizona's zone, which keeps it all year. An abbreviation the source's own zone goes by
(in winter or in summer) is that zone's: "7:30pm CST" is China's time for a Shanghai source, Cuba's for a Havana
one, and a Denver source's "MST" is Denver's; nothing moves.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sources.adapters._feed_when import When

ZONES = {
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "MST": "America/Phoenix", "MDT": "America/Denver", "MT": "America/Denver",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Berlin", "CEST": "Europe/Berlin",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "JST": "Asia/Tokyo", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
}  # fmt: skip
# The abbreviation right after the date: at most four characters of space or punctuation between, capitals only.
_AFTER = re.compile(r"[ \t\n\xa0,(]{0,4}(?P<zone>[A-Z]{2,4})\b")


def stated_zone(text: str, after: int) -> zoneinfo.ZoneInfo | None:
    """The zone an abbreviation right after position ``after`` names, or None."""
    name = ZONES.get(_abbreviation(text, after) or "")
    return zoneinfo.ZoneInfo(name) if name else None


def _abbreviation(text: str, after: int) -> str | None:
    found = _AFTER.match(text, after)
    return found.group("zone") if found is not None else None


def in_stated_zone(when: When, text: str, after: int) -> When:
    """The timed ``when``'s wall clock read in the zone an abbreviation after it names, shown in its own zone; as
    it was when its own zone goes by that abbreviation."""
    named = stated_zone(text, after)
    if named is None or when.all_day or not isinstance(when.start, dt.datetime):
        return when
    shown = when.start.tzinfo
    if _goes_by(shown, _abbreviation(text, after) or "", when.start.year):
        return when  # "7:30pm CST" of a Shanghai source is China's time
    start = when.start.replace(tzinfo=None).replace(tzinfo=named)
    if start.utcoffset() == when.start.utcoffset():
        return when
    end = when.end.replace(tzinfo=None).replace(tzinfo=named) if isinstance(when.end, dt.datetime) else when.end
    if shown is not None:
        start = start.astimezone(shown)
        end = end.astimezone(shown) if isinstance(end, dt.datetime) else end
    return dataclasses.replace(when, start=start, end=end)


def _goes_by(own: dt.tzinfo | None, abbreviation: str, year: int) -> bool:
    """Whether the zone ``own`` is called ``abbreviation`` in the winter or the summer of ``year``."""
    if own is None or not dt.MINYEAR < year < dt.MAXYEAR:
        return False
    return any(dt.datetime(year, month, 15, 12, tzinfo=own).tzname() == abbreviation for month in (1, 7))
