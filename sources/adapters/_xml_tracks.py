"""GPS and map documents given to the XML reader by name (``--kind xml``, a source configured as xml): a GPX file's
track, route and way points each carry a time and a name ("Hike" at every point), so without a check each point
would be read as an event. ``--kind auto`` never hands them over (``xml_doc.NOT_MINE``); a configured reader now
refuses them with the same reason, said plainly: a ``<gpx>`` or ``<kml>`` root (a Garmin ``TrainingCenterDatabase``
too), or a document whose inferred records are such points (``trkpt``, ``rtept``, ``wpt``, ``Trackpoint``,
``Placemark``, listed under any root). A configured mapping is the operator's own choice and is not second-guessed.

Not (review28): a KML map of what happens where and when, each place a point with a time span it holds
(``<Placemark><name>Open-air cinema</name><TimeSpan><begin>2031-06-14T21:00…</begin>…<Point>``): a council's or a
festival's events map, read as the events it lists. A GPS logger's KML writes an instant (``TimeStamp``) at each
point, or a span over a line it recorded (``LineString``, ``gx:Track``), never a span at a point.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_mapping import resolve
from sources.adapters.base import AdapterError

# Root elements of GPS and map formats: tracks, routes, places on a map, a watch's recorded activities.
TRACK_ROOTS = frozenset({"gpx", "kml", "trainingcenterdatabase"})
# What each of their records is called: a track's, a route's and a way point, a watch's sample, a map's place.
POINT_NAMES = frozenset({"trkpt", "rtept", "wpt", "trackpoint", "waypoint", "placemark"})
TRACKS = (
    "This XML document is GPS or map data ({what}): points of a track, a route or a map, each with a time or a name, "
    "not events. The xml reader reads no events from it."
)


def refuse_tracks(root_name: str, data: Any, items_path: str | None) -> None:
    """Raise AdapterError when the document's root (``root_name``, its local name) is a GPS or map format's, or its
    records (``items_path``, the inferred list's dotted path in ``data``) are track or way points; nothing otherwise,
    nor for a map of places each holding a span of time (see the module)."""
    last = (items_path or "").rsplit(".", 1)[-1]
    if items_path and last.lower() == "placemark" and spans_at_points(resolve(data, items_path)):
        return  # a KML events map: each place a point open for a span of time
    if root_name.lower() in TRACK_ROOTS:
        raise AdapterError(TRACKS.format(what=f"a <{root_name}> root"))
    if last.lower() in POINT_NAMES:
        raise AdapterError(TRACKS.format(what=f"its records are <{last}> elements"))


def spans_at_points(records: Any) -> bool:
    """Whether every record is a place at a point holding a time span with a beginning (a KML events map's)."""
    records = [records] if isinstance(records, Mapping) else records
    if not isinstance(records, list) or not records:
        return False
    return all(
        isinstance(record, Mapping)
        and isinstance(record.get("Point"), Mapping)
        and isinstance(record.get("TimeSpan"), Mapping)
        and bool(record["TimeSpan"].get("begin"))
        for record in records
    )
