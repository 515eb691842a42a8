"""Fixes from a review of the public pages: a venue's "today" is its city's today, the sitemap names each
category page once, and shares behind a proxy are counted per visitor, not per proxy."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.test import Client

from events import analytics
from events.models import Category, Venue
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db
LA = zoneinfo.ZoneInfo("America/Los_Angeles")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0"


def test_a_venues_today_is_its_citys_today(client):
    city = CityFactory(slug="los-angeles", name="Los Angeles", timezone="America/Los_Angeles")
    venue = Venue.objects.create(name="The Echo", slug="the-echo", city=city)
    # 10:00 in Los Angeles is 18:00 UTC: a UTC "today" would end at 16:00 local and drop the 19:00 show.
    morning = dt.datetime.combine(dt.datetime.now(LA).date() + dt.timedelta(days=3), dt.time(10), tzinfo=LA)
    with time_machine.travel(morning, tick=False):
        EventFactory(
            city=city, venue=venue, title="Evening show", start=morning.replace(hour=19), timezone=city.timezone
        )
        page = client.get(f"{venue.get_absolute_url()}?when=today")
    assert page.status_code == 200
    assert "Evening show" in page.content.decode()


def test_the_sitemap_names_each_category_page_once(client):
    city = CityFactory(slug="berlin", name="Berlin", timezone="Europe/Berlin")
    music = Category.objects.get(slug="music")
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    for n in range(4):
        EventFactory(city=city, category=music, start=soon + dt.timedelta(hours=n), timezone=city.timezone)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert sitemap.count("/cities/berlin/c/music/</loc>") == 1


@pytest.mark.redis
def test_shares_behind_a_proxy_count_per_visitor(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    event = EventFactory(start=dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
    share = f"/events/{event.pk}/share"
    for visitor in ("198.51.100.7", "198.51.100.8"):
        proxy = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=visitor)
        assert proxy.post(share, HTTP_ACCEPT="application/json").status_code == 204
    assert analytics.counter_store().pending(analytics.SHARES) == {event.pk: 2}
