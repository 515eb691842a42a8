"""left43: what apis79 and review57 left in unknown JSON APIs, mended generically; each test fails on main f65cce71
without its mend, with hard negatives beside it. Dates 2031+.

1. An address inside the record's organiser object ("ausrichter": {"anschrift": …}, "organizer": {"address": …}) is
   the organiser's, not the event's (``_json_organiser_parts``), beside a place of the record's own (left44: the
   event's when it is the only place).
2. "ort"/"plaats" beside a postcode in the venue's object is its town (``_json_postal_towns``).
"""

from __future__ import annotations

import zoneinfo

from sources.adapters._json_organiser_parts import organiser_part
from tests.sources.helpers import json_reader

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read = json_reader(BERLIN)


def places(events: list[dict]) -> list[tuple[object, object]]:
    return [(event.get("venue_name"), event.get("address")) for event in events]


# 1. The organiser's address ------------------------------------------------------------------------------------------


# left44: where the organiser's address is the record's only place it is the event's (test_left44.py); these records
# name a place of their own, so the organiser's address stays the organiser's.
def test_the_host_clubs_address_is_not_the_events():
    events = read(
        [
            {"titel": "Pokal", "datum": "2031-04-18", "ort": "Sporthalle Nord",
             "ausrichter": {"name": "TSC Blau", "anschrift": "Vereinsweg 9"}},
            {"titel": "Liga", "datum": "2031-05-18", "ort": "Sporthalle Süd",
             "ausrichter": {"name": "TSC Rot", "anschrift": "Clubstr. 3"}},
        ]
    )  # fmt: skip
    assert [event["title"] for event in events] == ["Pokal", "Liga"]
    assert places(events) == [("Sporthalle Nord", None), ("Sporthalle Süd", None)]


def test_an_organizers_address_is_not_the_events():
    events = read(
        [
            {"title": "Cup", "date": "2031-04-18", "location": "Sports Hall",
             "organizer": {"name": "Blue Club", "address": "12 Club Road"}},
            {"title": "League", "date": "2031-05-18", "location": "Leisure Centre",
             "organizer": {"name": "Red Club", "address": "3 Club Street"}},
        ]
    )  # fmt: skip
    assert places(events) == [("Sports Hall", None), ("Leisure Centre", None)]


def test_the_venues_and_the_records_own_address_are_still_read():
    events = read(
        [
            {
                "title": "Cup",
                "date": "2031-04-18",
                "venue": {"name": "Sports Hall", "address": "1 High Street"},
                "organizer": {"name": "Blue Club", "address": "12 Club Road"},
            },
            {
                "title": "League",
                "date": "2031-05-18",
                "venue": {"name": "Town Hall", "address": "2 Market Place"},
                "organizer": {"name": "Red Club", "address": "3 Club Street"},
            },
        ]
    )
    assert places(events) == [("Sports Hall", "1 High Street"), ("Town Hall", "2 Market Place")]
    own = read(
        [
            {"title": "Cup", "date": "2031-04-18", "address": "1 High Street", "organizer": {"name": "Blue Club"}},
            {"title": "League", "date": "2031-05-18", "address": "2 Market Place", "organizer": {"name": "Red Club"}},
        ]
    )
    assert [event.get("address") for event in own] == ["1 High Street", "2 Market Place"]


def test_which_paths_are_the_organisers():
    assert organiser_part("organizer.address")
    assert organiser_part("ausrichter.anschrift")
    assert organiser_part("event.host.street")
    assert not organiser_part("venue.address")
    assert not organiser_part("address")
    assert not organiser_part("hostVenue.address")  # the organiser's chosen venue: a place
    assert not organiser_part("organizerLocation.street")


# 2. A town under "ort" beside a postcode -----------------------------------------------------------------------------


def test_ort_beside_a_postcode_in_the_venues_object_is_its_town():
    events = read(
        [
            {
                "titel": "Pokal",
                "datum": "2031-04-18",
                "turnierstaette": {"name": "Stadthalle", "anschrift": "Hauptstr. 1", "plz": "10115", "ort": "Berlin"},
            },
            {
                "titel": "Liga",
                "datum": "2031-05-18",
                "turnierstaette": {"name": "Sporthalle Nord", "anschrift": "Ring 2", "plz": "14467", "ort": "Potsdam"},
            },
        ]
    )
    assert places(events) == [
        ("Stadthalle", "Hauptstr. 1, Berlin, 10115"),
        ("Sporthalle Nord", "Ring 2, Potsdam, 14467"),
    ]
    assert [event.get("city") for event in events] == ["Berlin", "Potsdam"]


def test_a_dutch_plaats_beside_a_postcode_is_its_town():
    events = read(
        [
            {
                "naam": "Concert",
                "datum": "2031-04-18",
                "locatie": {"naam": "TivoliVredenburg", "postcode": "3511 WC", "plaats": "Utrecht"},
            },
            {
                "naam": "Lezing",
                "datum": "2031-05-18",
                "locatie": {"naam": "De Balie", "postcode": "1017 PX", "plaats": "Amsterdam"},
            },
        ]
    )
    assert [event.get("city") for event in events] == ["Utrecht", "Amsterdam"]


def test_ort_with_no_postcode_or_the_organisers_ort_is_no_town():
    top = read(
        [
            {"titel": "Pokal", "datum": "2031-04-18", "ort": "Vereinsheim", "plz": "10115"},
            {"titel": "Liga", "datum": "2031-05-18", "ort": "Clubhaus", "plz": "14467"},
        ]
    )
    assert [event.get("venue_name") for event in top] == ["Vereinsheim", "Clubhaus"]  # the event's own place
    host = read(
        [
            {"titel": "Pokal", "datum": "2031-04-18", "ort": "Vereinsheim",
             "ausrichter": {"name": "TSC Blau", "anschrift": "Vereinsweg 9", "plz": "10115", "ort": "Berlin"}},
            {"titel": "Liga", "datum": "2031-05-18", "ort": "Clubhaus",
             "ausrichter": {"name": "TSC Rot", "anschrift": "Clubstr. 3", "plz": "14467", "ort": "Potsdam"}},
        ]
    )  # fmt: skip
    assert places(host) == [("Vereinsheim", None), ("Clubhaus", None)]
    assert [event.get("city") for event in host] == [None, None]
