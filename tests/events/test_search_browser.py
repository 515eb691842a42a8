"""The search page in a real browser (Debian Chromium): accessible by axe-core in each of its states, no sideways
scrolling on a phone, and usable without JavaScript (a plain GET form)."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.browser import axe_blocking, overflow
from tests.clock import local_at
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]

# Set to a folder to keep the screenshots (e.g. to look at them after a change).
SHOTS = os.environ.get("SEARCH_SCREENSHOTS")


@pytest.fixture
def world():
    chicago = CityFactory(name="Chicago", slug="chicago", timezone="America/Chicago")
    CityFactory(name="Austin", slug="austin", timezone="America/Chicago")
    for n in range(23):
        EventFactory(
            city=chicago,
            title=f"Jazz Festival: a rather long title that has to wrap on a small phone screen, night {n}",
            venue_name="Harbor Gardens",
            description="Three stages of jazz by the water, food trucks and a late set. " * 3,
            start=local_at(n % 9 + 1, 19, tz="America/Chicago"),
            status="cancelled" if n == 3 else "scheduled",
        )
    EventFactory(city=chicago, title="<b>Pottery</b> workshop", description="Clay & wheels.")
    return chicago


def test_search_page_states_are_accessible_and_fit_a_phone(live_server, world, monkeypatch, tmp_path):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    pages = {
        "results": "/search/?q=jazz&city=chicago",
        "page-2": "/search/?q=jazz&page=2",
        "did-you-mean": "/search/?q=potery",
        "empty": "/search/",
        "nothing": "/search/?q=xylophone&when=today",
        "invalid": "/search/?q=jazz&city=atlantis&when=someday",
    }
    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            for width in (375, 1280):
                context = browser.new_context(viewport={"width": width, "height": 900})
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(live_server.url + path)
                    page.screenshot(path=str(tmp_path / f"{name}-{width}.png"), full_page=True)
                    found = axe_blocking(page) if width == 1280 else []
                    if overflow(page) > 0:
                        found.append(f"{overflow(page)} px wider than the {width} px screen")
                    if found:
                        problems[f"{name}@{width}"] = found
                context.close()
        finally:
            browser.close()
    if SHOTS:
        shutil.copytree(tmp_path, SHOTS, dirs_exist_ok=True)
    assert problems == {}


def test_search_form_works_without_javascript(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
            page = context.new_page()
            page.goto("/search/")
            page.get_by_label("Event, venue or category").fill("pottery")
            page.get_by_label("City").select_option("chicago")
            page.get_by_role("button", name="Search", exact=True).last.click()
            page.wait_for_url("**/search/?q=pottery&city=chicago*")
            expect(page.locator(".search-hit__title")).to_have_count(1)
            expect(page.locator(".search-hit__title mark")).to_have_text("Pottery")
            expect(page.locator(".search-hit__title")).to_contain_text("<b>Pottery</b> workshop")
            expect(page.get_by_role("link", name="Next")).to_have_count(0)
        finally:
            browser.close()
