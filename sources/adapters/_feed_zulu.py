"""Times written as four-digit UTC clocks before their dates, as radio contest calendars, aviation and military
schedules write them: "1900Z-2100Z, Sep 28", "0000Z, Sep 26 to 2400Z, Sep 27", "0000Z to 2400Z, Oct 2",
"1700Z-1800Z, Oct 1 (CW) and 1800Z-1900Z, Oct 1 (SSB)". Pure.

The prose reader reads a date then its time, and a bare "1900Z" is no time to it; here the clock comes first and
says its zone (Z, UTC or GMT). "2400Z" is the midnight that ends the day. Several ranges in one text are one
event's sessions: it runs from the first start to the last end. A date without a year is the one on or after the
reference day, or within half a year before it (a weekly calendar lists what has just begun too); an end day
earlier in the year than its start is the next year's ("1500Z, Dec 31 to 1500Z, Jan 1").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_when import When, localize

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CLOCK = r"(?P<{0}>[0-2]\d[0-5]\d)\s?(?:Z|UTC|GMT)\b"
_DAY = r"(?P<{0}_month>{1})[a-z]*\.?\s+(?P<{0}_day>[0-3]?\d)\b(?:,?\s+(?P<{0}_year>\d{{4}}))?"
_MONTH = "|".join(_MONTHS)
# "<clock>[, <day>] (-|to) <clock>, <day>" or "<clock>, <day>"; each clock four digits with its zone.
ZULU_RANGE = re.compile(
    rf"(?<![\w:]){_CLOCK.format('start')}(?:,?\s+{_DAY.format('first', _MONTH)})?"
    rf"(?:\s*(?:-|–|—|to)\s*{_CLOCK.format('end')})?,?\s+{_DAY.format('last', _MONTH)}",
    re.IGNORECASE,
)
MAX_RANGES = 12  # sessions read per text: a long schedule is a page, not one item's times
PAST_REACH = dt.timedelta(days=183)  # a year-less day this far before the reference is next year's


def zulu_when(texts: list[str | None], zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """The event the first text with UTC clock ranges gives (first start to last end), in ``zone``; else None."""
    for text in texts:
        spans = [span for match in ZULU_RANGE.finditer(text or "") if (span := _span(match, reference.date()))]
        spans = spans[:MAX_RANGES]
        if spans:
            # Stated instants: no midnight here is a date written as a time (make_when's reading of feeds' fields).
            start, zone_name = localize(min(span[0] for span in spans), zone)
            ends = [span[1] for span in spans if span[1] is not None]
            end = localize(max(ends), zone)[0] if ends else None
            return When(start, end, False, zone_name)
    return None


def _span(match: re.Match[str], reference: dt.date) -> tuple[dt.datetime, dt.datetime | None] | None:
    last_day = _day(match, "last", reference)
    if last_day is None:
        return None
    first_day = _day(match, "first", reference) if match["first_month"] else last_day
    if first_day is None:
        return None
    if last_day < first_day and not match["last_year"]:
        last_day = last_day.replace(year=last_day.year + 1)  # "Dec 31 to Jan 1"
    start = _moment(first_day, match["start"])
    end = _moment(last_day, match["end"]) if match["end"] else None
    if start is None or (match["end"] and end is None):
        return None
    while end is not None and end <= start:  # "2300Z-0100Z, Oct 3" crosses midnight
        end += dt.timedelta(days=1)
    return start, end


def _day(match: re.Match[str], name: str, reference: dt.date) -> dt.date | None:
    month = _MONTHS.index(match[f"{name}_month"][:3].lower()) + 1
    day = int(match[f"{name}_day"])
    year = int(match[f"{name}_year"]) if match[f"{name}_year"] else reference.year
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    if not match[f"{name}_year"] and found < reference - PAST_REACH:
        try:
            found = found.replace(year=year + 1)
        except ValueError:
            return None
    return found


def _moment(day: dt.date, clock: str) -> dt.datetime | None:
    hour, minute = int(clock[:2]), int(clock[2:])
    if hour == 24 and minute == 0:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=dt.UTC)
    if hour > 23:
        return None
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)
