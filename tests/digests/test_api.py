"""POST /api/v1/subscriptions/: 202 whatever the address's state, the project's error format, 429 with Retry-After."""

from __future__ import annotations

import pytest
from django.core import mail

from digests.api import ACCEPTED
from digests.models import Subscription
from digests.services.suppression import suppression_add
from tests.digests.factories import ActiveSubscriptionFactory
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/subscriptions/"


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 1000
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 1000


@pytest.fixture
def city():
    return CityFactory(name="Leeds", slug="leeds", timezone="Europe/London")


def post(client, body, **extra):
    return client.post(URL, body, content_type="application/json", **extra)


def test_202_the_same_for_new_known_and_suppressed(client, city, django_capture_on_commit_callbacks):
    ActiveSubscriptionFactory(email="known@mail-host.net", city=city, confirmation_sent_at=None)
    suppression_add(email="gone@mail-host.net", reason="bounce")
    answers = []
    for email in ("new@mail-host.net", "known@mail-host.net", "gone@mail-host.net"):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, {"email": email, "city": "leeds", "filters": {"category": ["music"]}})
        answers.append((response.status_code, response.json()))
    assert answers == [(202, {"detail": ACCEPTED})] * 3
    assert Subscription.objects.get(email="new@mail-host.net").filters == {"category": ["music"]}
    assert Subscription.objects.get(email="known@mail-host.net").filters == {}
    assert sorted(m.to[0] for m in mail.outbox) == ["known@mail-host.net", "new@mail-host.net"]


def test_no_csrf_needed(city):
    from django.test import Client

    response = post(Client(enforce_csrf_checks=True), {"email": "a@mail-host.net", "city": "leeds", "cadence": "daily"})
    assert response.status_code == 202
    assert Subscription.objects.get().cadence == "daily"


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"email": "a@mailinator.com", "city": "leeds"}, {"email"}),
        ({"email": "a@mail-host.net\r\nBcc: b@mail-host.net", "city": "leeds"}, {"email"}),
        ({"email": "a@mail-host.net", "city": "atlantis"}, {"city"}),
        ({"email": "a@mail-host.net"}, {"city"}),
        ({"email": "a@mail-host.net", "city": "leeds", "cadence": "hourly"}, {"cadence"}),
        (
            {"email": "a@mail-host.net", "city": "leeds", "filters": {"category": ["nope"], "when": "today"}},
            {"filters.category", "filters.when"},
        ),
        ({"email": "a@mail-host.net", "city": "leeds", "filters": "music"}, {"filters"}),
        ({"email": "a@mail-host.net", "city": "leeds", "admin": True}, {"admin"}),
        ({"email": ["a@mail-host.net"], "city": 5}, {"email", "city"}),
        (["not", "an", "object"], {"non_field_errors"}),
    ],
)
def test_invalid_input_400_in_the_project_format(client, city, body, fields):
    response = post(client, body)
    assert response.status_code == 400
    data = response.json()
    assert data["error"] == "Invalid input: see fields."
    assert set(data["fields"]) == fields
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_malformed_json_is_a_400(client, city):
    response = client.post(URL, "{nope", content_type="application/json")
    assert response.status_code == 400
    assert "error" in response.json()


def test_flood_from_one_ip_gets_429_with_retry_after(client, city, settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 3
    codes = [post(client, {"email": f"r{n}@mail-host.net", "city": "leeds"}).status_code for n in range(5)]
    assert codes == [202, 202, 202, 429, 429]
    response = post(client, {"email": "late@mail-host.net", "city": "leeds"})
    assert int(response["Retry-After"]) > 0
    assert response.json()["error"].startswith("Too many sign-ups")
    assert Subscription.objects.count() == 3


def test_the_form_and_the_api_share_the_per_address_budget(client, city, settings):
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 1
    assert post(client, {"email": "ann@mail-host.net", "city": "leeds"}).status_code == 202
    form = client.post(
        "/digests/subscribe/", {"email": "ANN@mail-host.net", "city": "leeds"}, REMOTE_ADDR="192.0.2.200"
    )
    assert form.status_code == 429


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405


def test_the_schema_describes_it(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    text = response.content.decode()
    assert "/api/v1/subscriptions/" in text
    assert "SubscriptionRequest" in text
