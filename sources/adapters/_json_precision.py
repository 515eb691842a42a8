"""How precise an item's date is, when the item says so beside it: Launch Library's ``"date_precision": {"name":
"Month", "description": "The T-0 is expected in the given month."}`` (a launch's ``net_precision``), or a word
(``"start_precision": "day"``). Such sources write a vague date as a placeholder day's midnight
("2026-09-30T00:00:00Z" for "some time in September").

Read as the other vague dates are (Ticketmaster's ``dateTBD``, SeatGeek's ``date_tbd`` and ``time_tbd``): a date
known only to a week, a month, a quarter, a season or a year has no day to place the event on, so the item is kept
out with that reason (quarantined: operators see it, nothing is published on a made-up day); a date known to the
day (or a part of it: "Morning") is that day, all day, its time a placeholder; a finer one is the moment. A flag
that the time is still to be decided (CollegeFootballData's ``"startTimeTBD": true``, ``timeTBD``, ``time_tbd``,
``noSpecificTime``) says the same: the day, all day, its written clock a placeholder (``time_unknown``).

Only a key in the object holding the start, named "precision" alone or with the start's own key or a date's word
("date_precision", "net_precision" beside "net"): a precision of something else ("gps_precision") is not the date's.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_key_words import KEY_WORD, key_words
from sources.adapters._json_mapping import resolve
from sources.adapters.base import ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import parse_datetime

VAGUE_DATE = "The item's date is known only to the {unit} ({key}: {value}): there is no day to place it on."
PRECISION = "precision"
# The words a precision's key may hold besides "precision": the start's own key's, or a date's ("net": no earlier
# than, as launch schedules write a date that may still slip).
DATE_WORDS = frozenset({"date", "time", "datetime", "start", "starts", "begin", "when", "net", "t0", "event"})
COARSE = ("week", "month", "quarter", "half", "season", "year", "decade")  # no day to place the event on
# A unit of a day or finer beside a coarse word: "half_hour", "quarter-hour" and "half-day" round a time or a day,
# they do not leave the day open.
FINE_UNITS = frozenset({"day", "days", "hour", "hours", "minute", "minutes", "second", "seconds"})
DAY_PARTS = frozenset({"day", "date", "morning", "afternoon", "evening", "night", "daytime"})  # the day, no time
LABEL_KEYS = ("name", "label", "value", "unit", "abbrev")
# A flag that the time is not set yet: one of these words with the start's or a time's ("startTimeTBD").
UNSET = frozenset({"tbd", "tba", "tbc"})
TIME_UNSET = "day (time unset)"  # what a set flag says of the date: known to the day
TIME_WORDS = frozenset({"time", "starttime", "datetime", "kickoff", "tipoff"})
TIME_FLAG_WORDS = TIME_WORDS | {"start", "kick", "tip", "off", "is", "local"}
MAX_KEYS = 200  # of the start's object: a hostile object's millionth key is not worth a look
MAX_TEXT = 64
# A key naming only a time of day, in the languages our sources write keys in; a start written at its midnight.
CLOCK_KEYS = frozenset({"time", "hora", "uhrzeit", "zeit", "heure", "ora", "tijd", "aika", "tid", "godzina"})
_MIDNIGHT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]00:00(?::00(?:\.0{1,9})?)?$")
# A moment written with a clock other than a day's ends (00:00, 23:59): an end at "04:00" times the night's start.
_TIMED = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](?!00:00|23:59)\d{2}:\d{2}")


def placed(record: ParsedRecord, item: Mapping[str, Any], start_path: str | None) -> ParsedRecord:
    """The record as precise as its item says its date is: kept out (quarantined with the reason) when known only
    to a month or a year, on its day all day when known to the day, else as read."""
    found = precision_of(item, start_path) if isinstance(record, RawEvent) else None
    if found is None and isinstance(record, RawEvent):
        # "startTimeTBD": true, or "time": "" beside a start at midnight: the day, its time a placeholder
        found = time_unknown(item, start_path) or empty_clock(item, start_path)
    if found is None or not isinstance(record, RawEvent):
        return record
    if (reason := vague_reason(found)) is not None:
        return RejectedRecord(external_id=record.external_id, reason=reason, raw=dict(item))
    day = day_written(resolve(item, start_path)) if start_path and to_the_day(found) else None
    if day is None or not isinstance(record.start, dt.datetime):
        return record
    last = record.end.date() if isinstance(record.end, dt.datetime) else record.end
    end = last if last is not None and last > day else None
    said = "true" if found[1] == TIME_UNSET else repr(found[1])
    note = f"start ← the day only: {found[0]} is {said} (its time is a placeholder)"
    return dataclasses.replace(record, start=day, end=end, all_day=True, evidence=[*record.evidence, note])


def precision_of(item: Mapping[str, Any], start_path: str | None) -> tuple[str, str] | None:
    """(the precision's key, its word in lower case) for the start at ``start_path``, or None when the object
    holding the start names none."""
    holder = _holder(item, start_path)
    if holder is None or not start_path:
        return None
    key = start_path.rpartition(".")[2]
    allowed = DATE_WORDS | set(key_words(key))
    for name, value in itertools.islice(holder.items(), MAX_KEYS):
        if not isinstance(name, str) or len(name) > MAX_TEXT:
            continue
        words = key_words(name)
        if words and words[-1] == PRECISION and set(words[:-1]) <= allowed and (label := _label(value)) is not None:
            return name, label
    return None


def time_unknown(item: Mapping[str, Any], start_path: str | None) -> tuple[str, str] | None:
    """(the flag's key, ``TIME_UNSET``) when the object holding the start flags its time as not yet set: a key of the
    start's or a time's words with "tbd", "tba" or "tbc" ("startTimeTBD", "timeTBD", "time_tbd", "kickoffTBA",
    "datetime_tbd", glued: "tbdtime"), or "noSpecificTime", set to true (or 1); None otherwise. A flag of the date alone ("dateTBD": the day
    itself unknown), one set to false, a "tbd" of something else ("venueTBD") are not the time's."""
    holder = _holder(item, start_path)
    if holder is None:
        return None
    for name, value in itertools.islice(holder.items(), MAX_KEYS):
        if not isinstance(name, str) or len(name) > MAX_TEXT or not _set(value):
            continue
        words = _unglued(set(key_words(name)))
        if words in ({"no", "specific", "time"}, {"nospecifictime"}):
            return name, TIME_UNSET
        if words & UNSET and words & TIME_WORDS and words - UNSET <= TIME_FLAG_WORDS:
            return name, TIME_UNSET
    return None


def empty_clock(item: Mapping[str, Any], start_path: str | None) -> tuple[str, str] | None:
    """(the key, ``TIME_UNSET``) when the start is written at midnight and the object holding it has a key that names
    only a time of day ("time", "hora", "uhrzeit", "heure") left empty: Madrid's open-data agenda writes a run's
    "dtstart": "2026-03-03 00:00:00.0" with "time": "" and a one-off's "19:00:00.0" with "time": "19:00" (batch 54).
    Not: an empty time beside a start with its own clock, a filled time, a midnight start with no such key, a
    midnight start beside a moment with a clock of its own ("end": "… 04:00:00", a night from midnight to four)."""
    holder = _holder(item, start_path)
    start = resolve(item, start_path) if holder is not None and start_path else None
    if not isinstance(start, str) or len(start) > MAX_TEXT or not _MIDNIGHT.search(start):
        return None
    pairs = list(itertools.islice(holder.items(), MAX_KEYS)) if holder is not None else []
    if any(isinstance(value, str) and len(value) <= MAX_TEXT and _TIMED.match(value) for _, value in pairs):
        return None  # an end at a clock of its own: the midnight start is a time (review25)
    for name, value in pairs:
        if (
            isinstance(name, str)
            and name.strip().lower() in CLOCK_KEYS
            and isinstance(value, str)
            and not value.strip()
        ):
            return name, TIME_UNSET
    return None


def _set(value: Any) -> bool:
    # 1 as well: Launch Library 1.x writes its flags as numbers ("tbdtime": 1), never 1.0 or "1" for a count
    return (
        value is True
        or value == 1
        and type(value) is int
        or (isinstance(value, str) and value.strip().lower() in {"true", "yes"})
    )


def _unglued(words: set[str]) -> set[str]:
    """A key's words with a flag glued to a time's word in one lower-case word split ("tbdtime" → tbd, time;
    "timetbd"), as Launch Library 1.x writes them (batch 76); any other word as it is ("tbddate" stays one word:
    a date's flag, not the time's)."""
    out: set[str] = set()
    for word in words:
        head, tail = word[:3], word[3:]
        if head in UNSET and tail in TIME_WORDS:
            out |= {head, tail}
        elif word[-3:] in UNSET and word[:-3] in TIME_WORDS:
            out |= {word[:-3], word[-3:]}
        else:
            out.add(word)
    return out


def _holder(item: Mapping[str, Any], start_path: str | None) -> Mapping[str, Any] | None:
    """The object holding the start at ``start_path``, or None."""
    if not start_path:
        return None
    holder = resolve(item, start_path.rpartition(".")[0])
    return holder if isinstance(holder, Mapping) else None


def vague_reason(found: tuple[str, str]) -> str | None:
    """The reason an item is kept out when its precision is coarser than a day, else None."""
    key, label = found
    named = set(KEY_WORD.findall(label))
    unit = None if named & FINE_UNITS else next((unit for unit in COARSE if unit in named), None)
    return VAGUE_DATE.format(unit=unit, key=key, value=label) if unit is not None else None


def to_the_day(found: tuple[str, str]) -> bool:
    """Whether the precision is a day (or a part of one): the time written is a placeholder."""
    return bool(set(KEY_WORD.findall(found[1])) & DAY_PARTS) and vague_reason(found) is None


def day_written(value: Any) -> dt.date | None:
    """The day a start value names, in its own offset ("2026-12-24T00:00:00Z" → 24 December)."""
    moment = parse_datetime(value) if isinstance(value, str) and len(value) <= MAX_TEXT else None
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _label(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = next((value[key] for key in LABEL_KEYS if isinstance(value.get(key), str) and value[key]), None)
    return value.strip().lower() if isinstance(value, str) and 0 < len(value.strip()) <= MAX_TEXT else None
