"""sitemap.xml, robots.txt, /favicon.ico and the friendly error pages."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from events.models import Category, Event
from tests.factories import CityFactory, EventFactory

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}

SITE = settings.SITE_URL.rstrip("/")


def sitemap_locations(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own response
    return [loc.text or "" for loc in root.findall("s:url/s:loc", SITEMAP_NS)]


@pytest.mark.django_db
def test_sitemap_lists_home_busy_cities_and_upcoming_events_only(client):
    busy = CityFactory(name="Busy", slug="busy")
    empty = CityFactory(name="Empty", slug="empty")
    category = Category.objects.filter(parent__isnull=True).first()
    upcoming = EventFactory(city=busy, category=category)
    past = EventFactory(city=busy, start=timezone.now() - dt.timedelta(days=3))
    held = EventFactory(city=busy, moderation_status=Event.ModerationStatus.HELD)
    archived = EventFactory(city=busy, archived_at=timezone.now())
    merged = EventFactory(city=busy)
    Event.objects.filter(pk=merged.pk).update(merged_into=upcoming)
    EventFactory(city=empty, start=timezone.now() - dt.timedelta(days=3))

    locations = sitemap_locations(client)
    assert f"{SITE}/" in locations
    assert f"{SITE}{busy.get_absolute_url()}" in locations
    assert f"{SITE}{empty.get_absolute_url()}" not in locations
    assert f"{SITE}{upcoming.get_absolute_url()}" in locations
    for hidden in (past, held, archived, merged):
        assert f"{SITE}{hidden.get_absolute_url()}" not in locations
    try:
        category_page = reverse("events:category", kwargs={"slug": busy.slug, "category": category.slug})
    except NoReverseMatch:
        category_page = None
    if category_page is not None:  # the list pages' category route, once it exists
        assert f"{SITE}{category_page}" in locations
    assert len(locations) == len(set(locations))


@pytest.mark.django_db
def test_robots_txt_allows_all_but_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /api/admin/" in lines
    assert not any(line.startswith("Disallow: /feeds") for line in lines)
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert client.post("/robots.txt").status_code == 405


def test_favicon_ico_serves_the_svg_mark(client, settings):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content == (settings.BASE_DIR / "static" / "img" / "favicon.svg").read_bytes()
    assert "max-age=86400" in response["Cache-Control"]


@pytest.mark.django_db
def test_404_page_offers_search_and_cities(client):
    busy = CityFactory(name="Springfield", slug="springfield")
    EventFactory(city=busy)
    CityFactory(name="Ghost Town", slug="ghost-town")
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We couldn" in body
    assert 'action="/search/"' in body
    assert 'for="not-found-q"' in body
    assert 'id="not-found-q"' in body
    assert f'href="{busy.get_absolute_url()}"' in body
    assert "Ghost Town" not in body  # nothing on there
    assert '<meta name="robots" content="noindex">' in body


@pytest.mark.django_db
def test_webhook_paths_still_answer_json_404(client):
    response = client.get("/webhooks/nothing-here/")
    assert response.status_code == 404
    assert response.json() == {"error": "Not found."}


def test_500_page_renders_without_database_or_context_processors():
    """No django_db mark: any query while rendering would fail this test."""
    from config.errors import server_error

    response = server_error(RequestFactory().get("/events/1/x/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert 'href="/"' in body
