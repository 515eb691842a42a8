"""Review fix on the people API: no shared cache keeps one person's answer (``Cache-Control: private, no-store``)
or hands the anonymous answer of a caller-dependent endpoint to a signed-in client (``Vary: Authorization,
Cookie``). Every personal endpoint, successes and refusals alike, signed in by JWT or by session."""

from __future__ import annotations

import pytest

from events.models import Event
from events.people.library.services import saved_event_create
from events.people.models import Follow
from events.people.rsvps.services import rsvp_create
from events.vocabulary import EventStatus
from tests.factories import CityFactory, EventFactory, OrganizerFactory, UserFactory
from tests.people.helpers_organizers import api

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _generous_limits(settings):
    settings.AUTH_TOKEN_RATE_PER_IP = 1000
    settings.SUBMISSIONS_PER_HOUR = 1000
    settings.RSVP_CHANGES_PER_MINUTE = 1000


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}


def assert_personal(response) -> None:
    assert response["Cache-Control"] == "private, no-store", (response.status_code, response.get("Cache-Control"))
    assert {"authorization", "cookie"} <= vary(response), response.get("Vary")


@pytest.fixture
def world():
    """A staff member (manages every event) and a person with a reply, a save and a follow."""
    staff = UserFactory(is_staff=True)
    person = UserFactory()
    event = EventFactory(capacity=10)
    other = EventFactory()
    rsvp_create(event_id=event.pk, user=person)
    saved_event_create(user=person, event_id=other.pk)
    organizer = OrganizerFactory()
    follow = Follow.objects.create(user=person, kind=Follow.Kind.ORGANIZER, organizer=OrganizerFactory())
    return {"staff": staff, "person": person, "event": event, "other": other, "follow": follow, "org": organizer}


def personal_requests(w):
    """(who, method, path, body, expected status): each kind of personal answer."""
    e, o = w["event"].pk, w["other"].pk
    return [
        ("person", "get", "me/", None, 200),
        ("person", "patch", "me", {"name": "Ann"}, 200),
        ("person", "get", "me/export", None, 200),
        ("person", "post", "auth/logout", {"refresh": "nonsense"}, 400),
        ("person", "get", f"events/{e}/rsvp", None, 200),
        ("person", "post", f"events/{o}/rsvp", {}, 201),
        ("person", "delete", f"events/{e}/rsvp", None, 200),
        ("staff", "get", f"events/{e}/attendees", None, 200),
        ("staff", "get", f"events/{e}/attendees?format=csv", None, 200),
        ("staff", "get", f"events/{e}/attendees.csv", None, 200),
        ("person", "get", f"events/{e}/attendees", None, 403),
        ("person", "post", f"events/{e}/save/", {}, 201),
        ("person", "delete", f"events/{o}/save/", None, 200),
        ("person", "post", "follows/", {"kind": "organizer", "slug": w["org"].slug}, 201),
        ("person", "delete", f"follows/{w['follow'].pk}/", None, 200),
        ("person", "get", "me/follows/", None, 200),
        ("person", "get", "me/events/", None, 200),
        ("staff", "get", f"events/{e}/stats/", None, 200),
        ("person", "get", f"events/{e}/stats/", None, 403),
        ("person", "post", "organizers/", {"name": "Harbor Lights Collective"}, 201),
        ("person", "post", f"organizers/{w['org'].slug}/claim/", {"message": "I run it."}, 201),
        ("staff", "patch", f"events/{e}/", {"title": ""}, 400),
        ("staff", "delete", f"events/{e}/", None, 200),
        ("person", "get", "recommendations/", None, 200),
    ]


def test_every_personal_answer_is_private_and_varies_on_the_caller(client, world):
    for who, method, path, body, expected in personal_requests(world):
        response = api(client, method, path, body, user=world[who])
        assert response.status_code == expected, (method, path, response.status_code, response.content[:300])
        assert_personal(response)
    # The cancellation went through the same base (nothing above was skipped by a missing route).
    assert Event.objects.get(pk=world["event"].pk).status == EventStatus.CANCELLED


@pytest.mark.parametrize(
    ("method", "path"), [("get", "me/"), ("get", "me/events/"), ("post", "organizers/"), ("post", "follows/")]
)
def test_refusals_of_anonymous_callers_are_private_too(client, method, path):
    response = api(client, method, path, {} if method == "post" else None)
    assert response.status_code == 401
    assert response.json()["error"]
    assert_personal(response)


def test_a_session_answer_is_private_too(client):
    person = UserFactory()
    client.force_login(person)
    response = client.get("/api/v1/me/events/")
    assert response.status_code == 200
    assert_personal(response)


def test_recommendations_vary_on_the_caller_signed_in_or_not(client):
    city = CityFactory()
    EventFactory(city=city)
    anonymous = client.get(f"/api/v1/recommendations/?city={city.slug}")
    assert anonymous.status_code == 200
    assert {"authorization", "cookie"} <= vary(anonymous)
    assert "no-store" not in anonymous.get("Cache-Control", "")  # the anonymous answer stays cacheable
    # The second anonymous answer comes from the public cache: it says so too.
    again = client.get(f"/api/v1/recommendations/?city={city.slug}")
    assert {"authorization", "cookie"} <= vary(again)
    signed_in = api(client, "get", f"recommendations/?city={city.slug}", user=UserFactory())
    assert signed_in.status_code == 200
    assert_personal(signed_in)


def test_public_endpoints_keep_their_caching(client):
    city = CityFactory()
    EventFactory(city=city)
    for path in (f"search/suggest/?q=jazz&city={city.slug}", "trending/"):
        response = client.get(f"/api/v1/{path}")
        assert response.status_code == 200, (path, response.content[:200])
        assert "no-store" not in response.get("Cache-Control", ""), path
