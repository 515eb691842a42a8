"""A name inside a geometry is no event's: it names the coordinate system or the shape (batch 66, APIs).

GeoJSON and the APIs that copy it give a record's point or line as a geometry object, and that object may carry
its coordinate reference system: ``"evlgeometry": {"crs": {"type": "name", "properties": {"name":
"EPSG:4326"}}, "bbox": [...], "type": "Point", "coordinates": [...]}``. The CRS's "name" is a key every reader of
titles looks at, and in a record with no other name (a regional hub's traffic message, numbered "126") it was taken
as the event's title: "EPSG:4326". A name under a "crs" object, or anywhere under a key that is a geometry
("geometry", "evlgeometry", "the_geom"), says what the coordinates mean or what shape they draw, never what happens.

Not: a GeoJSON feature's own "properties": {"name": "Summer Fair"} (a sibling of its geometry, not under it);
"geography.name" or "geo.title" (other keys, not a geometry's); a venue's "location.name".

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

__all__ = ["geometry_name"]

GEOMETRY_SUFFIXES = ("geometry", "geom")  # "geometry", "evlgeometry", "the_geom", "geom"
CRS_KEYS = frozenset({"crs", "srs", "spatialreference"})


def geometry_name(path: str) -> bool:
    """Whether a column's dotted path lies under a geometry object or its coordinate reference system."""
    holders = [part.lower().replace("_", "").replace("-", "") for part in path.split(".")[:-1]]
    return any(part in CRS_KEYS or part.endswith(GEOMETRY_SUFFIXES) for part in holders)
