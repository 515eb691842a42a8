"""A year-less day's range whose am or pm is written once, after its end: "Sat, Sep 7, 8 – 11 PM" (20:00 to
23:00), "Sun, Sep 8, 11 – 2 PM" (11:00 to 14:00), as search-engine event listings shorten a range within one half
of the day. Pure.

The end's meridiem is given to the start's bare hour ("8", "7:30": no am or pm of its own, 1 to 12, no leading
zero) when that puts the start before the end; otherwise the start is the other half's ("11" before "2 PM": 11 in
the morning). A start with its own meridiem ("11 AM – 1 PM") keeps it and is not read here, nor a range with no
meridiem anywhere ("8 – 11"), nor one whose start falls after its end either way ("11 – 1 AM").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters.common import matched_clock, on_24_hour_clock

# After the start's bare hour: a dash and the end's hour with its am or pm, closing the text.
_MERIDIEM_END = re.compile(
    r"\s{0,3}(?:[-–—]|to\b|until\b)\s{0,3}(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5]\d))?\s{0,2}(?P<meridiem>[ap])\.?m\.?\Z",
    re.IGNORECASE,
)
_BARE_HOUR = re.compile(r"(?:1[0-2]|[1-9])\Z")  # "8", "11": not "08" (a 24-hour clock's), not "13"


def shared_meridiem(start: re.Match[str], rest: str) -> tuple[dt.time, dt.time] | None:
    """The start's and the end's times of day when the start (a match with ``hour``, ``minute`` and ``meridiem``
    groups) is a bare hour and ``rest`` (the text after it) is a dash and an end with its am or pm; None
    otherwise."""
    if start["hour"] is None or start["meridiem"] is not None or not _BARE_HOUR.match(start["hour"]):
        return None
    end = _MERIDIEM_END.match(rest)
    end_time = matched_clock(end) if end is not None else None
    if end is None or end_time is None:
        return None
    hour, minute = int(start["hour"]), int(start["minute"] or 0)
    other = "a" if end["meridiem"].lower() == "p" else "p"
    for meridiem in (end["meridiem"], other):
        begin = dt.time(on_24_hour_clock(hour, meridiem), minute)
        if begin < end_time:
            return begin, end_time
    return None
