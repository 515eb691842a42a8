"""A document whose clocks are UTC though it does not say so, told by its days' midnights. Pure.

Some exports write every moment as a wall clock without an offset and mean UTC by it: the IOF data standard's
``<StartDate><Date>2031-12-24</Date><Clock>13:00:00</Clock></StartDate>`` from an orienteering club in Sydney is
midnight of 25 December there. Read in the source's zone, every such start is off by the zone's offset: a
club's evening run at 17:00 becomes 06:00, and a day given as its local midnight falls on the day before.

Such a document gives itself away by the events it dates by the day: their local midnight, written in UTC, is one
hour of the clock in summer and another in winter (13:00 and 14:00 in Sydney), each on the dates its offset holds.
``clocks_in_utc`` says the starts and ends are UTC when at least ``MIN_MIDNIGHTS`` of them, read as UTC, fall on
a local midnight, under at least two different clocks (the zone's summer and winter offsets, each on its own
dates: a coincidence of one event hour does not change with the season), and at least ``MIN_SHARE`` of the values
written at those clocks do so. Not: a zone without a change of offset (15:00 in Tokyo is an afternoon as often as
a midnight), values with an offset, a document whose midnights are its own (00:00 written as such), fewer values.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable

# The config key that says a source's clocks are UTC (json_api and xml), written by the inference.
UTC_CLOCKS = "utc_clocks"
MIN_MIDNIGHTS = 4
MIN_SHARE = 0.8
MIDNIGHT = dt.time(0, 0)
UTC_EVIDENCE = "utc_clocks: the starts' and ends' clocks read as UTC (the days' local midnights stand at them)"
BAD_UTC_CLOCKS = "The config key 'utc_clocks' must be true or false."
MAX_VALUES = 2000  # how many values are looked at


def clocks_in_utc(values: Iterable[object], zone: zoneinfo.ZoneInfo | None) -> bool:
    """Whether the naive ISO date-times among ``values`` are UTC clocks of a document in ``zone``."""
    if zone is None:
        return False
    moments = []
    for index, value in enumerate(values):
        if index >= MAX_VALUES:
            break
        moment = naive_moment(value)
        if moment is not None:
            moments.append(moment)
    landing = [moment for moment in moments if _local_midnight(moment, zone)]
    clocks = {moment.time() for moment in landing}
    if len(landing) < MIN_MIDNIGHTS or len(clocks) < 2 or MIDNIGHT in clocks:
        return False
    written_at = [moment for moment in moments if moment.time() in clocks]
    own = sum(1 for moment in moments if moment.time() == MIDNIGHT)
    return len(landing) >= MIN_SHARE * len(written_at) and own < len(landing)


def naive_moment(value: object) -> dt.datetime | None:
    """A value that is an ISO date-time with a time of day and no offset, else None."""
    if not isinstance(value, str) or not 16 <= len(value) <= 26 or "T" not in value and " " not in value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is None else None


def _local_midnight(moment: dt.datetime, zone: zoneinfo.ZoneInfo) -> bool:
    local = moment.replace(tzinfo=dt.UTC).astimezone(zone)
    return local.time() == MIDNIGHT and local.utcoffset() != dt.timedelta(0)
