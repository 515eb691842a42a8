"""Naive clocks that are UTC, told by an epoch beside each one (held-out batch apis80). Pure.

A football data API (Sportmonks v3, batch apis80: a betting app's stored schedule, a fan app's coming fixtures)
writes each fixture's kick-off twice: "starting_at": "2025-07-31 01:30:00", with no offset, and
"starting_at_timestamp": 1753925400, the same moment in seconds since the epoch, which is 01:30 in UTC. A naive
clock is read as the source's wall clock (London's, an hour ahead in summer), so every fixture was an hour early and
one after 23:00 UTC fell on the day before. ``_json_utc_twins`` reads such twins when they are written with an
offset; an epoch number is the same evidence.

``clocks_epoch_twin_utc`` says the naive starts are UTC when at least one record's naive start equals, to the
second, an epoch (seconds, or milliseconds) among the record's own top-level numbers read in UTC, at least half of
the records with a naive start do, and no record's epoch is the naive clock read in the records' zone at a
non-zero offset (a local clock beside its exact instant: read as before). Not: no naive start, no epoch beside it,
an epoch at another moment ("updated": 1700000000), a number outside the years 2001 to 2096, a bool, an epoch
nested in a part of the record (a team's "last_played_at_ts").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sources.adapters._json_mapping import resolve
from sources.adapters._json_utc_clocks import naive_moment
from sources.adapters._json_utc_said import mapped_path

EPOCH_TWIN_EVIDENCE = "utc_clocks: the starts' clocks read as UTC (each is the moment of the epoch beside it in UTC)"
MAX_RECORDS = 500  # how many records are looked at
MAX_VALUES = 200  # how many values of one record are looked at
MIN_SHARE = 0.5
SECONDS = (1_000_000_000, 4_000_000_000)  # 2001-09-09 to 2096-10-02
MILLISECONDS = (SECONDS[0] * 1000, SECONDS[1] * 1000)


def clocks_epoch_twin_utc(items: Iterable[Any], mapping: Any, zone: dt.tzinfo | None = None) -> bool:
    """Whether the records' naive starts are UTC clocks, as the epochs beside them show (see the module)."""
    start_path = mapped_path(mapping, "start")
    if start_path is None:
        return False
    naive = utc_agree = wall_agree = 0
    for item in itertools.islice(items, MAX_RECORDS):
        moment = naive_moment(resolve(item, start_path)) if isinstance(item, Mapping) else None
        if moment is None:
            continue
        naive += 1
        instants = list(_epochs(item))
        utc_agree += any(instant.replace(tzinfo=None) == moment for instant in instants)
        wall_agree += zone is not None and any(_wall(instant, zone) == moment for instant in instants)
    return utc_agree >= 1 and utc_agree >= MIN_SHARE * naive and wall_agree == 0


def _epochs(item: Mapping[str, Any]) -> Iterator[dt.datetime]:
    """The record's own top-level numbers that read as epoch seconds or milliseconds, as UTC instants."""
    for _key, value in itertools.islice(item.items(), MAX_VALUES):
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if SECONDS[0] <= value < SECONDS[1]:
            yield dt.datetime.fromtimestamp(value, dt.UTC)
        elif MILLISECONDS[0] <= value < MILLISECONDS[1]:
            yield dt.datetime.fromtimestamp(value / 1000, dt.UTC)


def _wall(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime | None:
    """The instant's wall clock in ``zone`` when that zone is then off UTC, else None."""
    local = instant.astimezone(zone)
    return local.replace(tzinfo=None) if local.utcoffset() != dt.timedelta(0) else None
