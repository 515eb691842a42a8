"""A microformat's start written as an ISO day with a 12-hour clock and a zone's abbreviation, for _schemaorg. Pure.

hCalendar asks for ISO 8601 in ``dtstart``, but hand-made calendars print their own text there: a 2008 goth club
calendar's ``<span class="dtstart">2008-01-04 10:00pm EST</span>`` beside its Sunday nights' plain
``2008-01-06``. The ISO reader gave nothing for the first and the event was dropped. Read here: the ISO day, a space
or a "T", a clock on 12 hours with its am/pm (or on 24 hours), and at most a known zone abbreviation
(_feed_zone_words.ZONES), whose zone the clock is read in (the source's own when it goes by that name). Nothing
else: "2008-01-04 10:00pm PARTY", "2008-01-04 13:00pm" and a day in words are not read.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._feed_zone_words import stated_zone
from sources.adapters.common import matched_clock, plausible

CLOCK_START = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ]\s?(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s?(?P<meridiem>[AaPp]\.?[Mm]\.?)?"
    r"(?P<zone>\s[A-Z]{2,4})?"
)


def clock_start(raw: str, *, tz: dt.tzinfo | None) -> dt.datetime | None:
    """``raw`` ("2008-01-04 10:00pm EST") as an aware moment, or None when it is not that shape."""
    found = CLOCK_START.fullmatch(raw.strip()[:40])
    if found is None:
        return None
    zone = tz
    if found["zone"]:
        named = stated_zone(found["zone"], 0)
        if named is None:
            return None  # "PARTY" is no zone
        zone = tz if tz is not None and _goes_by(tz, found["zone"].strip()) else named
    try:
        clock = matched_clock(found)  # None for "2008-01-04 10" (no clock) and "13:00pm"; raises for "10:75pm"
        if clock is None:
            return None
        moment = dt.datetime.combine(dt.date.fromisoformat(found["day"]), clock, tzinfo=zone or dt.UTC)
    except ValueError:
        return None
    return moment if plausible(moment) else None


def _goes_by(zone: dt.tzinfo, abbreviation: str) -> bool:
    """Whether the source's own zone is called ``abbreviation`` in winter or in summer (Toronto's "EST")."""
    return any(dt.datetime(2030, month, 1, tzinfo=zone).tzname() == abbreviation for month in (1, 7))
