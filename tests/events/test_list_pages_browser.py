"""The list pages in a real browser (Debian Chromium): accessible by axe-core, no sideways scrolling on a phone, and
"Events near me" taking a visitor to the nearest city."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from events.models import Area, Venue
from tests.browser import axe_blocking, overflow
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]


@pytest.fixture
def world():
    bengaluru = CityFactory(
        name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN", latitude=12.97, longitude=77.59
    )
    pune = CityFactory(name="Pune", slug="pune", timezone="Asia/Kolkata", country="IN", latitude=18.52, longitude=73.86)
    for n in range(6):
        CityFactory(name=f"Quiet Town {n}", slug=f"quiet-town-{n}", latitude=40 + n, longitude=-90)
    area = Area.objects.create(city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=12.97, longitude=77.64)
    venue = Venue.objects.create(
        name="Toit", slug="toit", city=bengaluru, area=area, address="298 100 Feet Rd", latitude=12.97, longitude=77.64
    )
    soon = timezone.now() + dt.timedelta(days=1)
    for n in range(25):
        EventFactory(
            city=bengaluru,
            title=f"A rather long event title that has to wrap on a small phone screen, number {n}",
            start=soon + dt.timedelta(hours=5 * n),
            timezone="Asia/Kolkata",
            venue=venue if n % 2 else None,
            venue_name="Toit" if n % 2 else "Somewhere",
            cost_type="paid" if n % 3 else "free",
            price_min=Decimal(500) if n % 3 else None,
            currency="INR",
            status="cancelled" if n == 4 else "scheduled",
        )
    EventFactory(city=pune, title="Pune Market", start=soon, timezone="Asia/Kolkata")
    return {"bengaluru": bengaluru, "pune": pune, "venue": venue}


def test_list_pages_are_accessible_and_fit_a_phone(live_server, world, monkeypatch, tmp_path):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    base = live_server.url
    pages = {
        "home": "/",
        "city": "/cities/bengaluru/",
        "filtered": "/cities/bengaluru/?when=next-7-days&free=true",
        "invalid": "/cities/bengaluru/?category=nope&date_from=2024-13-45",
        "category": "/cities/bengaluru/c/music/",
        "area": "/cities/bengaluru/a/indiranagar/",
        "venue": world["venue"].get_absolute_url(),
    }
    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            for width in (375, 1280):
                context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(base + path)
                    page.screenshot(path=str(tmp_path / f"{name}-{width}.png"), full_page=True)
                    found = axe_blocking(page) if width == 1280 else []
                    if overflow(page) > 0:
                        found.append(f"{overflow(page)} px wider than the {width} px screen")
                    if found:
                        problems[f"{name}@{width}"] = found
                context.close()
        finally:
            browser.close()
    assert problems == {}


def test_near_me_opens_the_nearest_city(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    base = live_server.url
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = browser.new_context(
                geolocation={"latitude": 18.50, "longitude": 73.80}, permissions=["geolocation"], base_url=base
            )
            page = context.new_page()
            page.goto("/")
            button = page.get_by_role("button", name="Events near me")
            expect(button).to_be_visible()
            button.click()
            page.wait_for_url(f"{base}/cities/pune/")
            expect(page.locator("h1")).to_have_text("What's on in Pune")

            far = browser.new_context(
                geolocation={"latitude": -33.87, "longitude": 151.21}, permissions=["geolocation"], base_url=base
            )
            page = far.new_page()
            page.goto("/")
            page.get_by_role("button", name="Events near me").click()
            expect(page.get_by_role("status")).to_contain_text("The nearest city we list is")

            no_js = browser.new_context(java_script_enabled=False, base_url=base)
            page = no_js.new_page()
            page.goto("/")
            expect(page.get_by_role("button", name="Events near me")).to_be_hidden()
        finally:
            browser.close()
