"""The public pages: what visitors see, and what they must never see."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Area, Category, Event, Venue
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def chicago():
    return CityFactory(name="Chicago", slug="chicago", timezone="America/Chicago")


def test_home_lists_cities_with_upcoming_counts(client, chicago):
    quiet = CityFactory(name="Quietville", slug="quietville")
    EventFactory.create_batch(3, city=chicago)
    EventFactory(city=chicago, moderation_status=Event.ModerationStatus.HELD)
    EventFactory(city=chicago, start=timezone.now() - dt.timedelta(days=2))  # over
    response = client.get(reverse("events:home"))
    assert response.status_code == 200
    counts = {city.slug: city.upcoming_count for city in response.context["cities"]}
    assert counts == {"chicago": 3, "quietville": 0}
    assert response.context["total_upcoming"] == 3
    assert response.context["cities"][0] == chicago  # busiest first
    assert quiet.get_absolute_url().encode() in response.content


def test_city_page_groups_by_local_day_and_paginates(client, chicago):
    # 23:30 in Chicago is already tomorrow in UTC: it must be listed under its local day.
    chicago_zone = zoneinfo.ZoneInfo("America/Chicago")
    late = timezone.now().astimezone(chicago_zone).replace(hour=23, minute=30, second=0, microsecond=0) + dt.timedelta(
        days=1
    )
    EventFactory(city=chicago, title="Late Set", start=late)
    EventFactory.create_batch(25, city=chicago, start=late + dt.timedelta(days=2))
    response = client.get(chicago.get_absolute_url())
    assert response.status_code == 200
    first_day = response.context["days"][0]
    assert first_day["date"] == late.astimezone(chicago_zone).date()
    assert [event.title for event in first_day["events"]] == ["Late Set"]
    assert response.context["is_paginated"]
    assert len(response.context["page_obj"].object_list) == 20
    second = client.get(chicago.get_absolute_url(), {"page": 2})
    assert len(second.context["page_obj"].object_list) == 6
    assert client.get(chicago.get_absolute_url(), {"page": "junk"}).status_code == 200


def test_city_page_filters_by_area_and_category(client):
    bengaluru = CityFactory(name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN")
    indiranagar = Area.objects.create(
        city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=12.97, longitude=77.64
    )
    venue = Venue.objects.create(name="Toit", slug="toit", city=bengaluru, area=indiranagar)
    food = Category.objects.get(slug="food_drink")
    EventFactory(city=bengaluru, title="Indiranagar Food Festival", venue=venue, category=food)
    EventFactory(city=bengaluru, title="Koramangala Comedy Night")
    page = client.get(bengaluru.get_absolute_url(), {"area": "indiranagar"})
    titles = [event.title for day in page.context["days"] for event in day["events"]]
    assert titles == ["Indiranagar Food Festival"]
    assert page.context["querystring_base"] == "area=indiranagar&"
    assert page.context["categories"] == [food]
    by_category = client.get(bengaluru.get_absolute_url(), {"category": "food_drink"})
    assert [e.title for d in by_category.context["days"] for e in d["events"]] == ["Indiranagar Food Festival"]
    assert b"Indiranagar" in page.content


def test_event_detail_shows_the_event_in_its_own_timezone(client, chicago):
    start = dt.datetime(2031, 12, 5, 19, 30, tzinfo=zoneinfo.ZoneInfo("America/Chicago"))
    event = EventFactory(city=chicago, title="Winter Gala", slug="winter-gala", start=start, venue_name="Lyric Hall")
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    assert b"Winter Gala" in response.content
    assert b"7:30" in response.content
    assert b"Lyric Hall" in response.content


def test_event_detail_redirects_a_stale_slug(client, chicago):
    event = EventFactory(city=chicago, slug="right-slug")
    response = client.get(reverse("events:detail", kwargs={"pk": event.pk, "slug": "old-slug"}))
    assert response.status_code == 301
    assert response["Location"] == event.get_absolute_url()


@pytest.mark.parametrize(
    "status", [Event.ModerationStatus.HELD, Event.ModerationStatus.REJECTED, Event.ModerationStatus.PENDING]
)
def test_unpublished_events_are_invisible(client, chicago, status):
    event = EventFactory(city=chicago, title="Secret Thing", moderation_status=status)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert b"Secret Thing" not in client.get(chicago.get_absolute_url()).content


def test_hostile_text_is_escaped(client, chicago):
    event = EventFactory(
        city=chicago, title="<script>alert('x')</script> Party", description="<img src=x onerror=alert(1)>"
    )
    for url in (event.get_absolute_url(), chicago.get_absolute_url()):
        body = client.get(url).content
        assert b"<script>alert" not in body
        assert b"<img src=x" not in body
        assert b"&lt;script&gt;" in body


def test_unknown_pages_are_404(client):
    assert client.get("/cities/atlantis/").status_code == 404
    assert client.get("/events/999999/nothing/").status_code == 404


def test_pages_refuse_writes(client, chicago):
    assert client.post(chicago.get_absolute_url()).status_code == 405
