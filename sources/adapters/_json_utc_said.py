"""A document whose clocks are UTC though it does not say so, told by the clock its records' own words state. Pure.

Church-management APIs (Elvanto's events: ``"start_date": "2019-06-01 23:30:00"``) write every moment as a wall
clock without an offset and mean UTC by it: the Sunday service of a church in Tasmania, whose description says
"Our services start at 9:30am", is written 23:30 the day before. Read in the source's zone, every start and end is
off by the zone's offset and a morning falls on the evening before.

Such a document gives itself away by its descriptions: ``clocks_said_utc`` says the starts and ends are UTC when at
least ``MIN_RECORDS`` records whose start has no offset state in their description the clock the start gives read
as UTC and shown in the source's zone, and none states the clock as written (a zone at UTC's offset that day tells
nothing). Then the document is read as ``utc_clocks`` says (``_json_utc_clocks``). Not: descriptions that state the
clock as written (local clocks), one such record alone, starts with an offset, descriptions without a clock,
a clock in the title ("6:18 Prayer Meeting" names a verse), a clock the description states as an end ("we finish at
20:00": a local start's end, the zone's offset later: review25).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._feed_stated_clock import CLOCK, END_REACH, stated_clocks
from sources.adapters._json_mapping import resolve
from sources.adapters._json_utc_clocks import naive_moment
from sources.adapters._midnight_words import END_BEFORE

SAID_EVIDENCE = "utc_clocks: the starts' and ends' clocks read as UTC (the records' descriptions state them so)"
MIN_RECORDS = 2
MAX_RECORDS = 500  # how many records are looked at
MAX_DESCRIPTION = 4_000  # characters of a description read for clocks


def clocks_said_utc(items: Iterable[Any], mapping: Any, zone: dt.tzinfo | None) -> bool:
    """Whether the records' naive starts are UTC clocks, as their descriptions' stated clocks show."""
    start_path, text_path = mapped_path(mapping, "start"), mapped_path(mapping, "description")
    if zone is None or start_path is None or text_path is None:
        return False
    utc_agree = zone_agree = 0
    for index, item in enumerate(items):
        if index >= MAX_RECORDS:
            break
        if not isinstance(item, Mapping):
            continue
        moment = naive_moment(resolve(item, start_path))
        text = resolve(item, text_path)
        if moment is None or not isinstance(text, str):
            continue
        shown = moment.replace(tzinfo=dt.UTC).astimezone(zone)
        if shown.utcoffset() == dt.timedelta(0):
            continue  # UTC's own offset on that day: the two readings are one
        clocks = start_clocks(text[:MAX_DESCRIPTION])
        utc_agree += (shown.hour, shown.minute) in clocks
        zone_agree += (moment.hour, moment.minute) in clocks
    return utc_agree >= MIN_RECORDS and zone_agree == 0


# A finish's words before a clock besides END_BEFORE's ("we finish at 20:00", "closes 22:00", "wraps up at 9pm").
FINISH_BEFORE = re.compile(
    r"\b(?:finish(?:es|ing)?|close[sd]?|closing|wraps?\s{1,3}up|over)\s{0,3}(?:at\s{1,3})?$", re.I
)


def start_clocks(text: str) -> set[tuple[int, int]]:
    """The clocks a description states, without those it states as an end ("ends at 19:00", "until 20:00", "we
    finish at 20:00"): an end read off a local start by the zone's offset is no sign the start is UTC (review25)."""
    found: set[tuple[int, int]] = set()
    for match in CLOCK.finditer(text):
        before = text[max(0, match.start() - END_REACH) : match.start()]
        if not (END_BEFORE.search(before) or FINISH_BEFORE.search(before)):
            found |= stated_clocks([match.group()])
    return found


def mapped_path(mapping: Any, field: str) -> str | None:
    """The path a mapping reads a field from: a string, or a spec's "path"."""
    value = mapping.get(field) if isinstance(mapping, Mapping) else None
    if isinstance(value, Mapping):
        value = value.get("path")
    return value if isinstance(value, str) and value else None
