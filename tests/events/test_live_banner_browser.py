"""The city page's live banner in a real browser (Debian Chromium): events published while the page is open show as
"N new events — show them", over a WebSocket, or over server-sent events when WebSockets are blocked or missing.

Everything is real: a Daphne process serves the ASGI application (the pages, /ws/ and /sse/ from one origin, as
`make run` does, so the page's own Content-Security-Policy applies and is not bypassed) on this test's database;
events are published by a moderator's approval (the one path every change takes: events_changed after commit →
realtime.services → the Redis stream) from this process, and the server reads that stream.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import sys
import time

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from events.models import Category, Event
from events.services.changes import GENERATION_TTL, events_changed
from moderation.actions.verdicts import event_approve
from realtime.bus import get_bus, reset_bus
from tests.browser import axe_blocking
from tests.factories import CityFactory, EventFactory
from tests.processes import database_url, server_process

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.redis, pytest.mark.chromium]

CHROMIUM = {"executable_path": "/usr/bin/chromium", "args": ["--no-sandbox", "--disable-gpu"]}
BANNER = "[data-live]"
LIVE = "[data-live]:not([hidden])"  # the script shows the (empty) live region once it is subscribed


@pytest.fixture
def world():
    reset_bus()
    get_bus().clear()
    music = Category.objects.get(slug="music")
    leeds = CityFactory(name="Leeds", slug="leeds", timezone="Europe/London")
    york = CityFactory(name="York", slug="york", timezone="Europe/London")
    soon = timezone.now() + dt.timedelta(days=1)
    listed = EventFactory(city=leeds, category=music, title="Already listed", start=soon, published_at=timezone.now())
    held = Event.ModerationStatus.HELD
    waiting = [
        EventFactory(city=leeds, category=music, title=f"Waiting {n}", start=soon, moderation_status=held)
        for n in range(4)
    ]
    elsewhere = EventFactory(city=york, category=music, title="In York", start=soon, moderation_status=held)
    yield {"listed": listed, "waiting": waiting, "elsewhere": elsewhere}
    reset_bus()


@pytest.fixture
def asgi_server(world, tmp_path):
    """Daphne serving config.asgi:application on this test's database and Redis; its base URL."""
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "REALTIME_PUBLIC_URL": "",
    }
    log_path = tmp_path / "daphne.log"
    # Daphne itself on config.asgi:application: the pages, /ws/ and /sse/ from one origin.
    with server_process((sys.executable, "-m", "daphne", "config.asgi:application"), log_path, env) as (port, _):
        yield f"http://127.0.0.1:{port}"
    problems = [line for line in log_path.read_text().splitlines() if "Traceback" in line or " 500 " in line]
    assert problems == [], log_path.read_text()


def off_the_browser_thread(work, *args) -> None:
    """Database work while Playwright's sync API holds this thread (its event loop): in a thread of its own, with
    its own connection, closed after."""

    def run() -> None:
        try:
            work(*args)
        finally:
            connection.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run).result(timeout=30)


def approve(*events: Event) -> None:
    for event in events:
        event_approve(acting_user=None, event=event, reason="")


def update(event: Event) -> None:
    with transaction.atomic():
        Event.objects.filter(pk=event.pk).update(
            title=f"{event.title} (moved)", updated_at=timezone.now() + dt.timedelta(minutes=5)
        )
        events_changed([event.pk])


def test_published_events_show_in_the_banner_over_a_websocket(asgi_server, world, monkeypatch, tmp_path):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    waiting, listed = world["waiting"], world["listed"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**CHROMIUM)
        try:
            page = browser.new_page(base_url=asgi_server)
            sockets: list[str] = []
            page.on("websocket", lambda ws: sockets.append(ws.url))
            refused: list[str] = []
            page.on("console", lambda message: refused.append(message.text) if message.type == "error" else None)
            page.goto("/cities/leeds/")
            banner = page.locator(BANNER)
            page.locator(LIVE).wait_for(state="attached")
            assert sockets == [asgi_server.replace("http", "ws", 1) + "/ws/events/"]

            off_the_browser_thread(approve, *waiting[:3], world["elsewhere"])
            expect(banner).to_have_text("3 new events — show them")
            expect(banner).to_have_attribute("aria-live", "polite")

            # Counted once per event: an update to a new one is not another; the next publication lands after it.
            off_the_browser_thread(update, waiting[0])
            off_the_browser_thread(approve, waiting[3])
            expect(banner).to_have_text("4 new events — show them")
            # An event the page already lists is not new: it changed.
            off_the_browser_thread(update, listed)
            expect(banner).to_have_text("4 new events and 1 event on this page changed — show them")
            page.screenshot(path=str(tmp_path / "banner.png"), full_page=True)
            assert axe_blocking(page) == []

            # The server process reads the public generation at most once a GENERATION_TTL: a click within that
            # second of the last change may still get the page cached before it (by design). A person reads the
            # banner first; the test waits that second out.
            time.sleep(GENERATION_TTL + 0.25)
            # Wait for the navigation itself (a click only starts it): the page is built afresh, not the copy
            # cached before the publications.
            with page.expect_navigation(timeout=30_000) as navigation:
                banner.get_by_role("link", name="show them").click()
            response = navigation.value
            assert response is not None
            assert response.status == 200
            assert response.headers.get("x-whatson-cache") == "miss", response.headers
            expect(page.locator(".event-card")).to_have_count(5, timeout=15_000)
            expect(page.locator(".event-card", has_text="In York")).to_have_count(0)
            page.locator(LIVE).wait_for(state="attached")
            expect(banner).to_have_text("")
            assert refused == []  # nothing blocked by the page's Content-Security-Policy, no script errors
        finally:
            browser.close()


def test_the_banner_follows_over_server_sent_events_without_websockets(asgi_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**CHROMIUM)
        try:
            # A network that refuses WebSockets: every connection to /ws/ is closed at once, never subscribed.
            blocked = browser.new_context(base_url=asgi_server)
            attempts: list[str] = []

            def refuse(ws) -> None:
                attempts.append(ws.url)
                ws.close()

            blocked.route_web_socket("**/ws/events/", refuse)
            blocked_page = blocked.new_page()
            # A browser without WebSocket at all.
            missing = browser.new_context(base_url=asgi_server)
            missing.add_init_script("delete window.WebSocket;")
            missing_page = missing.new_page()

            pages = {"blocked": blocked_page, "missing": missing_page}
            for page in pages.values():
                page.goto("/cities/leeds/c/music/")
                page.locator(LIVE).wait_for(state="attached", timeout=30_000)  # the stream is open

            off_the_browser_thread(approve, *world["waiting"][:2], world["elsewhere"])
            for page in pages.values():
                expect(page.locator(BANNER)).to_have_text("2 new events — show them")
            assert len(attempts) == 3  # gave up on WebSockets after three failures, then used SSE
        finally:
            browser.close()
