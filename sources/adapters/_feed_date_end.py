"""The end of an event whose start is a date-time and whose end is a date, for ``_feed_when.make_when``. Pure.

A feed may write a festival's start with its clock and its end as a day: ``<ev:startdate>2031-05-01T19:00:00+02:00
</ev:startdate>`` and ``<ev:enddate>2031-05-03</ev:enddate>`` (or an xCal ``DTEND;VALUE=DATE``). The end was
dropped (a date and a time cannot be compared), and the event read as one evening. The end is now the end of that
last day: the midnight after it in the event's zone (a date-only end of an exclusive format, xCal's or GData's, is the
day after the last). An end day on or before the start's day says nothing the start does not (no end). A start at
local midnight is a day too: the end is then given as the midnight ``make_when`` reads as that last day.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo


def date_end(
    local_start: dt.datetime, end: dt.date | None, zone: zoneinfo.ZoneInfo | None, exclusive_end: bool
) -> dt.datetime | None:
    """The date-time ``make_when`` reads as the end of the last day ``end`` names (see the module's note), else None."""
    if end is None or isinstance(end, dt.datetime):
        return None
    last = end - dt.timedelta(days=1) if exclusive_end else end
    if last <= local_start.date():
        return None
    tz = local_start.tzinfo or zone
    if local_start.time() == dt.time(0, 0):  # whole days: make_when's midnights, inclusive unless exclusive_end
        return dt.datetime.combine(end, dt.time(0, 0), tzinfo=tz)
    return dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0, 0), tzinfo=tz)
