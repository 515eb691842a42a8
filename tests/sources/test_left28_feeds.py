"""Known misreads fixed (helper left28), XML: GPS and map files read with ``--kind xml``.

Held-out batch 57's GPX files (a navigation log, a recorded hike) were refused at ``--kind auto`` but, given to the
XML reader by name, came out as one event per track point ("Hike" at each point's time). The XML reader now refuses a
``<gpx>``, ``<kml>`` or ``<TrainingCenterDatabase>`` root, and any document whose records are track, route or way
points (``trkpt``, ``rtept``, ``wpt``, ``Trackpoint``, ``Placemark``), saying why (``_xml_tracks``). Not: an agenda
export whose records are events (read as before), an events list whose venues hold a point's coordinates.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document

UTC = zoneinfo.ZoneInfo("UTC")
WINDOW = FetchWindow(start=dt.datetime(2031, 6, 1, tzinfo=UTC), end=dt.datetime(2032, 6, 1, tzinfo=UTC))
POINT = (
    '<trkpt lat="46.57" lon="8.41"><ele>2419</ele><time>2031-06-{day}T08:{minute}:00Z</time><name>Hike</name></trkpt>'
)
GPX = (
    '<?xml version="1.0"?><gpx version="1.1" creator="watch" xmlns="http://www.topografix.com/GPX/1/1">'
    "<trk><name>Hike</name><type>hiking</type><trkseg>"
    + "".join(POINT.format(day=10 + n, minute=10 + n) for n in range(4))
    + "</trkseg></trk></gpx>"
)
# The same points under a root of no known format: records that are track points all the same.
WRAPPED = GPX.replace('<gpx version="1.1" creator="watch" xmlns="http://www.topografix.com/GPX/1/1">', "<export>")
WRAPPED = WRAPPED.replace("</gpx>", "</export>")
KML = (
    '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
    + "".join(
        f"<Placemark><name>Summit {n}</name><TimeStamp><when>2031-06-1{n}</when></TimeStamp></Placemark>"
        for n in range(3)
    )
    + "</Document></kml>"
)
AGENDA = (
    '<?xml version="1.0"?><agenda>'
    + "".join(
        f"<event><title>Guided walk {n}</title><start>2031-06-1{n}T10:00:00Z</start>"
        f"<venue><name>Pass road</name><point lat='46.57' lon='8.41'/></venue></event>"
        for n in range(3)
    )
    + "</agenda>"
)


@pytest.mark.parametrize("document", [GPX, WRAPPED, KML])
def test_gps_and_map_files_given_to_the_xml_reader_are_refused(document: str) -> None:
    with pytest.raises(ExtractionError, match="GPS or map data"):
        extract_document(document.encode(), window=WINDOW, kind="xml", zone=UTC)


def test_hard_negative_an_agenda_with_coordinates_is_read_as_before() -> None:
    events = extract_document(AGENDA.encode(), window=WINDOW, kind="xml", zone=UTC).events
    assert [event["title"] for event in events] == ["Guided walk 0", "Guided walk 1", "Guided walk 2"]
