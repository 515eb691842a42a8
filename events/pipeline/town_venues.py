"""A venue field that names only the source's own town: the event's town, not a venue. Pure.

A listing's location element may hold the town alone ("<p class='location'>Bristol</p>" on a Bristol venue's
cards, a feed's "location": "Brno"): read as written, it became a venue called "Bristol". When the record gives no
address, no town and no coordinates of its own, and its venue's whole name is exactly the name (or an alias) of the
source's own city in the place index ("Bristol", "NYC" for New York), the words are that town: the record's
``city`` takes them and the venue is left empty, so it is placed by its locality, not matched to a venue of that
name (issue #13, left42).

Not: a venue whose name holds more than the town ("Bristol Old Vic", "Phoenix Cinema"), a record with an address
or coordinates (its venue is its own), a town other than the source's ("Phoenix" from an Oxford source may be a
cinema called Phoenix: only a town the source is in is read as one), a close spelling (exact names only).
"""

from __future__ import annotations

from typing import Any

from events.pipeline.places import CityPlace, PlaceIndex, place_key


def town_venue(record: dict[str, Any], places: PlaceIndex | None, default_city_id: Any) -> bool:
    """Move a venue that is only the source's own town's name to the record's ``city`` (see the module); whether
    it did."""
    venue = record.get("venue_name")
    if places is None or default_city_id is None or not isinstance(venue, str) or not venue.strip():
        return False
    if any(record.get(key) not in (None, "") for key in ("address", "city", "latitude", "longitude")):
        return False
    if default_city_id not in {city.id for city in places.cities_named(venue) if _named_exactly(city, venue)}:
        return False
    record["city"], record["venue_name"] = venue.strip(), None
    return True


def _named_exactly(city: CityPlace, name: str) -> bool:
    """Whether ``name`` is the city's name, slug or an alias as keys compare (no close spelling, no qualifier)."""
    key = place_key(name)
    return key in {place_key(other) for other in (city.name, city.slug.replace("-", " "), *city.aliases)}
