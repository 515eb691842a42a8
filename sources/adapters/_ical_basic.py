"""iCalendar's basic-format dates and date-times outside an iCalendar file, read by the parser the iCalendar reader
itself rests on (the ``icalendar`` library's ``vDate``/``vDatetime``, as ``ics`` and ``_ical_single`` read and write
DTSTART/DTEND). Pure.

* ``basic_day``: "20310503" (DTSTART;VALUE=DATE's form) → 3 May 2031.
* ``basic_moment``: "20310503T190000Z" → 19:00 UTC; "20310503T190000" → 19:00 floating (no zone: the caller's TZID or
  source gives it one). Two leniencies exporters need and RFC 5545 does not write: a clock without its seconds
  ("20310503T1900") and a lower-case "z" (both found by review41's probes of JSON exports).

Only digits where RFC 5545 writes digits (the library also takes a sign before the year: "+0310503T190000" is no
date here). Used by ``_json_ical_params`` (iCalendar properties copied into JSON) and ``_calendar_links`` (an "add to
calendar" link's ``dates=20231214T093000Z/…``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt

from icalendar import vDate, vDatetime

BASIC_DAY_LENGTH = len("20171006")
CLOCK_LENGTHS = (len("090000"), len("0900"))  # RFC 5545 writes seconds; some exporters leave them out


def basic_day(text: str) -> dt.date | None:
    """The day a basic-format date names ("20310503"), else None."""
    if len(text) != BASIC_DAY_LENGTH or not text.isdigit() or not text.isascii():
        return None
    try:
        day = vDate.from_ical(text)
    except ValueError:
        return None
    return day if isinstance(day, dt.date) and not isinstance(day, dt.datetime) else None


def basic_moment(text: str) -> dt.datetime | None:
    """A basic-format date-time: UTC's ("…Z", "…z") or floating (naive), else None."""
    utc = text.endswith(("Z", "z"))
    day, tee, clock = text.removesuffix("Z").removesuffix("z").partition("T")
    if not tee or len(clock) not in CLOCK_LENGTHS or not clock.isdigit() or not clock.isascii():
        return None
    if basic_day(day) is None:
        return None
    try:
        moment = vDatetime.from_ical(f"{day}T{clock:0<6}")  # "1900" → "190000": the seconds left out are none
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC) if utc else moment
