"""The OpenWeatherMap client on recorded answers in the provider's documented format, served over real HTTP.

The recorded server (tests/sources/conftest.py) stands in for api.openweathermap.org, so the project's HTTP
client runs for real: query string, retries on 429/5xx, the JSON check. The key must never show in an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from realtime.weather.openweathermap import (
    CURRENT_PATH,
    FORECAST_PATH,
    WeatherError,
    fetch_current,
    fetch_forecast,
    parse_current,
    parse_forecast,
    redact,
)
from sources.http import HttpClient
from tests.sources.conftest import RecordedServer, recorded_server

RECORDED = Path(__file__).parent / "recorded" / "openweathermap"
KEY = "0123456789abcdef0123456789abcdef"  # the shape of a real key: 32 hex digits
LAKESHORE = {"lat": 41.88, "lon": -87.63}


def recording(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


def serve(server: RecordedServer, path: str, name: str, *, status: int = 200, **reply) -> None:
    server.add(path, server.reply(status=status, body=recording(name), content_type="application/json", **reply))


@pytest.fixture
def recorded() -> Iterator[RecordedServer]:
    with recorded_server() as server:
        yield server


@pytest.fixture
def waits() -> list[float]:
    """Backoff waits, recorded instead of slept through."""
    return []


@pytest.fixture
def http(waits) -> Iterator[HttpClient]:
    with HttpClient(rate_key="weather-test", allow_private=True, sleep=waits.append) as client:
        yield client


def test_current_weather_is_read_in_metric_units(recorded, http):
    serve(recorded, CURRENT_PATH, "current_lakeshore.json")
    current = fetch_current(http=http, api_key=KEY, base_url=recorded.url(), **LAKESHORE)

    (seen,) = recorded.requests
    assert seen.path == "/data/2.5/weather"
    assert seen.query == {"lat": "41.8800", "lon": "-87.6300", "appid": KEY, "units": "metric"}
    assert current == {
        "temp_c": 8.4,
        "summary": "light rain",
        "condition": "Rain",
        "icon": "10n",
        "wind_kph": 16.7,  # 4.63 m/s
        "precipitation_mm": 0.42,
        "observed_at": "2026-11-22T08:50:00+00:00",
    }
    assert json.loads(json.dumps(current)) == current  # stored in a JSONField and sent over the bus as is


def test_the_forecast_is_forty_three_hour_periods_in_utc(recorded, http):
    serve(recorded, FORECAST_PATH, "forecast_lakeshore.json")
    forecast = fetch_forecast(http=http, api_key=KEY, base_url=recorded.url(), **LAKESHORE)

    assert recorded.requests[0].path == "/data/2.5/forecast"
    assert recorded.requests[0].query["units"] == "metric"
    assert len(forecast) == 40
    assert forecast[0]["start"] == "2026-11-22T12:00:00+00:00"
    assert forecast[-1]["end"] == "2026-11-27T12:00:00+00:00"
    evening = forecast[4]  # 18:00 in Chicago (UTC-6 in November)
    assert evening == {
        "start": "2026-11-23T00:00:00+00:00",
        "end": "2026-11-23T03:00:00+00:00",
        "summary": "moderate rain",
        "condition": "Rain",
        "icon": "10n",
        "temp_c": 7.2,  # 7.23 in the answer
        "pop": 0.8,
        "rain_mm": 2.47,
    }
    assert forecast[0]["rain_mm"] == 0.0  # no "rain" object: nothing falls
    assert all(period["start"] < later["start"] for period, later in zip(forecast, forecast[1:], strict=False))


def test_a_refused_key_is_said_plainly_and_marked(recorded, http):
    serve(recorded, CURRENT_PATH, "error_401.json", status=401)
    with pytest.raises(WeatherError) as caught:
        fetch_current(http=http, api_key=KEY, base_url=recorded.url(), **LAKESHORE)
    assert caught.value.key_refused
    assert str(caught.value) == "OpenWeatherMap refused the API key (HTTP 401): check OPENWEATHERMAP_API_KEY."
    assert len(recorded.requests) == 1  # a 401 is not retried


@pytest.mark.parametrize(("status", "name"), [(429, "error_429.json"), (500, None), (503, None)])
def test_rate_limits_and_server_errors_are_retried_then_reported_without_the_key(
    recorded, http, waits, caplog, status, name
):
    if name:
        serve(recorded, FORECAST_PATH, name, status=status, headers={"Retry-After": "1"})
    else:
        recorded.add(FORECAST_PATH, status=status, body=b"<html>Bad gateway</html>")
    with caplog.at_level(logging.DEBUG), pytest.raises(WeatherError) as caught:
        fetch_forecast(http=http, api_key=KEY, base_url=recorded.url(), **LAKESHORE)
    assert not caught.value.key_refused
    assert str(caught.value).startswith(f"OpenWeatherMap request failed: HTTP {status} from http://127.0.0.1")
    assert "gave up after 4 attempts" in str(caught.value)
    assert (len(recorded.requests), len(waits)) == (4, 3)
    assert KEY not in str(caught.value)
    assert KEY not in caplog.text
    assert caught.value.__cause__ is None  # no chained error carrying the URL either
    assert caught.value.__suppress_context__


def test_an_answer_that_is_not_json_is_an_error_that_hides_the_key(recorded, http, caplog):
    recorded.add(CURRENT_PATH, status=200, body=b"{'not': json", content_type="application/json")
    with caplog.at_level(logging.DEBUG), pytest.raises(WeatherError) as caught:
        fetch_current(http=http, api_key=KEY, base_url=recorded.url(), **LAKESHORE)
    message = str(caught.value)
    assert "is not JSON" in message
    assert "appid=REDACTED" in message  # the client names the URL it read, query string and all
    assert KEY not in message
    assert KEY not in caplog.text


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ([], "expected a JSON object"),
        ({"cod": 200, "main": {}}, "no main.temp in degrees"),
        ({"main": {"temp": "warm"}, "dt": 1}, "no main.temp in degrees"),
        ({"main": {"temp": 9999}, "dt": 1}, "no main.temp in degrees"),  # Kelvin-sized nonsense, not weather
        ({"main": {"temp": 10}, "dt": True}, "no dt timestamp"),
    ],
)
def test_current_answers_of_the_wrong_shape_are_refused(answer, problem):
    with pytest.raises(WeatherError, match=problem):
        parse_current(answer)


def test_current_weather_without_wind_or_description_still_reads():
    current = parse_current({"main": {"temp": -3.26}, "dt": 1_764_000_000, "snow": {"1h": 0.5}, "weather": []})
    assert current["temp_c"] == -3.3
    assert (current["summary"], current["icon"], current["wind_kph"]) == ("", "", None)
    assert current["precipitation_mm"] == 0.5  # snow counts as precipitation


def test_broken_forecast_steps_are_skipped_and_an_empty_forecast_is_an_error():
    good = {"dt": 1_764_000_000, "main": {"temp": 4}, "pop": 1.7, "rain": {"3h": -2}}
    periods = parse_forecast({"list": [good, {"dt": "soon"}, "junk", {"main": {"temp": 3}}]})
    assert len(periods) == 1
    assert (periods[0]["pop"], periods[0]["rain_mm"]) == (1.0, 0.0)  # clamped to what the fields mean
    with pytest.raises(WeatherError, match="no usable forecast steps"):
        parse_forecast({"cod": "200", "list": [{"dt": "soon"}]})
    with pytest.raises(WeatherError, match="no usable forecast steps"):
        parse_forecast({"cod": "404", "message": "city not found"})


def test_redaction_covers_urls_and_the_bare_key():
    text = f"HTTP 500 from https://api.example/x?lat=1&appid={KEY}&units=metric; echoed {KEY}"
    assert redact(text, KEY) == (
        "HTTP 500 from https://api.example/x?lat=1&appid=REDACTED&units=metric; echoed REDACTED"
    )
