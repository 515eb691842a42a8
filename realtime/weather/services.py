"""Refreshing every city's weather, storing it, pushing it live, and reading it back for pages (cached).

``weather_refresh_all`` runs from beat every 30 minutes (realtime.tasks.refresh_weather). Each city is
stored in its own transaction and announced after that commit: its cached copy is replaced and a
``weather`` message goes on the realtime bus (``{"type": "weather", "city": <slug>, "weather": <payload>}``).
A city whose request fails keeps its previous weather and does not stop the others; a refused key stops
the run (it would be refused for every city alike).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from events import selectors
from events.models import City
from realtime import bus
from realtime.models import CityWeather
from realtime.weather import openweathermap as owm
from realtime.weather.outlook import weather_headline
from sources.http import HttpClient

logger = logging.getLogger(__name__)

# The provider's free plan allows 60 calls a minute; two calls per city.
RATE_LIMIT_PER_MINUTE = 55
# Under the task's soft time limit (240 s): cities not reached by then fail with "out of time", are logged,
# and keep their previous weather until the next run.
RUN_SECONDS = 200.0
# Pages read the cache, not the database; a refresh replaces the cached copy as it commits.
CACHE_SECONDS = 15 * 60
CACHE_KEY = "whatson:weather:{kind}:{value}"
NOTHING = "none"  # cached for a city with no weather yet, so its pages don't query on every render

NO_KEY = "Weather is off: OPENWEATHERMAP_API_KEY is not set."
CITY_FAILED = "Weather for %s not refreshed: %s"
KEY_STOP = "Weather refresh stopped before %d cities: %s"

_told_no_key = threading.Event()


def weather_refresh_all(
    now: dt.datetime | None = None, *, http: HttpClient | None = None, base_url: str = owm.BASE_URL
) -> int:
    """Fetch and store current weather and forecast for every active city; returns how many were refreshed.

    Without an API key nothing is fetched (said once per process, at INFO) and the count is 0.
    """
    api_key = settings.OPENWEATHERMAP_API_KEY
    if not api_key:
        if not _told_no_key.is_set():
            _told_no_key.set()
            logger.info(NO_KEY)
        return 0
    now = now or timezone.now()
    cities = list(City.objects.filter(is_active=True).order_by("slug"))
    client = http or HttpClient(
        rate_key=owm.PROVIDER, rate_limit_per_minute=RATE_LIMIT_PER_MINUTE, run_deadline_seconds=RUN_SECONDS
    )
    refreshed = 0
    try:
        for position, city in enumerate(cities):
            try:
                current = owm.fetch_current(
                    http=client, api_key=api_key, lat=city.latitude, lon=city.longitude, base_url=base_url
                )
                forecast = owm.fetch_forecast(
                    http=client, api_key=api_key, lat=city.latitude, lon=city.longitude, base_url=base_url
                )
            except owm.WeatherError as exc:
                if exc.key_refused:
                    logger.error(KEY_STOP, len(cities) - position, exc)
                    break
                logger.warning(CITY_FAILED, city.slug, exc)
                continue
            city_weather_store(city=city, current=current, forecast=forecast, now=now)
            refreshed += 1
    finally:
        if http is None:
            client.close()
    return refreshed


def city_weather_store(
    *,
    city: City,
    current: dict[str, Any],
    forecast: list[dict[str, Any]],
    now: dt.datetime,
    provider: str = owm.PROVIDER,
) -> CityWeather:
    """Replace the city's weather; once that commits, refresh the cached copy and push it live."""
    with transaction.atomic():
        row, _created = CityWeather.objects.update_or_create(
            city=city, defaults={"provider": provider, "current": current, "forecast": forecast, "fetched_at": now}
        )
        transaction.on_commit(functools.partial(_announce, _payload(city, row)))
    return row


def _announce(payload: dict[str, Any]) -> None:
    _cache_store(payload["city"], payload["city_id"], payload)
    bus.publish("weather", weather_message(payload), key=payload["city"])


def weather_message(payload: dict[str, Any], *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The bus message for one city's weather (the consumer adds ``subscriptions``)."""
    return {"type": "weather", "city": payload["city"], "weather": _public(payload, now=now)}


# --- reading -----------------------------------------------------------------------------------------
def weather_payload(city_slug: str, *, now: dt.datetime | None = None) -> dict[str, Any] | None:
    """A city's weather as the live messages carry it, or None when the city has none (or is unknown).

    ``{city, timezone, provider, fetched_at, current: {…}, forecast: [{…}], headline}``; ``headline`` is the
    city page's line, worded for ``now``.
    """
    stored = _cached("slug", city_slug)
    return _public(stored, now=now) if stored else None


def weather_for_city_id(city_id: int) -> dict[str, Any] | None:
    """The stored weather of a city by id (cached): what the page tags read."""
    return _cached("id", city_id)


def _cached(kind: str, value: Any) -> dict[str, Any] | None:
    key = CACHE_KEY.format(kind=kind, value=value)
    found = selectors.cache_get(key)
    if found is None:
        lookup = {"city__slug": value} if kind == "slug" else {"city_id": value}
        row = CityWeather.objects.filter(**lookup).select_related("city").first()
        if row is None:
            selectors.cache_set(key, NOTHING, CACHE_SECONDS)
            return None
        found = _payload(row.city, row)
        _cache_store(row.city.slug, row.city_id, found)
    return found if isinstance(found, dict) else None


def _cache_store(slug: str, city_id: int, payload: dict[str, Any]) -> None:
    for kind, value in (("slug", slug), ("id", city_id)):
        selectors.cache_set(CACHE_KEY.format(kind=kind, value=value), payload, CACHE_SECONDS)


def _payload(city: City, row: CityWeather) -> dict[str, Any]:
    return {
        "city": city.slug,
        "city_id": city.pk,
        "timezone": city.timezone,
        "provider": row.provider,
        "fetched_at": row.fetched_at.isoformat(),
        "current": row.current,
        "forecast": row.forecast,
    }


def _public(payload: dict[str, Any], *, now: dt.datetime | None = None) -> dict[str, Any]:
    public = {key: value for key, value in payload.items() if key != "city_id"}
    public["headline"] = weather_headline(payload, now=now)
    return public
