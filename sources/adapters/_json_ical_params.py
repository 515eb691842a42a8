"""iCalendar properties copied into JSON with their parameters left in the key: ``"dtstart;value=date": "20171006"``,
``"dtstart;tzid=Europe/London": "20171007T090000"``, ``"attach;fmttype=image/jpeg": "https://…"``.

A calendar plugin's export turned into JSON by a generic iCalendar-to-JSON step keeps each content line's name and
parameters as the key (RFC 5545 section 3.1: ``name *(";" param) ":" value``). Read as written, one property is split
over as many keys as it has parameter sets (all-day items under "dtstart;value=date", timed ones under
"dtstart;tzid=utc+0"), and a parameter's value leaks words into the key ("utc" in a key says the clock is UTC's). So
the key is read as the property's name (``plain_properties``) and the parameter applied to the value, as the
iCalendar reader (sources/adapters/ics.py) applies it:

- ``VALUE=DATE`` with a basic-format day ("20171006") is that day ("2017-10-06"): an all-day item's day, not a
  midnight.
- ``TZID=<name>`` with a basic-format date-time is that clock in the zone the name resolves to (an IANA name),
  written with its offset; a TZID no zone database knows ("utc+0", a calendar's own label) names no zone without the
  calendar's VTIMEZONE, so the clock stays floating and is read at the source's zone, as the iCalendar reader reads
  an unknown TZID when the source has a zone.
- A date-time ending in "Z" is UTC's, as written.

The basic forms are parsed by ``_ical_basic`` (left38): the ``icalendar`` library's own parser, which the iCalendar
reader rests on, with the two leniencies below; ``_calendar_links`` reads a calendar link's dates with it too.

Found by review41's probes: a TZID is also an Outlook zone's Windows name ("W. Europe Standard Time", mapped as
CLDR maps it) or an IANA name behind a vendor's prefix ("/mozilla.org/20070129_1/Europe/Berlin"); a TZID beside a
floating extended-format value ("2031-10-07T19:00:00") gives it its zone too; a clock without seconds
("20311007T1900") or a lower-case "z" is read as well. A plain DT… property beside parameter keys in one object
("dtstart": "20311001" beside "dtend;value=date") is read in the same basic formats, so the two stay alike.

Only keys shaped as a content line's name and parameters: a name of letters, digits and hyphens, then one or more
``;param=value`` parts whose names are letters, digits and hyphens. Not: a key with a semicolon and no "=" ("a;b"),
a key whose own text holds "=" before any semicolon, a key whose plain name the object already holds (both are kept
as written: the object's own key is not overwritten). A document without such keys is returned as it is (the same
object); one with them is copied where they sit, the rest shared.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Mapping
from typing import Any

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from sources.adapters._ical_basic import BASIC_DAY_LENGTH, basic_day, basic_moment

MAX_DEPTH = 12  # levels walked into a document
MAX_NODES = 20_000  # objects, lists and keys looked at in one document
MAX_KEY = 300  # a longer key is no content line's name and parameters
DATE_VALUE = "date"
DATE_VALUES = frozenset({DATE_VALUE, "date-time"})


def plain_properties(data: Any) -> Any:
    """``data`` with every iCalendar parameter key read as its property's name and the parameters applied."""
    budget = [MAX_NODES]
    return _walk(data, 0, budget)


def split_key(key: object) -> tuple[str, dict[str, str]] | None:
    """(name, parameters lower-cased by name) where ``key`` is a content line's name and parameters, else None."""
    if not isinstance(key, str) or ";" not in key or len(key) > MAX_KEY:
        return None
    name, *parts = key.split(";")
    if not _token(name):
        return None
    params: dict[str, str] = {}
    for part in parts:
        param, equals, value = part.partition("=")
        if not equals or not _token(param):
            return None
        params[param.lower()] = value
    return name, params


def applied(value: Any, params: Mapping[str, str]) -> Any:
    """The value as its parameters say to read it: a basic-format day or date-time written as ISO 8601."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if params.get("value", "").lower() == DATE_VALUE or len(text) == BASIC_DAY_LENGTH:
        day = basic_day(text)  # _ical_basic: the iCalendar reader's own parser
        return day.isoformat() if day is not None else value
    moment = basic_moment(text)
    zone = _zone(params.get("tzid"))
    if moment is None:
        return _extended(text, zone) or value
    if moment.tzinfo is not None:  # "…Z": UTC's, as written
        return moment.isoformat()
    return moment.replace(tzinfo=zone).isoformat() if zone is not None else moment.isoformat()


def _extended(text: str, zone: zoneinfo.ZoneInfo | None) -> str | None:
    """A floating extended-format date-time ("2031-10-07T19:00:00") in the TZID's zone; None without a zone or
    where the value is no such date-time (a day, a moment with its own offset)."""
    if zone is None or "T" not in text or len(text) > len("2031-10-07T19:00:00.000000"):
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=zone).isoformat() if moment.tzinfo is None else None


def _walk(data: Any, depth: int, budget: list[int]) -> Any:
    if depth > MAX_DEPTH or budget[0] <= 0:
        return data
    if isinstance(data, list):
        budget[0] -= 1
        items = [_walk(item, depth + 1, budget) for item in data]
        return items if any(new is not old for new, old in zip(items, data, strict=True)) else data
    if not isinstance(data, Mapping):
        return data
    budget[0] -= 1
    changed = split_here = False
    out: dict[str, Any] = {}
    for key, value in data.items():
        budget[0] -= 1  # a key costs as an object does: 100,000 keys are walked to the budget, no further
        inner = _walk(value, depth + 1, budget)
        split = split_key(key) if budget[0] > 0 else None
        if split is not None and split[0] not in data and split[0] not in out:
            dated = _dated(*split)
            out[split[0]] = applied(inner, split[1]) if dated else inner
            changed, split_here = True, split_here or dated
            continue
        out[key] = inner
        changed = changed or inner is not value
    if split_here:  # "dtstart": "20311001" beside "dtend;value=date": the same basic formats, read alike
        for key, value in out.items():
            if isinstance(key, str) and ";" not in key and key.lower().startswith("dt"):
                out[key] = applied(value, {})
    return out if changed else data


def _dated(name: str, params: Mapping[str, str]) -> bool:
    """Whether the property holds a day or a moment: a "DT…" property (DTSTART, DTEND, DTSTAMP), or one whose
    parameters say so (VALUE=DATE, VALUE=DATE-TIME, a TZID)."""
    return name.lower().startswith("dt") or "tzid" in params or params.get("value", "").lower() in DATE_VALUES


def _token(text: str) -> bool:
    """A content line's name or a parameter's: letters, digits and hyphens, starting with a letter."""
    return (
        bool(text)
        and text[0].isascii()
        and text[0].isalpha()
        and all(char.isascii() and (char.isalnum() or char == "-") for char in text)
    )


def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    """The zone a TZID names when it is an IANA name ("Europe/London", "UTC"), a Windows zone's name ("W. Europe
    Standard Time") or an IANA name behind a vendor's prefix ("/mozilla.org/20070129_1/Europe/Berlin"), else None."""
    if not name or len(name) > MAX_KEY:
        return None
    text = name.strip().strip('"').strip().lower()
    names = _zone_names()
    known = names.get(text)
    if known is None and "/" in text:
        parts = text.split("/")
        tails = ("/".join(parts[-count:]) for count in (3, 2) if len(parts) > count)
        known = next((names[tail] for tail in tails if tail in names), None)
    return zoneinfo.ZoneInfo(known) if known else None


@functools.cache
def _zone_names() -> dict[str, str]:
    """The tz database's names by their lower-cased spelling: a key lower-cased whole ("tzid=europe/london")
    still names its zone."""
    available = zoneinfo.available_timezones()
    windows = {name.lower(): olson for name, olson in WINDOWS_TO_OLSON.items() if olson in available}
    return windows | {name.lower(): name for name in available}
