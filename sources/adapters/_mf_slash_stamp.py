"""A microformat's start or end written as Plone's DateTime prints it, for _schemaorg (helper pages113). Pure.

Plone's event listings (hCalendar: ``<abbr class="dtstart" title="2017/09/20 19:30:00 GMT+2">Sep 20, 2017</abbr>
from <abbr class="dtstart" title="…">07:30 PM</abbr>``) put the server's DateTime in the titles: the day with
slashes, a clock with seconds, and the server's offset as "GMT+2". mf2py hands that text on as the value, no ISO
reader takes it, and the event fell back to its text (the end lost; "NICS Lackadaisical #1 2017-18" read as the
18th). The clock is the one the listing shows its readers ("07:30 PM" beside it): a British chess union's page
says "GMT+2" in September and "GMT+1" in December, its server's zone, while its evenings start at 19:30 in
Belfast. So the clock is read in the page's zone; the stated offset only when the page has none.

Only year first, slashes, a clock with minutes (seconds optional) and at most "GMT"/"UTC" with a whole offset:
"20/09/2017 19:30" (day first), "2017/09/20" (no clock) and "2017/09/20 19:30 CEST" are not read here.

A day alone written so ("2017/09/20", no clock: slash_day) is that day, all day (helper left41): once a sibling's
stamp reads, the listing is read from its microformats, and an event whose stamp was a day alone was dropped where
the page used to fall back to its text. Year first only; no such day, nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import safe_date
from sources.adapters.common import plausible

SLASH_STAMP = re.compile(
    r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?"
    r"(?:\s?(?:GMT|UTC)(?P<offset>[+-]\d{1,2})?)?"
)
SLASH_DAY = re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})")
FIELDS = ("year", "month", "day", "hour", "minute")
MAX_OFFSET = 14  # hours: no zone is further from UTC


def slash_stamp(raw: str, *, tz: dt.tzinfo | None) -> dt.datetime | None:
    """``raw`` ("2017/09/20 19:30:00 GMT+2") as an aware moment in ``tz`` (see the module), or None."""
    found = SLASH_STAMP.fullmatch(raw.strip()[:40])
    zone = tz or (_stated(found["offset"]) if found else None)
    if found is None or zone is None:
        return None
    year, month, day, hour, minute = (int(found[name]) for name in FIELDS)
    try:
        aware = dt.datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        return None
    return aware if plausible(aware) else None


def slash_day(raw: str) -> dt.date | None:
    """``raw`` ("2017/09/20", year first, no clock) as that day (see the module), or None."""
    found = SLASH_DAY.fullmatch(raw.strip()[:12])
    day = safe_date(int(found["year"]), int(found["month"]), int(found["day"])) if found else None
    return day if plausible(day) else None


def _stated(offset: str | None) -> dt.tzinfo | None:
    """The zone of a stated "GMT+2" ("GMT" alone: UTC), or None for an offset no zone has."""
    hours = int(offset or 0)
    return dt.timezone(dt.timedelta(hours=hours)) if abs(hours) <= MAX_OFFSET else None
