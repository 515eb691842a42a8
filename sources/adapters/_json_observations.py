"""Weather readings are no events: a list whose items are measurements of the weather at a time and a place.

A weather API (or a sports API's weather per game, CollegeFootballData's ``/games/weather``) answers records with a
time, a place and sometimes what was on there ("startTime", "venue", "homeTeam") beside the measures themselves:
"temperature", "humidity", "dewPoint", "precipitation", "windSpeed", "pressure". Such a record says what the weather
was (or will be), not that something happens: the game it was measured at is listed by the schedule, not by its
weather. A list is one of readings when most of its items give, each on its own level (not under a "weather" or
"forecast" object of an event), numbers for at least three kinds of measure; an event with a room's "temperature", or
a festival whose items carry a nested "weather": {"temperature", "humidity", "wind"} forecast, is still an event.

A forecast writes some measures as text and says the weather in words (the National Weather Service's periods:
"temperature": 84, "windSpeed": "0 to 5 mph", "shortForecast": "Partly Sunny", "detailedForecast": "…"): a measure
written with its unit, its text opening with a digit, counts as that measure, and a text under a key that names a
forecast ("shortForecast", "forecast_text") counts as one kind more, the weather said in words. A period named
"Sunday Night" from 18:00 to 06:00 with those is the weather of that night, no event. Not: a text measure that does
not open with a number ("windSpeed": "calm"), an event's "forecast": "sunny" beside one measure (two kinds).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import words

# The kinds of measure a weather reading gives, each by the words its keys use ("dewPoint" → dew; "windSpeed" → wind).
# Since batch 54 also as Spanish, Portuguese, Italian, French, German and Dutch weather services name them, accents
# folded (AEMET's "temperatura", "humedadRelativa", "viento", "probPrecipitacion", "estadoCielo").
MEASURES = {
    "temperature": frozenset({"temperature", "temp", "temperatures", "temperatura", "temperatur", "temperatuur"}),
    "humidity": frozenset({"humidity", "humedad", "umidade", "umidita", "humidite", "luftfeuchtigkeit", "feuchte",
                           "luchtvochtigheid", "vochtigheid"}),
    "dew": frozenset({"dew", "dewpoint", "rocio", "taupunkt", "dauwpunt"}),
    "precipitation": frozenset({"precipitation", "rainfall", "snowfall", "precip", "precipitacion", "precipitacao",
                                "precipitazioni", "precipitations", "niederschlag", "neerslag", "lluvia"}),
    "wind": frozenset({"wind", "gust", "gusts", "viento", "vento", "vent", "racha", "rafale", "raffica", "windboe"}),
    "pressure": frozenset({"pressure", "barometric", "presion", "pressao", "pressione", "pression", "luftdruck",
                           "luchtdruk"}),
    "visibility": frozenset({"visibility"}),
    "cloud": frozenset({"cloud", "clouds", "cloudcover", "cielo", "nubosidad", "bewolkung", "bewolking"}),
    "uv": frozenset({"uv", "uvi"}),
}  # fmt: skip
# The words of a key under which the weather is said in words ("shortForecast", "detailedForecast", "forecast_text").
FORECAST_WORDS = frozenset({"forecast", "forecasts"})
FORECAST = "forecast"
MIN_MEASURES = 3  # kinds of measure an item gives for it to be a reading
MIN_SHARE = 0.5  # of the items that are readings
NESTED = 2  # levels of objects and lists a measure's number may sit under ("viento": [{"velocidad": 20}])
MAX_PARTS = 20  # values of such an object or list looked at
MAX_KEYS = 100  # keys of an item looked at for lists of readings


def readings(items: list[Any]) -> bool:
    """Whether the list's items are weather readings: most give numbers for three kinds of measure or more, each
    under a key of the item itself."""
    records = [item for item in items if isinstance(item, Mapping)]
    if not records:
        return False
    return sum(1 for item in records if _reading(item)) >= MIN_SHARE * len(records)


def _reading(item: Mapping[str, Any]) -> bool:
    kinds: set[str] = set()
    for key, value in item.items():
        said = set(words(str(key)))
        if isinstance(value, str) and said & FORECAST_WORDS and value.strip():
            kinds.add(FORECAST)  # the weather said in words: "Partly Sunny"
        elif _measure(value):
            kinds |= {kind for kind, names in MEASURES.items() if said & names}
    return len(kinds) >= MIN_MEASURES


def _measure(value: Any, depth: int = 0) -> bool:
    """A measure's value: a number, or a text that opens with one ("0 to 5 mph", "84 F", "20%"); since batch 54 also
    an object or a list one level down holding one (AEMET's "temperatura": {"maxima": 23, "minima": 13},
    "viento": [{"direccion": "SO", "velocidad": 20, "periodo": "00-24"}]). Not: an object of texts alone."""
    if isinstance(value, bool):
        return False
    if depth < NESTED and isinstance(value, Mapping):
        return any(_measure(inner, depth + 1) for inner in list(value.values())[:MAX_PARTS])
    if depth < NESTED and isinstance(value, list):
        return any(_measure(inner, depth + 1) for inner in value[:MAX_PARTS])
    return isinstance(value, int | float) or (isinstance(value, str) and value.lstrip()[:1].isdigit())


def reading_lists(items: list[Any]) -> tuple[str, ...]:
    """The paths ("prediccion.dia") of the lists of weather readings inside the items, one or two keys down: a
    forecast document's days (AEMET's {"nombre": "Madrid", "prediccion": {"dia": [{"fecha", "temperatura", …}]}},
    batch 54). A reading's date is the day it forecasts, not a date of the item holding it."""
    found: set[str] = set()
    for item in items[:MAX_PARTS]:
        for key, value in _within(item):
            if isinstance(value, list) and value and readings(value[:MAX_PARTS]):
                found.add(key)
    return tuple(sorted(found))


def _within(item: Any) -> list[tuple[str, Any]]:
    """(path, value) of an object's values and of its objects' values, one level down."""
    if not isinstance(item, Mapping):
        return []
    pairs = [(str(key), value) for key, value in list(item.items())[:MAX_KEYS]]
    inner = [
        (f"{key}.{name}", nested)
        for key, value in pairs
        if isinstance(value, Mapping)
        for name, nested in list(value.items())[:MAX_KEYS]
    ]
    return pairs + inner
