"""Records of a service's days and times are no events: a status page's maintenance windows, recipes, a station's
departures, an earnings calendar's reports, a forecast's days, records named by a calendar's label (helper review32, APIs). Told on the items alone,
for ``_json_not_events`` (whose guard keeps any list of happenings: a timed start, a venue's key).

Each was read as events at confidence 0.78 to 0.9 from ordinary answers:
- a status page (``{"scheduled_maintenances": [{"name": "Database upgrade", "impact": "maintenance",
  "scheduled_for": "2031-06-15T02:00:00Z", "scheduled_until": …, "components": […], "incident_updates": […]}]}``):
  a window when a service is down, not a happening; a key of the scheduled words beside an impact's, a component's
  or an incident's key;
- recipes (``{"title": "Slow-roast lamb", "prepTime": "PT20M", "cookTime": "PT4H", "date": …, "servings": 6}``): two
  of a recipe's keys (a preparing or cooking time, ingredients, servings, a yield);
- a station's departures (``{"aimed_departure_time": "07:30", "platform": "4", "operator_name": …}``): a
  departure's key beside a platform's;
- an earnings calendar (``{"symbol": "ACME", "reportDate": "2031-06-12", "fiscalDateEnding": …, "estimate": 1.12}``):
  a ticker's key beside a fiscal period's or an estimate's;
- a weather API's days (``{"date": "2031-06-11", "summary": "Sunny intervals", "temp": {…}, "sunrise": …}``): the
  sun's times' keys, or two of a forecast's measures ("temp", "humidity", "precipitation", "wind", "pressure");
- a school's terms (``{"name": "Autumn term", "start": "2031-09-03", "end": "2031-12-19"}``), a bin's days, the moon's
  phases: a name key holding only such a label (``_page_record_titles.record_title``, as a page's rows).

Not: a TV guide's episodes ("airdate", "season", "show"): a Sonarr calendar's airings are the apis corpus's
events (b14-ha-sonarr-calendar), so airings are left read. Nor (each kept, ``tests/sources/test_review32_misfires.py``):
a cooking class with its "ingredients" and a timed "start" or a "venue" (the guard); a coach trip's "departure" and
"arrival" (no platform); a conference's "components" without a scheduled window's key.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys
from sources.adapters._page_record_titles import record_title

__all__ = ["service_items"]

MAINTENANCE_WORDS = frozenset({"impact", "components", "component", "incident", "incidents"})
RECIPE_WORDS = frozenset({"ingredients", "ingredient", "servings", "serves", "yield", "zutaten", "ingredientes"})
COOK_WORDS = frozenset({"prep", "cook", "cooking", "preparation", "bake", "baking"})  # beside "time"
PLATFORM_WORDS = frozenset({"platform", "gleis", "voie", "binario", "spoor", "quai"})
TICKER_WORDS = frozenset({"symbol", "ticker"})
FISCAL_WORDS = frozenset({"fiscal", "eps", "estimate", "estimated", "quarter"})
SUN_WORDS = frozenset({"sunrise", "sunset"})
WEATHER_WORDS = frozenset(
    {"temp", "temperature", "humidity", "precipitation", "precip", "wind", "pressure", "dewpoint"}
)
NAME_WORDS = frozenset({"name", "title", "summary", "label"})


def service_items(items: list[Any]) -> bool:
    """Whether the list's items are maintenance windows, recipes, departures, earnings reports, a forecast's days or
    records named by a calendar's label (see the module)."""
    return nearly_all(items, _service)


def _service(item: Mapping[Any, Any]) -> bool:
    keys = [said for said, _value in said_keys(item)]
    said = set().union(*keys)
    weather = len(said & WEATHER_WORDS) >= 2 or bool(said & SUN_WORDS)
    named = any(
        words & NAME_WORDS and isinstance(value, str) and record_title(value) for words, value in said_keys(item)
    )
    recipe = sum(1 for words in keys if words & RECIPE_WORDS or (words & COOK_WORDS and "time" in words))
    return (
        ("scheduled" in said and bool(said & MAINTENANCE_WORDS))
        or recipe >= 2
        or ("departure" in said and bool(said & PLATFORM_WORDS))
        or (bool(said & TICKER_WORDS) and bool(said & FISCAL_WORDS))
        or weather
        or named
    )
