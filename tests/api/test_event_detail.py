"""GET /api/v1/events/<id>/: the list representation plus description, organizer, listings and change times."""

from __future__ import annotations

import pytest
from django.utils import timezone

from events.models import Event
from tests.api.conftest import paid
from tests.factories import SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def url(pk: int) -> str:
    return f"/api/v1/events/{pk}/"


def test_detail_is_the_list_item_plus_more(client, world):
    event = world.event(
        "Jazz night",
        venue=world.venue,
        organizer=world.organizer,
        category=world.music,
        description="<p>Two sets.</p><p>Bring <b>friends</b> &amp; dance.</p><script>alert(1)</script>",
        **paid("12"),
    )
    other = SourceFactory(slug="timeout", name="Time Out", city=world.city)
    world.listed(event, primary=False, source=other, url="https://timeout.example/jazz")
    world.listed(event, primary=True, url="https://reader.example/jazz")
    item = client.get("/api/v1/events/").json()["results"][0]
    detail = client.get(url(event.pk)).json()
    assert {key: detail[key] for key in item} == item
    assert detail["description"] == "Two sets.\nBring friends & dance."
    assert detail["organizer"] == {"slug": "jazz-club", "name": "Jazz Club", "url": "https://jazz.example/"}
    assert detail["listings"] == [
        {
            "source": {"slug": "chicago-reader", "name": "Chicago Reader"},
            "url": "https://reader.example/jazz",
            "is_primary": True,
        },
        {"source": {"slug": "timeout", "name": "Time Out"}, "url": "https://timeout.example/jazz", "is_primary": False},
    ]
    assert detail["archived"] is False
    event.refresh_from_db()
    assert detail["created"] == event.created_at.astimezone(event.zone).isoformat()
    assert detail["updated"] == event.updated_at.astimezone(event.zone).isoformat()


def test_an_event_without_organizer_or_listings(client, world):
    event = world.event("Bare")
    detail = client.get(url(event.pk)).json()
    assert detail["organizer"] is None
    assert detail["listings"] == []
    assert detail["venue"] is None


def test_an_archived_event_is_shown_with_its_flag(client, world):
    event = world.event("Last year's fair", archived_at=timezone.now())
    response = client.get(url(event.pk))
    assert response.status_code == 200
    assert response.json()["archived"] is True


@pytest.mark.parametrize("status", [Event.ModerationStatus.HELD, Event.ModerationStatus.REJECTED])
def test_unpublished_and_unknown_events_are_404_json(client, world, status):
    event = world.event("Hidden", moderation_status=status)
    for address in (url(event.pk), url(event.pk + 1000)):
        response = client.get(address)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json() == {"error": "No such event.", "fields": {}}


def test_a_merged_event_redirects_to_the_winner(client, world):
    winner = world.event("Winner")
    loser = world.event("Loser", merged_into=winner)
    response = client.get(url(loser.pk))
    assert response.status_code == 301
    assert response["Location"] == f"http://127.0.0.1:8000/api/v1/events/{winner.pk}/"
    assert "no-cache" in response["Cache-Control"]
    # Also when served from the cache.
    assert client.get(url(loser.pk))["Location"] == response["Location"]
