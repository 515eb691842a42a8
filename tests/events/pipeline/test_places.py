"""City and venue matching: names, aliases and typos, coordinates, and venues within ~150 m."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.pipeline.places import PlaceIndex, country_code, place_key

FIXTURE = Path(__file__).resolve().parents[3] / "events" / "fixtures" / "cities.json"


def demo_cities() -> list[dict]:
    rows = [row for row in json.loads(FIXTURE.read_text()) if row["model"] == "events.city"]
    return [{**row["fields"], "id": row["fields"]["slug"]} for row in rows]


VENUES = [
    {"id": "blue-lantern", "name": "The Blue Lantern", "city_id": "bengaluru", "latitude": 12.9784, "longitude": 77.6408},
    {"id": "toit", "name": "Toit Brewpub", "city_id": "bengaluru", "latitude": 12.9791, "longitude": 77.6406},
    {"id": "blue-note", "name": "Blue Note Jazz Club", "city_id": "new-york", "latitude": 40.7308, "longitude": -74.0007},
    {"id": "nameless", "name": "", "city_id": "new-york", "latitude": None, "longitude": None},
]  # fmt: skip


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex(demo_cities(), VENUES)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Bangalore", "bengaluru"),
        ("Bengaluru, Karnataka", "bengaluru"),
        ("NYC", "new-york"),
        ("New York City", "new-york"),
        ("Brooklyn", "new-york"),
        ("SF", "san-francisco"),
        ("San Fransisco", "san-francisco"),  # a typo, caught by rapidfuzz
        ("Philadelpia", "philadelphia"),
        ("Washington, D.C.", "washington-dc"),
        ("NOLA", "new-orleans"),
        ("washington-dc", "washington-dc"),
        ("Austen", None),  # not close enough to Austin or Boston
        ("Paris", None),
    ],
)
def test_cities_by_name_alias_and_typo(index, name, slug):
    city = index.match_city(name)
    assert (city.slug if city else None) == slug


def test_cities_by_coordinates_and_coordinates_win_over_a_far_name(index):
    assert index.match_city(None, 12.97, 77.59).slug == "bengaluru"
    assert index.match_city(None, 48.85, 2.35) is None  # Paris is none of ours
    assert index.match_city("Portland", 43.66, -70.26) is None  # Portland, Maine: not our Portland, Oregon
    assert index.match_city("Portland", 45.52, -122.68).slug == "portland"


def test_venues_by_name_and_by_nearness(index):
    def venue(record: dict) -> str | None:
        found = index.match(record).venue
        return found.id if found else None

    assert venue({"city": "Bangalore", "venue_name": "Blue Lantern"}) == "blue-lantern"
    assert venue({"city": "NYC", "venue_name": "Blue Note"}) == "blue-note"  # both words in the venue's name
    assert venue({"city": "NYC", "venue_name": "Blue"}) is None
    assert venue({"city": "Bengaluru", "venue_name": "TOIT", "latitude": 12.97912, "longitude": 77.64063}) == "toit"
    assert venue({"latitude": 12.9785, "longitude": 77.6409}) == "blue-lantern"  # no name: the nearest within 150 m
    assert (
        venue({"city": "Bengaluru", "venue_name": "Some other place", "latitude": 12.9785, "longitude": 77.6409})
        is None
    )
    # The right name 3 km from the record's own point is another branch, not this venue.
    assert venue({"city": "Bengaluru", "venue_name": "Toit Brewpub", "latitude": 12.95, "longitude": 77.63}) is None


def test_match_batch_adds_ids(index):
    records = [{"city": "Bangalore", "venue_name": "TOIT BREWPUB"}, {"city": "Bangalore", "venue_name": "Toit"}, {}]
    matched = index.match_batch(records)
    # One word is too little to tell "Toit" from any other venue starting with it: no venue, but the city.
    assert [(r["city_id"], r["venue_id"]) for r in matched] == [
        ("bengaluru", "toit"),
        ("bengaluru", None),
        (None, None),
    ]
    assert matched[0]["venue_name"] == "TOIT BREWPUB"  # a copy with ids added, the rest untouched


def test_country_codes_and_keys():
    assert [country_code(v) for v in ("India", "usa", "U.K.", "us", "Narnia", None)] == [
        "IN",
        "US",
        "GB",
        "US",
        None,
        None,
    ]
    assert place_key("Café  Mocha & Co.") == "cafe mocha and co"


def test_cities_in_text_answers_afresh_each_time():
    """Addresses are remembered; each caller still gets its own list, and the country and part rule count."""
    index = PlaceIndex(demo_cities(), VENUES)
    address = "12 MG Road, Bangalore"
    first = index.cities_in_text(address)
    assert [city.slug for city in first] == ["bengaluru"]
    first.clear()
    assert [city.slug for city in index.cities_in_text(address)] == ["bengaluru"]
    assert index.cities_in_text(address, country="US") == []
    assert [city.slug for city in index.cities_in_text("Bangalore Palace Grounds", whole_part=False)] == ["bengaluru"]
    assert index.cities_in_text("Bangalore Palace Grounds") == []
