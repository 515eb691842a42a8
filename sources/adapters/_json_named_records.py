"""Records of one shape under names, beside a word or two about the document (``named_records``).

A calendar client's recorded answers, a fixture or a cache often keeps each event under a name of its own rather
than in a list: ``{"description": "Representative raw Google Calendar event shapes", "timed": {"summary": "Team
meeting", "start": {...}}, "allday": {...}, "cancelled": {...}}``. ``_json_nested`` reads records under names
through ``*`` (a channel's programme under each channel's name) when every value is such a record and the records
share most of their keys. Two things kept this shape unread:

- a few plain values beside the records (the document's "description", a "version", a "kind"): they say what the
  object is, they are not records. Up to MAX_ASIDE of them may stand beside at least MIN_RECORDS records (and fewer
  than the records); the ``*`` path reads only the records, since a plain value is no object;
- one record that lacks some keys the others have (a cancelled event with no start): the keys the records share are
  those most of them have (MOST), not every one of them.

Refused: an object with fewer than MIN_RECORDS records beside a plain value (one event's "title" beside its "start"
and "end" objects, each a date and a time: one record's parts, not records), one with more plain values than
MAX_ASIDE or than records (a record with a few nested objects), records that share too few keys.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

MIN_RECORDS = 3  # records beside plain values: a record's start and end objects are two
MAX_ASIDE = 2  # plain values beside the records ("description", "version")
MOST = 2 / 3  # of the records a key must be in to count as shared
MIN_SHARED = 2  # keys shared at least


def named_records(values: Sequence[Any], *, min_keyed: int, shared_share: float) -> bool:
    """Whether ``values`` (an object's first values) are records of one shape under names, with at most a few
    plain values beside them (see above). ``min_keyed``/``shared_share``: the caller's bounds for records alone."""
    firsts: list[Mapping[str, Any]] = []
    aside = 0
    for value in values:
        if isinstance(value, Mapping):
            firsts.append(value)
        elif isinstance(value, list) and value and all(isinstance(element, Mapping) for element in value):
            firsts.append(value[0])
        elif value is None or isinstance(value, str | int | float | bool):
            aside += 1
        else:
            return False
    if aside and (len(firsts) < MIN_RECORDS or aside > MAX_ASIDE or aside >= len(firsts)):
        return False
    if len(firsts) < min_keyed:
        return False
    return len(_shared(firsts)) >= max(MIN_SHARED, shared_share * max(len(first) for first in firsts))


def _shared(firsts: Sequence[Mapping[str, Any]]) -> set[str]:
    """The keys the records share: every record's (two records), or most records' (three or more, so one record
    that lacks a few keys, a cancelled event with no start, does not split the rest)."""
    if len(firsts) < MIN_RECORDS:
        return set.intersection(*(set(first) for first in firsts))
    counts: dict[str, int] = {}
    for first in firsts:
        for key in first:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= MOST * len(firsts)}
