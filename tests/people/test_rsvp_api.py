"""The RSVP API: /api/v1/events/<id>/rsvp and the attendee list, with JWT or session auth."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from events.models import Event
from events.people.models import RSVP, Profile
from events.people.rsvps import services
from events.vocabulary import EventStatus
from tests.factories import EventFactory, OrganizerFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _jwt_signing_key(settings):
    """Tokens need a signing key; the test settings' SECRET_KEY is set after SIMPLE_JWT read an empty one."""
    if not settings.SIMPLE_JWT.get("SIGNING_KEY"):
        settings.SIMPLE_JWT = {**settings.SIMPLE_JWT, "SIGNING_KEY": settings.SECRET_KEY}


def bearer(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


def url(event_id, tail: str = "rsvp") -> str:
    return f"/api/v1/events/{event_id}/{tail}"


def test_anonymous_requests_get_401_with_a_message():
    event = EventFactory()
    client = APIClient()
    for method in ("get", "post", "delete"):
        response = getattr(client, method)(url(event.pk))
        assert response.status_code == 401
        assert "Sign in" in response.json()["error"]
        assert response.json()["fields"] == {}
    assert client.get(url(event.pk, "attendees")).status_code == 401
    assert not RSVP.objects.exists()


@pytest.mark.parametrize("slash", ["", "/"])
def test_reply_read_and_cancel_with_and_without_the_slash(slash):
    event = EventFactory(capacity=1)
    first, second = UserFactory(), UserFactory()
    created = bearer(first).post(url(event.pk) + slash)
    assert created.status_code == 201
    assert created.json() == {"status": "confirmed", "position": None, "event": event.pk, "capacity": 1, "confirmed": 1}
    waiting = bearer(second).post(url(event.pk) + slash)
    assert waiting.status_code == 201
    assert waiting.json() == {"status": "waitlisted", "position": 1, "event": event.pk, "capacity": 1, "confirmed": 1}
    assert bearer(second).get(url(event.pk) + slash).json()["position"] == 1
    cancelled = bearer(first).delete(url(event.pk) + slash)
    assert cancelled.status_code == 200
    assert cancelled.json() == {
        "status": "cancelled",
        "position": None,
        "event": event.pk,
        "capacity": 1,
        "confirmed": 1,
    }
    assert bearer(second).get(url(event.pk) + slash).json()["status"] == "confirmed"
    assert bearer(first).get(url(event.pk) + slash).status_code == 404


def test_a_duplicate_reply_is_409_with_the_current_state():
    event = EventFactory(capacity=1)
    EventFactory()
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    person = UserFactory()
    client = bearer(person)
    client.post(url(event.pk))
    again = client.post(url(event.pk))
    assert again.status_code == 409
    assert again.json()["error"] == "You have already replied: you are on the waitlist, position 1."
    assert (again.json()["status"], again.json()["position"]) == ("waitlisted", 1)
    assert RSVP.objects.filter(user=person).count() == 1


def test_no_reply_answers_404():
    event = EventFactory()
    client = bearer(UserFactory())
    response = client.get(url(event.pk))
    assert response.status_code == 404
    assert response.json()["error"] == "You have not replied to this event."
    assert client.delete(url(event.pk)).status_code == 404


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"moderation_status": Event.ModerationStatus.REJECTED}, 404, "No such event."),
        ({"status": EventStatus.CANCELLED}, 409, "This event was cancelled."),
        ({"start": "past"}, 409, "This event has already started."),
    ],
)
def test_events_that_take_no_replies(fields, status, message):
    if fields.get("start") == "past":
        fields = {"start": timezone.now() - dt.timedelta(days=1)}
    event = EventFactory(**fields)
    response = bearer(UserFactory()).post(url(event.pk))
    assert response.status_code == status
    assert response.json() == {"error": message, "fields": {}}
    assert not RSVP.objects.exists()


def test_unknown_and_absurd_ids_are_404_not_500():
    client = bearer(UserFactory())
    assert client.post(url(987_654_321)).status_code == 404
    assert client.post(url("9" * 30)).status_code == 404
    assert client.get(url("12abc") + "/").status_code == 404
    assert client.post(url(0)).status_code == 404


def test_session_auth_enforces_csrf_on_writes():
    event = EventFactory()
    person = UserFactory()
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(person)
    refused = client.post(url(event.pk))
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["error"]
    assert not RSVP.objects.exists()
    token = "a" * 32
    client.cookies["csrftoken"] = token
    assert client.post(url(event.pk), HTTP_X_CSRFTOKEN=token).status_code == 201


def test_changes_are_throttled_per_person_with_retry_after(settings):
    settings.RSVP_CHANGES_PER_MINUTE = 3
    events = [EventFactory() for _ in range(4)]
    client = bearer(UserFactory())
    answers = [client.post(url(event.pk)).status_code for event in events]
    assert answers == [201, 201, 201, 429]
    throttled = client.post(url(events[3].pk))
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0
    assert "throttled" in throttled.json()["error"]
    assert client.get(url(events[0].pk)).status_code == 200  # reads are not counted
    assert not RSVP.objects.filter(event=events[3]).exists()
    assert bearer(UserFactory()).post(url(events[3].pk)).status_code == 201  # another person's budget


def attendee_setup():
    organizer = OrganizerFactory()
    event = EventFactory(capacity=1, organizer=organizer)
    owner = UserFactory()
    make_member(owner, organizer)
    going, waiting = UserFactory(email="going@example.com"), UserFactory(email="waiting@example.com")
    Profile.objects.filter(user=going).update(name='=HYPERLINK("http://evil")')
    Profile.objects.filter(user=waiting).update(name="Wendy")
    services.rsvp_create(event_id=event.pk, user=going)
    services.rsvp_create(event_id=event.pk, user=waiting)
    return event, owner


def test_attendees_only_for_the_owner_and_staff():
    event, owner = attendee_setup()
    assert bearer(UserFactory()).get(url(event.pk, "attendees")).status_code == 403
    stranger_member = UserFactory()
    make_member(stranger_member, OrganizerFactory())
    assert bearer(stranger_member).get(url(event.pk, "attendees")).status_code == 403
    staff = UserFactory(is_staff=True)
    assert bearer(staff).get(url(event.pk, "attendees")).status_code == 200
    body = bearer(owner).get(url(event.pk, "attendees") + "/").json()
    assert (body["confirmed"], body["waitlisted"], body["capacity"]) == (1, 1, 1)
    assert [(row["email"], row["status"], row["position"]) for row in body["attendees"]] == [
        ("going@example.com", "confirmed", None),
        ("waiting@example.com", "waitlisted", 1),
    ]
    assert body["attendees"][1]["name"] == "Wendy"
    assert bearer(owner).get(url(999_999, "attendees")).status_code == 404


@pytest.mark.parametrize("path", ["attendees?format=csv", "attendees.csv"])
def test_attendees_csv_is_formula_safe(path):
    event, owner = attendee_setup()
    response = bearer(owner).get(url(event.pk, path))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["name", "email", "status", "position", "replied_at"]
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][1:4] == ["going@example.com", "confirmed", ""]
    assert rows[2][:4] == ["Wendy", "waiting@example.com", "waitlisted", "1"]


def test_attendees_csv_refuses_strangers_in_json():
    event, _owner = attendee_setup()
    response = bearer(UserFactory()).get(url(event.pk, "attendees.csv"))
    assert response.status_code == 403
    assert response.json()["error"] == "Only the event's organizers and staff can see who replied."
    assert bearer(UserFactory()).get(url(event.pk, "attendees?format=xml")).status_code == 400
