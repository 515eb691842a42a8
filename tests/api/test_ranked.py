"""/api/v1/events/trending/ and /api/v1/events/<id>/similar/: events/ranking.py's lists in the API's shape."""

from __future__ import annotations

import pytest

from events.api.representation import event_dict_from_event
from events.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def test_trending_ranks_by_lifetime_counts_and_filters_apply(client, world):
    world.event("Quiet", days=1, view_count=1)
    world.event("Busy", days=2, view_count=50)
    world.event("Shared", days=3, view_count=5, share_count=30)
    world.event("Far off", days=20, view_count=500)
    world.event("Elsewhere", days=2, view_count=900, city=world.other_city)
    assert titles(client.get("/api/v1/events/trending/", {"city": "chicago"})) == ["Shared", "Busy", "Quiet"]
    assert titles(client.get("/api/v1/events/trending/", {"city": "chicago", "limit": "1"})) == ["Shared"]
    body = client.get("/api/v1/events/trending/", {"city": "austin"}).json()
    assert body["results"] == [event_dict_from_event(Event.objects.get(title="Elsewhere"))]


def test_trending_bad_values(client, world):
    response = client.get("/api/v1/events/trending/", {"city": "atlantis", "limit": "500"})
    assert response.status_code == 400
    assert set(response.json()["fields"]) == {"city", "limit"}


def test_similar_events(client, world):
    event = world.event("Jazz at the bottle", venue=world.venue, category=world.music, tags=["jazz"])
    world.event("More jazz", tags=["jazz"], days=4)
    world.event("Same venue", venue=world.venue, days=5)
    world.event("Unrelated", days=3)
    similar = titles(client.get(f"/api/v1/events/{event.pk}/similar/"))
    assert set(similar) == {"More jazz", "Same venue"}
    assert len(titles(client.get(f"/api/v1/events/{event.pk}/similar/", {"limit": "1"}))) == 1
    assert client.get(f"/api/v1/events/{event.pk}/similar/", {"limit": "0"}).status_code == 400
    missing = client.get(f"/api/v1/events/{event.pk + 1000}/similar/")
    assert missing.status_code == 404
    assert missing.json() == {"error": "No such event.", "fields": {}}
