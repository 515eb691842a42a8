"""Offsets written on the wrong side of the zone's summer time: the clock is the wall clock. Pure.

A news agency's calendar API (NTB's, batch 51, feeds) writes each event's start and end with an offset that is
its zone's other one: "2018-09-29T18:30:00.000+0100" for an ice-hockey game at 18:30 in Oslo in September (Oslo is
at +02:00 then) and "2018-11-10T12:00:00.000+0200" for a book launch at 12:00 in November (+01:00 then). Its own
reader reads every value as Oslo's wall clock (18:30 is 16:30 UTC, "DST, 2 hours difference"); read as instants,
every summer event is an hour late and every winter one an hour early.

``offsets_are_wall_clocks`` says so when the start the mapping reads is one path whose values carry an offset, at
least ``MIN_RECORDS`` records' offset is one the source's zone has in the year but not on that record's day, no
record's offset is the zone's on its day, and both of the zone's offsets are written wrong (a summer record with
winter's, a winter record with summer's). Then every value with an offset is read without it, as the zone's wall
clock (``without_offset``). Not: offsets that are the zone's on their day (instants, as before), one fixed offset
all year (another zone's, or a zone without summer time: right in one season), offsets only of one season, a
zone without summer time, values with no offset.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._json_paths import resolve
from sources.adapters._json_utc import iso_instant
from sources.adapters._json_wall_epochs import MAX_RECORDS

# The config key that says a source's written offsets are not its clocks' (json_api and xml), written by the inference.
WALL_OFFSETS = "wall_offsets"
WALL_OFFSETS_EVIDENCE = (
    "wall_offsets: every offset read away, each clock read as the zone's wall clock (the records' offsets are the "
    "zone's other season's, summer's in winter and winter's in summer)"
)
BAD_WALL_OFFSETS = "The config key 'wall_offsets' must be true or false."
MIN_RECORDS = 2
MAX_VALUE = 40  # characters of a value looked at
# An ISO date-time's trailing offset: "+0100", "+01:00", "-05", "Z" (after a digit of the clock).
_OFFSET = re.compile(r"(?<=\d)(?:Z|[+-]\d{2}(?::?\d{2})?)$")
# The date and clock an ISO date-time opens with: "2018-09-29T18:30", "2031-11-15 12:00".
_DATE_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def offsets_are_wall_clocks(items: Iterable[Any], start_spec: Any, zone: dt.tzinfo | None) -> bool:
    """Whether the records' start offsets are the zone's other season's (see the module's docstring)."""
    paths: tuple[str, ...] = tuple(getattr(start_spec, "paths", None) or ())
    if zone is None or len(paths) != 1:
        return False
    wrong_offsets: set[dt.timedelta] = set()
    wrong = 0
    for index, item in enumerate(items):
        if index >= MAX_RECORDS or not isinstance(item, Mapping):
            break
        moment = iso_instant(_text(resolve(item, paths[0])))
        if moment is None:
            continue
        written = moment.utcoffset()
        wall = moment.replace(tzinfo=None)
        own = wall.replace(tzinfo=zone).utcoffset()
        if written == own:
            return False  # one record's offset is the zone's on its day: the offsets are instants
        if written not in _year_offsets(zone, wall.year):
            return False  # an offset the zone never has: another zone's instant
        wrong += 1
        if written is not None:
            wrong_offsets.add(written)
    return wrong >= MIN_RECORDS and len(wrong_offsets) >= 2


def without_offset(value: Any) -> Any:
    """An ISO date-time string without its trailing offset ("2018-09-29T18:30:00.000+0100" → "…18:30:00.000"),
    read then in the source's zone; any other value as given."""
    if not isinstance(value, str) or len(value) > MAX_VALUE:
        return value
    text = value.strip()
    return _OFFSET.sub("", text) if _DATE_CLOCK.match(text) else value


def _year_offsets(zone: dt.tzinfo, year: int) -> set[dt.timedelta | None]:
    """The zone's offsets in ``year``: its winter's and its summer's (one, without summer time)."""
    return {dt.datetime(year, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 7)}


def _text(value: Any) -> Any:
    return value.get("text") if isinstance(value, Mapping) else value  # an XML element's text beside attributes
