"""The time of day a feed item's words write with the day its date element gives without one, for the ``rss``
adapter. Pure.

An event element may give the day only (``<ev:startdate>2026-12-12</ev:startdate>``, an xCal ``dtstart`` as a
date) while the item's words say when on that day: "Saturday, December 12, 2026 at 7 pm", "samedi 12 décembre 2026 à
19h", "Samstag, 12. Dezember 2026, 19 Uhr", "lørdag 12. desember kl. 19.00". The time is read with that very day's
date in the words, in English (``_feed_when.time_on_day``, as ``xml_doc`` reads a record's description) or another
language (``_feed_intl.intl_time_on_day``): a clock written with another day ("the 5 December rehearsal at 18h"), or
with no date at all, says nothing, and an element that gives a run of days or a time keeps it.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Sequence

from sources.adapters._feed_intl import intl_time_on_day
from sources.adapters._feed_when import When, time_on_day


def element_clock(when: When, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """The element's lone day at the time the words write with that day's date; else ``when`` itself."""
    day = when.start
    if not when.all_day or when.end is not None or isinstance(day, dt.datetime):
        return when
    words = list(texts)
    found = time_on_day(day, words, zone=zone) or intl_time_on_day(day, words, zone=zone)
    if found is None or not isinstance(found.start, dt.datetime) or found.start.date() != day:
        return when
    return dataclasses.replace(found, doubt=when.doubt)
