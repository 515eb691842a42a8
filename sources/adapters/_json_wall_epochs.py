"""Epoch numbers that are wall clocks written as UTC, told by the clock each record writes beside them. Pure.

A festival system's feed (Marcato's ``<show>``: ``<formatted_start_time> 7:00 PM</formatted_start_time>`` beside
``<start_time_unix>1376679600</start_time_unix>``) writes its Unix times as the local wall clock counted as if it
were UTC: 1376679600 is 2013-08-16 19:00 UTC, the show's 7:00 PM in Halifax, not 16:00 there (batch 50, feeds).
Read as instants, every start and end lands three or four hours early, and a day written as its epoch midnight
("date_unix") falls on the evening before.

``epochs_are_wall_clocks`` says so when the start the mapping reads is an epoch column and the records write their
start's clock in words too, under a key that says it starts ("formatted_start_time", "startTime", "begins"): at
least ``MIN_RECORDS`` records whose written clock equals the epoch's clock in UTC, at least ``MIN_SHARE`` of those
that have both, and none whose written clock is the epoch's clock in the source's zone (a zone at UTC tells
nothing). Then the mapping reads each epoch's UTC clock as the zone's wall clock (``as_wall_clock``). Not: epochs
whose written clock is the zone's (true instants), records without a written clock, a zone at UTC's offset then, a
clock whose key says it is UTC's ("start_time_utc": "18:00" beside the epoch: true instants, their UTC clock).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._json_paths import resolve

# The config key that says a source's epoch numbers are wall clocks (json_api and xml), written by the inference.
WALL_EPOCHS = "wall_epochs"
WALL_EVIDENCE = "wall_epochs: the epochs read as wall clocks (each record's written start clock is the epoch's in UTC)"
BAD_WALL_EPOCHS = "The config key 'wall_epochs' must be true or false."
EPOCH_FORMATS = frozenset({"epoch", "epoch_ms"})
MIN_RECORDS = 2
MIN_SHARE = 0.8
MAX_RECORDS = 500  # how many records are looked at
MAX_CLOCK_TEXT = 16
MAX_KEY = 80  # characters of a key looked at
START_KEY_WORDS = frozenset({"start", "starts", "begin", "begins"})
NOT_START_KEY_WORDS = frozenset({"end", "ends", "door", "doors", "finish", "until"})
# A clock the key says is UTC's ("start_time_utc", "startGmt"): it agrees with the epoch's UTC clock by its nature.
UTC_KEY_WORDS = frozenset({"utc", "gmt", "zulu"})
# A clock alone: "7:00 PM", "5:09 AM", "19:30", "7.30 p.m." (matched whole on the stripped value, of at most
# MAX_CLOCK_TEXT characters).
_CLOCK = re.compile(r"(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)(?:\s?(?P<half>[ap])\.?\s?m\.?)?", re.IGNORECASE)


def epochs_are_wall_clocks(items: Iterable[Any], start_spec: Any, zone: dt.tzinfo | None) -> bool:
    """Whether the records' epoch starts are wall clocks written as UTC (see the module's docstring)."""
    path, formats = _epoch_path(start_spec)
    if zone is None or path is None:
        return False
    utc_agree = zone_agree = both = 0
    for index, item in enumerate(items):
        if index >= MAX_RECORDS or not isinstance(item, Mapping):
            break
        moment = _epoch(resolve(item, path), formats)
        clocks = written_start_clocks(item)
        if moment is None or not clocks:
            continue
        both += 1
        local = moment.astimezone(zone)
        if local.utcoffset() == dt.timedelta(0):
            continue  # UTC's own offset on that day: the two readings are one
        utc_agree += (moment.hour, moment.minute) in clocks
        zone_agree += (local.hour, local.minute) in clocks
    return utc_agree >= MIN_RECORDS and utc_agree >= MIN_SHARE * both and zone_agree == 0


def as_wall_clock(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """An epoch's instant read as the wall clock it writes: its UTC date and time, in ``zone``."""
    return moment.astimezone(dt.UTC).replace(tzinfo=zone or dt.UTC)


def written_start_clocks(item: Mapping[str, Any]) -> set[tuple[int, int]]:
    """(hour, minute) of each clock written alone under a key of the record that says it starts."""
    found = set()
    for key, value in item.items():
        said = set(key_words(str(key)))
        if not said & START_KEY_WORDS or said & (NOT_START_KEY_WORDS | UTC_KEY_WORDS):
            continue
        text = value.get("text") if isinstance(value, Mapping) else value  # an XML element's text beside attributes
        clock = clock_of(text)
        if clock is not None:
            found.add(clock)
    return found


def key_words(key: str) -> list[str]:
    """A key's words, lower case: "formatted_start_time", "startTime", "Start-Time" → [..., "start", "time"].
    A character loop, no regex (keys are the document's)."""
    spaced = []
    previous = ""
    for character in key[:MAX_KEY]:
        if previous.islower() and character.isupper():
            spaced.append(" ")
        spaced.append(character.lower() if character.isalnum() else " ")
        previous = character
    return "".join(spaced).split()


def clock_of(text: Any) -> tuple[int, int] | None:
    """(hour, minute) of a value that is only a clock ("7:00 PM", "19:30"); None otherwise."""
    if not isinstance(text, str) or len(text) > MAX_CLOCK_TEXT:
        return None
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute, half = int(match["hour"]), int(match["minute"]), (match["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    return (hour, minute) if hour < 24 else None


def _epoch_path(spec: Any) -> tuple[str | None, tuple[str, ...]]:
    """The start's one path and its formats, when they read epochs; else (None, ())."""
    paths: tuple[str, ...] = tuple(getattr(spec, "paths", None) or ())
    value_format = getattr(spec, "format", None)
    formats = value_format if isinstance(value_format, tuple) else (value_format,)
    if len(paths) != 1 or not any(each in EPOCH_FORMATS for each in formats):
        return None, ()
    return paths[0], tuple(each for each in formats if each in EPOCH_FORMATS)


def _epoch(value: Any, formats: tuple[str, ...]) -> dt.datetime | None:
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    for each in formats:
        try:
            return dt.datetime.fromtimestamp(number / (1000 if each == "epoch_ms" else 1), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            continue
    return None
