"""GET /api/v1/recommendations/ end to end, and /api/v1/trending/ (the trending list under the issue's name)."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from events.models import Event
from events.people.library import selectors
from events.people.models import RSVP, Profile, SavedEvent
from tests.factories import UserFactory
from tests.people import helpers_library
from tests.people.helpers_library import bearer, past

town = helpers_library.town
_library_settings = helpers_library._library_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def jazz_fan(town):
    """Saved two jazz nights at the Blue Room; comedy is what everyone else looks at."""
    fan = UserFactory()
    first = town.jazz_event("Jazz at the Blue Room", days=2)
    second = town.jazz_event("Blue Monday Jazz", days=3)
    SavedEvent.objects.create(user=fan, event=first)
    SavedEvent.objects.create(user=fan, event=second)
    for n in range(4):
        town.comedy_event(f"Big Comedy Night {n}", days=1 + n, view_count=5000 - n)
    town.jazz_event("Jazz Quartet", days=5)
    town.jazz_event("Jazz long ago", **past(20))
    town.jazz_event("Jazz held back", days=4, moderation_status=Event.ModerationStatus.HELD)
    town.jazz_event("Jazz in Austin", days=4, city=town.other_city)
    return fan


def titles(body):
    return [item["event"]["title"] for item in body["results"]]


def test_a_jazz_fan_gets_jazz_first_with_the_reason_and_never_what_they_saved(jazz_fan):
    response = bearer(jazz_fan).get("/api/v1/recommendations/", {"city": "chicago"})
    assert response.status_code == 200
    body = response.json()
    assert body["personalised"] is True
    assert body["city"] == {"slug": "chicago", "name": "Chicago"}
    assert body["results"][0]["event"]["title"] == "Jazz Quartet"
    assert body["results"][0]["reason"] in {
        "Because you saved Jazz at the Blue Room",
        "Because you saved Blue Monday Jazz",
    }
    shown = titles(body)
    assert not {"Jazz at the Blue Room", "Blue Monday Jazz", "Jazz long ago", "Jazz held back", "Jazz in Austin"} & set(
        shown
    )
    assert {item["reason"] for item in body["results"][1:]} == {"Popular in Chicago"}
    assert "private" in response["Cache-Control"]


def test_without_a_city_the_history_says_where(jazz_fan):
    body = bearer(jazz_fan).get("/api/v1/recommendations").json()
    assert body["personalised"] is True
    assert body["city"] is None
    assert titles(body)[0] == "Jazz Quartet"


def test_rsvps_count_as_history_too(town):
    person = UserFactory()
    went = town.comedy_event("Open Mic", days=2)
    RSVP.objects.create(event=went, user=person, status=RSVP.Status.CONFIRMED, sequence=1)
    town.comedy_event("Another Open Mic", days=3)
    town.jazz_event("Jazz", days=3, view_count=900)
    body = bearer(person).get("/api/v1/recommendations/", {"city": "chicago"}).json()
    assert titles(body)[0] == "Another Open Mic"
    assert body["results"][0]["reason"] == "Because you RSVP'd to Open Mic"
    assert "Open Mic" not in titles(body)


def test_cold_start_is_the_home_citys_trending(client, town):
    for n in range(3):
        town.comedy_event(f"Comedy {n}", days=1 + n, view_count=100 * (n + 1))
    town.comedy_event("Next month", days=30)
    newcomer = UserFactory()
    Profile.objects.filter(user=newcomer).update(home_city=town.city)
    body = bearer(newcomer).get("/api/v1/recommendations/").json()
    assert body["personalised"] is False
    assert {item["reason"] for item in body["results"]} == {"Trending in Chicago"}
    trending = client.get("/api/v1/trending/", {"city": "chicago"}).json()
    assert titles(body) == [event["title"] for event in trending["results"]]
    assert titles(body)[:3] == ["Comedy 2", "Comedy 1", "Comedy 0"]


def test_anonymous_callers_get_trending_for_the_city_and_400_without_one(town):
    town.comedy_event("Comedy", days=1)
    anonymous = APIClient()
    body = anonymous.get("/api/v1/recommendations/", {"city": "chicago"})
    assert body.status_code == 200
    assert body.json()["results"][0]["reason"] == "Trending in Chicago"
    assert "public" in body["Cache-Control"]
    missing = anonymous.get("/api/v1/recommendations/")
    assert missing.status_code == 400
    assert missing.json()["fields"]["city"] == [selectors.CITY_NEEDED]


@pytest.mark.parametrize(
    ("query", "field"),
    [({"city": "atlantis"}, "city"), ({"city": "../x"}, "city"), ({"limit": 0}, "limit"), ({"limit": 51}, "limit")]
    + [({"limit": "ten"}, "limit")],
)
def test_bad_queries_are_400(town, query, field):
    for client in (APIClient(), bearer(UserFactory())):
        response = client.get("/api/v1/recommendations/", {"city": "chicago", **query})
        assert response.status_code == 400, query
        assert field in response.json()["fields"]


def test_limit_is_obeyed(jazz_fan):
    body = bearer(jazz_fan).get("/api/v1/recommendations/", {"city": "chicago", "limit": 2}).json()
    assert len(body["results"]) == 2


def test_the_trending_alias_gives_the_same_answer(client, town):
    for n in range(3):
        town.comedy_event(f"Comedy {n}", days=1 + n, view_count=10 * n)
    alias = client.get("/api/v1/trending/", {"city": "chicago", "limit": 2})
    original = client.get("/api/v1/events/trending/", {"city": "chicago", "limit": 2})
    assert alias.status_code == 200
    assert alias.json() == original.json()
    assert client.get("/api/v1/trending", {"city": "chicago"}).status_code == 200
    assert client.get("/api/v1/trending/", {"city": "atlantis"}).status_code == 400
