"""Local wall clocks marked "Z" in a list whose events are in several zones. Pure.

A key naming the local time ("start_date_local", "LocalDate") whose values end with "Z" holds the event's wall
clock, not UTC (``_json_utc.local_wall``): it is read in the source's zone, and it ranks above the universal copy
beside it (``_json_fields._moment_rank``). That holds while the events share one zone. A match calendar of a
tournament played in three countries writes each match's own wall clock ("LocalDate": 13:00 in Mexico City, 16:30
in Boston) beside the exact moment ("Date": 19:00Z, 20:30Z): no one zone reads the local copy right, and the exact
one is right everywhere. So where the local copy's distance to an exact copy in the same items (the same moment
written with its offset) is not the same in every item, the exact copy is the start (``exact_first``).

One distance (Strava's rides, all in one city; a venue's listings) keeps the local copy first, as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sources.adapters._json_utc import LOCAL_WORDS, iso_instant, states_offset

# A distance of more than a day between two copies of one moment is no zone's offset: two different moments.
_MAX_OFFSET = dt.timedelta(hours=14)


def _utc_marked(values: Sequence[object]) -> bool:
    present = [value for value in values if value not in (None, "")]
    return bool(present) and all(isinstance(value, str) and value.rstrip().endswith("Z") for value in present)


def zone_distances(local: Sequence[object], exact: Sequence[object]) -> set[dt.timedelta]:
    """The distances, item by item, between a local wall clock marked "Z" and the exact moment beside it."""
    distances = set()
    for wall, moment in zip(local, exact, strict=False):
        wall_at, moment_at = iso_instant(wall), iso_instant(moment)
        if wall_at is None or moment_at is None:
            continue
        distance = wall_at.replace(tzinfo=None) - moment_at.astimezone(dt.UTC).replace(tzinfo=None)
        if abs(distance) <= _MAX_OFFSET:
            distances.add(distance)
    return distances


def exact_first(found: Sequence[tuple[Any, Any, float]]) -> list[tuple[Any, Any, float]]:
    """``found`` (moments, best first: ``(column, shape, name score)``) with an exact copy moved first when the best
    is a local wall clock marked "Z" whose distance to that copy differs from item to item (several zones)."""
    ranked = list(found)
    if len(ranked) < 2:
        return ranked
    best = ranked[0][0]
    if not (best.all_words & LOCAL_WORDS) or not _utc_marked(best.values):
        return ranked
    for index, (other, shape, _named) in enumerate(ranked[1:], start=1):
        if other.all_words & LOCAL_WORDS or shape.kind != ranked[0][1].kind or not states_offset(other.values):
            continue
        if len(zone_distances(best.values, other.values)) > 1:
            return [ranked[index], *ranked[:index], *ranked[index + 1 :]]
    return ranked
