"""Distances on the Earth's surface, and matching a point to the place that contains it. Pure."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol, TypeVar

EARTH_RADIUS_KM = 6371.0088


class Circle(Protocol):
    @property
    def latitude(self) -> float: ...
    @property
    def longitude(self) -> float: ...
    @property
    def radius_km(self) -> float: ...


C = TypeVar("C", bound=Circle)


def haversine_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def containing(latitude: float | None, longitude: float | None, places: Iterable[C]) -> C | None:
    """The nearest place whose radius contains the point, or None."""
    if latitude is None or longitude is None:
        return None
    best: tuple[float, C] | None = None
    for place in places:
        distance = haversine_km(latitude, longitude, place.latitude, place.longitude)
        if distance <= place.radius_km and (best is None or distance < best[0]):
            best = (distance, place)
    return best[1] if best else None
