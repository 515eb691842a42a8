"""An item's occurrences written as attributes of repeated elements.

Google Calendar's Data API (GData) expands a recurring event into one ``<gd:when startTime="…" endTime="…"/>`` per
occurrence inside the entry, and other feeds list an item's sessions the same way (``<session start="…"
end="…"/>``). feedparser keeps one element of a name, so only the last was read. Here, the repeated elements of an
item that each carry exactly one start attribute holding an ISO date
(``2031-06-08``, ``2031-06-08T19:00:00Z``) are its occurrences, each with its end attribute if it has one: two or
more sibling elements of one name (at any depth), or none. Siblings only: an exception entry states the start its
occurrence had in the ``gd:when`` inside its ``<gd:originalEvent>``, beside its own ``gd:when`` (``_feed_overrides``).

What makes an occurrence is the ISO date in the attribute: a podcast's soundbites (``startTime="73.0"``) and
chapters (``start="00:12:30"``) are offsets into an episode and repeat too. GData states an all-day event's end as
the day after (exclusive), as its single ``gd:when`` is read (``_feed_dates``); any other element's end is as
written.
"""

from __future__ import annotations

import re
import zoneinfo
from typing import Any

from sources.adapters._feed_when import When, make_when, read_moment
from sources.adapters._xml_data import local_name

GDATA = "http://schemas.google.com/g/2005"
START_ATTRIBUTES = frozenset({"starttime", "start_time", "start", "startdate", "start_date", "dtstart", "begin"})
END_ATTRIBUTES = frozenset({"endtime", "end_time", "end", "enddate", "end_date", "dtend"})
# An ISO calendar date at the head of the value: what tells a moment from an offset ("73.0", "00:12:30").
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_OCCURRENCES = 100  # as _feed_tree's: an item listing a season's sessions has tens
MAX_ELEMENTS = 2_000  # the elements of one item looked at


def attribute_occurrences(element: Any | None) -> list[tuple[str, str | None, bool]]:
    """(start, end, end is exclusive) of the item's repeated elements that each state an ISO start as an attribute,
    in document order, when two or more of one name do; else []."""
    if element is None:
        return []
    blocks: dict[tuple[Any, str], list[tuple[str, str | None, bool]]] = {}
    for count, block in enumerate(element.iterdescendants()):
        if count > MAX_ELEMENTS:
            return []
        if not isinstance(block.tag, str) or not block.attrib:
            continue
        found = _occurrence(block)
        if found is not None:
            # Siblings: a moved occurrence's entry states its original start in a gd:when of its own
            # <gd:originalEvent>, beside the gd:when it has now; that is one occurrence, not two.
            blocks.setdefault((block.getparent(), block.tag), []).append(found)
    listed = max(blocks.values(), key=len, default=[])
    return listed[:MAX_OCCURRENCES] if len(listed) >= 2 else []


def attribute_whens(element: Any | None, zone: zoneinfo.ZoneInfo | None) -> list[When]:
    """The item's occurrences (``attribute_occurrences``) read as moments; [] unless at least two of them read."""
    whens = []
    for start_text, end_text, exclusive in attribute_occurrences(element):
        start = read_moment(start_text, zone)
        if start is None:
            continue
        end = read_moment(end_text, zone) if end_text else None
        whens.append(make_when(start, end, zone=zone, exclusive_end=exclusive))
    return whens if len(whens) >= 2 else []


def attribute_span(element: Any) -> tuple[str, str | None] | None:
    """The element's one ISO start attribute and its end attribute when there is exactly one ISO end, as written;
    None unless exactly one start attribute holds an ISO date."""
    starts, ends = [], []
    for name, value in element.attrib.items():
        key = local_name(name).lower()
        if key in START_ATTRIBUTES:
            starts.append(value.strip())
        elif key in END_ATTRIBUTES:
            ends.append(value.strip())
    if len(starts) != 1 or not ISO_DATE.match(starts[0]):
        return None
    return starts[0], ends[0] if len(ends) == 1 and ISO_DATE.match(ends[0]) else None


def _occurrence(block: Any) -> tuple[str, str | None, bool] | None:
    span = attribute_span(block)
    if span is None:
        return None
    return span[0], span[1], block.tag == f"{{{GDATA}}}when"
