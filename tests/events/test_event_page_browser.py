"""The event page, the trending page and the 404 page in a real browser (Debian Chromium): accessible by axe-core,
no sideways scrolling on a phone, and the Share button counting a share with and without JavaScript."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from events import analytics
from events.models import Category, EventListing, Organizer, Venue
from tests.browser import axe_blocking, overflow
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium, pytest.mark.redis]

CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
LAUNCH = {"executable_path": "/usr/bin/chromium", "args": ["--no-sandbox", "--disable-gpu"]}


@pytest.fixture
def event():
    city = CityFactory(name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN")
    music = Category.objects.filter(parent__isnull=True).first()
    venue = Venue.objects.create(name="Toit", slug="toit", city=city, latitude=12.97, longitude=77.64)
    start = timezone.now() + dt.timedelta(days=2)
    main = EventFactory(
        city=city,
        title="An unusually long festival title that has to wrap nicely on a small phone screen without overflow",
        start=start,
        end=start + dt.timedelta(hours=4),
        timezone="Asia/Kolkata",
        venue=venue,
        venue_name="Toit",
        address="298 100 Feet Rd, Indiranagar",
        latitude=12.97,
        longitude=77.64,
        category=music,
        cost_type="paid",
        price_min=Decimal(500),
        price_max=Decimal(1200),
        currency="INR",
        description="Music all day.\n\nFood stalls, too.",
        tags=["music", "outdoor"],
        organizer=Organizer.objects.create(name="Festival Folk", slug="festival-folk"),
        ticket_url="https://tickets.example/fest",
    )
    primary, other = SourceFactory(name="City Calendar", city=city), SourceFactory(name="Venue Site", city=city)
    EventListing.objects.create(event=main, source=primary, external_id="a", is_primary=True)
    EventListing.objects.create(event=main, source=other, external_id="b", url="https://venue.example/fest")
    for n in range(4):
        EventFactory(city=city, category=music, title=f"Another gig {n}", start=start + dt.timedelta(days=n + 1))
    return main


def test_event_trending_and_404_pages_are_accessible_and_fit_a_phone(live_server, event, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    pages = {"event": event.get_absolute_url(), "trending": "/trending/?city=bengaluru", "missing": "/no-such-page/"}
    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**LAUNCH)
        try:
            for width in (375, 1280):
                context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(live_server.url + path)
                    found = axe_blocking(page) if width == 1280 else []
                    if overflow(page) > 0:
                        found.append(f"{overflow(page)} px wider than the {width} px screen")
                    if found:
                        problems[f"{name}@{width}"] = found
                context.close()
        finally:
            browser.close()
    assert problems == {}


def test_share_button_counts_with_and_without_javascript(live_server, event, monkeypatch, settings):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    settings.SITE_URL = live_server.url  # the shared link is the canonical one, on SITE_URL
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**LAUNCH)
        try:
            # JavaScript, no share sheet (desktop Chromium): the link is copied and the share counted in the background.
            context = browser.new_context(
                base_url=live_server.url, user_agent=CHROME, permissions=["clipboard-read", "clipboard-write"]
            )
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(event.get_absolute_url())
            with page.expect_response(lambda response: response.url.endswith(f"/events/{event.pk}/share")) as posted:
                page.get_by_role("button", name="Share this event").click()
            assert posted.value.status == 204
            expect(page.get_by_role("status")).to_have_text("Link copied. Paste it anywhere to share.")
            assert page.evaluate("navigator.clipboard.readText()") == f"{live_server.url}{event.get_absolute_url()}"
            assert errors == []
            context.close()

            # Without JavaScript the form posts and the page comes back with the link to copy.
            no_js = browser.new_context(
                base_url=live_server.url, user_agent=CHROME, java_script_enabled=False, extra_http_headers={}
            )
            page = no_js.new_page()
            page.goto(event.get_absolute_url())
            page.get_by_role("button", name="Share this event").click()
            page.wait_for_url(f"**{event.get_absolute_url()}?shared=1#share")
            expect(page.get_by_role("status")).to_contain_text("Copy the link above")
            expect(page.get_by_label("Link to this event")).to_have_value(
                f"{live_server.url}{event.get_absolute_url()}"
            )
        finally:
            browser.close()
    # Both shares came from 127.0.0.1: the second, at once, is throttled as a repeat from the same address.
    assert analytics.counter_store().pending(analytics.SHARES) == {event.pk: 1}
    assert analytics.counter_store().pending(analytics.VIEWS)[event.pk] >= 2
