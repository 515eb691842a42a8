"""A column of days written as their local midnight with the place's offset: days, for the JSON inference
(``_json_shapes.date_shape``). Pure; imports only the shared key splitter (``_json_key_words``).

A dance sport federation's API (held-out batch 79) keys each event's days "datumVon" and "datumBis" (date from,
date to) and writes them as the server serialises a date: "2014-04-18T00:00:00+0200". Its tournaments add the start
time in a key of their own ("startzeitPlan": "09:15"). Read as moments, the tournaments' day and clock could not be
joined ("2014-04-18T00:00:00+0200 09:15" fits no day's format, so the list did not read at all), and a festival from
18 to 21 April was read as a calendar's exclusive end (the days 18 to 20): "bis" is the last day, as a date is.

Such a column is read as the days it writes (a ``DateShape`` of kind "midnight", format ``ZONED_MIDNIGHT``, as a
naive "2025-09-25T00:00:00" column already is), when:

- every value is ISO 8601 at exactly 00:00:00 with a numeric offset ("+0200", "+02:00"), and some offset is not
  UTC's (a column in UTC throughout: its midnight is some other place's evening, left alone);
- the key names a day ("datumVon", "startDate", "date_to", "fechaFin", "jour"…: ``DAY_WORDS``) and no clock or
  instant ("start.dateTime", "endTime", "timestamp", "created_at": ``CLOCK_WORDS``). A calendar API's
  ``"end": {"dateTime": "2027-03-06T00:00:00+01:00"}`` is an instant and stays the exclusive end of an all-day
  event; an unnamed "start"/"end" stays a moment.

Then the start is the day (an all-day event), an end is its last day, and a clock beside the day joins it
(``_json_fields._split``: "%Y-%m-%dT00:00:00%z %H:%M", read in the day's own offset).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.adapters._json_key_words import key_words

ZONED_MIDNIGHT = "%Y-%m-%dT00:00:00%z"  # "2014-04-18T00:00:00+0200": the day (no time directive: a date)
_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T00:00:00(?P<offset>[+-]\d{2}:?\d{2})")
_UTC = frozenset({"+0000", "-0000"})
# The words of a key that names a day: English, German, Dutch, French, Spanish, Portuguese, Italian.
DAY_WORDS = frozenset({"date", "dates", "day", "datum", "tag", "dag", "jour", "fecha", "dia", "giorno"})
# The words of a key that names a clock or an instant: such a midnight is a moment.
CLOCK_WORDS = frozenset(
    {"time", "datetime", "timestamp", "stamp", "at", "zeit", "uhrzeit", "tijd", "heure", "hora", "ora", "created",
     "updated", "modified", "published", "utc", "gmt"}
)  # fmt: skip


def _key_words(path: str) -> set[str]:
    return set(key_words(path.rpartition(".")[2]))


def zoned_midnights(path: str, strings: Sequence[str]) -> bool:
    """Whether a column (its key path and its values as text) is days written as their local midnights with the
    place's offset, under a key that names a day (see the module)."""
    said = _key_words(path)
    if not strings or not said & DAY_WORDS or said & CLOCK_WORDS:
        return False
    offsets = {found["offset"].replace(":", "") for text in strings if (found := _VALUE.fullmatch(text.strip()))}
    return len(offsets) > 0 and all(_VALUE.fullmatch(text.strip()) for text in strings) and bool(offsets - _UTC)
