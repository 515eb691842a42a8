"""HTTP behaviour of /api/v1/: one error format, validators and 304, the public cache and the rate limit."""

from __future__ import annotations

import pytest
from django.db import transaction

from events.models import Event
from events.services.changes import events_changed, generation, generation_bump
from tests.events.helpers import day, load_bengaluru, make_source, record, run

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

URL = "/api/v1/events/"


class AbortError(Exception):
    """Raised inside a transaction to roll it back."""


def test_unknown_addresses_are_404_json(client):
    for address in ("/api/v1/nothing/", "/api/v1/events/abc/", "/api/v1/cities/x/y/"):
        response = client.get(address)
        assert response.status_code == 404, address
        assert response.json() == {"error": "Not found.", "fields": {}}
    # Without the slash: redirected to it first, like every other address of the site.
    assert client.get("/api/v1/events")["Location"] == "/api/v1/events/"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_405_json(client, world, method):
    # POST on the event list is the organizers' submission (tests/people): anonymous callers get 401 there.
    addresses = [f"/api/v1/cities/{world.city.slug}/", "/api/v1/categories/", *([] if method == "post" else [URL])]
    for address in addresses:
        response = getattr(client, method)(address, data="{}", content_type="application/json")
        assert response.status_code == 405, address
        assert response.json() == {"error": f'Method "{method.upper()}" not allowed.', "fields": {}}
        assert "GET" in response["Allow"]


def test_anonymous_submission_on_the_event_list_is_401_json(client, world):
    response = client.post(URL, data="{}", content_type="application/json")
    assert response.status_code == 401
    assert response.json()["error"]


def test_any_accept_header_gets_json(client, world):
    response = client.get(URL, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    error = client.get(URL, {"when": "never"}, HTTP_ACCEPT="application/xml")
    assert error.status_code == 400
    assert error.json()["fields"]["when"]


def test_validators_and_conditional_get(client, world):
    world.event("Cached")
    first = client.get(URL, {"city": "chicago"})
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"')
    assert modified
    assert first["Cache-Control"] == "public, max-age=60"
    again = client.get(URL, {"city": "chicago"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["Cache-Control"] == "public, max-age=60"
    assert client.get(URL, {"city": "chicago"}, HTTP_IF_NONE_MATCH=f'W/{etag}, "other"').status_code == 304
    assert client.get(URL, {"city": "chicago"}, HTTP_IF_NONE_MATCH='"other"').status_code == 200
    assert client.get(URL, {"city": "chicago"}, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    # If-None-Match decides when both are sent.
    mismatch = client.get(URL, {"city": "chicago"}, HTTP_IF_NONE_MATCH='"other"', HTTP_IF_MODIFIED_SINCE=modified)
    assert mismatch.status_code == 200


def test_detail_validators(client, world):
    event = world.event("One")
    first = client.get(f"/api/v1/events/{event.pk}/")
    assert first.status_code == 200
    assert first["ETag"]
    again = client.get(f"/api/v1/events/{event.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    for address in ("/api/v1/cities/", "/api/v1/categories/", "/api/v1/venues/", "/api/v1/organizers/"):
        response = client.get(address)
        assert response["ETag"], address
        assert response["Cache-Control"] == "public, max-age=60", address


def test_the_same_query_in_another_order_is_the_same_answer(client, world):
    world.event("A")
    first = client.get(f"{URL}?city=chicago&free=&page_size=5&utm=1")
    second = client.get(f"{URL}?page_size=5&city=chicago")
    assert first["ETag"] == second["ETag"]
    assert first.json()["results"] == second.json()["results"]


@pytest.mark.redis
def test_a_publish_shows_on_the_next_request(client, django_capture_on_commit_callbacks):
    city = load_bengaluru()
    source = make_source("blr-events", city)
    before = client.get(URL, {"city": "bengaluru"})
    assert before.json()["count"] == 0
    with django_capture_on_commit_callbacks(execute=True):
        result = run(source, record("new-1", "Indiranagar Food Walk", day(4)))
    assert result.published, result
    after = client.get(URL, {"city": "bengaluru"}, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert [item["title"] for item in after.json()["results"]] == ["Indiranagar Food Walk"]
    # An update through the pipeline shows too (a new generation again).
    event = Event.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            Event.objects.filter(pk=event.pk).update(title="Indiranagar Food Walk (sold out)", sold_out=True)
            events_changed([event.pk])
    detail = client.get(f"/api/v1/events/{event.pk}/").json()
    assert detail["title"] == "Indiranagar Food Walk (sold out)"
    assert detail["sold_out"] is True


@pytest.mark.redis
def test_a_rolled_back_change_is_not_announced(client, world, django_capture_on_commit_callbacks):
    event = world.event("Stays")
    before = client.get(URL)
    start_generation = generation()

    def change_then_fail() -> None:
        with transaction.atomic():
            Event.objects.filter(pk=event.pk).update(title="Renamed", moderation_status="held")
            events_changed([event.pk])
            raise AbortError

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(AbortError):
        change_then_fail()
    assert callbacks == []
    assert generation() == start_generation
    after = client.get(URL, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 304


@pytest.mark.redis
def test_an_unannounced_write_waits_for_the_cache(client, world):
    """The cache is what makes a hit cheap: a write that skips events_changed is not seen until expiry."""
    world.event("First")
    assert client.get(URL).json()["count"] == 1
    world.event("Second")
    assert client.get(URL).json()["count"] == 1
    generation_bump()  # what events_changed does after commit
    assert client.get(URL).json()["count"] == 2


@pytest.mark.redis
def test_the_anonymous_rate_limit(client, world, settings):
    settings.API_ANON_RATE = "3/minute"
    world.event("Popular")
    for _ in range(3):
        assert client.get(URL).status_code == 200
    response = client.get(URL)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.json()
    assert body["fields"] == {}
    assert "throttled" in body["error"]
    # Another address has its own budget.
    assert client.get(URL, REMOTE_ADDR="10.0.0.9").status_code == 200
    # A forged X-Forwarded-For does not buy a new budget (no proxy is trusted by default).
    assert client.get(URL, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429


def test_no_rate_limit_when_unset(client, world, settings):
    settings.API_ANON_RATE = ""
    for _ in range(10):
        assert client.get("/api/v1/categories/").status_code == 200


def test_answers_are_fresh_after_the_cache_is_lost(client, world):
    world.event("Kept")
    client.get(URL)
    from django.core.cache import cache

    cache.clear()
    assert client.get(URL).json()["count"] == 1


def test_answers_without_a_cache(client, world, settings):
    """Redis away: no caching and no rate limit, but every answer still right (never a 500)."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
    }
    settings.API_ANON_RATE = "1/minute"
    world.event("Still served")
    for _ in range(3):
        response = client.get(URL, {"city": "chicago"})
        assert response.status_code == 200
        assert response.json()["results"][0]["title"] == "Still served"
