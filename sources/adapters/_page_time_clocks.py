"""Clocks written in date-only ``<time>`` elements (issue #13).

A calendar often marks every part of an event's time with a ``<time datetime="2027-03-04">`` that carries only the
day, and writes the time of day as the element's words: ``<time datetime="2027-03-04">7:00 PM</time>`` then
``<time datetime="2027-03-04">9:30 PM</time>`` (the two styled apart, so their words may run together), or a
several-day event's ``<time datetime="2027-03-26">8:00 AM</time>`` … ``<time datetime="2027-03-28">5:00 PM</time>``.
Such an element is the time of day on its own day: the first is the start, the next one later than it the end (the
same clock written again on a 24-hour face, "19:00" beside "7:00 PM", is the same moment, not an end).

The other way round, an all-day event's element often carries its day's midnight while its words write the day alone:
``<time datetime="2027-03-13T00:00:00-06:00">Sat, Mar 13 2027</time>, All day``. That is the day, not an event at
midnight (``element_stamp``); words that write the midnight ("12:00 am") keep it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_card_dates import clock
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters.common import parse_datetime

#: An element's whole words are one clock: "7:00 PM", "19:00", "8 a.m.", "7.30pm".
WHOLE_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?\s?m\.?)?", re.IGNORECASE)


def element_clocks(block: Any, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime | None] | None:
    """The start (and end) the block's date-only ``<time>`` elements write as clocks, else None."""
    moments: list[dt.datetime] = []
    for node in block.iterfind(".//time[@datetime]"):
        words = "".join(node.itertext()).strip()
        if not WHOLE_CLOCK.fullmatch(words) or not re.search(r"[:.]|[ap]\.?\s?m", words, re.IGNORECASE):
            continue  # a bare number ("4", a date tag's day) is no clock
        day = parse_datetime(node.get("datetime"), tz=zone)
        if day is None or isinstance(day, dt.datetime):
            continue
        time_of_day = clock(words)
        if time_of_day is not None:
            moments.append(dt.datetime.combine(day, time_of_day, tzinfo=zone))
    if not moments:
        return None
    start = moments[0]
    later = [moment for moment in moments[1:] if moment > start]
    return start, later[0] if later else None


def element_stamp(node: Any, zone: dt.tzinfo | None) -> dt.date | None:
    """A ``<time>`` element's moment: its ``datetime``, or only its day when that is a midnight its own words do not
    write (they write a date and no clock)."""
    stamp = parse_datetime(node.get("datetime"), tz=zone)
    if not isinstance(stamp, dt.datetime) or stamp.time() != dt.time(0):
        return stamp
    words = " ".join("".join(node.itertext()).split())
    if not words or find_clock(words) is not None or not find_dates(words, year_hint=stamp.year, today=stamp.date()):
        return stamp
    return stamp.date()
