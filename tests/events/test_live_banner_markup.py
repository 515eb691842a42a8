"""The city page's live banner markup (events/templatetags/live_banner.py): the filters the page validated, where
to connect, the events already listed; hidden and empty until static/js/live.js fills it."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest
from django.conf import settings
from django.utils import timezone

from events.models import Area, Category
from events.templatetags.live_banner import HTTP_SCHEMES, WS_SCHEMES, live_filters, public_url
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def leeds():
    city = CityFactory(name="Leeds", slug="leeds", timezone="Europe/London")
    Area.objects.create(city=city, name="Headingley", slug="headingley", latitude=53.82, longitude=-1.58)
    return city


def banner(response):
    found = lxml.html.fromstring(response.content).cssselect("[data-live]")
    return found[0] if found else None


def test_the_city_page_carries_its_filters_and_connection(client, leeds):
    music = Category.objects.get(slug="music")
    soon = timezone.now() + dt.timedelta(days=1)
    listed = [EventFactory(city=leeds, category=music, cost_type="free", start=soon) for _ in range(3)]
    EventFactory(city=leeds, category=music, cost_type="paid", start=soon)  # filtered out: not on this page
    EventFactory(city=CityFactory(slug="york"), category=music, cost_type="free", start=soon)  # another city's

    response = client.get("/cities/leeds/c/music/?free=true&when=next-7-days&ordering=price&utm_source=x")

    assert response.status_code == 200
    div = banner(response)
    assert div is not None
    # The page's validated filters, the one its URL fixes (category) included; ordering and junk are not filters.
    assert json.loads(div.get("data-live-filters")) == {
        "category": "music",
        "city": "leeds",
        "free": "true",
        "when": "next-7-days",
    }
    assert div.get("data-live-ws") == "/ws/events/"
    sse = urlsplit(div.get("data-live-sse"))
    assert sse.path == "/sse/events/"
    assert dict(parse_qsl(sse.query)) == {"category": "music", "city": "leeds", "free": "true", "when": "next-7-days"}
    assert sorted(json.loads(div.get("data-live-shown"))) == sorted(event.pk for event in listed)
    # Progressive enhancement: hidden and empty without JavaScript, a polite live region once it is filled.
    assert div.get("hidden") is not None
    assert div.text_content().strip() == ""
    assert div.get("role") == "status"
    assert div.get("aria-live") == "polite"
    assert f'<script src="{settings.STATIC_URL}js/live.js" defer></script>' in response.content.decode()
    assert f'href="{settings.STATIC_URL}css/live-banner.css"' in response.content.decode()


def test_an_area_page_subscribes_to_its_area(client, leeds):
    response = client.get("/cities/leeds/a/headingley/")

    assert json.loads(banner(response).get("data-live-filters")) == {"area": "headingley", "city": "leeds"}


def test_the_city_in_the_url_wins_over_one_in_the_query(client, leeds):
    CityFactory(slug="york")

    response = client.get("/cities/leeds/?city=york&status=cancelled&status=scheduled")

    filters = json.loads(banner(response).get("data-live-filters"))
    assert filters == {"city": "leeds", "status": ["cancelled", "scheduled"]}


def test_invalid_filters_get_no_banner(client, leeds):
    response = client.get("/cities/leeds/?category=nope&date_from=2024-13-45")

    assert response.status_code == 400
    assert banner(response) is None


def test_a_websocket_server_of_its_own_is_linked_absolutely(client, leeds, settings):
    settings.REALTIME_PUBLIC_URL = "wss://live.example.org/"

    div = banner(client.get("/cities/leeds/?free=true"))

    assert div.get("data-live-ws") == "wss://live.example.org/ws/events/"
    assert div.get("data-live-sse") == "https://live.example.org/sse/events/?city=leeds&free=true"


@pytest.mark.parametrize(
    ("base", "ws", "sse"),
    [
        ("", "/ws/events/", "/sse/events/?city=leeds"),
        ("ws://localhost:8001", "ws://localhost:8001/ws/events/", "http://localhost:8001/sse/events/?city=leeds"),
        (
            "https://example.org/live/",
            "wss://example.org/live/ws/events/",
            "https://example.org/live/sse/events/?city=leeds",
        ),
    ],
)
def test_public_urls_take_either_scheme_family(settings, base, ws, sse):
    settings.REALTIME_PUBLIC_URL = base

    assert public_url("/ws/events/", WS_SCHEMES) == ws
    assert public_url("/sse/events/", HTTP_SCHEMES, "city=leeds") == sse


def test_multi_valued_keys_become_lists_and_ordering_is_dropped():
    pairs = [("city", "leeds"), ("ordering", "price"), ("status", "cancelled"), ("status", "scheduled")]

    assert live_filters(pairs, {"status"}) == {"city": "leeds", "status": ["cancelled", "scheduled"]}
