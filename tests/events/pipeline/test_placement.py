"""Events are placed by their own location: coordinates, then locality, then address; the source's city only
when a record has no location evidence at all; evidence outside every known city is held, not misplaced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from events.pipeline.decide import OUTSIDE_AREA, Evidence, decide
from events.pipeline.normalize import NormalizeContext, normalize
from events.pipeline.places import (
    COORDINATES_OUTSIDE,
    COUNTRY_OUTSIDE,
    LOCALITY_OUTSIDE,
    Basis,
    PlaceIndex,
)
from events.vocabulary import Action
from tests.clock import days_ahead

FIXTURE = Path(__file__).resolve().parents[3] / "events" / "fixtures" / "cities.json"
# A known city whose name is also a town elsewhere: "Paris, Texas" must not land in it.
PARIS = {
    "id": "paris", "name": "Paris", "slug": "paris", "region": "Île-de-France", "country": "FR",
    "timezone": "Europe/Paris", "latitude": 48.8566, "longitude": 2.3522, "radius_km": 20.0,
}  # fmt: skip
# A known city overlapping New York's radius: Jersey City lies in both, nearer New York.
NEWARK = {
    "id": "newark", "name": "Newark", "slug": "newark", "region": "New Jersey", "country": "US",
    "timezone": "America/New_York", "latitude": 40.7357, "longitude": -74.1724, "radius_km": 15.0,
}  # fmt: skip
AREAS = [{"name": "Koramangala", "city_id": "bengaluru"}]


def demo_cities() -> list[dict]:
    rows = [row for row in json.loads(FIXTURE.read_text()) if row["model"] == "events.city"]
    return [{**row["fields"], "id": row["fields"]["slug"]} for row in rows]


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex([*demo_cities(), PARIS, NEWARK], areas=AREAS)


def slug_of(placement) -> str | None:
    return placement.city.slug if placement.city else None


def test_coordinates_in_another_known_city_place_it_there(index):
    # A Chicago source's event at Fort Worth's Sundance Square, saying nothing else.
    placement = index.place({"latitude": 32.7555, "longitude": -97.3308}, default_city_id="chicago")
    assert (slug_of(placement), placement.basis) == ("fort-worth", Basis.COORDINATES)


def test_coordinates_win_over_a_locality_naming_another_city(index):
    # The point is in Dallas's radius and not Fort Worth's: the locality is the source's boilerplate.
    placement = index.place({"city": "Fort Worth", "latitude": 32.7767, "longitude": -96.797}, default_city_id=None)
    assert slug_of(placement) == "dallas"


def test_a_locality_breaks_the_tie_where_two_cities_overlap(index):
    # Jersey City lies inside both New York's and Newark's radii, nearer New York; its record says Newark.
    point = {"latitude": 40.7178, "longitude": -74.0431}
    assert slug_of(index.place(point)) == "new-york"
    assert slug_of(index.place({**point, "city": "Newark"})) == "newark"


@pytest.mark.parametrize(
    ("record", "slug", "basis"),
    [
        ({"address": "Blue Note, 131 W 3rd St, New York, NY 10012"}, "new-york", Basis.ADDRESS),
        ({"address": "Dallas Street Bar, 300 Main St, Fort Worth, TX 76102"}, "fort-worth", Basis.ADDRESS),
        ({"address": "1 Main St, Portland, OR 97201"}, "portland", Basis.ADDRESS),
        ({"address": "80 Feet Rd, Koramangala"}, "bengaluru", Basis.ADDRESS),  # a neighbourhood names its city
        ({"city": "Portland, Oregon"}, "portland", Basis.LOCALITY),
        ({"city": "Bangalore"}, "bengaluru", Basis.LOCALITY),
        ({"city": "Philadelpia, PA"}, "philadelphia", Basis.LOCALITY),
    ],
)
def test_an_address_or_locality_naming_another_known_city_places_it_there(index, record, slug, basis):
    placement = index.place(record, default_city_id="chicago")
    assert (slug_of(placement), placement.basis) == (slug, basis)


def test_no_location_evidence_at_all_falls_back_to_the_source_city(index):
    for record in ({}, {"venue_name": "The Green Room"}, {"address": "1200 Main Street, Suite 4"}):
        placement = index.place(record, default_city_id="chicago")
        assert (slug_of(placement), placement.basis, placement.outside) == ("chicago", Basis.SOURCE, None)
    assert index.place({}, default_city_id=None).basis == Basis.NONE


@pytest.mark.parametrize(
    ("record", "why"),
    [
        (
            {"latitude": 43.6591, "longitude": -70.2568},
            COORDINATES_OUTSIDE.format(latitude=43.6591, longitude=-70.2568),
        ),
        ({"city": "Springfield"}, LOCALITY_OUTSIDE.format(value="Springfield")),
        ({"country": "Germany"}, COUNTRY_OUTSIDE.format(country="DE", expected="US")),
        # "Paris, Texas" style: a known city's name qualified by another region is not that city.
        ({"city": "Paris, Texas"}, LOCALITY_OUTSIDE.format(value="Paris, Texas")),
        ({"city": "Portland, ME"}, LOCALITY_OUTSIDE.format(value="Portland, ME")),
    ],
)
def test_evidence_outside_every_known_city_gives_no_city_and_says_why(index, record, why):
    placement = index.place(record, default_city_id="chicago")
    assert (placement.city, placement.venue, placement.basis, placement.outside) == (None, None, Basis.OUTSIDE, why)


@pytest.mark.parametrize(
    "address",
    [
        "Lamar County Fairgrounds, 570 E Center St, Paris, TX 75460",
        "Paris, Texas",
        "State Theatre, 609 Congress St, Portland, ME 04101",  # not our Portland, Oregon
        "Hollywood Bowl Lanes, Hollywood, FL",  # "Hollywood" is an alias of Los Angeles, but not in Florida
        "Capitol Theatre, Albany, New York",  # the state, not the city
        "New Orleans Jazz Fest tribute, Baton Rouge, LA",  # "LA" is Louisiana in an address
    ],
)
def test_paris_texas_style_names_are_not_misplaced(index, address):
    assert index.cities_in_text(address) == []
    assert slug_of(index.place({"address": address}, default_city_id="chicago")) == "chicago"


def test_paris_by_its_own_qualifier_or_its_coordinates_is_paris(index):
    assert [city.slug for city in index.cities_in_text("12 rue de Rivoli, Paris, France")] == ["paris"]
    assert slug_of(index.place({"city": "Paris", "latitude": 48.86, "longitude": 2.34})) == "paris"


# normalize + decide -------------------------------------------------------------------------------------------


def normalized(index: PlaceIndex, **fields):
    context = NormalizeContext(places=index, default_city_id="chicago", default_timezone="America/Chicago")
    start = f"{days_ahead(10).isoformat()}T20:00:00"
    return normalize({"source": "test", "external_id": "1", "title": "Jazz night", "start": start, **fields}, context)


def test_normalize_puts_the_placement_on_the_record(index):
    record = normalized(index, address="Blue Note, 131 W 3rd St, New York, NY 10012").record
    assert (record["city_id"], record["city"], record["placed_by"], record["outside_area"]) == (
        "new-york", "New York", Basis.ADDRESS, None,
    )  # fmt: skip
    assert record["timezone"] == "America/New_York"  # the event's own city's zone, not the source's
    # 20:00 in New York on that day: -05:00 or, in summer time, -04:00 (the date is relative to today)
    in_new_york = dt.datetime.combine(days_ahead(10), dt.time(20), tzinfo=zoneinfo.ZoneInfo("America/New_York"))
    assert record["start"] == in_new_york.isoformat()
    default = normalized(index).record
    assert (default["city_id"], default["placed_by"], default["timezone"]) == (
        "chicago",
        Basis.SOURCE,
        "America/Chicago",
    )


def test_evidence_outside_every_city_is_held_with_outside_area(index):
    result = normalized(index, city="Springfield", description="An evening of jazz standards with a quartet.")
    assert result.ok
    assert result.record["city_id"] is None
    decision = decide(Evidence(normalized=result, trust_level="official", quality_score=0.9))
    assert decision.action == Action.HOLD
    assert OUTSIDE_AREA.format(evidence=LOCALITY_OUTSIDE.format(value="Springfield")) in decision.reasons
    placed = dataclasses.replace(result, record={**result.record, "outside_area": None})
    assert decide(Evidence(normalized=placed, trust_level="official", quality_score=0.9)).action == Action.PUBLISH
