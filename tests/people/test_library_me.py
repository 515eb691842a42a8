"""My events: the /me/ page and GET /api/v1/me/events (going with waitlist places, saved, following, from what
one follows)."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from events.models import Event
from events.people.models import RSVP, Follow, SavedEvent
from tests.factories import UserFactory
from tests.people import helpers_library
from tests.people.helpers_library import bearer, past

town = helpers_library.town
_library_settings = helpers_library._library_settings

pytestmark = pytest.mark.django_db


def rsvp(event, user, status, sequence):
    return RSVP.objects.create(event=event, user=user, status=status, sequence=sequence)


@pytest.fixture
def life(town):
    """A person going to one event, waitlisted (third in line) for another, with saves and follows."""
    me = UserFactory()
    going = town.jazz_event("Going gig", days=2)
    full = town.jazz_event("Full gig", days=4, capacity=1)
    others = [UserFactory() for _ in range(3)]
    rsvp(going, me, RSVP.Status.CONFIRMED, 1)
    rsvp(full, others[0], RSVP.Status.CONFIRMED, 1)
    rsvp(full, others[1], RSVP.Status.WAITLISTED, 2)
    rsvp(full, others[2], RSVP.Status.WAITLISTED, 3)
    rsvp(full, me, RSVP.Status.WAITLISTED, 4)
    cancelled = town.jazz_event("Cancelled reply", days=5)
    rsvp(cancelled, me, RSVP.Status.CANCELLED, 1)
    later, sooner = town.comedy_event("Later laughs", days=9), town.comedy_event("Sooner laughs", days=6)
    old = town.comedy_event("Old laughs", **past(10))
    hidden = town.comedy_event("Withdrawn", days=7, moderation_status=Event.ModerationStatus.REJECTED)
    for event in (later, sooner, old, hidden):
        SavedEvent.objects.create(user=me, event=event)
    Follow.objects.create(user=me, kind="venue", venue=town.blue_room)
    Follow.objects.create(user=me, kind="category", category=town.comedy)
    elsewhere = town.event("Elsewhere", days=3, city=town.other_city)
    return {"me": me, "going": going, "full": full, "elsewhere": elsewhere}


def titles(items):
    return [item["event"]["title"] for item in items]


def test_me_events_api_lists_going_saved_following_and_from_followed(life):
    body = bearer(life["me"]).get("/api/v1/me/events").json()
    assert [(item["event"]["title"], item["status"], item["waitlist_position"]) for item in body["going"]] == [
        ("Going gig", "confirmed", None),
        ("Full gig", "waitlisted", 3),
    ]
    assert [(item["event"]["title"], item["past"]) for item in body["saved"]] == [
        ("Sooner laughs", False),
        ("Later laughs", False),
        ("Old laughs", True),
    ]
    assert {item["target"]["name"] for item in body["following"]} == {"The Blue Room", "Comedy"}
    from_followed = {item["event"]["title"]: item["because"] for item in body["from_followed"]}
    assert from_followed == {
        "Going gig": "The Blue Room",
        "Full gig": "The Blue Room",
        "Cancelled reply": "The Blue Room",
        "Sooner laughs": "Comedy",
        "Later laughs": "Comedy",
    }
    # The public list representation for events.
    assert set(body["going"][0]["event"]) >= {"id", "title", "url", "start", "city", "venue", "category"}


def test_me_events_with_and_without_the_slash_and_private(life):
    client = bearer(life["me"])
    for path in ("/api/v1/me/events", "/api/v1/me/events/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
    assert APIClient().get("/api/v1/me/events").status_code == 401
    empty = bearer(UserFactory()).get("/api/v1/me/events").json()
    assert empty == {"going": [], "saved": [], "following": [], "from_followed": []}


def test_me_page_shows_every_section(client, life):
    client.force_login(life["me"])
    response = client.get("/me/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    html = response.content.decode()
    for text in (
        "<h1>My events</h1>",
        "Going gig",
        "number 3 in line",
        "Sooner laughs",
        "Past saved events (1)",
        "Old laughs",
        "Unfollow<span",
        "From what you follow",
        "You follow Comedy",
        "Recommended for you",
    ):
        assert text in html, text
    assert "Withdrawn" not in html
    assert html.index("Sooner laughs") < html.index("Later laughs")


def test_me_page_asks_anonymous_visitors_to_sign_in(client):
    response = client.get("/me/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert "next=/me/" in response["Location"]


def test_me_page_for_a_newcomer_says_what_to_do(client, town):
    client.force_login(UserFactory())
    html = client.get("/me/").content.decode()
    assert "No RSVPs for upcoming events" in html
    assert "You follow nothing yet" in html
    assert "choose a home city" in html  # no city to recommend from
