"""Library after review: hostile slugs and ids on the page routes answer a message or 404, never a 500."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from events.people.library import services
from events.people.models import Follow, SavedEvent
from tests.factories import EventFactory, OrganizerFactory, UserFactory

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"  # past 64 bits: SQLite's integer overflows


def signed_in(user=None) -> Client:
    client = Client()
    client.force_login(user or UserFactory())
    return client


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("kind", "slug", "message"),
    [
        ("organizer", "a\x00b", services.NO_SUCH_ORGANIZER),
        ("category", "\x00", services.NO_SUCH_CATEGORY),
        ("organizer", "a b", services.NO_SUCH_ORGANIZER),
        ("category", "x" * 300, services.NO_SUCH_CATEGORY),
    ],
)
def test_a_slug_that_cannot_be_one_is_refused_with_a_message(kind, slug, message):
    client = signed_in()
    response = client.post("/follows/", {"kind": kind, "slug": slug})
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [message]
    assert not Follow.objects.exists()


@pytest.mark.postgres
def test_the_api_refuses_a_nul_slug_too():
    user = UserFactory()
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    response = api.post("/api/v1/follows", {"kind": "organizer", "slug": "a\x00"}, format="json")
    assert response.status_code == 400
    assert "slug" in response.json()["fields"]
    assert not Follow.objects.exists()


def test_a_real_slug_is_still_followed():
    organizer = OrganizerFactory()
    response = signed_in().post("/follows/", {"kind": "organizer", "slug": organizer.slug})
    assert response.status_code == 302
    assert Follow.objects.filter(organizer=organizer).count() == 1


@pytest.mark.parametrize("path", [f"/events/{HUGE}/save/", f"/events/{HUGE}/unsave/", f"/follows/{HUGE}/unfollow/"])
def test_ids_past_64_bits_on_the_buttons_are_not_found(path):
    assert signed_in().post(path).status_code == 404


def test_a_huge_id_on_the_buttons_changes_nothing_else():
    user = UserFactory()
    event = EventFactory()
    SavedEvent.objects.create(user=user, event=event)
    assert signed_in(user).post(f"/events/{2**63}/unsave/").status_code == 404
    assert SavedEvent.objects.filter(user=user).count() == 1
