"""Records of a calendar's days and of carriers' trips are no events: public holidays, flights (helper review30,
APIs). Told on the items alone, for ``_json_not_events``.

- A public holidays API (Nager.Date: ``[{"date": "2031-12-25", "localName": "Christmas Day", "name": "Christmas Day",
  "countryCode": "GB", "fixed": false, "global": true, "types": ["Public"]}]``) was read as events at confidence
  0.87. A holiday is a day off, not a happening one goes to: a list is one of holidays when nearly all its items
  name a country ("countryCode", "country") and say they are holidays — a key of the word ("holiday", "isHoliday",
  "holiday_type") or a type that is a holiday's kind ("Public", "Bank", "National", "Observance", "Optional").
- A flight status API (``{"data": [{"flight_date": "2031-06-14", "departure": {"airport": "Gatwick", "scheduled":
  …}, "arrival": {…}, "airline": {"name": "easyJet"}, "flight": {"number": "1234"}}]}``) was read as an event titled
  by its airline. A list is one of flights when nearly all its items hold a flight's or an airline's key ("flight",
  "airline", "carrier", "iata", "icao") beside a departure's and an arrival's.

Not: a festival's days with a "country" (no holiday word or kind), a coach trip with its "departure" and "arrival"
times (no flight's or airline's key), a list where a few items are such records among events.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["flight_items", "holiday_items"]

HOLIDAY_KINDS = frozenset({"public", "bank", "national", "observance", "optional", "school", "authorities",
                           "public holiday", "bank holiday", "national holiday", "federal holiday"})  # fmt: skip
FLIGHT_WORDS = frozenset({"flight", "flights", "airline", "airlines", "iata", "icao"})  # a coach firm is a "carrier"


def holiday_items(items: list[Any]) -> bool:
    """Whether the list's items are public holidays (see the module)."""
    return nearly_all(items, _holiday)


def flight_items(items: list[Any]) -> bool:
    """Whether the list's items are flights (see the module)."""
    return nearly_all(items, _flight)


def _kinds(value: Any) -> set[str]:
    values = value if isinstance(value, list) else [value]
    return {" ".join(each.lower().split()) for each in values if isinstance(each, str)}


def _holiday(item: Mapping[Any, Any]) -> bool:
    country = holiday = False
    for said, value in said_keys(item):
        country = country or "country" in said
        holiday = holiday or bool(said & {"holiday", "holidays"})
        holiday = holiday or bool(said & {"type", "types", "kind"} and _kinds(value) & HOLIDAY_KINDS)
    return country and holiday


def _flight(item: Mapping[Any, Any]) -> bool:
    said = set().union(*(words for words, _value in said_keys(item)))
    return bool(said & FLIGHT_WORDS) and "departure" in said and "arrival" in said
