"""Cities, categories, venues and organizers under /api/v1/."""

from __future__ import annotations

import pytest

from events.models import Organizer, Venue

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_cities_by_upcoming_count(client, world):
    world.event("Austin one", city=world.other_city)
    world.event("Austin two", city=world.other_city)
    world.event("Chicago one")
    world.other_city.__class__.objects.create(
        name="Dormant", slug="dormant", country="US", timezone="UTC", latitude=0, longitude=0, is_active=False
    )
    body = client.get("/api/v1/cities/").json()
    assert [(city["slug"], city["upcoming_count"]) for city in body["results"]] == [("austin", 2), ("chicago", 1)]
    austin = body["results"][0]
    assert austin["timezone_name"] == "Central Time"
    assert austin["events"] == "http://127.0.0.1:8000/api/v1/events/?city=austin"
    assert austin["url"].startswith("http://127.0.0.1:8000/")


def test_city_detail_with_areas(client, world):
    body = client.get("/api/v1/cities/chicago/").json()
    assert body["name"] == "Chicago"
    assert body["areas"] == [{"slug": "loop", "name": "Loop"}]
    assert client.get("/api/v1/cities/atlantis/").json() == {"error": "No such city.", "fields": {}}


def test_categories_tree(client, db):
    body = client.get("/api/v1/categories/").json()["results"]
    music = next(item for item in body if item["slug"] == "music")
    assert {"slug": "jazz-blues", "name": "Jazz & blues", "description": ""} in [
        {key: child[key] for key in ("slug", "name", "description")} for child in music["children"]
    ]
    assert all("children" not in child for child in music["children"])
    assert not any(item["slug"] == "jazz-blues" for item in body)


def test_venues_by_city_paginated(client, world):
    for n in range(3):
        Venue.objects.create(name=f"Hall {n}", slug=f"hall-{n}", city=world.other_city)
    body = client.get("/api/v1/venues/", {"city": "austin", "page_size": "2"}).json()
    assert body["count"] == 3
    assert [v["name"] for v in body["results"]] == ["Hall 0", "Hall 1"]
    assert body["next"] == "http://127.0.0.1:8000/api/v1/venues/?city=austin&page=2&page_size=2"
    assert client.get("/api/v1/venues/").json()["count"] == 4
    bad = client.get("/api/v1/venues/", {"city": "atlantis", "page_size": "0"})
    assert bad.status_code == 400
    assert set(bad.json()["fields"]) == {"city", "page_size"}


def test_venue_detail(client, world):
    world.event("At the bottle", venue=world.venue)
    body = client.get(f"/api/v1/venues/{world.venue.pk}/").json()
    assert body["city"] == {"slug": "chicago", "name": "Chicago"}
    assert body["area"] == {"slug": "loop", "name": "Loop"}
    assert body["upcoming_count"] == 1
    assert body["events"] == f"http://127.0.0.1:8000/api/v1/events/?venue={world.venue.pk}"
    assert client.get("/api/v1/venues/999999/").status_code == 404


def test_organizers(client, world):
    Organizer.objects.create(name="Arts Council", slug="arts-council", email="private@example.org")
    body = client.get("/api/v1/organizers/").json()
    assert [o["slug"] for o in body["results"]] == ["arts-council", "jazz-club"]
    assert all("email" not in o for o in body["results"])
    world.event("Club night", organizer=world.organizer)
    detail = client.get("/api/v1/organizers/jazz-club/").json()
    assert detail["upcoming_count"] == 1
    assert detail["url"] == "https://jazz.example/"
    assert client.get("/api/v1/organizers/nobody/").status_code == 404


def test_index_lists_the_addresses(client, db):
    body = client.get("/api/v1/").json()
    assert body["events"] == "http://127.0.0.1:8000/api/v1/events/"
    assert body["docs"] == "http://127.0.0.1:8000/api/docs/"
