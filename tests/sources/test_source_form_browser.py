"""The Source form in a real browser (Debian Chromium via Playwright): choosing a type shows its settings at once
(the static script runs under the admin's Content-Security-Policy), a bad URL comes back as a form error, a good
config saves with the kind the adapter implies."""

from __future__ import annotations

import pytest
from django.test import Client

from sources.forms import FIELD_PREFIX

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgres,
    pytest.mark.chromium,
]


@pytest.fixture
def session_cookie(django_user_model):
    # Made before the browser starts: Playwright runs an event loop in this thread, after which the ORM refuses.
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("ops", password="pw-ops-12345"))
    return client.cookies["sessionid"].value


def test_choosing_a_type_shows_its_settings_and_a_bad_url_is_refused(live_server, session_cookie, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")  # the test database is flushed from this thread afterwards
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = browser.new_context()
            context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": live_server.url}])
            page = context.new_page()
            page.on(
                "console", lambda message: blocked.append(message.text) if "Content Security" in message.text else None
            )
            page.goto(live_server.url + "/admin/sources/source/add/")
            assert page.locator(f"[name='{FIELD_PREFIX}url']").count() == 0
            with page.expect_navigation():
                page.select_option("#id_adapter", "rss")
            assert "adapter=rss" in page.url
            page.fill("#id_name", "City blog")  # the admin fills the slug from it
            page.fill(f"[name='{FIELD_PREFIX}url']", "ftp://blog.example/feed")
            page.click("input[name='_continue']")
            assert page.locator(".errorlist").first.inner_text().startswith("Use an absolute http(s) URL")
            page.fill(f"[name='{FIELD_PREFIX}url']", "https://blog.example/feed")
            page.click("input[name='_continue']")
            assert page.locator(".errorlist").count() == 0
            assert page.input_value(f"[name='{FIELD_PREFIX}url']") == "https://blog.example/feed"
        finally:
            browser.close()
    assert blocked == []

    from sources.models import Source

    source = Source.objects.get(slug="city-blog")
    assert (source.adapter, source.kind, source.config) == ("rss", "feed", {"url": "https://blog.example/feed"})
