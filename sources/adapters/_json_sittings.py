"""A record's sittings packed into one text, beside a start that gives only the day (batch 76, APIs).

Opendatasoft's exports of OpenAgenda's calendars ("evenements-a-paris": ``{"records": [{"fields": {"title",
"date_start": "2018-01-07", "date_end", "timetable": "2018-01-07T12:30:00 2018-01-07T19:00:00", …}}]}``) give each
event's day in ``date_start`` and its times only in ``timetable``: every sitting as its start and its end, a space
between them, the sittings joined by ";" and not always in order ("2018-03-09T10:00:00 2018-03-09T18:00:00;
2018-03-11T10:00:00 …;2018-03-10T10:00:00 …"). Read by its key, the start was the day alone, all day.

``sittings_read``: where the inferred start is a bare date ("YYYY-MM-DD") and another column of the items holds such
packed sittings in at least READ_SHARE of the items that have it, the earliest of whose starts falls on the start's
day in every item that has both, the record starts at its earliest sitting and ends at that sitting's end
(``SITTINGS`` and ``SITTINGS_END``, formats read by name in ``_json_days``). An end written before its start is the
next morning's ("2018-02-02T22:00:00 2018-02-02T05:30:00": a party until half past five).

Not: a start with a clock of its own (left as read), a column of single moments ("2018-01-07T12:30:00" alone), a
text with anything else in it ("…;Sundays only"), sittings on another day than the start's (someone else's times).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, Protocol

from sources.adapters.common import parse_datetime

SITTINGS = "sittings"  # a format's name: the earliest sitting's start
SITTINGS_END = "sittings end"  # a format's name: that sitting's end
SITTINGS_FORMATS = (SITTINGS, SITTINGS_END)
READ_SHARE = 0.8
# Words of a key that keeps the record's own history, not the event's times (an edit log's "start end" pairs).
RECORD_KEEPING = frozenset(
    "created updated modified edited edits changed changes revised revisions revision history log logs audit "
    "published saved synced imported logged recorded timestamp timestamps".split()
)
MAX_TEXT = 8000  # a year of daily sittings; a longer text is not read
_MOMENT = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?"
_SITTING = re.compile(rf"({_MOMENT}) ({_MOMENT})")
_BARE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
EVIDENCE = "{path} (the earliest of the sittings it packs, '<start> <end>;…', on the day {day} gives)"


class _Inference(Protocol):
    mapping: dict[str, Any]
    sample: Any

    def set(self, field: str, spec: Any, why: str) -> None: ...


def sittings(value: Any) -> list[tuple[str, str]] | None:
    """The (start, end) texts of each sitting a value packs, or None when it is not only such sittings."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        return None
    found = []
    for part in value.strip().split(";"):
        match = _SITTING.fullmatch(part.strip())
        if match is None:
            return None
        found.append((match[1], match[2]))
    return found


def sittings_moment(value: Any, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | None:
    """The earliest sitting's start (``SITTINGS``) or end (``SITTINGS_END``, the next day's when written before
    the start); None when the value is not packed sittings."""
    found = sittings(value)
    if not found:
        return None
    first = min(found)  # ISO texts of one shape sort as their moments do
    start, end = (parse_datetime(text, tz=tz) for text in first)
    if not isinstance(start, dt.datetime):
        return None
    if value_format == SITTINGS:
        return start
    if not isinstance(end, dt.datetime):
        return None
    return end + dt.timedelta(days=1) if end <= start else end  # "22:00 … 05:30": the next morning


def sittings_read(inference: _Inference) -> None:
    """Start and end from a column of packed sittings, when the inferred start gives only their day."""
    start = inference.mapping.get("start")
    start_path = start if isinstance(start, str) else None
    columns: Mapping[str, Any] = inference.sample.columns
    day_column = columns.get(start_path) if start_path else None
    if day_column is None or not _bare_dates(day_column.values):
        return
    for column in columns.values():
        if column.path != start_path and _on_the_day(day_column.values, column.values) and not _kept_record(column):
            inference.set(
                "start", {"path": column.path, "format": SITTINGS}, EVIDENCE.format(path=column.path, day=start_path)
            )
            inference.set("end", {"path": column.path, "format": SITTINGS_END}, f"{column.path} (that sitting's end)")
            return


def _kept_record(column: Any) -> bool:
    """Whether a column's key says it records the item's own history ("edited", "updated_at", "revisions": when it
    was worked on, review54), not when it is held."""
    return bool({word.lower() for word in column.key_words} & RECORD_KEEPING)


def _bare_dates(values: list[Any]) -> bool:
    present = [value for value in values if value not in (None, "")]
    return bool(present) and all(isinstance(value, str) and _BARE_DATE.fullmatch(value.strip()) for value in present)


def _on_the_day(days: list[Any], values: list[Any]) -> bool:
    """Whether enough of a column's values are packed sittings, each with its earliest on the day beside it."""
    present = [(day, value) for day, value in zip(days, values, strict=False) if value not in (None, "")]
    packed = [(day, found) for day, value in present if (found := sittings(value))]
    if not packed or len(packed) < READ_SHARE * len(present):
        return False
    return all(not isinstance(day, str) or min(found)[0][:10] == day.strip() for day, found in packed)
