"""News items are no events: a list whose items are articles, each a headline over a text, dated the day it ran.

A site's news (a village app's chronicle, batch 54: ``{"headline": "Wieder kurze Nacht für Feuerwehr",
"subheadline": "Erneut Falschmeldung durch Brandmelder", "date": "08.09.2018", "text": "…", "url": "…"}``) has a
title and a date, as an event list has: its headline, the text under it and a bare day with no place say it reports
what happened, not that something will. A list is one of articles when nearly all its items have a key named a
headline ("headline", "subheadline", "Schlagzeile", "titular", "kop") holding text, a key named a text ("text",
"body", "teaser", "lead", "content", "abstract", "excerpt", "article"), no key naming a place, and no time of day in
any key naming a date or a time (a start's key glued, "starts_at", "dtstart"; an epoch's number; a clock inside
the key's object or list: review25).

Not: a list titled by "headline" with a place ("location", "venue", "ort", "lieu"…) or a time of day ("date":
"2031-05-02T20:00"): an event's; a list of headlines without a text beside them; a list titled by "title" or
"name" (a text and a bare date are an all-day event's as often as an article's).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sources.adapters._json_shapes import words

__all__ = ["nearly_all", "news_items", "said_keys"]

HEADLINE_WORDS = frozenset({"headline", "subheadline", "schlagzeile", "titular", "kop", "manchette"})
TEXT_WORDS = frozenset(
    {"text", "body", "teaser", "lead", "content", "abstract", "excerpt", "article", "texto", "texte", "testo", "tekst"}
)
PLACE_WORDS = frozenset(
    {"location", "venue", "place", "address", "where", "room", "city", "ort", "adresse", "lieu", "lugar", "luogo",
     "locatie", "plaats", "sede", "local", "venues", "locations", "geo", "latitude", "lat"}
)  # fmt: skip
WHEN_WORDS = frozenset({"date", "time", "datetime", "start", "begin", "when", "datum", "zeit", "fecha", "hora", "data"})
NEARLY = 0.9  # share of the items that must be articles
MAX_KEYS = 100  # keys of an item looked at
MAX_WHEN = 64  # a date's text longer than this is no date
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
MAX_DEPTH = 2  # objects and lists under a date's key looked into
MAX_ITEMS = 20  # values of such an object or list looked at
EPOCH = 10**9  # a number from here up under a date's key is a moment (seconds or milliseconds), not a day


def news_items(items: list[Any]) -> bool:
    """Whether the list's items are news articles (see the module's docstring)."""
    return nearly_all(items, _article)


def nearly_all(items: list[Any], record: Callable[[Mapping[Any, Any]], bool]) -> bool:
    """Whether nearly all (NEARLY) of the list's objects are such records; a list with no object is not. Shared
    with the other lists of records that are no events (``_json_incidents``, ``_json_roadmap``)."""
    records = [item for item in items if isinstance(item, Mapping)]
    return bool(records) and sum(1 for item in records if record(item)) >= NEARLY * len(records)


def said_keys(item: Mapping[Any, Any]) -> Iterator[tuple[set[str], Any]]:
    """The words of each of an item's first MAX_KEYS keys, with its value."""
    for key, value in list(item.items())[:MAX_KEYS]:
        yield set(words(str(key))), value


def _article(item: Mapping[str, Any]) -> bool:
    headline = text = False
    for said, value in said_keys(item):
        if said & PLACE_WORDS:
            return False
        if _when(said) and _clocked(value, MAX_DEPTH):
            return False  # a time of day: an event's start, not a day an article ran
        if said & HEADLINE_WORDS and isinstance(value, str) and value.strip():
            headline = True
        elif said & TEXT_WORDS and isinstance(value, str):
            text = True
    return headline and text


def _when(said: set[str]) -> bool:
    """Whether a key's words name a date or time: a word of WHEN_WORDS, or one glued to "start"/"begin"
    ("starts", "dtstart", "startdatetime"), as an event's start is often keyed."""
    return bool(said & WHEN_WORDS) or any(("start" in word or "begin" in word) for word in said)


def _clocked(value: Any, depth: int) -> bool:
    """Whether a date's value holds a time of day: a text with a clock, an epoch's number, or such a value inside
    an object or list ("start": {"dateTime": "2031-05-02T19:00"}) up to ``depth`` levels down."""
    if isinstance(value, str):
        return len(value) <= MAX_WHEN and bool(_CLOCK.search(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value >= EPOCH
    if depth <= 0:
        return False
    if isinstance(value, Mapping):
        return any(_clocked(inner, depth - 1) for inner in list(value.values())[:MAX_ITEMS])
    if isinstance(value, list):
        return any(_clocked(inner, depth - 1) for inner in value[:MAX_ITEMS])
    return False
