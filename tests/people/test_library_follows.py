"""Follows: POST /api/v1/follows, DELETE /api/v1/follows/<id>, GET /api/v1/me/follows and the page buttons."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from rest_framework.test import APIClient

from events.people.library import services
from events.people.models import Follow
from tests.factories import UserFactory
from tests.people import helpers_library
from tests.people.helpers_library import bearer

town = helpers_library.town
_library_settings = helpers_library._library_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slash", ["", "/"])
def test_follow_each_kind_idempotently_and_list_them(town, slash):
    user = UserFactory()
    client = bearer(user)
    bodies = [
        {"kind": "venue", "id": town.blue_room.pk},
        {"kind": "organizer", "slug": town.organizer.slug},
        {"kind": "category", "slug": town.jazz.slug},
    ]
    created = [client.post("/api/v1/follows" + slash, body, format="json") for body in bodies]
    assert [response.status_code for response in created] == [201, 201, 201]
    venue = created[0].json()
    assert venue["kind"] == "venue"
    assert venue["target"]["id"] == town.blue_room.pk
    assert venue["target"]["name"] == "The Blue Room"
    assert created[1].json()["target"]["slug"] == "windy-city-jazz"
    assert created[2].json()["target"] == {"slug": "jazz-blues", "name": "Jazz & blues"}
    again = client.post("/api/v1/follows" + slash, bodies[0], format="json")
    assert again.status_code == 200
    assert again.json()["id"] == venue["id"]
    assert Follow.objects.filter(user=user).count() == 3
    listed = client.get("/api/v1/me/follows" + slash).json()["results"]
    assert {item["kind"] for item in listed} == {"venue", "organizer", "category"}
    assert bearer(UserFactory()).get("/api/v1/me/follows").json() == {"results": []}


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"kind": "planet", "slug": "mars"}, "kind", services.UNKNOWN_KIND),
        ({"kind": "venue", "id": 1, "slug": "x"}, "non_field_errors", services.BOTH_ID_AND_SLUG),
        ({"kind": "venue", "id": 999_999}, "id", services.NO_SUCH_VENUE),
        ({"kind": "venue", "slug": "the-blue-room"}, "id", services.VENUE_NEEDS_ID),
        ({"kind": "organizer", "id": 3}, "slug", services.NEEDS_SLUG),
        ({"kind": "organizer", "slug": "nobody"}, "slug", services.NO_SUCH_ORGANIZER),
        ({"kind": "category", "slug": "no-such-category"}, "slug", services.NO_SUCH_CATEGORY),
        ({"kind": "category"}, "slug", services.NEEDS_SLUG),
    ],
)
def test_bad_follows_are_400_with_the_field_at_fault(town, body, field, message):
    response = bearer(UserFactory()).post("/api/v1/follows", body, format="json")
    assert response.status_code == 400
    assert message in str(response.json()["fields"][field])
    assert response.json()["error"]
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "venue", "id": "abc"},
        {"kind": "venue", "id": 10**30},
        {"kind": ["venue"]},
        {},
        {"kind": "venue", "id": True},
    ],
)
def test_malformed_follows_are_400_never_500(town, body):
    response = bearer(UserFactory()).post("/api/v1/follows", body, format="json")
    assert response.status_code == 400
    assert response.json()["fields"]
    assert not Follow.objects.exists()


def test_malformed_json_is_400(town):
    response = bearer(UserFactory()).post("/api/v1/follows", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]


def test_unfollow_mine_only(town):
    me, someone = UserFactory(), UserFactory()
    mine = Follow.objects.create(user=me, kind="venue", venue=town.blue_room)
    theirs = Follow.objects.create(user=someone, kind="venue", venue=town.blue_room)
    refused = bearer(me).delete(f"/api/v1/follows/{theirs.pk}")
    assert refused.status_code == 404
    assert refused.json() == {"error": services.NO_SUCH_FOLLOW, "fields": {}}
    assert bearer(me).delete(f"/api/v1/follows/{mine.pk}/").json() == {"following": False, "id": mine.pk}
    assert list(Follow.objects.values_list("pk", flat=True)) == [theirs.pk]
    assert bearer(me).delete(f"/api/v1/follows/{mine.pk}").status_code == 404


def test_anonymous_follows_are_401(town):
    client = APIClient()
    assert client.post("/api/v1/follows", {"kind": "venue", "id": town.blue_room.pk}, format="json").status_code == 401
    assert client.get("/api/v1/me/follows").status_code == 401
    assert client.delete("/api/v1/follows/1").status_code == 401
    assert not Follow.objects.exists()


def test_page_buttons_follow_and_unfollow_from_the_event_page(client, town):
    event = town.jazz_event("Jazz", organizer=town.organizer)
    user = UserFactory()
    client.force_login(user)
    page = event.get_absolute_url()
    response = client.post("/follows/", {"kind": "venue", "id": town.blue_room.pk, "next": page})
    assert response["Location"] == page
    follow = Follow.objects.get(user=user)
    html = client.get(page).content.decode()
    assert "You follow The Blue Room now." in html
    assert f'action="/follows/{follow.pk}/unfollow/"' in html
    assert "Unfollow The Blue Room" in html
    assert "Follow Windy City Jazz" in html
    gone = client.post(f"/follows/{follow.pk}/unfollow/", {"next": page})
    assert gone["Location"] == page
    assert [str(m) for m in get_messages(gone.wsgi_request)] == ["You no longer follow The Blue Room."]
    assert not Follow.objects.exists()


def test_page_follow_with_bad_input_says_why(client, town):
    client.force_login(UserFactory())
    response = client.post("/follows/", {"kind": "venue", "id": "nope"})
    assert response["Location"] == "/me/"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [services.NO_SUCH_VENUE]
    other = Follow.objects.create(user=UserFactory(), kind="category", category=town.jazz)
    refused = client.post(f"/follows/{other.pk}/unfollow/")
    assert [str(m) for m in get_messages(refused.wsgi_request)][-1] == services.NO_SUCH_FOLLOW
    assert Follow.objects.filter(pk=other.pk).exists()
    assert client.get("/follows/").status_code == 405
