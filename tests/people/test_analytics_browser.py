"""The analytics pages in a real browser (Debian Chromium): the event page's Tickets button goes through the
click-out address to the ticket site and the click reaches the figures; the organizer's figures page and the
staff dashboard pass axe-core's serious and critical checks and fit a phone's width."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from events.people.analytics import recording, services
from events.people.models import EventDailyStats
from tests.browser import axe_blocking, in_thread, overflow
from tests.factories import EventFactory, OrganizerFactory, UserFactory, make_member

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]
TICKETS = "https://tickets.example.com/show/7"
# Headless Chromium says "HeadlessChrome", which is_bot() rightly refuses to count: a person's browser here.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def test_click_out_figures_and_dashboard_in_a_browser(live_server, settings, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    settings.SITE_URL = live_server.url
    recording.local_buffer().reset()
    organizer = OrganizerFactory()
    member = UserFactory()
    make_member(member, organizer)
    event = EventFactory(organizer=organizer, ticket_url=TICKETS, capacity=40, rsvp_count=12)
    today = dt.datetime.now(dt.UTC).date()
    EventDailyStats.objects.create(event=event, day=today - dt.timedelta(days=3), views=30, saves=4, rsvps=3)
    analyst = UserFactory(is_staff=True)
    analyst.user_permissions.add(Permission.objects.get(codename="view_eventdailystats"))
    cookies = {"member": session_cookie(member), "analyst": session_cookie(analyst)}
    from playwright.sync_api import expect, sync_playwright

    problems: dict[str, list[str]] = {}
    widths: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = browser.new_context(
                base_url=live_server.url, viewport={"width": 1280, "height": 900}, user_agent=BROWSER
            )
            context.add_cookies([{"name": "sessionid", "value": cookies["member"], "url": live_server.url}])
            reached: list[str] = []

            def ticket_site(route):
                reached.append(route.request.url)
                route.fulfill(
                    status=200, content_type="text/html", body="<!doctype html><title>Tickets</title><h1>Tickets</h1>"
                )

            context.route("https://tickets.example.com/**", ticket_site)
            page = context.new_page()
            page.goto(event.get_absolute_url())
            page.get_by_role("link", name="Tickets").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Tickets")
            assert reached == [TICKETS]

            in_thread(services.interactions_flush)
            page.goto(f"/organize/events/{event.pk}/stats/")
            expect(page.get_by_role("heading", level=1)).to_have_text(f"Figures: {event.title}")
            expect(page.locator('[data-figure="clicks"]')).to_have_text("1")
            expect(page.locator('[data-figure="views"]')).to_have_text("31")  # the 30 before and this visit
            problems["figures"] = axe_blocking(page)
            page.get_by_label("Period").select_option("7")
            page.get_by_role("button", name="Show").click()
            expect(page.locator("tr[data-day]")).to_have_count(7)
            page.set_viewport_size({"width": 375, "height": 800})
            widths["figures"] = overflow(page)

            staff = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
            staff.add_cookies([{"name": "sessionid", "value": cookies["analyst"], "url": live_server.url}])
            admin_page = staff.new_page()
            admin_page.goto("/admin/")
            admin_page.get_by_role("link", name="People dashboard").click()
            expect(admin_page.get_by_role("heading", name="Active people")).to_be_visible()
            expect(admin_page.locator('[data-figure="active-1"]')).to_have_text("2")  # both just signed in
            problems["dashboard"] = axe_blocking(admin_page)
        finally:
            browser.close()
    assert problems == {"figures": [], "dashboard": []}
    assert widths == {"figures": 0}
