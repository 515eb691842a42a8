"""A day written as a heading, weekday first, in a field named as a date: ``"matchDate": "Tuesday 30 January 2018"``.

A fixture list or a programme grouped by day keys each day by its heading, the weekday, the day, the month's name
and the year ("Tuesday 30 January 2018", "Sat 3 Feb 2018"), and its items repeat it. Such text is a date only where
the key says it holds one (``DATE_KEY_WORDS``: "date", "day"): the same words under "label" or "title" ("activity_label":
"Monday, 6 July 2026", a parliament's sitting) are the item's display label, which may be all it has for a name, so
they stay text there. English month and weekday names, as strptime reads them; every value must read (the shape's
share, as ``_json_shapes`` takes any format).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_shapes import Column, DateShape, _format_shape

HEADING_FORMATS = ("%A %d %B %Y", "%a %d %b %Y", "%A, %d %B %Y", "%a, %d %B %Y", "%A %d %b %Y")
DATE_KEY_WORDS = frozenset({"date", "dates", "day", "days"})
MAX_LENGTH = 40  # "Wednesday, 30 September 2031" is 28 characters
MAX_VALUES = 200  # values read to tell the format (a sample's column is smaller; a hostile one costs no more)


def heading_date(column: Column) -> DateShape | None:
    """The day-heading format a date-named column's values are all written in, or None."""
    if not set(column.key_words) & DATE_KEY_WORDS:
        return None
    strings = column.strings()[:MAX_VALUES]
    if (
        not strings
        or len(strings) != min(len(column.present), MAX_VALUES)
        or any(len(text) > MAX_LENGTH for text in strings)
    ):
        return None
    return _format_shape([text.strip() for text in strings], HEADING_FORMATS, "date")
