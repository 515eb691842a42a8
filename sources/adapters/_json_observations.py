"""Weather readings are no events: a list whose items are measurements of the weather at a time and a place.

A weather API (or a sports API's weather per game, CollegeFootballData's ``/games/weather``) answers records with a
time, a place and sometimes what was on there ("startTime", "venue", "homeTeam") beside the measures themselves:
"temperature", "humidity", "dewPoint", "precipitation", "windSpeed", "pressure". Such a record says what the weather
was (or will be), not that something happens: the game it was measured at is listed by the schedule, not by its
weather. A list is one of readings when most of its items give, each on its own level (not under a "weather" or
"forecast" object of an event), numbers for at least three kinds of measure; an event with a room's "temperature", or
a festival whose items carry a nested "weather": {"temperature", "humidity", "wind"} forecast, is still an event.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import words

# The kinds of measure a weather reading gives, each by the words its keys use ("dewPoint" → dew; "windSpeed" → wind).
MEASURES = {
    "temperature": frozenset({"temperature", "temp", "temperatures"}),
    "humidity": frozenset({"humidity"}),
    "dew": frozenset({"dew", "dewpoint"}),
    "precipitation": frozenset({"precipitation", "rainfall", "snowfall", "precip"}),
    "wind": frozenset({"wind", "gust", "gusts"}),
    "pressure": frozenset({"pressure", "barometric"}),
    "visibility": frozenset({"visibility"}),
    "cloud": frozenset({"cloud", "clouds", "cloudcover"}),
    "uv": frozenset({"uv", "uvi"}),
}
MIN_MEASURES = 3  # kinds of measure an item gives for it to be a reading
MIN_SHARE = 0.5  # of the items that are readings


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
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        said = set(words(str(key)))
        kinds |= {kind for kind, names in MEASURES.items() if said & names}
    return len(kinds) >= MIN_MEASURES
