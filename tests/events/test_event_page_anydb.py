"""The event page on whichever database runs the suite (SQLite on a fresh machine, PostgreSQL in CI):
similar events by shared tag need no PostgreSQL-only lookup."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_an_event_with_tags_shows_its_similar_events(client):
    city = CityFactory(slug="austin", name="Austin")
    soon = timezone.now() + dt.timedelta(days=3)
    event = EventFactory(city=city, title="Blues at dusk", slug="blues-at-dusk", start=soon, tags=["blues", "outdoor"])
    EventFactory(city=city, title="Blues brunch", slug="blues-brunch", start=soon, tags=["blues"])
    EventFactory(city=city, title="Chess club", slug="chess-club", start=soon, tags=["games"])

    response = client.get(event.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert "Blues brunch" in page
    assert "Chess club" not in page
