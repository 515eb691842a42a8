"""The OpenWeatherMap client: current weather and the 5 day / 3 hour forecast for one point, normalized.

Endpoints (https://openweathermap.org/current, https://openweathermap.org/forecast5), both
``GET …?lat=&lon=&appid=&units=metric``:

- ``/data/2.5/weather``: ``weather[0].main/description/icon``, ``main.temp`` (°C with metric units),
  ``wind.speed`` (m/s), ``rain["1h"]`` / ``snow["1h"]`` (mm, only when it falls), ``dt`` (Unix, UTC).
- ``/data/2.5/forecast``: ``list[]`` of steps, each ``dt`` (Unix, UTC), ``main.temp``, ``weather[0]``,
  ``pop`` (probability of precipitation, 0..1), ``rain["3h"]`` (mm); ``city.timezone`` (offset from UTC, s).

Each forecast step is read as the three hours from its ``dt``: the provider's own pages label a step by its
``dt`` ("21:00"), and ``pop`` is given for the step as a whole.

The key travels in the query string (the provider accepts it nowhere else), so every message that could
carry a URL is redacted before it leaves this module, and the httpx loggers stay at WARNING (settings).
Requests go through the project's HTTP client (sources/http.py): the SSRF guard, timeouts, deadlines and
retries with backoff on 429 and 5xx.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from sources.fetching import HTTP_ERROR, FetchError
from sources.http import HttpClient

PROVIDER = "openweathermap"
BASE_URL = "https://api.openweathermap.org"
CURRENT_PATH = "/data/2.5/weather"
FORECAST_PATH = "/data/2.5/forecast"
STEP = dt.timedelta(hours=3)
REDACTED = "REDACTED"
# Whatever follows appid= up to the next parameter, quote or space: a URL in an error message.
APPID_IN_TEXT = re.compile(r"(appid=)[^&\s'\"]*", re.IGNORECASE)
# A reading this far from the usual range is a broken answer, not weather.
TEMPERATURE_RANGE_C = (-95.0, 65.0)

KEY_REFUSED = "OpenWeatherMap refused the API key (HTTP 401): check OPENWEATHERMAP_API_KEY."
REQUEST_FAILED = "OpenWeatherMap request failed: {error}"
MALFORMED = "Unexpected answer from OpenWeatherMap ({what}): {problem}"
NOT_AN_OBJECT = "expected a JSON object"
NO_TEMPERATURE = "no main.temp in degrees"
NO_TIME = "no dt timestamp"
NO_STEPS = "no usable forecast steps in list"


class WeatherError(Exception):
    """The provider could not give us the weather; the message says why and never holds the API key."""

    def __init__(self, message: str, *, key_refused: bool = False) -> None:
        super().__init__(message)
        self.key_refused = key_refused  # the key is wrong for every city alike: no point asking for the others


def redact(text: str, api_key: str) -> str:
    """``text`` without the API key, wherever it appears (a URL's query string, an echoed parameter)."""
    text = APPID_IN_TEXT.sub(rf"\g<1>{REDACTED}", text)
    return text.replace(api_key, REDACTED) if api_key else text


def _get(http: HttpClient, url: str, *, api_key: str, lat: float, lon: float) -> Any:
    params = {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "appid": api_key, "units": "metric"}
    try:
        return http.get_json(url, params=params)
    except FetchError as exc:
        # sources/http.py raises "HTTP <status> from <url>" for a client error that is not retried.
        if str(exc).startswith(HTTP_ERROR.format(status=401, url="")):
            raise WeatherError(KEY_REFUSED, key_refused=True) from None
        # "from None": the chained FetchError's own text (and traceback) may carry the URL with the key.
        raise WeatherError(REQUEST_FAILED.format(error=redact(str(exc), api_key))) from None


def fetch_current(*, http: HttpClient, api_key: str, lat: float, lon: float, base_url: str = BASE_URL) -> dict:
    """Current conditions at a point, normalized (see ``parse_current``). Raises WeatherError."""
    data = _get(http, base_url.rstrip("/") + CURRENT_PATH, api_key=api_key, lat=lat, lon=lon)
    return parse_current(data)


def fetch_forecast(
    *, http: HttpClient, api_key: str, lat: float, lon: float, base_url: str = BASE_URL
) -> list[dict[str, Any]]:
    """The 5 day / 3 hour forecast at a point, normalized (see ``parse_forecast``). Raises WeatherError."""
    data = _get(http, base_url.rstrip("/") + FORECAST_PATH, api_key=api_key, lat=lat, lon=lon)
    return parse_forecast(data)


# --- parsing (pure) ----------------------------------------------------------------------------------
def parse_current(data: Any) -> dict[str, Any]:
    """``{temp_c, summary, condition, icon, wind_kph, precipitation_mm, observed_at}`` from a current answer."""
    if not isinstance(data, dict):
        raise WeatherError(MALFORMED.format(what="current weather", problem=NOT_AN_OBJECT))
    temp = _temperature(_object(data.get("main")).get("temp"))
    if temp is None:
        raise WeatherError(MALFORMED.format(what="current weather", problem=NO_TEMPERATURE))
    observed = _timestamp(data.get("dt"))
    if observed is None:
        raise WeatherError(MALFORMED.format(what="current weather", problem=NO_TIME))
    wind = _number(_object(data.get("wind")).get("speed"))
    falling = (_number(_object(data.get(kind)).get("1h")) or 0.0 for kind in ("rain", "snow"))
    return {
        "temp_c": round(temp, 1),
        **_condition(data),
        "wind_kph": round(wind * 3.6, 1) if wind is not None and wind >= 0 else None,
        "precipitation_mm": round(sum(falling), 2),
        "observed_at": observed.isoformat(),
    }


def parse_forecast(data: Any) -> list[dict[str, Any]]:
    """``[{start, end, summary, condition, icon, temp_c, pop, rain_mm}]`` (UTC ISO times), in time order.

    A step with no time or temperature is skipped; an answer with no usable step at all is an error.
    """
    if not isinstance(data, dict):
        raise WeatherError(MALFORMED.format(what="forecast", problem=NOT_AN_OBJECT))
    steps = data.get("list")
    periods = [period for period in map(_period, steps if isinstance(steps, list) else []) if period]
    if not periods:
        raise WeatherError(MALFORMED.format(what="forecast", problem=NO_STEPS))
    return sorted(periods, key=lambda period: period["start"])


def _period(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    start = _timestamp(item.get("dt"))
    temp = _temperature(_object(item.get("main")).get("temp"))
    if start is None or temp is None:
        return None
    pop = _number(item.get("pop"))
    rain = _number(_object(item.get("rain")).get("3h"))
    return {
        "start": start.isoformat(),
        "end": (start + STEP).isoformat(),
        **_condition(item),
        "temp_c": round(temp, 1),
        "pop": round(min(max(pop, 0.0), 1.0), 2) if pop is not None else 0.0,
        "rain_mm": round(rain, 2) if rain is not None and rain > 0 else 0.0,
    }


def _condition(item: dict[str, Any]) -> dict[str, str]:
    conditions = item.get("weather")
    first = _object(conditions[0]) if isinstance(conditions, list) and conditions else {}
    return {
        "summary": _text(first.get("description"), 80),
        "condition": _text(first.get("main"), 40),
        "icon": _text(first.get("icon"), 8),
    }


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any, limit: int) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _temperature(value: Any) -> float | None:
    temp = _number(value)
    low, high = TEMPERATURE_RANGE_C
    return temp if temp is not None and low <= temp <= high else None


def _timestamp(value: Any) -> dt.datetime | None:
    seconds = _number(value)
    if seconds is None:
        return None
    try:
        return dt.datetime.fromtimestamp(int(seconds), tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
