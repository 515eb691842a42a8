"""The event page's save and follow box and "My events" in a real browser (Debian Chromium): the buttons work
without JavaScript, every page is accessible by axe-core and fits a phone."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from events.people.models import RSVP, Follow, SavedEvent
from tests.browser import axe_blocking, overflow
from tests.factories import UserFactory
from tests.people import helpers_library

town = helpers_library.town
_library_settings = helpers_library._library_settings

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium, pytest.mark.redis]

LAUNCH = {"executable_path": "/usr/bin/chromium", "args": ["--no-sandbox", "--disable-gpu"]}


def session_cookie(user, live_server) -> dict:
    client = Client()
    client.force_login(user)
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }


def test_save_follow_and_my_events_in_a_browser_without_javascript(live_server, town, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    event = town.jazz_event(
        "A rather long jazz night title that must wrap on a phone", days=2, organizer=town.organizer
    )
    waitlisted = town.jazz_event("Sold-out quartet", days=3, capacity=1)
    town.comedy_event("Comedy at the Hall", days=4)
    town.jazz_event("Jazz from last month", **helpers_library.past(30))
    user = UserFactory()
    RSVP.objects.create(event=waitlisted, user=UserFactory(), status=RSVP.Status.CONFIRMED, sequence=1)
    RSVP.objects.create(event=waitlisted, user=user, status=RSVP.Status.WAITLISTED, sequence=2)
    # Every database read and write outside Playwright's block: inside it an event loop runs on this thread, and
    # Django would open a connection of its own there that nobody closes (the test database could not be dropped).
    cookie = session_cookie(user, live_server)
    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**LAUNCH)
        try:
            anonymous = browser.new_context(java_script_enabled=False)
            page = anonymous.new_page()
            page.goto(live_server.url + event.get_absolute_url())
            assert page.get_by_role("link", name="Sign in to save").is_visible()
            anonymous.close()

            context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
            context.add_cookies([cookie])
            page = context.new_page()
            page.goto(live_server.url + event.get_absolute_url())
            page.get_by_role("button", name="Save", exact=True).click()
            box = page.get_by_role("region", name="Keep track")
            # The message shows once, above the event page's personal boxes.
            assert page.get_by_role("status").filter(has_text="Saved “A rather long").is_visible()
            page.get_by_role("button", name="Follow The Blue Room (venue)").click()
            assert page.get_by_role("status").filter(has_text="You follow The Blue Room now.").is_visible()
            followed = box.get_by_role("button", name="Unfollow The Blue Room (venue)").is_visible()
            if overflow(page) > 0:
                problems.setdefault("event page@375", []).append(f"{overflow(page)} px too wide")
            page.goto(live_server.url + "/me/")
            assert page.get_by_role("heading", name="My events", level=1).is_visible()
            assert page.get_by_text("number 1 in line").is_visible()
            if overflow(page) > 0:
                problems.setdefault("me@375", []).append(f"{overflow(page)} px too wide")
            page.get_by_role(
                "button", name="Remove A rather long jazz night title that must wrap on a phone from saved events"
            ).click()
            assert page.get_by_text("Removed “A rather long").is_visible()
            context.close()

            # axe runs JavaScript: a context with it on, signed in, on both pages.
            context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
            context.add_cookies([cookie])
            page = context.new_page()
            for name, path in (("event page", event.get_absolute_url()), ("my events", "/me/")):
                page.goto(live_server.url + path)
                found = axe_blocking(page)
                if found:
                    problems[name] = found
            context.close()
            anonymous = browser.new_context(bypass_csp=True)
            page = anonymous.new_page()
            page.goto(live_server.url + event.get_absolute_url())
            found = axe_blocking(page)
            if found:
                problems["anonymous event page"] = found
            anonymous.close()
        finally:
            browser.close()
    assert followed
    assert Follow.objects.filter(user=user, venue=town.blue_room).exists()
    assert not SavedEvent.objects.filter(user=user).exists()  # saved from the event page, removed on My events
    assert {name: found for name, found in problems.items() if found} == {}
