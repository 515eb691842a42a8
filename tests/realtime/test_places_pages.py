"""The live status line on the venue and event pages (realtime/templatetags/places.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from events.models import Venue
from realtime.places import place_report_submit, place_status_business_update
from realtime.templatetags.places import ago
from tests.factories import CityFactory, EventFactory
from tests.test_csp import INLINE_SCRIPT, INLINE_STYLE

pytestmark = pytest.mark.django_db

LINE = re.compile(r'<p class="place-status[^"]*" data-place-status="(\d+)">(.*?)</p>', re.DOTALL)


@pytest.fixture
def venue() -> Venue:
    city = CityFactory(slug="chicago", name="Chicago", timezone="America/Chicago")
    return Venue.objects.create(name="Empty Bottle", slug="empty-bottle", city=city)


def status_line(html: str) -> tuple[int, str] | None:
    found = LINE.search(html)
    return (int(found.group(1)), found.group(2)) if found else None


def visible(fragment: str) -> str:
    hidden = re.sub(r'<span class="visually-hidden">.*?</span>', "", fragment)
    return " ".join(re.sub(r"<[^>]+>", "", hidden).split())


def test_the_venue_page_shows_visitors_reports(client, venue):
    for who in ("a", "b"):
        place_report_submit(
            venue=venue,
            reporter=who,
            open_now=True,
            crowd="busy",
            wait_minutes=20,
            special="Happy hour",
            now=timezone.now() - dt.timedelta(minutes=12),
        )
    html = client.get(venue.get_absolute_url()).content.decode()
    line = status_line(html)
    assert line is not None
    assert line[0] == venue.pk
    assert visible(line[1]) == "Open now · Busy · ~20 min wait · Happy hour (reported by visitors, 12 min ago)"
    # What a screen reader says instead of the symbols.
    assert (
        "Live status: Open now, busy, about a 20 minute wait, Happy hour (reported by visitors, 12 min ago)." in line[1]
    )
    assert not INLINE_SCRIPT.search(line[1])
    assert not INLINE_STYLE.search(line[1])


def test_the_event_page_shows_its_venues_status(client, venue):
    event = EventFactory(city=venue.city, venue=venue, venue_name=venue.name)
    place_status_business_update(venue=venue, open_now=False, valid_minutes=30)
    line = status_line(client.get(event.get_absolute_url()).content.decode())
    assert line is not None
    assert visible(line[1]) == "Closed now (updated by the venue, just now)"


def test_the_event_page_reads_the_status_through_a_cache_every_change_clears(
    client, venue, django_assert_num_queries, django_capture_on_commit_callbacks
):
    event = EventFactory(city=venue.city, venue=venue, venue_name=venue.name)
    assert status_line(client.get(event.get_absolute_url()).content.decode()) is None  # "no status", remembered
    with django_capture_on_commit_callbacks(execute=True):
        place_status_business_update(venue=venue, open_now=True, crowd="packed", valid_minutes=30)
    assert "Packed" in visible(status_line(client.get(event.get_absolute_url()).content.decode())[1])
    with django_capture_on_commit_callbacks(execute=True):
        place_status_business_update(venue=venue, open_now=True, crowd="quiet", valid_minutes=30)
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Quiet" in visible(status_line(html)[1])
    from realtime.places.selectors import place_status_get

    with django_assert_num_queries(0):  # read again: from the cache
        assert place_status_get(venue_id=venue.pk, cached=True).crowd == "quiet"


def test_nothing_without_a_valid_status(client, venue):
    event = EventFactory(city=venue.city, venue=venue, venue_name=venue.name)
    no_venue = EventFactory(city=venue.city)
    assert status_line(client.get(venue.get_absolute_url()).content.decode()) is None
    place_status_business_update(venue=venue, crowd="busy", now=timezone.now() - dt.timedelta(hours=2))  # expired
    for url in (event.get_absolute_url(), no_venue.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200
        assert status_line(response.content.decode()) is None


def test_how_long_ago():
    now = timezone.now()
    assert ago(now - dt.timedelta(seconds=20), now) == "just now"
    assert ago(now - dt.timedelta(minutes=12, seconds=40), now) == "12 min ago"
    assert ago(now - dt.timedelta(hours=2, minutes=5), now) == "2\xa0hours ago"
