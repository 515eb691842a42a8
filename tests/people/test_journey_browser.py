"""A newcomer's journey in a real browser (Debian Chromium): sign up, confirm the address from the mailed link,
reply to a full event and land on the waitlist; when the person holding the seat cancels, a reload shows the
seat confirmed. The RSVP box passes axe-core's serious and critical checks in each state."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from events.people.models import RSVP
from events.people.rsvps import services
from tests.browser import axe_blocking, in_thread
from tests.factories import EventFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]
CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)")


def test_sign_up_confirm_wait_then_get_the_seat(live_server, settings, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    settings.SITE_URL = live_server.url
    settings.CELERY_TASK_ALWAYS_EAGER = True
    event = EventFactory(title="Poetry at the Crypt", capacity=1)
    holder = UserFactory()
    services.rsvp_create(event_id=event.pk, user=holder)
    from playwright.sync_api import expect, sync_playwright

    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900}).new_page()
            page.goto("/accounts/signup/")
            page.get_by_label("Email").fill("newcomer@mail-host.net")
            page.get_by_label("Password", exact=True).fill("a long and unusual passphrase 42")
            page.get_by_role("button", name="Sign up").click()
            page.wait_for_load_state()
            assert len(mail.outbox) == 1
            path = CONFIRM_PATH.search(mail.outbox[0].body).group(1)
            page.goto(path)
            page.get_by_role("button", name="Confirm").click()
            page.wait_for_load_state()

            page.goto(event.get_absolute_url())
            box = page.locator("#rsvp")
            expect(box).to_contain_text("Full: replies join the waitlist")
            expect(box).to_contain_text("1 going")
            problems["before"] = axe_blocking(page)
            box.get_by_role("button", name="Join the waitlist").click()
            expect(page.locator("#rsvp [data-rsvp-state]")).to_have_text("You're on the waitlist, position 1.")
            problems["waitlisted"] = axe_blocking(page)
            newcomer = in_thread(lambda: RSVP.objects.select_related("user").get(status="waitlisted").user.email)
            assert newcomer == "newcomer@mail-host.net"

            in_thread(lambda: services.rsvp_cancel(event_id=event.pk, user=holder))
            page.reload()
            expect(page.locator("#rsvp [data-rsvp-state]")).to_have_text("You're going: your seat is confirmed.")
            expect(page.locator("#rsvp").get_by_role("button", name="Cancel my reply")).to_be_visible()
            problems["confirmed"] = axe_blocking(page)
        finally:
            browser.close()
    assert in_thread(lambda: RSVP.objects.get(status="confirmed").user.email) == "newcomer@mail-host.net"
    assert any(message.subject.startswith("You have a seat") for message in mail.outbox)
    assert {name: found for name, found in problems.items() if found} == {}
