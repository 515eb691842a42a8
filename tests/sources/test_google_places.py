"""Venue enrichment from Google Places, with the recorded server standing in for places.googleapis.com."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from events.models import Venue
from sources.enrichment import PlaceDetails, places_search_text, venues_enrich
from sources.http import HttpClient
from tests.factories import CityFactory

RECORDED = Path(__file__).parent / "recorded" / "google_places"
SEARCH = "/v1/places:searchText"
MASK = (
    "places.id,places.displayName,places.formattedAddress,places.location,places.regularOpeningHours,"
    "places.nationalPhoneNumber,places.websiteUri"
)
MIDWAY_ID = "ChIJ5Yx6QX5_j4ARr8sWq2nZcWo"
NOW = dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)
ANSWERS = {
    "The Midway, 900 Marin St, San Francisco": "search_midway.json",
    "The Midway, San Francisco": "search_midway.json",
    "Blue Note, San Francisco": "search_blue_note.json",
}


def serve_places(recorded) -> None:
    def answer(seen):
        return recorded.reply(file="google_places/" + ANSWERS.get(seen.json()["textQuery"], "search_empty.json"))

    recorded.add(SEARCH, answer, method="POST")


@pytest.fixture
def san_francisco(db):
    return CityFactory(
        slug="san-francisco",
        name="San Francisco",
        latitude=37.7749,
        longitude=-122.4194,
        radius_km=25,
        timezone="America/Los_Angeles",
    )


def venue(city, name: str, **fields) -> Venue:
    return Venue.objects.create(city=city, name=name, slug=name.lower().replace(" ", "-"), **fields)


def enrich(recorded, venues: list[Venue], no_sleep):
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http:
        return venues_enrich(venues=venues, http=http, api_key="places-key", base_url=recorded.url(), now=NOW)


def test_the_client_sends_the_field_mask_and_a_location_bias(recorded, no_sleep):
    serve_places(recorded)
    with HttpClient(rate_key="t", allow_private=True) as http:
        places = places_search_text(
            http=http,
            api_key="places-key",
            query="The Midway, 900 Marin St, San Francisco",
            center=(37.7489, -122.3877),
            radius_m=1000,
            base_url=recorded.url(),
        )
    (seen,) = recorded.requests
    assert (seen.method, seen.path) == ("POST", SEARCH)
    assert seen.headers["x-goog-api-key"] == "places-key"
    assert seen.headers["x-goog-fieldmask"] == MASK
    assert seen.json() == {
        "textQuery": "The Midway, 900 Marin St, San Francisco",
        "locationBias": {"circle": {"center": {"latitude": 37.7489, "longitude": -122.3877}, "radius": 1000.0}},
    }
    assert places[1] == PlaceDetails(
        place_id=MIDWAY_ID,
        name="The Midway",
        address="900 Marin St, San Francisco, CA 94124, USA",
        latitude=37.7490893,
        longitude=-122.3878624,
        phone="(415) 654-5474",
        website="https://themidway.example/",
        opening_hours=(
            "Monday: Closed",
            "Tuesday: Closed",
            "Wednesday: Closed",
            "Thursday: 6:00\u202fPM\u2009\u2013\u20092:00\u202fAM",
            "Friday: 6:00\u202fPM\u2009\u2013\u20092:00\u202fAM",
            "Saturday: 2:00\u202fPM\u2009\u2013\u20092:00\u202fAM",
            "Sunday: 2:00\u2009\u2013\u200910:00\u202fPM",
        ),
    )


@pytest.mark.django_db
def test_venues_are_filled_in_and_far_matches_refused(recorded, no_sleep, san_francisco):
    serve_places(recorded)
    midway = venue(san_francisco, "The Midway", address="900 Marin St", latitude=37.7489, longitude=-122.3877)
    blue_note = venue(san_francisco, "Blue Note")
    nowhere = venue(san_francisco, "Nowhere Hall", latitude=37.79, longitude=-122.40)
    result = enrich(recorded, [midway, blue_note, nowhere], no_sleep)

    assert result.enriched == [midway.pk]
    midway.refresh_from_db()
    # The first result (a café 9 km away with a similar name) was passed over for the one at the venue.
    assert midway.external_ids == {"google_places": MIDWAY_ID}
    assert (midway.phone, midway.url) == ("(415) 654-5474", "https://themidway.example/")
    assert midway.opening_hours[0] == "Monday: Closed"
    assert len(midway.opening_hours) == 7
    assert midway.address == "900 Marin St"  # not blank: kept
    assert (midway.latitude, midway.longitude) == (37.7489, -122.3877)  # known: kept
    assert midway.enriched_at == NOW

    reasons = {issue.venue_id: issue.reason for issue in result.unmatched}
    assert reasons[blue_note.pk] == (
        "the best result, 'Blue Note Jazz Club', is 4129.1 km from the centre of San Francisco (its radius is 25 km)"
    )
    blue_note.refresh_from_db()
    assert (blue_note.address, blue_note.phone, blue_note.latitude, blue_note.external_ids) == ("", "", None, {})
    assert blue_note.enriched_at == NOW  # looked at: not asked again until it is stale
    assert reasons[nowhere.pk] == "Google Places found nothing for 'Nowhere Hall, San Francisco'"

    bodies = [request.json() for request in recorded.requests]
    assert bodies[1] == {  # no coordinates: biased to the city's circle
        "textQuery": "Blue Note, San Francisco",
        "locationBias": {"circle": {"center": {"latitude": 37.7749, "longitude": -122.4194}, "radius": 25000.0}},
    }


@pytest.mark.django_db
def test_a_result_near_the_city_but_not_the_venue_is_refused(recorded, no_sleep, san_francisco):
    recorded.add(
        SEARCH,
        method="POST",
        json_body={"places": [json.loads((RECORDED / "search_midway.json").read_text())["places"][0]]},
    )
    midway = venue(san_francisco, "The Midway", latitude=37.7489, longitude=-122.3877)
    result = enrich(recorded, [midway], no_sleep)
    assert result.enriched == []
    assert result.unmatched[0].reason == (
        "the best result, 'Midway Cafe', is 9.7 km from the venue's coordinates (at most 1 km)"
    )


@pytest.mark.django_db
def test_the_same_place_refreshes_every_field(recorded, no_sleep, san_francisco):
    serve_places(recorded)
    midway = venue(
        san_francisco,
        "The Midway",
        phone="(415) 000-0000",
        url="https://old-midway.example/",
        latitude=37.7500,
        longitude=-122.3880,
        opening_hours=["Every day: 9 AM – 5 PM"],
        external_ids={"google_places": MIDWAY_ID, "yelp": "the-midway-sf"},
    )
    enrich(recorded, [midway], no_sleep)
    midway.refresh_from_db()
    assert (midway.phone, midway.url) == ("(415) 654-5474", "https://themidway.example/")
    assert (midway.latitude, midway.longitude) == (37.7490893, -122.3878624)
    assert midway.address == "900 Marin St, San Francisco, CA 94124, USA"
    assert midway.opening_hours[3].startswith("Thursday: 6:00")
    assert midway.external_ids == {"google_places": MIDWAY_ID, "yelp": "the-midway-sf"}


@pytest.mark.django_db
def test_a_venue_linked_to_another_place_is_left_alone(recorded, no_sleep, san_francisco):
    serve_places(recorded)
    midway = venue(
        san_francisco, "The Midway", latitude=37.7489, longitude=-122.3877, external_ids={"google_places": "ChIJolder"}
    )
    result = enrich(recorded, [midway], no_sleep)
    assert (
        result.unmatched[0].reason
        == f"matched place {MIDWAY_ID}, but the venue is linked to ChIJolder: check it by hand"
    )
    midway.refresh_from_db()
    assert (midway.phone, midway.external_ids) == ("", {"google_places": "ChIJolder"})


@pytest.mark.django_db
def test_a_venue_with_nothing_to_check_against_is_not_looked_up(recorded, no_sleep):
    lost = venue(None, "Somewhere")
    result = enrich(recorded, [lost], no_sleep)
    assert result.unmatched[0].reason == "no coordinates and no city: nothing to check a match against"
    assert recorded.requests == []


# --- the command -------------------------------------------------------------------------------------
def run(*args: str) -> str:
    out = StringIO()
    call_command("enrich_venues", "--no-progress", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def places_key(settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "google_places": {"api_key": "env-places-key"}}


@pytest.mark.django_db
def test_command_without_a_key_says_which_variable_to_set(settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "google_places": {"api_key": ""}}
    with pytest.raises(CommandError, match="GOOGLE_PLACES_API_KEY"):
        run()


@pytest.mark.django_db
def test_command_enriches_stale_venues_of_a_city(recorded, san_francisco, places_key):
    serve_places(recorded)
    venue(san_francisco, "The Midway", address="900 Marin St", latitude=37.7489, longitude=-122.3877)
    venue(san_francisco, "Blue Note")
    venue(san_francisco, "Fresh Venue", enriched_at=timezone.now() - dt.timedelta(days=3))
    venue(CityFactory(slug="oakland", name="Oakland"), "Fox Theater")
    venue(None, "No Place At All")
    output = run("--city", "san-francisco", "--base-url", recorded.url(), "--allow-private")
    assert [request.json()["textQuery"] for request in recorded.requests] == [
        "The Midway, 900 Marin St, San Francisco",
        "Blue Note, San Francisco",
    ]
    assert all(request.headers["x-goog-api-key"] == "env-places-key" for request in recorded.requests)
    assert "1 enriched, 1 unmatched, 0 failed, 0 skipped" in output
    assert "? Blue Note (#" in output
    assert Venue.objects.get(name="The Midway").external_ids == {"google_places": MIDWAY_ID}


@pytest.mark.django_db
def test_command_stops_when_every_request_fails(recorded, san_francisco, places_key, no_sleep, settings):
    settings.FETCH_MAX_RETRIES = 0
    recorded.add(SEARCH, method="POST", status=403, json_body={"error": {"code": 403, "status": "PERMISSION_DENIED"}})
    for index in range(5):
        venue(san_francisco, f"Venue {index}")
    with pytest.raises(CommandError, match="stopped after 3 failed requests in a row; 2 venues not looked up"):
        run("--base-url", recorded.url(), "--allow-private")
    assert len(recorded.requests) == 3
    assert not Venue.objects.filter(enriched_at__isnull=False).exists()  # retried next time


@pytest.mark.django_db
def test_command_refuses_an_unknown_city(places_key):
    with pytest.raises(CommandError, match="No city with slug 'atlantis'"):
        run("--city", "atlantis")
