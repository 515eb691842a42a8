"""Coordinates written as one pair of numbers, for the JSON inference (``_json_infer``).

Some APIs write where an event is as a two-number list under a place-like key: PredictHQ's ``"location":
[151.206659, -33.875792]`` (longitude first, as GeoJSON orders them), others ``"latlng": [48.85, 2.35]``. Which
number is which is read from the key when it says ("lnglat", "lonlat" against "latlng", "latlon"), else from the
numbers themselves: a number beyond ±90 can only be a longitude, so a sample whose pairs have such a number always
in the same place, and never both numbers beyond it, tells the order. Pairs that never tell (Paris: 2.35, 48.85
reads either way) are left unread rather than guessed, and so is a column whose values are not all such pairs.
Coordinates are written with decimals: a column whose pairs are all whole numbers ("position": [112, 7], a seat's
block and row, a grid cell, a screen point) holds no place.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_fields import Sample
from sources.adapters._json_shapes import Column

PAIR_WORDS = frozenset(
    {"location", "coordinates", "coords", "coord", "geo", "position", "point", "geopoint", "center", "centre",
     "lnglat", "lonlat", "latlng", "latlon", "latlong"}
)  # fmt: skip
LON_FIRST = frozenset({"lnglat", "lonlat"})
LAT_FIRST = frozenset({"latlng", "latlon", "latlong"})
SHARE = 0.3  # as a coordinate column needs (``_json_field_scores._coordinate``)


def pair_coordinates(sample: Sample, mapping: dict[str, Any], evidence: list[str]) -> None:
    """Map "latitude" and "longitude" to the two places of a pair column, when neither is mapped and the order
    is told (see above). ``mapping`` and ``evidence`` change in place."""
    if "latitude" in mapping or "longitude" in mapping:
        return
    for column in sample.columns.values():
        names = set(column.key_words) | {"".join(column.key_words)}
        if not names & PAIR_WORDS or column.share < SHARE:
            continue
        first = _longitude_first(column, names)
        if first is None:
            continue
        lat, lon = (1, 0) if first else (0, 1)
        mapping["latitude"] = f"{column.path}.{lat}"
        mapping["longitude"] = f"{column.path}.{lon}"
        order = "longitude, latitude" if first else "latitude, longitude"
        evidence.append(f"latitude, longitude ← {column.path} (a pair: {order})")
        return


def _longitude_first(column: Column, names: set[str]) -> bool | None:
    """True when the pairs are (longitude, latitude), False when (latitude, longitude), None when not pairs of
    coordinates or not told."""
    found = [_pair(value) for value in column.present]
    pairs = [pair for pair in found if pair is not None]
    if not pairs or len(pairs) < len(found):
        return None
    if names & LON_FIRST:
        told: bool | None = True
    elif names & LAT_FIRST:
        told = False
    else:
        told = None
    if all(a.is_integer() and b.is_integer() for a, b in pairs):
        return None  # [112, 7]: a seat, a cell, a point on a screen
    first_beyond = second_beyond = 0
    for pair in pairs:
        a, b = abs(pair[0]), abs(pair[1])
        if (a > 90 and b > 90) or a > 180 or b > 180 or (a == 0 and b == 0):
            return None
        first_beyond += a > 90
        second_beyond += b > 90
    if first_beyond and second_beyond:
        return None
    if told is not None:
        return None if (told and second_beyond) or (not told and first_beyond) else told
    return True if first_beyond else (False if second_beyond else None)


def _pair(value: Any) -> tuple[float, float] | None:
    if not isinstance(value, list) or len(value) != 2:
        return None
    if not all(isinstance(number, int | float) and not isinstance(number, bool) for number in value):
        return None
    return float(value[0]), float(value[1])
