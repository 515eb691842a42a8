"""Change lists fit a 1280 px screen: no horizontal scrolling, even with long titles, ids and errors.

A real browser (Debian Chromium via Playwright) lays each page out; the document may not be wider than the window.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from events.models import Event, StagedEvent
from events.pipeline import decide
from sources.models import FetchRun
from tests.factories import EventFactory, SourceFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgres,
    pytest.mark.chromium,
]
WIDTH, HEIGHT = 1280, 900
PAGES = (
    "/admin/",
    "/admin/moderation/heldevent/",
    "/admin/events/event/",
    "/admin/events/stagedevent/",
    "/admin/sources/source/",
    "/admin/sources/fetchrun/",
)
LONG = "An Extraordinarily Long Evening Of Chamber Music, Poetry Readings And Conversation With Guests " * 3


@pytest.fixture
def session_cookie(django_user_model):
    """Long text everywhere a list shows text, and a logged-in superuser's session (made before the browser starts:
    Playwright runs an event loop in this thread, after which the ORM refuses to run here)."""
    now = timezone.now()
    source = SourceFactory(name="The Very Long Named Community Calendar Of Greater Metropolitan Area Venues", slug="l")
    for index in range(3):
        event = EventFactory(title=f"{LONG} {index}", venue_name=LONG[:150], moderation_status=Event.ModerationStatus.HELD,
                             city=source.city, start=now + dt.timedelta(days=index + 1))  # fmt: skip
        StagedEvent.objects.create(
            source=source,
            external_id="https://calendar.example.org/events/" + "x" * 200 + str(index),
            raw={"title": event.title},
            event=event,
            status=StagedEvent.Status.HELD,
            reasons=[decide.UNTRUSTED_SOURCE, decide.OUTSIDE_AREA.format(evidence=LONG[:120])],
            quality_score=0.5,
            quality_report={"gates": {name: {"passed": False} for name in ("completeness", "geography", "content")}},
        )
        FetchRun.objects.create(
            source=source,
            status=FetchRun.Status.FAILED,
            started_at=now,
            errors=[{"reason": "connection refused by the remote host " * 10}],
        )
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("boss", password="pw-boss-12345"))
    return client.cookies["sessionid"].value


def test_change_lists_fit_a_1280_px_screen(live_server, session_cookie, tmp_path, monkeypatch):
    # The test database is flushed from this thread after the test, once Playwright's loop has run here.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    shots = Path(os.environ.get("ADMIN_WIDTH_SHOTS", tmp_path))
    too_wide = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
            context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": live_server.url}])
            page = context.new_page()
            for path in PAGES:
                response = page.goto(live_server.url + path)
                assert response is not None
                assert response.status == 200, path
                assert page.locator("#content").count() == 1, path
                page.screenshot(path=str(shots / f"{path.strip('/').replace('/', '_') or 'index'}.png"))
                width = page.evaluate("document.documentElement.scrollWidth")
                # The change-list table scrolls inside its own box (div.results) rather than widening the page.
                hidden = page.evaluate(
                    "Math.max(0, ...Array.from(document.querySelectorAll('.results'), e => e.scrollWidth - e.clientWidth))"
                )
                if width > WIDTH or hidden > 0:
                    too_wide[path] = (width, hidden)
        finally:
            browser.close()
    assert too_wide == {}
