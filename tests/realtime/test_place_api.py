"""GET/POST /api/v1/venues/<id>/status and POST /api/v1/venues/<id>/reports (realtime/api.py)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import time_machine
from django.utils import timezone

from events.models import Venue
from realtime import api
from realtime.models import PlaceReport, PlaceStatus, VenueStatusToken
from realtime.places import place_status_business_update, status_token_secret
from realtime.places.services import token_hash
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_general_rate_limit(settings):
    settings.API_ANON_RATE = ""


@pytest.fixture
def venue() -> Venue:
    return Venue.objects.create(name="Empty Bottle", slug="empty-bottle", city=CityFactory(timezone="America/Chicago"))


@pytest.fixture
def other_venue() -> Venue:
    return Venue.objects.create(name="Hideout", slug="hideout", city=CityFactory())


def issue_token(venue: Venue, **fields) -> str:
    token, digest = status_token_secret()
    VenueStatusToken.objects.create(venue=venue, name="Manager", token_hash=digest, **fields)
    return token


def status_url(venue_id: int) -> str:
    return f"/api/v1/venues/{venue_id}/status"


def reports_url(venue_id: int) -> str:
    return f"/api/v1/venues/{venue_id}/reports"


def post(client, url: str, body, token: str | None = None, **extra):
    if token is not None:
        extra["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client.post(url, data=body, content_type="application/json", **extra)


# --- GET ---------------------------------------------------------------------------------------------------------


def test_get_without_a_status_has_the_same_keys_all_null(client, venue):
    place_status_business_update(venue=venue, crowd="busy")
    known = client.get(status_url(venue.pk)).json()
    PlaceStatus.objects.all().delete()
    response = client.get(status_url(venue.pk))
    assert response.status_code == 200
    body = response.json()
    assert body["venue"] == venue.pk
    assert set(body) == set(known)
    assert {value for key, value in body.items() if key != "venue"} == {None}


def test_get_a_valid_status_in_the_city_zone(client, venue):
    place_status_business_update(venue=venue, open_now=True, crowd="busy", wait_minutes=20, special="Happy hour")
    body = client.get(status_url(venue.pk)).json()
    assert body["summary"] == "Open now · Busy · ~20 min wait · Happy hour"
    assert (body["source"], body["confidence"], body["crowd_label"]) == ("business", 1.0, "Busy")
    until = dt.datetime.fromisoformat(body["valid_until"])
    assert until.utcoffset() in (dt.timedelta(hours=-5), dt.timedelta(hours=-6))  # Chicago's clock
    assert dt.timedelta(minutes=59) < until - timezone.now() <= dt.timedelta(minutes=60)


def test_an_expired_status_reads_as_none(client, venue):
    place_status_business_update(venue=venue, crowd="busy", now=timezone.now() - dt.timedelta(hours=2))
    assert client.get(status_url(venue.pk)).json()["source"] is None


def test_unknown_venue_is_a_json_404(client):
    for response in (client.get(status_url(999_999)), post(client, reports_url(999_999), {"crowd": "busy"})):
        assert response.status_code == 404
        assert response.json() == {"error": api.NO_VENUE, "fields": {}}


# --- POST status (the business) -----------------------------------------------------------------------------------


def test_the_business_posts_with_its_token(client, venue):
    token = issue_token(venue)
    response = post(client, status_url(venue.pk), {"open_now": True, "crowd": "moderate", "valid_minutes": 90}, token)
    assert response.status_code == 200, response.content
    assert response.json()["source"] == "business"
    assert response.json()["crowd"] == "moderate"
    stored = VenueStatusToken.objects.get(venue=venue)
    assert stored.token_hash == token_hash(token)
    assert token not in stored.token_hash
    assert stored.last_used_at is not None


def test_no_or_bad_token_is_401_with_a_bearer_challenge(client, venue):
    issue_token(venue)
    for token in (None, "wst_not-the-token"):
        response = post(client, status_url(venue.pk), {"crowd": "busy"}, token)
        assert response.status_code == 401
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert response.json()["fields"] == {}
    assert not PlaceStatus.objects.exists()


def test_a_revoked_token_is_401(client, venue):
    token = issue_token(venue, revoked_at=timezone.now())
    response = post(client, status_url(venue.pk), {"crowd": "busy"}, token)
    assert response.status_code == 401
    assert response.json()["error"] == api.BAD_TOKEN


def test_another_venues_token_is_403(client, venue, other_venue):
    token = issue_token(other_venue)
    response = post(client, status_url(venue.pk), {"crowd": "busy"}, token)
    assert response.status_code == 403
    assert response.json()["error"] == api.WRONG_VENUE
    assert not PlaceStatus.objects.exists()


def test_bad_values_are_400_with_field_messages(client, venue):
    token = issue_token(venue)
    response = post(client, status_url(venue.pk), {"crowd": "heaving", "wait_minutes": -3, "valid_minutes": 0}, token)
    assert response.status_code == 400
    fields = response.json()["fields"]
    assert set(fields) == {"crowd", "wait_minutes", "valid_minutes"}
    assert "not a valid choice" in fields["crowd"][0]
    malformed = client.post(
        status_url(venue.pk), data="{not json", content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert malformed.status_code == 400
    assert post(client, status_url(venue.pk), [1, 2], token).status_code == 400


# --- POST reports (visitors) ---------------------------------------------------------------------------------------


def test_an_anonymous_report_is_stored_and_shapes_the_status(client, venue):
    response = post(client, reports_url(venue.pk), {"crowd": "busy", "wait_minutes": 10})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["counted"] is True
    assert body["ignored_reason"] is None
    assert body["status"]["source"] == "user"
    assert body["status"]["crowd"] == "busy"
    assert PlaceReport.objects.filter(venue=venue).count() == 1


def test_an_empty_or_bad_report_is_400(client, venue):
    empty = post(client, reports_url(venue.pk), {})
    assert empty.status_code == 400
    assert empty.json()["fields"] == {"non_field_errors": [api.EMPTY_REPORT]}
    bad = post(client, reports_url(venue.pk), {"crowd": "heaving", "special": "x" * 81})
    assert bad.status_code == 400
    assert set(bad.json()["fields"]) == {"crowd", "special"}
    assert not PlaceReport.objects.exists()


def middle_of_a_report_window() -> dt.datetime:
    """Halfway through the current throttle window: the test's requests all fall in one window, whatever the clock."""
    now = time.time()
    return dt.datetime.fromtimestamp(now - now % api.REPORT_WINDOW_SECONDS + api.REPORT_WINDOW_SECONDS / 2, tz=dt.UTC)


def test_reports_are_throttled_per_venue_and_address(client, venue, other_venue):
    with time_machine.travel(middle_of_a_report_window(), tick=True):
        reports_are_throttled_per_venue_and_address(client, venue, other_venue)


def reports_are_throttled_per_venue_and_address(client, venue: Venue, other_venue: Venue) -> None:
    codes = [
        post(client, reports_url(venue.pk), {"crowd": "quiet"}).status_code for _ in range(api.REPORTS_PER_WINDOW + 1)
    ]
    assert codes == [201] * api.REPORTS_PER_WINDOW + [429]
    refused = post(client, reports_url(venue.pk), {"crowd": "quiet"})
    assert refused.status_code == 429
    assert refused.json()["error"].startswith("Too many reports on this venue from your address")
    assert int(refused["Retry-After"]) > 0
    # Another address, or another venue, has its own budget.
    assert post(client, reports_url(venue.pk), {"crowd": "quiet"}, REMOTE_ADDR="198.51.100.4").status_code == 201
    assert post(client, reports_url(other_venue.pk), {"crowd": "quiet"}).status_code == 201
    assert PlaceReport.objects.filter(venue=venue).count() == api.REPORTS_PER_WINDOW + 1


def test_no_csrf_needed_and_no_session_read(venue):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert post(strict, reports_url(venue.pk), {"crowd": "quiet"}).status_code == 201


def test_a_malformed_id_is_a_json_404_not_a_redirect(client):
    for response in (
        client.get("/api/v1/venues/-3/status"),
        post(client, "/api/v1/venues/abc/reports", {"crowd": "busy"}),
    ):
        assert response.status_code == 404
        assert response.json() == {"error": "Not found.", "fields": {}}


@pytest.mark.parametrize(
    ("raw", "message"),
    [("[" * 20_000 + "]" * 20_000, "nested too deeply"), ('{"crowd": "\\ud800", "special": "x"}', "surrogate")],
)
def test_hostile_json_bodies_are_400s_not_500s(client, venue, raw, message):
    """Every DRF endpoint parses with config.parsers.SafeJSONParser (these bodies used to end in a 500)."""
    response = client.post(reports_url(venue.pk), data=raw, content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()["error"]
