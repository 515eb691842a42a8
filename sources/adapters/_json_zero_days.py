"""A record that starts and ends at the same local midnight is that day, for the ``json_api`` mapping
(``_json_mapping``) and the readers built on it (``xml_doc``). Pure.

Open-data programmes written as RDF or JSON give a one-day event's start and end as the same instant at the day's
midnight (the Marseille-Provence 2013 programme's ``startDate`` and ``endDate`` both "2013-05-14T00:00:00+0200"): the
day, with no clock known. Nothing lasts no time from midnight; read as a moment, the concert was printed at 00:00,
the placeholder midnight a day is not. ``_json_days.whole_day`` reads a midnight-to-later-midnight record as its days;
this reads the zero-length one as its one day.

Only when the start's value writes the midnight itself ("…T00:00:00+0200"; not a UTC "13:00" that is midnight in
Sydney, nor a day and a clock read from two fields: an orienteering API's cancelled event at 00:00 stays a moment;
"…T00:00:00.000+02:00", milliseconds and an offset, counts: review51), both are datetimes at 00:00 in the record's
own wall time and that is the reader's zone's offset at that moment (a midnight written in another offset than the
zone's is a moment somewhere, as ``whole_day`` says), and the end is the start to the second. Not: a start alone, an end at another clock or day, a start at any other time.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

MIDNIGHT = dt.time(0, 0)
# A value that writes the midnight itself ("2013-05-14T00:00:00+0200", "2031-05-14 00:00"), its offset if any last.
_WRITTEN_MIDNIGHT = re.compile(r"[T ]00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?")


def same_midnight(
    start: dt.datetime | dt.date, end: dt.datetime | dt.date | None, zone: dt.tzinfo | None, written: Any
) -> bool:
    """Whether ``start`` and ``end`` are one and the same local midnight, the start ``written`` so in its value."""
    if not isinstance(written, str) or len(written) > 40 or not _WRITTEN_MIDNIGHT.search(written.strip()[-20:]):
        return False  # a midnight a reader made (a UTC clock turned local, a day and a clock joined) is a moment
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime) or start.time() != MIDNIGHT:
        return False
    if zone is not None and start.utcoffset() is not None and start.utcoffset() != start.astimezone(zone).utcoffset():
        return False
    return end == start and end.utcoffset() == start.utcoffset()
