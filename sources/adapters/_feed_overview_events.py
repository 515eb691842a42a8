"""Each event an overview item lists, for the ``rss`` adapter: not only its first (issue #13, left36). Pure.

A club's "Termine" feed (batch 65) has, beside one item per event, an overview item titled "Jahresprogramm" whose
body is the year's programme: one section per event, a heading naming it and under it an element writing its day
("<h3>Jahreshauptversammlung</h3><p>Donnerstag, 10.04.2031, 19:00 Uhr</p>"). The item's prose reader takes the
first day it meets, so the overview gave one event (named by ``_feed_overview_title``) and the rest of the
programme, events with no item of their own among them, was lost.

When the item's title is only an overview's word (``_feed_overview_title.OVERVIEW_TITLE``: "Jahresprogramm",
"Programm 2031", "Overview", "Schedule"…) and its body holds at least two sections whose heading is a name
(``_feed_overview_title._name``: no digit but a year, no month, no field's label) right before an element that
writes a day, each such day is an event, named by its heading in ``rss._record`` as the first one was. The item's
first reading must be one of them (the body was what dated it).

Not: an item titled otherwise (a "Sommerfest" whose body heads its set-up and its party days: one event, as before),
one section alone, days under a month's heading or a label ("<h2>April</h2>", "Wann?"), a heading that writes the day
itself ("15. Januar – Neujahrstreffen": left, as before). An overview's event that has an item of its own in the
feed (the same title and start) is set aside for it (``drop_overview_twins``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Mapping
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from sources.adapters._feed_dates import Dates
from sources.adapters._feed_dotted import dotted_text_when
from sources.adapters._feed_intl import intl_text_when
from sources.adapters._feed_item import FeedInfo, clean, item_description
from sources.adapters._feed_overview_title import HEADINGS, MAX_ELEMENTS, MAX_SCAN, OVERVIEW_TITLE, _name
from sources.adapters._feed_repeats import folded
from sources.adapters._feed_when import When, text_when
from sources.adapters.base import ParsedRecord, RawEvent, RejectedRecord

MIN_SECTIONS = 2
MAX_EVENTS = 60  # events read from one overview
MAX_TEXT = 300  # characters of an element read for its day
TWIN = "The overview's event has an item of its own ({own}): the same title and start."


def overview_whens(
    title: str | None, description: str | None, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime
) -> list[When]:
    """The day under each named heading of an overview item's body, in the body's order, one per start; [] when the
    item is no overview or its body names fewer than two (see the module)."""
    if not title or not description or not OVERVIEW_TITLE.match(title[:100]):
        return []
    try:
        root = lxml_html.fragment_fromstring(description[:MAX_SCAN], create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    found: dict[Any, When] = {}
    heading: Any = None
    for index, element in enumerate(root.iter()):
        if index > MAX_ELEMENTS or len(found) >= MAX_EVENTS:
            break
        if not isinstance(element.tag, str) or element is root:
            continue
        text = " ".join(element.text_content().split())
        digits = any(character.isdigit() for character in text)
        when = _read(text[:MAX_TEXT], zone, reference) if heading is not None and digits else None
        if when is not None:  # the day right under a named heading (a <p>, or a heading of its own: "<h4>")
            found.setdefault(when.start, when)
            heading = None  # one day per heading
        elif element.tag in HEADINGS:
            heading = element if _name(element) is not None else None
        elif text:
            heading = None  # words between the heading and the day: as ``_feed_overview_title`` names it
    return list(found.values()) if len(found) >= MIN_SECTIONS else []


def _read(text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    for reader in (dotted_text_when, intl_text_when, text_when):
        when = reader([text], zone=zone, reference=reference)
        if when is not None:
            return when
    return None


def overview_dates(dates: Dates, entry: Mapping[str, Any], info: FeedInfo) -> Dates:
    """``dates`` with each event of an overview item's body when its first reading is one of them; else ``dates``."""
    if not dates.whens:
        return dates
    whens = overview_whens(clean(entry.get("title")), item_description(entry), info.zone, info.fallback_reference)
    own = next((index for index, when in enumerate(whens) if when.start == dates.whens[0].start), None)
    return dates if own is None else dataclasses.replace(dates, whens=whens, own=own)  # the item's id stays its own


def drop_overview_twins(records: list[ParsedRecord]) -> list[ParsedRecord]:
    """The records, each event read from an overview that another item of the feed gives itself (the same title and
    start: the "Sommerfest" with its own item) replaced by a RejectedRecord saying so; the item's own is kept."""
    own = {
        (record.start, folded(record.title)): record.external_id
        for record in records
        if isinstance(record, RawEvent) and not _from_overview(record)
    }
    kept: list[ParsedRecord] = []
    for record in records:
        twin = own.get((record.start, folded(record.title))) if isinstance(record, RawEvent) else None
        if twin is not None and isinstance(record, RawEvent) and _from_overview(record):
            kept.append(RejectedRecord(external_id=record.external_id, reason=TWIN.format(own=twin)))
            continue
        kept.append(record)
    return kept


def _from_overview(record: RawEvent) -> bool:
    return bool(
        record.source_title and OVERVIEW_TITLE.match(record.source_title[:100]) and record.title != record.source_title
    )
