"""The public API's anonymous rate limit: a fixed-window counter per client address (events/api/views.py)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.cache import caches
from django.utils import timezone

from events.api.views import parse_rate

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

URL = "/api/v1/categories/"


def test_rates_in_drf_notation():
    assert parse_rate("120/minute") == (120, 60)
    assert parse_rate("5/s") == (5, 1)
    assert parse_rate("1000/hour") == (1000, 3600)
    assert parse_rate("2/day") == (2, 86400)
    assert parse_rate("") is None


@pytest.mark.redis
def test_the_budget_is_per_window_and_address(client, settings):
    settings.API_ANON_RATE = "2/minute"
    start = timezone.now().replace(second=5, microsecond=0) + dt.timedelta(minutes=1)
    with time_machine.travel(start, tick=False) as clock:
        assert [client.get(URL).status_code for _ in range(3)] == [200, 200, 429]
        refused = client.get(URL)
        assert refused.status_code == 429
        assert refused.json() == {"error": refused.json()["error"], "fields": {}}
        assert "throttled" in refused.json()["error"]
        assert int(refused["Retry-After"]) == 55  # the rest of this minute's window
        assert client.get(URL, REMOTE_ADDR="10.0.0.9").status_code == 200
        clock.shift(dt.timedelta(seconds=55))  # the next window: a fresh budget
        assert client.get(URL).status_code == 200


@pytest.mark.redis
def test_the_counter_expires_with_its_window(client, settings):
    settings.API_ANON_RATE = "10/minute"
    client.get(URL)
    backend = caches["default"]
    redis_client = backend._cache.get_client(None)
    keys = [key for key in redis_client.scan_iter("*throttle_public_api_*")]
    assert len(keys) == 1
    assert 0 < redis_client.ttl(keys[0]) <= 61


def test_on_a_cache_without_redis(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.API_ANON_RATE = "2/hour"
    assert [client.get(URL).status_code for _ in range(3)] == [200, 200, 429]


def test_fails_open_when_redis_is_away(client, settings):
    settings.CACHES = {"default": {"BACKEND": "config.cache.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}}
    settings.API_ANON_RATE = "1/minute"
    assert [client.get(URL).status_code for _ in range(3)] == [200, 200, 200]


@pytest.mark.redis
def test_a_cached_answer_is_served_the_same_and_counted_once(client, settings):
    """The second request is a hit served before DRF (events/api/views.py PublicView.dispatch): same answer and
    headers as the first, built one; each request counts once against the budget, hit or not."""
    settings.API_ANON_RATE = "3/minute"
    url = "/api/v1/events/"
    first, second = client.get(url), client.get(url)
    assert second.content == first.content
    keep = ("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Allow")
    assert {name: second[name] for name in keep} == {name: first[name] for name in keep}
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304  # the third request
    refused = client.get(url)
    assert refused.status_code == 429
    assert refused.json()["fields"] == {}
    assert int(refused["Retry-After"]) > 0


@pytest.mark.redis
def test_an_ipv6_64_is_one_client(client, settings):
    """A client rotating through its /64 (2^64 addresses) gets one budget, not one per address."""
    settings.API_ANON_RATE = "2/minute"
    start = timezone.now().replace(second=5, microsecond=0) + dt.timedelta(minutes=1)
    with time_machine.travel(start, tick=False):
        answers = [client.get(URL, REMOTE_ADDR=f"2001:db8:7:7::{n}").status_code for n in range(1, 4)]
        assert answers == [200, 200, 429]
        assert client.get(URL, REMOTE_ADDR="2001:db8:7:8::1").status_code == 200  # the next /64: another line
