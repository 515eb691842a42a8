"""The sixty-sixth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout66.json: the Finnish
ice-hockey league's games, a UK ticketing API's event search and one event's detail, a Meetup event kept as a Go
test's string, South Tyrol's open-data hub tourism event; hard negatives: the ticketing API's artist detail and the
hub's traffic message, a motorway closure; all measured only), on small documents of our own.

The cold measure found 11 of 11 events (6 of 6 spelled out, every field right), refused the artist, and read the
traffic message as an event titled "EPSG:4326": the only name in the record was its geometry's coordinate
reference system ("evlgeometry": {"crs": {"properties": {"name": "EPSG:4326"}}}). And the tourism event, right
where it was scored, had for its page the data's licence holder ("LicenseInfo": {"LicenseHolder":
"https://www.lts.it"}). Two rules:

- a name under a geometry ("geometry", "evlgeometry", "the_geom") or its "crs" names the coordinates' system or
  shape, never the event (``_json_geo_names``, in ``_json_fields.title_score``). Not: a GeoJSON feature's own
  "properties.name", a sibling of its geometry.
- a URL under a licence or a copyright ("LicenseInfo.LicenseHolder", "licenseUrl") says who may
  reuse the data, never the event's page (``_json_field_scores.NOT_URL``). Not: the record's own "infoUrl".

Left: the ticketing API's event put off with no new day ("cancelled": "1", "cancellationType": "rescheduled") is
read as cancelled (not scored).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_geo_names import geometry_name
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ROME = zoneinfo.ZoneInfo("Europe/Rome")
NOW = dt.datetime(2031, 5, 1, tzinfo=ROME)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=ROME)

CRS = {"type": "name", "properties": {"name": "EPSG:4326"}}


def geometry(lon: float = 11.3, lat: float = 46.5) -> dict[str, Any]:
    return {"crs": CRS, "bbox": [lon, lat, lon, lat], "type": "Point", "coordinates": [lon, lat]}


def message(number: int, day: int) -> dict[str, Any]:
    return {
        "evcategory": "avvenimenti attuali | Aktuelle Ereignisse", "evdescription": " | ",
        "evstart": f"2031-05-{day:02d} 00:00:00.000+0000", "evend": f"2031-05-{day + 1:02d} 00:00:00.000+0000",
        "evmetadata": {"placeDe": "Zwischen Bozen Süd und Bozen Nord SPERRE wegen Arbeiten.",
                       "subTycodeDe": "kurzfristige oder zeitweilige Sperre", "messageStreetNr": "A 22",
                       "publisherDateTime": f"2031-05-{day:02d}T12:40:00"},
        "evname": str(number), "evuuid": f"53a6343f-{number:04d}", "evlgeometry": geometry(),
        "prname": "traffic-event-roadworks",
    }  # fmt: skip


# --- a name under a geometry --------------------------------------------------------------------------------


def test_a_traffic_message_named_only_by_its_coordinate_system_is_no_event() -> None:
    assert events({"offset": 0, "data": [message(126, 10)], "limit": 200}) == []
    assert events({"offset": 0, "data": [message(126, 10), message(127, 12)], "limit": 200}) == []


def test_no_title_is_read_from_a_geometry() -> None:
    titles = [e["title"] for e in events([message(126, 10), message(127, 12)])]
    assert not any("EPSG" in title for title in titles)


def test_a_geojson_features_own_name_is_still_its_title() -> None:
    # hard negative: a feature's "properties" are a sibling of its geometry, the event's own fields
    features = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": geometry(),
             "properties": {"name": "Sagra della castagna", "start": "2031-10-12T10:00:00"}},
            {"type": "Feature", "geometry": geometry(11.4, 46.6),
             "properties": {"name": "Törggelen in Hafling", "start": "2031-10-19T11:00:00"}},
        ],
    }  # fmt: skip
    read = events(features)
    assert [e["title"] for e in read] == ["Sagra della castagna", "Törggelen in Hafling"]
    assert read[0]["start"] == "2031-10-12T10:00:00+02:00"


def test_a_record_with_its_own_title_beside_a_geometry_keeps_it() -> None:
    gigs = [
        {"title": "Jazz im Park", "start": "2031-07-03T20:30:00", "geometry": geometry()},
        {"title": "Open-Air-Kino", "start": "2031-07-10T21:15:00", "geometry": geometry(11.4, 46.6)},
    ]
    assert [e["title"] for e in events(gigs)] == ["Jazz im Park", "Open-Air-Kino"]


@pytest.mark.parametrize(
    ("path", "under"),
    [("evlgeometry.crs.properties.name", True), ("geometry.properties.name", True), ("the_geom.name", True),
     ("location.crs.name", True), ("properties.name", False), ("geography.name", False), ("venue.name", False),
     ("name", False)],
)  # fmt: skip
def test_geometry_names(path: str, under: bool) -> None:
    assert geometry_name(path) is under


# --- a licence's address ------------------------------------------------------------------------------------


def tour(number: int, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "Id": f"BFEB{number}", "Shortname": f"Wanderung {number} im Vinschgau",
        "Detail": {"de": {"Title": f"Wanderung {number} im Vinschgau", "Language": "de"}},
        "DateBegin": f"2031-06-0{number}T00:00:00", "NextBeginDate": f"2031-06-0{number}T09:00:00",
        "LicenseInfo": {"Author": "", "License": "CC0", "ClosedData": False, "LicenseHolder": "https://www.lts.example"},
        "EventBooking": {"BookingUrl": {"de": {"Url": f"https://tours.example/de/events?eventid={number}"}}},
    }  # fmt: skip
    record.update(changes)
    return record


def test_the_licence_holders_address_is_not_the_events_page() -> None:
    read = events({"TotalResults": 2, "Items": [tour(2), tour(3)]})
    assert [e["title"] for e in read] == ["Wanderung 2 im Vinschgau", "Wanderung 3 im Vinschgau"]
    assert all("lts.example" not in (e.get("url") or "") for e in read)
    assert read[0]["url"] == "https://tours.example/de/events?eventid=2"


def test_a_licence_deed_beside_the_events_page_is_not_taken() -> None:
    items = [
        tour(2, licenseUrl="https://creativecommons.org/publicdomain/zero/1.0/", EventBooking=None),
        tour(3, licenseUrl="https://creativecommons.org/publicdomain/zero/1.0/", EventBooking=None),
    ]
    assert all(not e.get("url") for e in events({"Items": items}))


def test_the_records_own_info_url_is_still_its_page() -> None:
    # hard negative: an "info" address that is no licence's stays the event's page
    items = [tour(2, infoUrl="https://tours.example/2"), tour(3, infoUrl="https://tours.example/3")]
    assert [e["url"] for e in events({"Items": items})] == ["https://tours.example/2", "https://tours.example/3"]
