"""Signing up in a real browser (Debian Chromium): the styled sign-up page with its errors, the mailed link, the
confirmation by POST, then the profile. Every page passes axe-core's serious and critical checks, and none breaks
the CSP (no inline code: the browser reports violations to the console)."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from tests.browser import axe_blocking, in_thread, overflow

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]
CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)")


def test_sign_up_confirm_and_edit_the_profile(live_server, settings, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    settings.SITE_URL = live_server.url
    from playwright.sync_api import expect, sync_playwright

    problems: dict[str, list[str]] = {}
    console: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844}).new_page()
            page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)
            page.goto("/")
            page.get_by_role("link", name="Your account").click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
            page.get_by_role("link", name="Sign up").first.click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Sign up")
            problems["signup"] = axe_blocking(page)
            assert overflow(page) == 0

            page.get_by_label("Email").fill("not an address")
            page.get_by_label("Password").fill("short")
            page.get_by_role("button", name="Sign up").click()
            expect(page.get_by_role("alert")).to_contain_text("Please check the form")
            expect(page.get_by_label("Email")).to_have_attribute("aria-invalid", "true")
            problems["signup_errors"] = axe_blocking(page)

            page.get_by_label("Name").fill("Ann Lee")
            page.get_by_label("Email").fill("ann@mail-host.net")
            page.get_by_label("Password").fill("plum-kettle-harbour-42")
            page.get_by_role("button", name="Sign up").click()
            expect(page.get_by_role("heading", level=1)).to_contain_text("Verify")
            problems["sent"] = axe_blocking(page)

            path = CONFIRM_PATH.search(mail.outbox[-1].body).group(1)
            page.goto(path)
            problems["confirm"] = axe_blocking(page)
            page.get_by_role("button", name="Confirm").click()
            page.goto("/accounts/profile/")
            expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
            expect(page.get_by_label("Name")).to_have_value("Ann Lee")
            problems["profile"] = axe_blocking(page)
            page.get_by_label("Name").fill("Ann")
            page.get_by_role("button", name="Save profile").click()
            expect(page.get_by_role("status").first).to_contain_text("Your profile is saved.")
            page.goto("/accounts/delete/")
            problems["delete"] = axe_blocking(page)
        finally:
            browser.close()
    from events.people.models import Profile

    assert in_thread(lambda: Profile.objects.get(user__email="ann@mail-host.net").name) == "Ann"
    assert {name: found for name, found in problems.items() if found} == {}
    assert [line for line in console if "Content Security Policy" in line] == []
