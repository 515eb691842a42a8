"""A place's key whose values are dates: when something about the place changed, never the place itself.

A festival programme export writes ``"Venue_Shifted": "0001-01-01T00:00:00"`` beside ``"Venue_Id"`` (when the
performance was moved to another stage; a zero stamp when it never was), a CMS ``"location_updated":
"2024-03-01T10:00:00Z"``. The key names the place, every value is a moment: such a column is neither the venue's
name nor its address. A venue whose name merely holds digits ("2220 Arts + Archives", "Studio 54") is not a date.
Pure."""

from __future__ import annotations

import re

from sources.adapters._json_shapes import Column

# A date, or a date and time, written as ISO 8601 and nothing else: "2016-04-30", "0001-01-01T00:00:00",
# "2024-03-01 10:00", "2024-03-01T10:00:00.000+02:00". Anchored by fullmatch; no nested repetition.
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
MAX_STAMP = 40  # characters: a stamp is short; longer text is not looked at


def dated_column(column: Column) -> bool:
    """Whether every value the column holds is a date or a date and time in ISO form (at least one value)."""
    strings = [text.strip() for text in column.strings()]
    return bool(strings) and all(len(text) <= MAX_STAMP and _STAMP.fullmatch(text) for text in strings)
