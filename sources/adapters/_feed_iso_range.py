"""The end an ISO date's range writes right after it, for the ``rss`` adapter. Pure.

A calendar script writes an event's days in its description as one labelled line, both in ISO notation: "Date:
2016-11-13 to 2016-11-16" (a conference calendar's feed, batch 63), "2031-06-12 – 2031-06-14", "2031-06-12 through
2031-06-15". The ISO reader (``_feed_iso``) reads the first date as the start and stopped there: the conference ran
one day.

``iso_range_end`` gives the start the date written right after it as the range's end: a dash (spaced), "to",
"through"/"thru", "until"/"till", "bis", "au", "al", "tot", then a second ISO date, of the start's own kind (a day
after a day, a date-time after a date-time), not before it and at most a year after (a season's run). Not read: a
second date a sentence mentions further on ("2031-06-12. Next meeting 2031-07-10"), an end of another kind, one
before the start, or one written without a space before a dash ("2031-06-12-2031-06-14": no ISO day is read so).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_when import When, make_when, read_moment

# The range's word (or a spaced dash) and the second ISO date, right after the first: bounded, nothing nested.
RANGE_END = re.compile(
    r"[ \t]{0,3}(?:[-–—][ \t]{0,3}|(?:to|through|thru|until|till|bis|au|al|tot)[ \t]{1,3})"
    r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<clock>\d{2}:\d{2}(?::\d{2})?)(?P<offset>Z|[+-]\d{2}:?\d{2})?)?(?![\w/+-]|:\w)",
    re.IGNORECASE,
)
MAX_SPAN = dt.timedelta(days=366)


def iso_range_end(when: When, text: str, position: int, zone: zoneinfo.ZoneInfo | None) -> When:
    """``when`` (read from the ISO date ending at ``position`` in ``text``) with the range's end written right after
    it; ``when`` itself when none is, or when that end is of another kind, before the start or over a year on."""
    if when.end is not None:
        return when
    found = RANGE_END.match(text, position)
    if found is None:
        return when
    written = found["day"] + (f"T{found['clock']}{found['offset'] or ''}" if found["clock"] else "")
    end = read_moment(written, zone)
    start = when.start
    if end is None or isinstance(end, dt.datetime) != isinstance(start, dt.datetime):
        return when
    if end < start or end - start > MAX_SPAN:
        return when
    return dataclasses.replace(make_when(start, end, zone=zone, exclusive_end=False), doubt=when.doubt)
