"""The people app's wiring: factories, the event page's personal part, and the method router."""

from __future__ import annotations

import pytest
from django.db import IntegrityError

from events.people.models import Follow
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_factory_user_has_a_verified_primary_address_and_a_profile():
    user = UserFactory()
    address = user.emailaddress_set.get()
    assert (address.verified, address.primary, address.email) == (True, True, user.email)
    assert user.profile.calendar_token


def test_a_follow_names_exactly_one_target():
    user = UserFactory()
    event = EventFactory()
    with pytest.raises(IntegrityError):
        Follow.objects.create(user=user, kind=Follow.Kind.VENUE, category=event.category)


def test_events_list_answers_405_with_allow_for_methods_nobody_serves(client):
    response = client.put("/api/v1/events/", data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response.json()["error"]
