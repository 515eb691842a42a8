"""A day written as a heading, weekday first, in a field named as a date: ``"matchDate": "Tuesday 30 January 2018"``.

A fixture list or a programme grouped by day keys each day by its heading, the weekday, the day, the month's name
and the year ("Tuesday 30 January 2018", "Sat 3 Feb 2018"), and its items repeat it. Such text is a date only where
the key says it holds one (``DATE_KEY_WORDS``: "date", "day"): the same words under "label" or "title" ("activity_label":
"Monday, 6 July 2026", a parliament's sitting) are the item's display label, which may be all it has for a name, so
they stay text there. English month and weekday names, as strptime reads them; every value must read (the shape's
share, as ``_json_shapes`` takes any format), and every weekday must be its day's (strptime reads "Monday 14 October
2031" as the 14th, a Tuesday, without a word): a heading that contradicts itself is no day we can trust (review41).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._json_shapes import Column, DateShape, _format_shape

# each weekday's form with each month's, with or without the comma ("Tue 14 October 2031": review41)
HEADING_FORMATS = ("%A %d %B %Y", "%a %d %b %Y", "%A, %d %B %Y", "%a, %d %B %Y", "%A %d %b %Y", "%a %d %B %Y",
                   "%A, %d %b %Y", "%a, %d %b %Y")  # fmt: skip
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
    stripped = [text.strip() for text in strings]
    shape = _format_shape(stripped, HEADING_FORMATS, "date")
    if shape is None or shape.format is None or not all(_weekday_agrees(text, shape.format) for text in stripped):
        return None
    return shape


def _weekday_agrees(text: str, value_format: str) -> bool:
    """Whether the heading's weekday is its day's (a value the format does not read has none to contradict)."""
    try:
        day = dt.datetime.strptime(text, value_format)  # noqa: DTZ007 - a day, no clock to zone
    except ValueError:
        return True
    weekday = text.split(maxsplit=1)[0].rstrip(",").lower()
    return weekday in (day.strftime("%A").lower(), day.strftime("%a").lower())
