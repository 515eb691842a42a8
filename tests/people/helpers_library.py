"""A small Chicago for the library tests: venues, an organizer, jazz and comedy events, and API clients."""

from __future__ import annotations

import datetime as dt

import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from events.models import Category, City, Event, Organizer, Venue
from tests.clock import local_at
from tests.factories import CityFactory, EventFactory

CHICAGO = "America/Chicago"


def bearer(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


class Town:
    """Named objects for readable assertions."""

    def __init__(self) -> None:
        self.city: City = CityFactory(slug="chicago", name="Chicago", timezone=CHICAGO)
        self.other_city: City = CityFactory(slug="austin", name="Austin", timezone=CHICAGO)
        self.blue_room = Venue.objects.create(name="The Blue Room", slug="the-blue-room", city=self.city)
        self.hall = Venue.objects.create(name="Comedy Hall", slug="comedy-hall", city=self.city)
        self.organizer = Organizer.objects.create(name="Windy City Jazz", slug="windy-city-jazz")
        self.music = Category.objects.get(slug="music")
        self.jazz = Category.objects.get(slug="jazz-blues")
        self.comedy = Category.objects.get(slug="comedy")

    def event(self, title: str, days: int = 3, **fields) -> Event:
        fields.setdefault("start", local_at(days, 20, tz=CHICAGO))
        fields.setdefault("city", self.city)
        return EventFactory(title=title, slug=title.lower().replace(" ", "-"), timezone=CHICAGO, **fields)

    def jazz_event(self, title: str, days: int = 3, **fields) -> Event:
        fields.setdefault("venue", self.blue_room)
        fields.setdefault("venue_name", self.blue_room.name)
        return self.event(title, days, category=self.music, subcategory=self.jazz, **fields)

    def comedy_event(self, title: str, days: int = 3, **fields) -> Event:
        fields.setdefault("venue", self.hall)
        fields.setdefault("venue_name", self.hall.name)
        return self.event(title, days, category=self.comedy, **fields)


def past(days: int = 3) -> dict:
    """Fields of an event that ended ``days`` ago."""
    start = local_at(-days, 20, tz=CHICAGO)
    return {"start": start, "end": start + dt.timedelta(hours=2)}


@pytest.fixture(autouse=True)
def _library_settings(settings):
    """Tokens need a signing key (the test settings' SECRET_KEY is set after SIMPLE_JWT read an empty one); the
    public API's per-address limit is lifted (tests send many requests from one address; throttle tests set it)."""
    if not settings.SIMPLE_JWT.get("SIGNING_KEY"):
        settings.SIMPLE_JWT = {**settings.SIMPLE_JWT, "SIGNING_KEY": settings.SECRET_KEY}
    settings.API_ANON_RATE = ""
    from events.api.caching import local_clear
    from events.services import changes

    changes._seen.clear()
    local_clear()
    yield
    changes._seen.clear()
    local_clear()


@pytest.fixture
def town(db) -> Town:
    return Town()
