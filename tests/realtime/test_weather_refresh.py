"""The weather refresh: every active city fetched from the (recorded) provider, stored, cached, pushed after commit.

The recordings were current at ``RECORDED_NOW``: these tests run on the ``recorded_clock``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import threading
from collections.abc import Iterator

import pytest
from django.db import transaction

from realtime import bus
from realtime.models import CityWeather
from realtime.weather import services, weather_payload, weather_refresh_all
from realtime.weather.openweathermap import CURRENT_PATH, FORECAST_PATH
from sources.http import HttpClient
from tests.clock import RECORDED_NOW
from tests.factories import CityFactory
from tests.realtime.test_weather_provider import KEY, recording
from tests.sources.conftest import RecordedServer, recorded_server

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("recorded_clock")]

HEADLINE = "8 °C, light rain · Tonight: 80% chance of rain"


@pytest.fixture
def recorded() -> Iterator[RecordedServer]:
    with recorded_server() as server:
        yield server


@pytest.fixture
def live_bus() -> Iterator[bus.RedisBus | bus.LocalBus]:
    """The configured bus (Redis with REDIS_URL, else in-process), empty before and after."""
    bus.reset_bus()
    found = bus.get_bus()
    found.clear()
    yield found
    found.clear()
    bus.reset_bus()


@pytest.fixture
def api_key(settings) -> str:
    settings.OPENWEATHERMAP_API_KEY = KEY
    return KEY


def weather_entries(live: bus.RedisBus | bus.LocalBus) -> list[bus.Entry]:
    entries, complete = asyncio.run(live.since("0-0", "weather"))
    assert complete
    return entries


def serve_city(server: RecordedServer, lat: str, *, status: int = 200) -> None:
    """Recorded answers for the city at latitude ``lat`` (every city gets Lakeshore's weather)."""
    for path, name in ((CURRENT_PATH, "current_lakeshore.json"), (FORECAST_PATH, "forecast_lakeshore.json")):
        body = recording(name) if status == 200 else b'{"cod": 500, "message": "Internal error"}'
        reply = server.reply(status=status, body=body, content_type="application/json")
        server.add(path, reply, query={"lat": lat})


def refresh_now(server: RecordedServer) -> int:
    with HttpClient(rate_key="weather-test", allow_private=True, sleep=lambda _seconds: None) as http:
        return weather_refresh_all(http=http, base_url=server.url())


@pytest.fixture
def refresh(django_capture_on_commit_callbacks):
    """Refresh as the beat task does: each city's transaction commits (its callbacks run)."""

    def run(server: RecordedServer) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return refresh_now(server)

    return run


@pytest.fixture
def lakeshore():
    return CityFactory(slug="lakeshore", name="Lakeshore", latitude=41.88, longitude=-87.63, timezone="America/Chicago")


def test_a_refresh_stores_every_city_and_pushes_only_once_committed(
    recorded, live_bus, api_key, lakeshore, django_capture_on_commit_callbacks
):
    serve_city(recorded, "41.8800")
    with django_capture_on_commit_callbacks() as callbacks:
        assert refresh_now(recorded) == 1
        assert weather_entries(live_bus) == []  # not committed yet: nobody hears of it

    row = CityWeather.objects.get(city=lakeshore)
    assert row.provider == "openweathermap"
    assert row.current["summary"] == "light rain"
    assert len(row.forecast) == 40
    assert RECORDED_NOW <= row.fetched_at < RECORDED_NOW + dt.timedelta(minutes=5)  # the travelled clock

    for callback in callbacks:
        callback()
    (entry,) = weather_entries(live_bus)
    assert (entry.topic, entry.key, entry.type) == ("weather", "lakeshore", "weather")
    message = json.loads(entry.message)
    assert message["city"] == "lakeshore"
    assert message["weather"]["headline"] == HEADLINE
    assert message["weather"]["current"] == row.current
    assert message["weather"]["forecast"][4]["pop"] == 0.8
    assert "city_id" not in message["weather"]  # internal to the cache
    assert message["weather"] == weather_payload("lakeshore")


def test_one_city_failing_leaves_the_others_refreshed(recorded, refresh, live_bus, api_key, caplog, lakeshore):
    broken = CityFactory(slug="brokenville", latitude=10.5, longitude=20.5)
    CityFactory(slug="asleep", latitude=-33.9, longitude=151.2, is_active=False)
    serve_city(recorded, "41.8800")
    serve_city(recorded, "10.5000", status=500)
    CityWeather.objects.create(
        city=broken, provider="openweathermap", current={"temp_c": 30.0}, forecast=[], fetched_at=RECORDED_NOW
    )
    with caplog.at_level(logging.WARNING, logger="realtime.weather.services"):
        assert refresh(recorded) == 1

    assert CityWeather.objects.get(city=lakeshore).current["temp_c"] == 8.4
    assert CityWeather.objects.get(city=broken).current == {"temp_c": 30.0}  # kept: the last weather it had
    assert not CityWeather.objects.filter(city__slug="asleep").exists()  # inactive: never asked
    assert {request.query["lat"] for request in recorded.requests} == {"41.8800", "10.5000"}
    assert "Weather for brokenville not refreshed: OpenWeatherMap request failed: HTTP 500" in caplog.text
    assert KEY not in caplog.text
    assert [entry.key for entry in weather_entries(live_bus)] == ["lakeshore"]


def test_a_refused_key_stops_the_run_at_the_first_city(recorded, refresh, live_bus, api_key, caplog):
    for slug in ("aa", "bb", "cc"):
        CityFactory(slug=slug, latitude=41.88, longitude=-87.63)
    recorded.add(CURRENT_PATH, status=401, body=recording("error_401.json"), content_type="application/json")
    with caplog.at_level(logging.WARNING, logger="realtime.weather.services"):
        assert refresh(recorded) == 0
    assert len(recorded.requests) == 1  # not once per city: the key is wrong for all of them
    assert "Weather refresh stopped before 3 cities: OpenWeatherMap refused the API key" in caplog.text
    assert weather_entries(live_bus) == []


def test_without_a_key_nothing_is_fetched_and_it_is_said_once(recorded, live_bus, settings, caplog, monkeypatch):
    settings.OPENWEATHERMAP_API_KEY = ""
    monkeypatch.setattr(services, "_told_no_key", threading.Event())
    CityFactory(slug="lakeshore")
    with caplog.at_level(logging.INFO, logger="realtime.weather.services"):
        assert weather_refresh_all(base_url=recorded.url()) == 0
        assert weather_refresh_all(base_url=recorded.url()) == 0
    assert recorded.requests == []
    assert caplog.text.count("Weather is off: OPENWEATHERMAP_API_KEY is not set.") == 1
    assert not CityWeather.objects.exists()


def test_the_beat_task_runs_the_refresh(settings, live_bus):
    from realtime.tasks import refresh_weather

    settings.OPENWEATHERMAP_API_KEY = ""
    assert refresh_weather.delay().get() == 0


def test_pages_read_the_cache_not_the_database(
    recorded, refresh, live_bus, api_key, lakeshore, django_assert_num_queries
):
    serve_city(recorded, "41.8800")
    refresh(recorded)  # committed: the cache is warm
    with django_assert_num_queries(0):
        assert weather_payload("lakeshore")["headline"] == HEADLINE
        assert services.weather_for_city_id(lakeshore.pk)["city"] == "lakeshore"
    with django_assert_num_queries(1):
        assert weather_payload("nowhere") is None
    with django_assert_num_queries(0):
        assert weather_payload("nowhere") is None  # remembered: an unknown city costs one query, then none


def test_the_headline_is_worded_for_the_moment_it_is_read(recorded, refresh, live_bus, api_key, lakeshore):
    serve_city(recorded, "41.8800")
    refresh(recorded)
    later = RECORDED_NOW + dt.timedelta(hours=16)  # 19:00 in Chicago: the rain has started
    assert weather_payload("lakeshore", now=later)["headline"] == "Now: 80% chance of rain"  # current is stale


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_store_is_neither_pushed_nor_cached(live_bus, lakeshore):
    payload = weather_payload("lakeshore")
    assert payload is None

    def store_then_fail() -> None:
        with transaction.atomic():
            services.city_weather_store(city=lakeshore, current={"temp_c": 1.0}, forecast=[], now=RECORDED_NOW)
            raise RuntimeError("the caller's transaction failed")

    with pytest.raises(RuntimeError):
        store_then_fail()
    assert weather_entries(live_bus) == []
    assert not CityWeather.objects.exists()

    services.city_weather_store(city=lakeshore, current={"temp_c": 1.0}, forecast=[], now=RECORDED_NOW)
    (entry,) = weather_entries(live_bus)  # committed (autocommit): pushed at once, and the cache replaced
    assert entry.key == "lakeshore"
    assert weather_payload("lakeshore")["current"] == {"temp_c": 1.0}


@pytest.mark.redis
def test_the_push_goes_through_the_redis_stream(recorded, refresh, live_bus, api_key, lakeshore):
    assert isinstance(live_bus, bus.RedisBus)
    serve_city(recorded, "41.8800")
    refresh(recorded)
    (entry,) = weather_entries(live_bus)
    assert entry.key == "lakeshore"
    assert bus._client().xlen(bus.STREAM_KEY) == 1
