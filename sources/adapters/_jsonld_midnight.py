"""A structured start at midnight on the dot, with no end, on a page that shows no midnight: the day alone.

Event templates often keep a date-only field and write it out as a date-time ("startDate":
"2026-06-12T00:00:00-04:00", no endDate): the midnight is the template's empty time, not an event at 00:00.
Nothing on such a page backs the midnight (the evidence check in ``_page_evidence`` has already moved a start the
page shows at another time), so the start is read as its day, all day.

Kept as written: a stated end (a night from 00:00 to 04:00 says its midnight is a time), any other time (00:30),
and a page whose visible text shows a midnight ("00:00", "0.00", "12:00 am", "12 am", "midnight", "24:00",
"Mitternacht", "minuit", "medianoche", "mezzanotte").
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._page_evidence import visible_text
from sources.adapters.base import RawEvent

# "…T00:00", "…T00:00:00", "…T00:00:00.000", then an offset, "Z" or nothing.
_MIDNIGHT_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]00:00(?::00(?:\.0{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$", re.I)
# A midnight people can read: a clock at 0/00 or 24 hours, "12 am", or the word.
_SHOWN_MIDNIGHT = re.compile(
    r"(?<![\d:.])(?:0?0|24)[:.h]00(?![\d:.])|(?<![\d:.])12(?::00)?\s*a\.?\s?m\b"
    r"|\b(?:midnight|mitternacht|minuit|medianoche|mezzanotte|middernacht)\b",
    re.I,
)


def day_from_midnight(event: RawEvent, *, node: dict[str, Any], tree: Any, zone: zoneinfo.ZoneInfo) -> None:
    """Make ``event`` all day on its start's day when its start is a bare midnight stamp (see module doc)."""
    start = node.get("startDate")
    raw = start[0] if isinstance(start, list) and start else start
    if not isinstance(raw, str) or not _MIDNIGHT_STAMP.match(raw.strip()) or node.get("endDate"):
        return
    if not isinstance(event.start, dt.datetime) or event.end is not None:
        return
    local = event.start.astimezone(zone)
    if local.time() != dt.time(0, 0):
        return
    body = tree.find(".//body") if tree is not None else None
    if body is not None and _SHOWN_MIDNIGHT.search(visible_text(body)):
        return
    event.start = local.date()
    event.all_day = True
