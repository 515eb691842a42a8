"""A list of an object's dates kept as a field's values, each a bare ``value`` and its ``end_value`` (Drupal's
date-range fields through JSON:API, Smart Date's occurrences: ``"field_datetime_range_timezone": [{"value":
"2023-09-07T14:00:00+00:00", "end_value": …, "duration": 120, "rrule_index": 1, "timezone": "America/Chicago"}]``).
Such an item is one date of the object it sits in, as an item whose own keys all name dates is (_json_infer's
``_dates_only``): when the list's own key names dates and its items hold a ``value`` beside nothing but an end, a
length, a zone or their place in a recurrence. A list of values under any other key ("prices", "ratings") is not."""

from __future__ import annotations

from typing import Any

from sources.adapters._json_fields import DATE_PARTS, END_WORDS, START_WORDS, moment_words
from sources.adapters._json_nested import MARK
from sources.adapters._json_shapes import words

# What a date value carries beside its moment: its length, its zone, its recurrence and its place in it.
COMPANION_WORDS = frozenset({"value", "duration", "timezone", "zone", "tz", "rrule", "rule", "index", "delta",
                             "all", "day", "allday", "recurrence", "recur", "occurrence"})  # fmt: skip
DATES = frozenset({*START_WORDS, *END_WORDS, *DATE_PARTS, "dates", "range", "occurrences", "schedule"})


def date_value_item(item: Any, path: str) -> bool:
    """Whether ``item``, from the list at ``path``, is one date of its container kept as a field's value."""
    if not isinstance(item, dict) or not path:
        return False
    key = path.rsplit(".", 1)[-1]
    if not set(moment_words(words(key))) & DATES:
        return False
    own = [name for name in item if isinstance(name, str) and not name.startswith(MARK)]
    if "value" not in own:
        return False
    for name in own:
        said = set(moment_words(words(name)))
        if not (said & DATES or said <= COMPANION_WORDS):
            return False
    return True
