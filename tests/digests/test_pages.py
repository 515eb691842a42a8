"""The subscriber's pages: sign-up form (city page and standalone), confirm, manage, export, delete, unsubscribe."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from digests.models import DigestSend, Subscription
from digests.tokens import confirm_token, manage_token
from tests.digests.factories import ActiveSubscriptionFactory, DigestSendFactory, SubscriptionFactory
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db
PRIVATE = {"Referrer-Policy": "no-referrer", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex"}


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 1000
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 1000
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def city():
    return CityFactory(name="Leeds", slug="leeds", timezone="Europe/London")


def assert_private(response, *, form_page=False):
    """The token is a credential: never cached, never indexed, never sent to another site. A page whose own form
    POSTs back sends the Referer to this site only (under no-referrer, browsers send "Origin: null" with the
    POST and the CSRF check refuses it)."""
    expected = {**PRIVATE, "Referrer-Policy": "same-origin"} if form_page else PRIVATE
    for name, value in expected.items():
        assert response[name] == value


def test_city_page_has_the_form_without_a_csrf_token(client, city):
    response = client.get(city.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'action="/digests/subscribe/"' in html
    assert 'name="city" value="leeds"' in html
    assert "csrfmiddlewaretoken" not in html
    filtered = client.get(reverse("events:category", kwargs={"slug": "leeds", "category": "music"})).content.decode()
    assert 'name="category" value="music"' in filtered
    assert "Only this page's filters" in filtered


def test_post_from_the_city_page_says_check_your_inbox_whatever_the_state(
    client, city, django_capture_on_commit_callbacks
):
    ActiveSubscriptionFactory(email="known@mail-host.net", city=city, confirmation_sent_at=None)
    bodies = []
    for email in ("new@mail-host.net", "known@mail-host.net"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("digests:subscribe"),
                {"email": email, "city": "leeds", "cadence": "weekly", "category": "music"},
                HTTP_ORIGIN="http://testserver",
            )
        assert response.status_code == 200
        bodies.append(response.content.decode().replace(email, ""))
    assert "Check your inbox" in bodies[0]
    assert bodies[0] == bodies[1]
    assert Subscription.objects.get(email="new@mail-host.net").filters == {"category": ["music"]}
    assert len(mail.outbox) == 2


def test_a_foreign_origin_is_refused(client, city):
    response = client.post(
        reverse("digests:subscribe"),
        {"email": "a@mail-host.net", "city": "leeds"},
        HTTP_ORIGIN="https://evil.example.net",
    )
    assert response.status_code == 403
    assert "own pages" in response.content.decode()
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_no_origin_header_is_accepted(client, city):
    response = client.post(reverse("digests:subscribe"), {"email": "a@mail-host.net", "city": "leeds"})
    assert response.status_code == 200


def test_errors_come_back_with_the_form_and_400(client, city):
    response = client.post(
        reverse("digests:subscribe"), {"email": "a@mailinator.com", "city": "leeds", "category": "nope"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Disposable addresses" in html
    assert "Unknown category" in html
    assert 'aria-invalid="true"' in html
    nul = client.post(reverse("digests:subscribe"), {"email": "a@mail-host.net\x00", "city": "leeds\x00"})
    assert nul.status_code == 400
    assert not Subscription.objects.exists()


def test_a_flood_gets_429_with_retry_after(client, city, settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 2
    codes = [
        client.post(reverse("digests:subscribe"), {"email": f"r{n}@mail-host.net", "city": "leeds"}).status_code
        for n in range(4)
    ]
    assert codes == [200, 200, 429, 429]
    response = client.post(reverse("digests:subscribe"), {"email": "x@mail-host.net", "city": "leeds"})
    assert int(response["Retry-After"]) > 0
    assert Subscription.objects.count() == 2


def test_standalone_form_page(client, city):
    response = client.get(reverse("digests:subscribe") + "?city=leeds&category=music")
    html = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in html
    assert 'name="category" value="music"' in html
    chooser = client.get(reverse("digests:subscribe") + "?city=%00").content.decode()
    assert 'name="city" required' in chooser or 'id="digest-city"' in chooser


def test_confirm_get_does_not_confirm_post_does(client, city):
    row = SubscriptionFactory(city=city)
    url = reverse("digests:confirm", args=[confirm_token(row)])
    response = client.get(url)
    assert response.status_code == 200
    assert "Confirm your subscription" in response.content.decode()
    assert_private(response, form_page=True)
    row.refresh_from_db()
    assert row.status == "pending"
    response = client.post(url, REMOTE_ADDR="192.0.2.5")
    assert "You're subscribed" in response.content.decode()
    assert_private(response)
    row.refresh_from_db()
    assert (row.status, row.confirmed_from) == ("active", "192.0.2.5")
    assert client.post(url).status_code == 200  # a second press: the same page, nothing changes


def test_confirm_post_needs_the_csrf_token(city):
    from django.test import Client

    row = SubscriptionFactory(city=city)
    response = Client(enforce_csrf_checks=True).post(reverse("digests:confirm", args=[confirm_token(row)]))
    assert response.status_code == 403
    row.refresh_from_db()
    assert row.status == "pending"


def test_expired_and_tampered_links(client, city, settings):
    row = SubscriptionFactory(city=city)
    token = confirm_token(row)
    with time_machine.travel(timezone.now() + dt.timedelta(hours=settings.DIGEST_CONFIRM_HOURS + 1)):
        expired = client.post(reverse("digests:confirm", args=[token]))
    assert expired.status_code == 410
    assert "?city=leeds" in expired.content.decode()
    assert_private(expired)
    for bad in (token[:-3] + "abc", "nonsense", manage_token(row)):
        response = client.get(reverse("digests:confirm", args=[bad]))
        assert response.status_code == 400
        assert_private(response)
    row.refresh_from_db()
    assert row.status == "pending"


def test_manage_page_changes_pauses_and_unsubscribes(client, city):
    row = ActiveSubscriptionFactory(city=city)
    url = reverse("digests:manage", args=[manage_token(row)])
    page = client.get(url)
    assert page.status_code == 200
    assert_private(page, form_page=True)
    assert 'value="music"' in page.content.decode()
    saved = client.post(
        url, {"action": "save", "category": ["music", "comedy"], "days": ["sat"], "cadence": "daily", "free": "on"}
    )
    assert saved.status_code == 200
    row.refresh_from_db()
    assert (row.filters, row.cadence) == ({"category": ["comedy", "music"], "free": True, "days": ["sat"]}, "daily")
    bad = client.post(url, {"action": "save", "category": ["nope"], "cadence": "daily"})
    assert bad.status_code == 400
    assert "Unknown category" in bad.content.decode()
    client.post(url, {"action": "pause"})
    row.refresh_from_db()
    assert row.status == "paused"
    client.post(url, {"action": "unsubscribe"})
    row.refresh_from_db()
    assert (row.status, row.unsubscribed_via) == ("unsubscribed", "link")
    assert client.post(url, {"action": "explode"}).status_code == 400
    assert client.get(reverse("digests:manage", args=["bad-token"])).status_code == 400


def test_export_is_a_json_attachment(client, city):
    row = ActiveSubscriptionFactory(city=city)
    DigestSendFactory(subscription=row, period="2026-W01")
    response = client.get(reverse("digests:export", args=[manage_token(row)]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert_private(response)
    data = json.loads(response.content)
    assert data["email"] == row.email
    assert data["subscriptions"][0]["digests"][0]["period"] == "2026-W01"


def test_delete_asks_first_then_deletes_everything(client, city):
    row = ActiveSubscriptionFactory(city=city)
    DigestSendFactory(subscription=row)
    url = reverse("digests:delete", args=[manage_token(row)])
    assert "Delete everything?" in client.get(url).content.decode()
    assert Subscription.objects.exists()
    response = client.post(url)
    assert response.status_code == 200
    assert_private(response)
    assert not Subscription.objects.exists()
    assert not DigestSend.objects.exists()
    assert client.get(reverse("digests:manage", args=[manage_token(row)])).status_code == 400


def test_unsubscribe_one_click_and_page(city):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)  # RFC 8058 clients send no cookie and no token
    row = ActiveSubscriptionFactory(city=city)
    url = reverse("digests:unsubscribe", args=[manage_token(row)])
    page = client.get(url)
    assert page.status_code == 200
    assert_private(page, form_page=True)
    row.refresh_from_db()
    assert row.status == "active"
    one_click = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    assert one_click["Content-Type"].startswith("text/plain")
    row.refresh_from_db()
    assert (row.status, row.unsubscribed_via) == ("unsubscribed", "one-click")
    assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200  # idempotent

    other = ActiveSubscriptionFactory(city=city)
    url = reverse("digests:unsubscribe", args=[manage_token(other)])
    response = client.post(url)
    assert "You're unsubscribed" in response.content.decode()
    assert "Resubscribe" in response.content.decode()
    other.refresh_from_db()
    assert (other.status, other.unsubscribed_via) == ("unsubscribed", "link")
    bad = client.post(reverse("digests:unsubscribe", args=["x" * 40]), {"List-Unsubscribe": "One-Click"})
    assert bad.status_code == 400
