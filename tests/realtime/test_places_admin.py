"""The live-state admin (realtime/admin.py): a staff edit is a business update, a token is shown once."""

from __future__ import annotations

import asyncio
import json

import pytest

from events.models import Venue
from realtime.bus import get_bus
from realtime.models import CityWeather, PlaceReport, PlaceStatus, VenueStatusToken
from realtime.places import place_report_submit, status_token_check
from realtime.places.services import token_hash
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def venue() -> Venue:
    return Venue.objects.create(name="Empty Bottle", slug="empty-bottle", city=CityFactory())


def test_a_staff_edit_is_a_business_update_pushed_after_commit(admin_client, venue, django_capture_on_commit_callbacks):
    get_bus().clear()
    form = {"venue": venue.pk, "open_now": "true", "crowd": "busy", "wait_minutes": "15", "special": "Live music"}
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post("/admin/realtime/placestatus/add/", {**form, "valid_minutes": "45"})
    assert response.status_code == 302, response.content.decode()[:2000]
    status = PlaceStatus.objects.get(venue=venue)
    assert (status.source, status.confidence, status.crowd, status.special) == ("business", 1.0, "busy", "Live music")
    entries, _ = asyncio.run(get_bus().since("0-0", "places"))
    assert [json.loads(entry.message)["status"]["crowd"] for entry in entries] == ["busy"]
    # Editing it again goes through the service too, and keeps the venue.
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/realtime/placestatus/{venue.pk}/change/", {**form, "crowd": "quiet", "valid_minutes": "30"}
        )
    assert PlaceStatus.objects.get(venue=venue).crowd == "quiet"
    assert admin_client.get("/admin/realtime/placestatus/").status_code == 200


def test_a_new_token_is_shown_once_and_only_its_hash_is_kept(admin_client, venue):
    response = admin_client.post(
        "/admin/realtime/venuestatustoken/add/", {"venue": venue.pk, "name": "Bar manager"}, follow=True
    )
    assert response.status_code == 200
    shown = [str(message) for message in response.context["messages"]]
    text = " ".join(shown)
    token = next(word for word in text.split() if word.startswith("wst_"))
    stored = VenueStatusToken.objects.get(venue=venue)
    assert stored.token_hash == token_hash(token)
    assert status_token_check(token) == stored
    # Not on any later page: the list and the token's own page show no secret.
    for url in ("/admin/realtime/venuestatustoken/", f"/admin/realtime/venuestatustoken/{stored.pk}/change/"):
        page = admin_client.get(url).content.decode()
        assert token not in page
        assert stored.token_hash not in page


def test_revoking_tokens(admin_client, venue):
    admin_client.post("/admin/realtime/venuestatustoken/add/", {"venue": venue.pk, "name": "Manager"})
    stored = VenueStatusToken.objects.get()
    admin_client.post(
        "/admin/realtime/venuestatustoken/", {"action": "revoke", "_selected_action": [stored.pk]}, follow=True
    )
    stored.refresh_from_db()
    assert stored.revoked_at is not None


def test_reports_and_weather_are_read_only_lists(admin_client, venue):
    place_report_submit(venue=venue, reporter="10.0.0.1", crowd="quiet")
    CityWeather.objects.create(
        city=venue.city, provider="openweathermap", fetched_at=PlaceReport.objects.get().created_at
    )
    listing = admin_client.get("/admin/realtime/placereport/?ignored__exact=0")
    assert listing.status_code == 200
    assert "Empty Bottle" in listing.content.decode()
    assert admin_client.get("/admin/realtime/placereport/add/").status_code == 403
    assert admin_client.get("/admin/realtime/cityweather/").status_code == 200
    assert admin_client.get("/admin/realtime/cityweather/add/").status_code == 403
