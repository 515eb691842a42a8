"""A record's time of day written as a clock range in its time field (issue #13, feeds batch 78). Pure.

A society's hand-kept calendar XML gives each meeting a day and, in a field of its own, the hours it runs, the
meridiem written once at the end: ``<date>1-31-2019</date><time>7:30-9:00pm</time>``, ``<time>12:00-1:00pm</time>``.
No clock format reads such a value, so the meetings were read as whole days. A field named as the record's time
("time", "times", "hours") whose whole value is a range of two clocks is written as its start clock ("19:30"), and
its end clock is added as the record's end time ("endTime"), which the JSON reading joins to the day like any time
column.

The meridiem written after the end is the start's too when that puts the start before the end ("7:30-9:00pm" is
19:30 to 21:00), else the start is in the morning ("11:00-1:00pm" is 11:00 to 13:00); "10am-2pm" writes both.
Without any meridiem both clocks must have minutes and be on a 24-hour clock ("18:00-20:30"). Read-through 59
(mend59c): a range without a meridiem whose hours are all from 1 to 12 ("7:00-9:00", a US society's evening with
the "pm" left out) is read on a 24-hour clock only where it writes a leading zero ("07:00-09:00") or the document
writes 24-hour clocks elsewhere; where the document's time fields write one meridiem only, it is the range's; else
the range is left as written (the record a whole day's, as before feeds78).

Not: a range with no minutes and no meridiem ("7-9": ages, a score), an end not after its start, a range over
MAX_HOURS (opening hours over a day, not a meeting), a value with anything else in it ("7:30-9pm and later", "TBD"),
an object that already gives an end time, one with no date field beside it.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_day_runs import only_field
from sources.adapters.common import on_24_hour_clock

END_KEY = "endTime"
MAX_HOURS = 16
TIME_KEYS = frozenset({"time", "times", "hours", "eventtime", "timeofday"})
_SPAN = re.compile(
    r"(?P<h1>\d{1,2})(?::(?P<n1>[0-5]\d))?(?:\s{0,2}(?P<m1>[ap])\.?m\.?)?\s{0,3}[-–]\s{0,3}"
    r"(?P<h2>\d{1,2})(?::(?P<n2>[0-5]\d))?(?:\s{0,2}(?P<m2>[ap])\.?m\.?)?",
    re.IGNORECASE,
)


def clock_span(
    node: Mapping[Any, Any], *, clock_24: bool = False, meridiem: str | None = None
) -> dict[Any, Any] | None:
    """The object with its time field's range written as its start clock and an added end time, or None.
    ``clock_24``, ``meridiem``: what the document's time fields write (``_json_written_hints``)."""
    key = only_field(node, TIME_KEYS, dated=True)
    span = clock_range(node[key], clock_24=clock_24, meridiem=meridiem) if key is not None else None
    if span is None:
        return None
    start, end = (f"{minutes // 60:02d}:{minutes % 60:02d}" for minutes in span)
    return {**node, key: start, END_KEY: end}


def clock_range(text: str, *, clock_24: bool = False, meridiem: str | None = None) -> tuple[int, int] | None:
    """The start and end of a clock range, in minutes of the day; None when the text is not one. Without a
    meridiem, on a 24-hour clock only where the range (an hour from 13, a leading zero) or the document
    (``clock_24``) writes one; else with the document's only meridiem (``meridiem``), else none."""
    match = _SPAN.fullmatch(text.strip()) if len(text) <= 40 else None
    if match is None:
        return None
    h1, h2 = int(match["h1"]), int(match["h2"])
    n1, n2 = int(match["n1"] or 0), int(match["n2"] or 0)
    m1, m2 = match["m1"], match["m2"]
    if m1 is None and m2 is None:
        if match["n1"] is None or match["n2"] is None or h1 > 23 or h2 > 23:
            return None
        leading_zero = any(len(match[name]) == 2 and match[name].startswith("0") for name in ("h1", "h2"))
        if clock_24 or leading_zero or max(h1, h2) >= 13 or min(h1, h2) == 0:
            return _within(h1 * 60 + n1, h2 * 60 + n2)
        m2 = meridiem  # read-through 59: "7:00-9:00" is no morning by default, the document's "pm" if only that
        if m2 is None:
            return None
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return None
    end = on_24_hour_clock(h2, m2 or m1) * 60 + n2
    start = on_24_hour_clock(h1, m1 or m2) * 60 + n1
    if m1 is None and start >= end:
        start = on_24_hour_clock(h1, "am") * 60 + n1  # "11:00-1:00pm": the morning's eleven
    return _within(start, end)


def _within(start: int, end: int) -> tuple[int, int] | None:
    return (start, end) if 0 < end - start <= MAX_HOURS * 60 else None
