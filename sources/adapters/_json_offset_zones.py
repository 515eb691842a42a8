"""A UTC offset written beside a record's bare clock, as the record's zone. Pure.

A racing calendar writes each session at its own track's wall clock with the track's offset from UTC in a field of
its own (``<date>18.03.2012</date><start>17:00</start><utc>11</utc>``: Melbourne, UTC+11); other APIs write
``"utc_offset": "+01:00"``, ``"gmtOffset": -5`` or ``"tz": "UTC+2"``. Read in the source's one zone, every session
was off by the difference. An offset is a zone without summer time, so a whole-hour offset is read as the IANA zone
of that fixed offset ("Etc/GMT-11" is UTC+11: POSIX signs are inverted), and the field holding it is the records'
``timezone`` as a field of zone names is (``_json_field_scores.zone_score``, ``_json_mapping.iana``).

A value with its sign or its UTC/GMT word ("+01:00", "-0500", "UTC+2", "GMT-3") is an offset under any zone key; a
bare number ("11", -5, 3600) only under a key whose words say it is one from UTC (``utc`` or ``gmt``, with
``offset`` or alone): hours up to 14, or a whole hour written in minutes (60-840) or seconds (3600-50400).

Not: an offset of a part of an hour ("+05:30", "+0545": no fixed-offset zone of that name; the source's zone is
kept), a number under a zone id key ("timezoneId": 11, an enum's) or under "offset" alone (a page's) or
"timezoneOffset" (a script's minutes, signed the other way), hours past 14, words ("Europe/Paris" is read as
before).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._json_key_words import key_words

OFFSET_WORDS = frozenset({"utc", "gmt", "offset"})
UTC_NAMES = frozenset({"utc", "gmt"})  # one of them: "offset" alone is a page's, "timezoneOffset" a script's minutes
SIGNED = re.compile(r"^(?:(?:utc|gmt)\s?)?(?P<sign>[+\-−])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?$", re.I)
BARE = re.compile(r"^(?P<sign>[+\-−]?)(?P<number>\d{1,5})(?:\.0+)?$")
MAX_HOURS = 14
HOUR_MINUTES, HOUR_SECONDS = 60, 3600


def offset_key(path: str) -> bool:
    """Whether a key path's last key names an offset from UTC ("utc", "utc_offset", "gmtOffset"; not "start_utc")."""
    last = path.rsplit(".", 1)[-1]
    names = set(key_words(last))
    return bool(names & UTC_NAMES) and names <= OFFSET_WORDS


def offset_zone(value: Any, *, bare: bool) -> str | None:
    """The fixed-offset IANA zone a whole-hour offset names ("+01:00" → "Etc/GMT-1"); numbers alone only when
    ``bare`` (the key says they are offsets). None for anything else."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    signed = SIGNED.match(text)
    if signed is not None:
        hours = int(signed["hours"]) if int(signed["minutes"] or 0) == 0 else None
        sign = -1 if signed["sign"] in ("-", "−") else 1
    elif bare and (number := BARE.match(text)) is not None:
        hours = _hours(int(number["number"]))
        sign = -1 if number["sign"] in ("-", "−") else 1
    else:
        return None
    if hours is None or hours > MAX_HOURS:
        return None
    if hours == 0:
        return "Etc/GMT"
    return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"


def _hours(number: int) -> int | None:
    """A bare offset's whole hours: hours, minutes or seconds (see above); None for a part of an hour."""
    if number <= MAX_HOURS:
        return number
    for unit in (HOUR_MINUTES, HOUR_SECONDS):
        if unit <= number <= MAX_HOURS * unit and number % unit == 0:
            return number // unit
    return None
