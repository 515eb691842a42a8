"""GET /api/v1/search/suggest: events, categories and venues with their kind and address; typos on PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection
from rest_framework.test import APIClient

from events.models import Event, Venue
from events.services.changes import events_changed
from tests.people import helpers_library

town = helpers_library.town
_library_settings = helpers_library._library_settings

pytestmark = pytest.mark.django_db

URL = "/api/v1/search/suggest"


@pytest.fixture
def listed(town):
    festival = town.jazz_event("Jazz Festival", days=4)
    town.jazz_event("Jazz Festival", days=11)  # a second date: one suggestion
    town.comedy_event("Comedy Hour", days=2)
    town.event("Jazz in Austin", days=3, city=town.other_city)
    Venue.objects.create(name="Jazz Showcase", slug="jazz-showcase", city=town.city)
    Venue.objects.create(name="Jazzy Corner", slug="jazzy-corner", city=town.other_city)
    town.jazz_event("Jazz held back", days=3, moderation_status=Event.ModerationStatus.HELD)
    town.jazz_event("Jazz last year", **helpers_library.past(300))
    return festival


def suggestions(**query):
    response = APIClient().get(URL, query)
    assert response.status_code == 200, response.content
    return response.json()["suggestions"]


def test_prefixes_find_events_categories_and_venues_with_their_addresses(listed):
    found = suggestions(q="jaz", city="chicago")
    pairs = [(item["text"], item["kind"]) for item in found]
    assert ("Jazz & blues", "category") in pairs
    assert ("Jazz Showcase", "venue") in pairs
    assert pairs.count(("Jazz Festival", "event")) == 1
    assert not {"Jazz in Austin", "Jazzy Corner", "Jazz held back", "Jazz last year"} & {text for text, _ in pairs}
    by_text = {item["text"]: item["url"] for item in found}
    assert by_text["Jazz Festival"].endswith(f"/events/{listed.pk}/jazz-festival/")  # the soonest date
    assert by_text["Jazz & blues"].endswith("/cities/chicago/c/jazz-blues/")
    assert by_text["Jazz Showcase"].startswith("http")
    assert "/venues/" in by_text["Jazz Showcase"]


def test_a_word_inside_a_name_matches_and_without_a_city_everything_counts(listed):
    found = {item["text"] for item in suggestions(q="festival")}
    assert "Jazz Festival" in found
    everywhere = {item["text"] for item in suggestions(q="jazz")}
    assert {"Jazz in Austin", "Jazzy Corner"} <= everywhere
    assert next(item for item in suggestions(q="jazz &") if item["kind"] == "category")["url"].endswith(
        "/search/?category=jazz-blues"
    )


@pytest.mark.parametrize("slash", ["", "/"])
@pytest.mark.parametrize(("query", "field"), [({"q": "j"}, "q"), ({"q": "x" * 101}, "q"), ({}, "q")])
def test_too_short_too_long_or_missing_text_is_400(town, slash, query, field):
    response = APIClient().get(URL + slash, query)
    assert response.status_code == 400
    assert response.json()["fields"][field] == ["Type from 2 to 100 characters."]


def test_an_unknown_city_is_400(town):
    response = APIClient().get(URL, {"q": "jazz", "city": "atlantis"})
    assert response.status_code == 400
    assert response.json()["fields"]["city"] == ["Unknown city “atlantis”."]


def test_answers_are_cached_per_public_generation(listed, django_capture_on_commit_callbacks):
    first = APIClient().get(URL, {"q": "comedy h", "city": "chicago"})
    assert "public" in first["Cache-Control"]
    assert first["ETag"]
    Event.objects.filter(title="Comedy Hour").update(title="Comedy Hours")
    assert APIClient().get(URL, {"q": "comedy h", "city": "chicago"}).json() == first.json()  # the same generation
    with django_capture_on_commit_callbacks(execute=True):
        events_changed([Event.objects.get(title="Comedy Hours").pk])
    from events.api.caching import local_clear

    local_clear()
    texts = [item["text"] for item in suggestions(q="comedy h", city="chicago")]
    assert "Comedy Hours" in texts


def test_suggestions_are_throttled_like_the_public_api(town, settings):
    settings.API_ANON_RATE = "2/minute"
    client = APIClient(REMOTE_ADDR="203.0.113.9")
    codes = [client.get(URL, {"q": f"ja{n}"}).status_code for n in range(3)]
    assert codes == [200, 200, 429]


@pytest.mark.postgres
def test_typos_still_find_the_festival_the_category_and_the_venue(listed):
    assert connection.vendor == "postgresql"
    found = suggestions(q="jaz festivl", city="chicago")
    assert found[0] == {"text": "Jazz Festival", "kind": "event", "url": found[0]["url"]}
    venue = suggestions(q="jaz showcse", city="chicago")
    assert ("Jazz Showcase", "venue") in [(item["text"], item["kind"]) for item in venue]
    comedy = suggestions(q="comedi", city="chicago")
    assert ("Comedy", "category") in [(item["text"], item["kind"]) for item in comedy]
