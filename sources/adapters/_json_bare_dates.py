"""Occurrences given as bare strings: ``"sessions": ["2031-03-01T19:00", "2031-03-02T19:00"]`` under a show, each
string a time the show is on. Read as a nested list (``_json_nested``) whose every element is the object
``{"start": value}``, with the show's fields beside it as any nested item carries its containers' ("^…"): one event
per string, named and placed by the record it sits in. Pure.

Only a list under a key named as occurrences ("sessions", "dates", "showtimes", "performances", "screenings",
"instances", "times", "schedule", "slots"…) and not as days off ("closed_dates", "holidays", "excluded_dates",
"cancelled_dates"), whose sampled elements are all short strings that read as a day or a moment. The nested list is
only read where the record has no start of its own (``_json_infer._nested_readings``): a dated record keeps its date.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._json_summary_dates import summary_date
from sources.adapters.common import parse_datetime

OCCURRENCE_KEY = "start"  # the key a bare string occurrence is read under
MAX_VALUE = 64  # characters: a longer string is no date
SAMPLE = 20  # elements looked at
OCCURRENCE_WORDS = frozenset(
    {"session", "sessions", "occurrence", "occurrences", "date", "dates", "datetimes", "showtime", "showtimes",
     "performance", "performances", "screening", "screenings", "instance", "instances", "times", "schedule",
     "schedules", "shows", "starts", "slots", "termine", "dates_list"}
)  # fmt: skip
OFF_WORDS = frozenset(
    {"closed", "closure", "closures", "holiday", "holidays", "excluded", "exclude", "exclusions", "exception",
     "exceptions", "cancelled", "canceled", "blackout", "exdate", "exdates", "skip", "skipped", "unavailable",
     "off", "past", "previous", "created", "updated", "modified", "deleted", "sold", "soldout"}
)  # fmt: skip
_WORD = re.compile(r"[a-z]+")


def _key_words(key: str) -> set[str]:
    """The words of a key: "closedDates" → {"closed", "dates"}, "show_times" → {"show", "times"}."""
    spaced = "".join(f" {char}" if char.isupper() else char for char in key).casefold()
    return set(_WORD.findall(spaced))


def occurrence_key(key: str) -> bool:
    """Whether a key names a record's occurrences, not its days off."""
    named = _key_words(key)
    return bool(named & OCCURRENCE_WORDS) and not named & OFF_WORDS


def bare_dates(values: Sequence[Any]) -> bool:
    """Whether a list's sampled elements are all short strings that read as a day or a moment."""
    sample = list(values[:SAMPLE])
    return bool(sample) and all(
        isinstance(value, str)
        and len(value) <= MAX_VALUE
        and (parse_datetime(value.strip()) is not None or summary_date(value))  # "dimanche 17/11/2013, 15:00"
        for value in sample
    )


def occurrence_item(node: Any, key: str, *, at_end: bool) -> Any:
    """A bare string occurrence at the end of a nested path, as the object ``{"start": value}``; anything else as
    it is."""
    if at_end and isinstance(node, str) and occurrence_key(key) and bare_dates([node]):
        return {OCCURRENCE_KEY: node}
    return node
