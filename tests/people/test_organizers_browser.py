"""The organizer's journey in a real browser (Debian Chromium): become an organizer, submit an event with the
plain form, edit it, cancel it. Every page on the way passes axe-core's serious and critical checks."""

from __future__ import annotations

import pytest
from django.test import Client

from events.models import Event
from tests.browser import axe_blocking, in_thread
from tests.factories import UserFactory
from tests.people.helpers_organizers import city, event_body

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]


def test_become_an_organizer_submit_edit_and_cancel(live_server, settings, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    settings.SITE_URL = live_server.url
    the_city = city()
    body = event_body(the_city)
    user = UserFactory()
    signed_in = Client()
    signed_in.force_login(user)
    session = signed_in.cookies[settings.SESSION_COOKIE_NAME].value
    from playwright.sync_api import expect, sync_playwright

    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
            context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
            page = context.new_page()
            page.goto("/organize/")
            problems["empty dashboard"] = axe_blocking(page)
            page.get_by_role("link", name="Become an organizer").first.click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Become an organizer")
            problems["new organizer"] = axe_blocking(page)
            page.get_by_label("Name").fill("Harbor Lights Collective")
            page.get_by_role("button", name="Create the organizer").click()
            expect(page.get_by_role("status")).to_contain_text("Harbor Lights Collective is listed")
            problems["dashboard"] = axe_blocking(page)

            page.get_by_role("link", name="Submit an event").first.click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Submit an event")
            problems["event form"] = axe_blocking(page)
            page.get_by_label("Title").fill(body["title"])
            page.get_by_label("Description").fill(body["description"])
            page.get_by_label("Starts").fill(body["start"])
            page.get_by_label("Ends").fill(body["end"])
            page.get_by_label("City").select_option(the_city.slug)
            page.get_by_label("Venue").fill(body["venue_name"])
            page.get_by_label("Event page").fill(body["url"])
            page.get_by_role("button", name="Submit the event").click()
            expect(page.get_by_role("status")).to_contain_text("is waiting for a moderator")
            event_id = in_thread(lambda: Event.objects.get().pk)

            page.get_by_role("link", name=f"Edit {body['title']}").click()
            expect(page.get_by_role("heading", level=1)).to_have_text(f"Edit {body['title']}")
            problems["edit form"] = axe_blocking(page)
            page.get_by_label("Title").fill("Harbor Lights Quartet: winter set")
            page.get_by_role("button", name="Save changes").click()
            expect(page.get_by_role("status")).to_contain_text("Your changes to Harbor Lights Quartet: winter set")

            page.get_by_role("link", name="Cancel Harbor Lights Quartet: winter set").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Cancel Harbor Lights Quartet: winter set?")
            problems["cancel"] = axe_blocking(page)
            page.get_by_role("button", name="Yes, cancel the event").click()
            expect(page.get_by_role("status")).to_contain_text("is cancelled")
        finally:
            browser.close()
    assert in_thread(lambda: Event.objects.get(pk=event_id).status) == "cancelled"
    assert problems == dict.fromkeys(problems, [])
