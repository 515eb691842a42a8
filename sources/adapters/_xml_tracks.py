"""GPS and map documents given to the XML reader by name (``--kind xml``, a source configured as xml): a GPX file's
track, route and way points each carry a time and a name ("Hike" at every point), so without a check each point
would be read as an event. ``--kind auto`` never hands them over (``xml_doc.NOT_MINE``); a configured reader now
refuses them with the same reason, said plainly: a ``<gpx>`` or ``<kml>`` root (a Garmin ``TrainingCenterDatabase``
too), or a document whose inferred records are such points (``trkpt``, ``rtept``, ``wpt``, ``Trackpoint``,
``Placemark``, listed under any root). A configured mapping is the operator's own choice and is not second-guessed.
"""

from __future__ import annotations

from sources.adapters.base import AdapterError

# Root elements of GPS and map formats: tracks, routes, places on a map, a watch's recorded activities.
TRACK_ROOTS = frozenset({"gpx", "kml", "trainingcenterdatabase"})
# What each of their records is called: a track's, a route's and a way point, a watch's sample, a map's place.
POINT_NAMES = frozenset({"trkpt", "rtept", "wpt", "trackpoint", "waypoint", "placemark"})
TRACKS = (
    "This XML document is GPS or map data ({what}): points of a track, a route or a map, each with a time or a name, "
    "not events. The xml reader reads no events from it."
)


def refuse_tracks(root_name: str, items_path: str | None) -> None:
    """Raise AdapterError when the document's root (``root_name``, its local name) is a GPS or map format's, or its
    records (``items_path``, the inferred list's dotted path) are track or way points; nothing otherwise."""
    last = (items_path or "").rsplit(".", 1)[-1]
    if root_name.lower() in TRACK_ROOTS:
        raise AdapterError(TRACKS.format(what=f"a <{root_name}> root"))
    if last.lower() in POINT_NAMES:
        raise AdapterError(TRACKS.format(what=f"its records are <{last}> elements"))
