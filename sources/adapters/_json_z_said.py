"""A document whose "Z" marks local wall clocks, told by the same moment its own words write. Pure.

A civic meeting platform (CivicClerk's ``/v1/Events``) writes every moment with a "Z": ``"startDateTime":
"2026-01-06T17:30:00Z"`` for a Select Board meeting at 17:30 in Brookline, Massachusetts. Read as UTC, every
meeting is five hours early. The "Z" alone says nothing (most APIs that write it mean it), but the same record may
write one of its moments twice, once stamped and once in words for a reader: an agenda's ``"publishOn":
"2026-01-02T11:03:59.757Z"`` beside ``"publishedAgendaTimeStamp": "Agenda Posted on January 2, 2026 11:03 AM"``. When
the words give the stamp's own clock on its own day (11:03, not the 06:03 the instant is in Eastern time), the
document's "Z" is a wall clock's: every offset is read away and each clock read in the source's zone, as
``wall_offsets`` does (``_json_wall_offsets.without_offset``).

``z_said_local`` says so when at least ``MIN_RECORDS`` records each hold a stamp ending in "Z" whose date and clock
(to the minute) a text of the same record writes, and no record's text writes a stamp's instant in the source's zone
instead (a local copy of an exact time: the "Z" is true). Not: a zone whose offset is zero on those days (the two
readings are one), a text that names its zone ("17:30 UTC": the stamp's own "Z"), a stamp placeholder ("1900-01-01T00:00:00Z"), a text with no clock, stamps with another offset,
one record alone. A zone field beside "Z" stamps is not such evidence (Eventbrite's "utc" beside its "timezone" is
exact): only a moment written twice tells.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sources.adapters._page_date_clocks import find_clock
from sources.adapters._page_dates import find_dates

Z_SAID_EVIDENCE = (
    "wall_offsets: every 'Z' read away, each clock read as the zone's wall clock (the records' own words write their "
    "stamped moments at the stamps' clocks, not at the instants' local times)"
)
MIN_RECORDS = 2
MAX_RECORDS = 200
MAX_VALUES = 400  # values looked at in one record
MAX_DEPTH = 6
MAX_TEXT = 200  # a label or a line, not a page
FIRST_YEAR = 1971  # "1900-01-01T00:00:00Z", "0001-01-01T00:00:00Z": placeholders
Z_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z")
LETTER = re.compile(r"[^\W\d_]{3}")
# A text that names its clock's zone writes an exact time, not a wall clock: "June 5, 2031 17:30 UTC", "5:30 PM GMT",
# "17:30 Z", "17:30 +01:00" (not a range's dash: "10:00-11:00", "10:00 - 11:00").
ZONE_SAID = re.compile(r"\b(?i:UTC|GMT)\b|\bZ\b|(?:^|(?<=[\s(]))[+\-−]\d{2}:?\d{2}\b")


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping) and depth < MAX_DEPTH:
        for child in value.values():
            yield from _strings(child, depth + 1)
    elif isinstance(value, list) and depth < MAX_DEPTH:
        for child in value:
            yield from _strings(child, depth + 1)


def _stamp(value: str) -> dt.datetime | None:
    if not Z_STAMP.fullmatch(value.strip()):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.year >= FIRST_YEAR else None


def _said(text: str) -> tuple[dt.date, int, int] | None:
    """The date and clock (hour, minute) a text writes in words ("Agenda Posted on January 2, 2026 11:03 AM")."""
    if len(text) > MAX_TEXT or not LETTER.search(text) or ZONE_SAID.search(text):
        return None  # no words, or words that name their clock's zone (the stamp's "Z" is theirs: exact)
    clock = find_clock(text, dated=True)
    if clock is None:
        return None
    hits = [hit for hit in find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)) if hit.year_written]
    return (hits[0].date, clock.start.hour, clock.start.minute) if len(hits) == 1 else None


def _record_verdict(item: Any, zone: dt.tzinfo) -> bool | None:
    """True when a text of the record writes a stamp's wall clock, False when one writes its instant's local clock
    (and the two differ), None when neither."""
    stamps: list[dt.datetime] = []
    said: list[tuple[dt.date, int, int]] = []
    for index, value in enumerate(_strings(item)):
        if index >= MAX_VALUES:
            break
        stamp = _stamp(value)
        if stamp is not None:
            stamps.append(stamp)
        elif (found := _said(value)) is not None:
            said.append(found)
    verdict = None
    for stamp in stamps:
        local = stamp.astimezone(zone)
        if local.utcoffset() == dt.timedelta(0):
            continue  # both readings are one
        wall, instant = (stamp.date(), stamp.hour, stamp.minute), (local.date(), local.hour, local.minute)
        if instant in said:
            return False
        if wall in said:
            verdict = True
    return verdict


def z_said_local(items: Iterable[Any], zone: dt.tzinfo | None) -> bool:
    """Whether the records' "Z" stamps are wall clocks, as their own words write them (see the module)."""
    if zone is None:
        return False
    local = 0
    for index, item in enumerate(items):
        if index >= MAX_RECORDS:
            break
        verdict = _record_verdict(item, zone) if isinstance(item, Mapping) else None
        if verdict is False:
            return False
        local += verdict is True
    return local >= MIN_RECORDS
