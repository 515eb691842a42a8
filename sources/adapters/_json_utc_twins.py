"""A document whose naive clocks are UTC, told by a twin field that writes the same moment with its offset. Pure.

Some APIs write each meeting's time twice: once without an offset ("when": "2031-05-01T18:00:00") and once as an
instant ("when_utc": "2031-05-01T18:00:00Z", or "2031-05-01T14:00:00-04:00"), beside a field naming the local
zone ("timezone": "America/New_York"). A naive time beside a zone is that zone's wall clock in most APIs, and is
read so; but where the naive value is, clock for clock, the twin's moment in UTC, it is UTC (an Open Civic
Data-style API keeps its times so): read in the record's zone, every start would be the zone's offset late.

``clocks_twin_utc`` says the naive starts are UTC when at least one record's naive start equals, to the second, a
time with an offset elsewhere in the same record read in UTC, at least half of the records with a naive start do,
and no record's naive start equals such a time's own wall clock at a non-zero offset (a local copy beside its
exact one: "start": "…14:00:00" and "start_utc": "…18:00:00Z" read as before). A value under a key naming the
local time ("start_local": "…Z", Strava's wall clock marked "Z": ``_json_utc.local_wall``) is no twin. Then the
document is read as ``utc_clocks`` says (``_json_utc_clocks``). Not: no naive start, no twin in the records,
twins at another moment ("updated_at"), a single coincidence among many records without one.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sources.adapters._json_epoch_twins import EPOCH_TWIN_EVIDENCE, clocks_epoch_twin_utc
from sources.adapters._json_key_words import key_words
from sources.adapters._json_mapping import resolve
from sources.adapters._json_utc import LOCAL_WORDS, iso_instant
from sources.adapters._json_utc_clocks import naive_moment
from sources.adapters._json_utc_said import SAID_EVIDENCE, clocks_said_utc, mapped_path

TWIN_EVIDENCE = "utc_clocks: the starts' clocks read as UTC (each is the same moment as an offset-stating twin in UTC)"
MAX_RECORDS = 500  # how many records are looked at
MAX_VALUES = 200  # how many values of one record are looked at
MAX_DEPTH = 3  # how deep in a record a twin is looked for
MIN_SHARE = 0.5
ZONE_KEYS = frozenset({"timezone", "tz", "zone", "tzid"})


def utc_said(items: list[Any], mapping: Any, zone: dt.tzinfo | None) -> str | None:
    """The evidence that a document's naive clocks are UTC, as its descriptions (``_json_utc_said``) or its
    offset-stating twins show, else None."""
    if clocks_said_utc(items, mapping, zone):
        return SAID_EVIDENCE
    if clocks_twin_utc(items, mapping, zone):
        return TWIN_EVIDENCE
    return EPOCH_TWIN_EVIDENCE if clocks_epoch_twin_utc(items, mapping, zone) else None  # an epoch beside each


def clocks_twin_utc(items: Iterable[Any], mapping: Any, zone: dt.tzinfo | None = None) -> bool:
    """Whether the records' naive starts are UTC clocks, as the offset-stating twins beside them show. A twin that,
    in the record's zone (its own "timezone" field, else ``zone``), is at a non-zero offset and shows the naive
    clock says the clocks are local (review54: "start": "…07-15T19:00:00" beside "start_utc": "…07-15T18:00:00Z"
    in London's summer; its winter records' twins agree with UTC only because London's offset is then zero)."""
    start_path = mapped_path(mapping, "start")
    if start_path is None:
        return False
    naive = utc_agree = wall_agree = 0
    for index, item in enumerate(items):
        if index >= MAX_RECORDS:
            break
        moment = naive_moment(resolve(item, start_path)) if isinstance(item, Mapping) else None
        if moment is None:
            continue
        naive += 1
        twins = [instant for instant in _instants(item, MAX_DEPTH, [MAX_VALUES]) if instant is not None]
        utc_agree += any(instant.astimezone(dt.UTC).replace(tzinfo=None) == moment for instant in twins)
        local = _record_zone(item) or zone
        wall_agree += any(
            instant.utcoffset() != dt.timedelta(0) and instant.replace(tzinfo=None) == moment for instant in twins
        ) or any(_local_clock(instant, local) == moment for instant in twins if local is not None)
    return utc_agree >= 1 and utc_agree >= MIN_SHARE * naive and wall_agree == 0


def _record_zone(item: Mapping[str, Any]) -> dt.tzinfo | None:
    """The zone a record's top-level "timezone"/"tz"/"time_zone" field names, if it names one."""
    for key, value in itertools.islice(item.items(), MAX_VALUES):
        if isinstance(key, str) and key.lower().replace("_", "") in ZONE_KEYS and isinstance(value, str):
            try:
                return zoneinfo.ZoneInfo(value.strip())
            except (ValueError, zoneinfo.ZoneInfoNotFoundError):
                return None
    return None


def _local_clock(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime | None:
    """The instant's wall clock in ``zone`` when that zone is then off UTC, else None."""
    local = instant.astimezone(zone)
    return local.replace(tzinfo=None) if local.utcoffset() != dt.timedelta(0) else None


def _local_key(key: object) -> bool:
    return isinstance(key, str) and bool(LOCAL_WORDS.intersection(key_words(key)))


def _instants(value: Any, depth: int, budget: list[int]) -> Iterator[dt.datetime | None]:
    """The times with an offset in a record (bounded in depth and count), none under a key naming the local time."""
    if depth < 0:
        return
    children = value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        if budget[0] <= 0:
            return
        budget[0] -= 1
        if _local_key(key):
            continue
        if isinstance(child, str):
            yield iso_instant(child)
        elif isinstance(child, Mapping | list):
            yield from _instants(child, depth - 1, budget)
