"""Saving events: the API (POST/DELETE /api/v1/events/<id>/save), the page buttons and the event page's box."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from rest_framework.test import APIClient

from events import analytics
from events.models import Event
from events.people.library import services
from events.people.models import SavedEvent
from tests.factories import UserFactory
from tests.people import helpers_library
from tests.people.helpers_library import bearer, past

# The helpers' fixtures, used here (pytest finds fixtures by module attribute).
town = helpers_library.town
_library_settings = helpers_library._library_settings

pytestmark = pytest.mark.django_db


def url(event_id, slash: str = "") -> str:
    return f"/api/v1/events/{event_id}/save{slash}"


@pytest.mark.parametrize("slash", ["", "/"])
def test_save_then_save_again_then_unsave_with_and_without_the_slash(town, slash):
    event = town.jazz_event("Jazz at the Blue Room")
    user = UserFactory()
    client = bearer(user)
    first = client.post(url(event.pk, slash))
    assert (first.status_code, first.json()) == (201, {"saved": True, "event": event.pk})
    again = client.post(url(event.pk, slash))
    assert (again.status_code, again.json()) == (200, {"saved": True, "event": event.pk})
    assert SavedEvent.objects.filter(user=user, event=event).count() == 1
    gone = client.delete(url(event.pk, slash))
    assert (gone.status_code, gone.json()) == (200, {"saved": False, "event": event.pk})
    assert not SavedEvent.objects.exists()
    # Unsaving what is not saved is the same outcome: fine.
    assert client.delete(url(event.pk, slash)).status_code == 200


def test_unknown_and_non_public_events_are_404(town):
    client = bearer(UserFactory())
    held = town.event("Held back", moderation_status=Event.ModerationStatus.HELD)
    winner = town.event("Winner")
    merged = town.event("Merged away", merged_into=winner)
    for event_id in (held.pk, merged.pk, 999_999_999, 10**17):
        response = client.post(url(event_id))
        assert response.status_code == 404, event_id
        assert response.json() == {"error": services.NO_SUCH_EVENT, "fields": {}}
        assert client.delete(url(event_id)).status_code == 404
    assert not SavedEvent.objects.exists()


def test_a_save_of_an_event_that_went_away_can_still_be_removed(town):
    event = town.jazz_event("Soon withdrawn")
    user = UserFactory()
    SavedEvent.objects.create(user=user, event=event)
    Event.objects.filter(pk=event.pk).update(moderation_status=Event.ModerationStatus.REJECTED)
    assert bearer(user).delete(url(event.pk)).json() == {"saved": False, "event": event.pk}
    assert not SavedEvent.objects.exists()


def test_anonymous_gets_401_with_a_message(town):
    event = town.jazz_event("Jazz")
    for method in ("post", "delete"):
        response = getattr(APIClient(), method)(url(event.pk))
        assert response.status_code == 401
        assert "Sign in" in response.json()["error"]
    assert not SavedEvent.objects.exists()


def test_session_writes_need_the_csrf_token(town):
    event = town.jazz_event("Jazz")
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    response = client.post(url(event.pk))
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]
    assert not SavedEvent.objects.exists()


def test_a_new_save_counts_towards_trending_and_analytics_after_commit(
    town, monkeypatch, django_capture_on_commit_callbacks
):
    event = town.jazz_event("Jazz")
    user = UserFactory()
    recorded = []
    monkeypatch.setattr("events.people.analytics.recording.record", lambda kind, **ids: recorded.append((kind, ids)))
    before = analytics.counter_store().pending(analytics.SAVES).get(event.pk, 0)
    with django_capture_on_commit_callbacks(execute=True):
        bearer(user).post(url(event.pk))
    with django_capture_on_commit_callbacks(execute=True):
        bearer(user).post(url(event.pk))  # already saved: not counted twice
    assert analytics.counter_store().pending(analytics.SAVES).get(event.pk, 0) == before + 1
    assert recorded == [("save", {"event_id": event.pk, "user_id": user.pk})]


def test_too_many_changes_in_a_minute_are_refused_with_429(town, monkeypatch):
    monkeypatch.setattr(services, "CHANGES_PER_MINUTE", 2)
    event = town.jazz_event("Jazz")
    client = bearer(UserFactory())
    assert [client.post(url(event.pk)).status_code for _ in range(2)] == [201, 200]
    refused = client.post(url(event.pk))
    assert refused.status_code == 429
    assert refused.json()["error"]
    assert int(refused["Retry-After"]) >= 1
    assert bearer(UserFactory()).post(url(event.pk)).status_code == 201  # per person


# --- the page buttons and the box --------------------------------------------------------------------------------


def test_page_buttons_save_and_unsave_and_come_back_with_a_message(client, town):
    event = town.jazz_event("Jazz at the Blue Room")
    user = UserFactory()
    client.force_login(user)
    page = event.get_absolute_url()
    saved = client.post(f"/events/{event.pk}/save/", {"next": page})
    assert saved.status_code == 302
    assert saved["Location"] == page
    assert SavedEvent.objects.filter(user=user, event=event).exists()
    shown = client.get(page)
    html = shown.content.decode()
    assert "Saved “Jazz at the Blue Room”" in html
    assert f'action="/events/{event.pk}/unsave/"' in html
    unsaved = client.post(f"/events/{event.pk}/unsave/", {"next": "https://evil.example/"})
    assert unsaved["Location"] == page  # never off-site
    assert not SavedEvent.objects.exists()
    assert [str(m) for m in get_messages(unsaved.wsgi_request)] == [
        "Removed “Jazz at the Blue Room” from your saved events."
    ]


def test_page_buttons_ask_anonymous_visitors_to_sign_in_and_come_back(client, town):
    event = town.jazz_event("Jazz")
    response = client.post(f"/events/{event.pk}/save/", {"next": event.get_absolute_url()})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert f"/events/{event.pk}/" in response["Location"]
    assert not SavedEvent.objects.exists()


def test_page_buttons_refuse_a_hidden_event_with_a_message(client, town):
    event = town.event("Hidden", moderation_status=Event.ModerationStatus.HELD)
    client.force_login(UserFactory())
    response = client.post(f"/events/{event.pk}/save/")
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [services.NO_SUCH_EVENT]
    assert not SavedEvent.objects.exists()


def test_page_buttons_need_the_csrf_token(town):
    from django.test import Client

    event = town.jazz_event("Jazz")
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    assert client.post(f"/events/{event.pk}/save/").status_code == 403
    assert not SavedEvent.objects.exists()


def test_an_event_whose_slug_is_save_still_has_its_page(client, town):
    event = town.event("Save")
    assert event.slug == "save"
    response = client.get(f"/events/{event.pk}/save/")
    assert response.status_code == 200
    assert "<h1" in response.content.decode()


def test_the_box_for_anonymous_visitors_links_to_sign_in_and_back(client, town):
    event = town.jazz_event("Jazz")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Sign in to save" in html
    assert f"/accounts/login/?next=%2Fevents%2F{event.pk}%2F" in html
    assert "people-library.css" in html


def test_the_box_offers_to_follow_the_venue_organizer_and_category(client, town):
    event = town.jazz_event("Jazz", organizer=town.organizer)
    client.force_login(UserFactory())
    html = client.get(event.get_absolute_url()).content.decode()
    assert ">Save</button>" in html
    for name in ("The Blue Room", "Windy City Jazz", "Jazz &amp; blues"):
        assert f"Follow {name}" in html


def test_a_past_archived_event_can_be_unsaved_but_not_saved_from_its_page(client, town):
    from django.utils import timezone

    event = town.jazz_event("Old gig", **past(400), archived_at=timezone.now())
    user = UserFactory()
    client.force_login(user)
    assert ">Save</button>" not in client.get(event.get_absolute_url()).content.decode()
    SavedEvent.objects.create(user=user, event=event)
    assert "Saved<span" in client.get(event.get_absolute_url()).content.decode()
