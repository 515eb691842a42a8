"""Measured natural occurrences are no events: a list whose items are earthquakes (or other hazards a network
measures), each with its magnitude (held-out batch 82, APIs).

A seismic network's feed (the USGS earthquake GeoJSON, which apps and their tests keep) answers ``[{"type":
"Feature", "properties": {"mag": 1.29, "place": "12km WNW of Calipatria, CA", "time": 1561424490930, "url":
".../eventpage/ci38428943", "status": "reviewed", "magType": "ml", "type": "earthquake", "title": "M 1.3 - 12km WNW
of Calipatria, CA"}, "geometry": {...}}]``: a title, a start, a place and a link to an "eventpage", every field an
event has. But it is a measurement of something that happened to a place, which nobody goes to, and its "events"
are the seismologists' word for a quake.

A list is one of measured occurrences when nearly all its items (``_json_news.nearly_all``) carry a magnitude, a
number under a key named so ("mag", "magnitude": ``MAGNITUDE_WORDS``), together with a sign of the
measurement: a kind naming a natural hazard ("type": "earthquake", "quarry blast", "tsunami": ``HAZARD_KINDS``,
accents folded), the scale the magnitude was measured on ("magType": "ml"), or a key that only such a catalogue has
(an intensity, "mmi", "cdi"; "tsunami"; an "epicenter"; a lower-case "magtype": ``SEISMIC_KEYS``). Keys are read in the item and in the objects directly under it (a GeoJSON
feature's "properties"). No guard by happenings (``_json_not_events``): a quake has a place and a clock by nature.

Not: a star party or an astronomy club's list with a star's "magnitude" (no hazard's kind, no magnitude type), a
seismology conference ("type": "conference", no magnitude), an earthquake drill ("title": "Great ShakeOut drill",
no magnitude), a festival named "Magnitude" (a name, not a number), a list where only a few items are quakes.
Review60: nor a quake imagined for a drill ("scenario": {"magnitude": 9.0, "type": "earthquake", "epicenter":
"Cascadia"} under a ShakeOut drill or workshop): an object keyed as a scenario, a simulation or an exercise
(``IMAGINED_WORDS``) is not looked into.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys
from sources.adapters._json_other_words import fold_key

__all__ = ["hazard_items"]

# A magnitude's key, by its words ("mag", "properties.magnitude", "magnitude_value").
MAGNITUDE_WORDS = frozenset({"mag", "magnitude", "magnitud", "magnitudes", "richter"})
# A kind's key, and the kinds of measured natural occurrences (accents folded, lower case).
KIND_WORDS = frozenset({"type", "kind", "category", "class", "tipo", "typ"})
HAZARD_KINDS = frozenset({
    "earthquake", "earthquakes", "quake", "ice quake", "explosion", "quarry blast", "mining explosion",
    "rock burst", "chemical explosion", "landslide", "volcanic eruption", "eruption", "tsunami", "aftershock",
    "foreshock", "tremor", "seism", "seisme", "erdbeben", "terremoto", "sismo", "aardbeving", "jordskjelv",
    "jordskalv", "maanjaristys",
})  # fmt: skip
# Keys only a seismic catalogue has: the magnitude's type ("magType"), intensities, a tsunami flag.
SEISMIC_KEYS = frozenset({"magtype", "mmi", "cdi", "tsunami", "epicenter", "epicentre", "hypocenter", "hypocentre"})
# An object holding a quake imagined for a drill, not measured (review60).
IMAGINED_WORDS = frozenset({"scenario", "scenarios", "simulation", "simulated", "exercise", "drill", "hypothetical",
                            "szenario", "simulacro", "exercice"})  # fmt: skip
MAX_KIND = 40  # characters of a kind looked at
MAX_INNER = 10  # objects directly under an item looked into


def hazard_items(items: list[Any]) -> bool:
    """Whether the list's items are measured natural occurrences (see the module's docstring)."""
    return nearly_all(items, _measured)


def _measured(item: Mapping[Any, Any]) -> bool:
    magnitude = sign = False
    for said, value in _keys(item):
        if said & MAGNITUDE_WORDS:
            if "type" in said:
                sign = True  # "magType": "ml", "magnitude_type": the scale a magnitude was measured on
            elif isinstance(value, int | float) and not isinstance(value, bool):
                magnitude = True
        elif said & KIND_WORDS and isinstance(value, str) and len(value) <= MAX_KIND:
            sign = sign or " ".join(fold_key(value).lower().split()) in HAZARD_KINDS
        sign = sign or bool(said & SEISMIC_KEYS)
    return magnitude and sign


def _keys(item: Mapping[Any, Any]) -> Iterator[tuple[set[str], Any]]:
    """The item's keys (their words) with their values, then those of the objects directly under it."""
    inner: list[Mapping[Any, Any]] = []
    for said, value in said_keys(item):
        yield said, value
        if isinstance(value, Mapping) and len(inner) < MAX_INNER and not said & IMAGINED_WORDS:
            inner.append(value)
    for value in inner:
        yield from said_keys(value)
