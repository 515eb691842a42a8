"""Subscribing from a city page in a real browser (Debian Chromium): fill the form, read the confirmation link
from the test outbox (the live server runs in this process with the locmem backend), confirm, and find the
subscription active. Every page on the way passes axe-core's serious and critical checks."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from digests.models import Subscription
from tests.browser import axe_blocking, in_thread
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]
CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/digests/confirm/[^/\s]+/)")


def test_subscribe_from_the_city_page_and_confirm(live_server, settings, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    settings.SITE_URL = live_server.url
    settings.CELERY_TASK_ALWAYS_EAGER = True
    city = CityFactory(name="Leeds", slug="leeds", timezone="Europe/London", country="GB")
    EventFactory(city=city, title="Jazz at the Wardrobe", timezone="Europe/London")
    from playwright.sync_api import expect, sync_playwright

    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900}).new_page()
            page.goto("/cities/leeds/")
            problems["city"] = axe_blocking(page)
            form = page.get_by_role("region", name="Get Leeds's events by email")
            form.get_by_label("Your email address").fill("reader@mail-host.net")
            form.get_by_label("Daily").check()
            form.get_by_role("button", name="Subscribe").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
            problems["check_inbox"] = axe_blocking(page)

            assert len(mail.outbox) == 1
            path = CONFIRM_PATH.search(mail.outbox[0].body).group(1)
            page.goto(path)
            expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your subscription")
            problems["confirm"] = axe_blocking(page)
            assert in_thread(lambda: Subscription.objects.get().status) == "pending"  # opening the link is not enough

            page.get_by_role("button", name="Confirm").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("You're subscribed")
            problems["confirmed"] = axe_blocking(page)
            page.get_by_role("link", name="Manage your subscription").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Your digest for Leeds")
            problems["manage"] = axe_blocking(page)
        finally:
            browser.close()
    row = in_thread(lambda: Subscription.objects.get())
    assert (row.email, row.status, row.cadence) == ("reader@mail-host.net", "active", "daily")
    assert row.confirmed_from == "127.0.0.1"
    assert {name: found for name, found in problems.items() if found} == {}
