"""Fixtures for the public API tests: a small city with venues, an organizer, categories and sources."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from events.models import Area, Category, City, Event, EventListing, Organizer, Venue
from tests.clock import local_at
from tests.factories import CityFactory, EventFactory, SourceFactory

CHICAGO = "America/Chicago"


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """Most tests send many requests from one address; the throttle tests set their own rate."""
    settings.API_ANON_RATE = ""


@pytest.fixture(autouse=True)
def _fresh_generation():
    """The generation is trusted for a second per process: start each test from the cache's own value."""
    from events.api.caching import local_clear
    from events.services import changes

    changes._seen.clear()
    local_clear()
    yield
    changes._seen.clear()
    local_clear()


class World:
    """Named objects of the test city, for readable assertions."""

    def __init__(self) -> None:
        self.city: City = CityFactory(slug="chicago", name="Chicago", timezone=CHICAGO, country="US")
        self.other_city: City = CityFactory(slug="austin", name="Austin", timezone=CHICAGO, country="US")
        self.area = Area.objects.create(city=self.city, name="Loop", slug="loop", latitude=41.88, longitude=-87.63)
        self.venue = Venue.objects.create(
            name="Empty Bottle", slug="empty-bottle", city=self.city, area=self.area, latitude=41.9, longitude=-87.68
        )
        self.organizer = Organizer.objects.create(name="Jazz Club", slug="jazz-club", url="https://jazz.example/")
        self.music = Category.objects.get(slug="music")
        self.jazz = Category.objects.get(slug="jazz-blues")
        self.source = SourceFactory(slug="chicago-reader", name="Chicago Reader", city=self.city)

    def event(self, title: str, days: int = 2, hour: int = 19, **fields) -> Event:
        fields.setdefault("start", local_at(days, hour, tz=CHICAGO))
        fields.setdefault("city", self.city)
        return EventFactory(title=title, slug=title.lower().replace(" ", "-"), timezone=CHICAGO, **fields)

    def listed(self, event: Event, *, primary: bool = True, source=None, url: str = "") -> EventListing:
        return EventListing.objects.create(
            event=event,
            source=source or self.source,
            external_id=f"ext-{event.pk}-{primary}",
            url=url or f"https://reader.example/e/{event.pk}",
            is_primary=primary,
        )


@pytest.fixture
def world(db) -> World:
    return World()


def paid(low: str, high: str | None = None) -> dict:
    return {
        "cost_type": "paid",
        "price_min": Decimal(low),
        "price_max": Decimal(high) if high else None,
        "currency": "USD",
    }


def hours(n: float) -> dt.timedelta:
    return dt.timedelta(hours=n)
