"""The city page ends with "Trending in <city>" once its events are being viewed (and not on filtered lists)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from events import analytics
from events.services.changes import generation_bump
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.redis]


def test_the_city_page_shows_what_is_trending_there(client):
    city = CityFactory(slug="lisbon", name="Lisbon", timezone="Europe/Lisbon")
    soon = timezone.now() + dt.timedelta(days=2)
    popular = EventFactory(city=city, title="Fado by the river", start=soon, timezone="Europe/Lisbon")
    EventFactory(city=city, title="Quiet reading", start=soon, timezone="Europe/Lisbon")
    porto = CityFactory(slug="porto", name="Porto", timezone="Europe/Lisbon")
    EventFactory(city=porto, title="Unseen gig", start=soon, timezone="Europe/Lisbon")

    for _ in range(5):
        analytics.record_view(popular.pk)
    analytics.flush_counters()
    generation_bump()  # a new generation: the cached page is rebuilt, as after any publish

    # Events nobody has looked at are not "trending", however soon they are.
    assert "Trending in Porto" not in client.get("/cities/porto/").content.decode()
    page = client.get("/cities/lisbon/").content.decode()
    trending = page[page.index("Trending in Lisbon") :]
    assert "Fado by the river" in trending
    assert "Quiet reading" not in trending
    assert "Trending in Lisbon" not in client.get("/cities/lisbon/?free=true").content.decode()
