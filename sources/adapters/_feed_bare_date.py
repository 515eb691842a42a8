"""An item's own ``<date>`` and ``<time>`` elements, in no namespace: a home-made feed's event day (for ``rss``). Pure.

A small business's site writes its evenings as a feed of its own making: a ``<feed>`` declaring no namespace, whose
``<entry>`` elements hold ``<title>``, ``<text>``, ``<date>`` ("01. September 2016", "22.09.2016") and ``<time>``
("ab 18:00 Uhr", "von 18:00 bis 23:00 Uhr", "18:00 bis 24:00 Uhr") - a North German inn's buffet nights. feedparser
reads such a document as Atom and files the bare ``<date>`` as the item's *updated* stamp (it takes ``date`` for
Dublin Core's), so the day is read as a publication and the clock is lost. A publication is never written as a day
and, beside it, a clock of its own: an item whose own element (``_feed_tree``) has direct children named ``date``
and ``time`` in no namespace is read as the event's day at that clock, by the prose readers (English month names,
``_feed_intl``'s other languages, ``_feed_dotted``'s day-first digits) on the two texts joined.

A range ending at "24:00" ("18:00 bis 24:00 Uhr") ends at the midnight that closes the day.

Not read: a ``<date>`` alone (a post's date, as often as an event's), a ``dc:date`` or any namespaced element (the
event module's and the others are ``_feed_extras``'), a ``<time>`` with no clock ("5 min read": the two read as
a whole day are refused), text longer than MAX_TEXT.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._feed_dotted import dotted_text_when
from sources.adapters._feed_intl import intl_text_when, with_intl
from sources.adapters._feed_when import When, text_when

MAX_TEXT = 200
# A range's end at 24:00, after "bis", "to", "-": the midnight that ends the day.
# A range's opening word ("von 18:00 bis 23:00 Uhr"): the day-first digits' reader takes "18:00 bis 23:00" after a
# date, not "von" between them (review43: "22.09.2016" with "von 18:00 bis 23:00 Uhr" was read as a whole day).
CLOCK_LEAD = re.compile(r"\A(?:von|vom|from|de|dalle|dès|desde)[^\S\n]++(?=\d)", re.IGNORECASE)
MIDNIGHT_END = re.compile(r"(?:\bbis|\bto|\buntil|[-–])[^\S\n]*+24[:.]00\b", re.IGNORECASE)


def bare_date_when(element: Any, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """The day and clock the item's bare ``<date>`` and ``<time>`` give; None when it has not both, or they are none."""
    day, clock = _bare_text(element, "date"), _bare_text(element, "time")
    if not day or not clock or not any(character.isdigit() for character in clock):
        return None
    texts: list[str | None] = [f"{day}, {CLOCK_LEAD.sub('', clock)}"]
    english = text_when(texts, zone=zone, reference=reference)
    intl = intl_text_when(texts, zone=zone, reference=reference)
    found = with_intl(english, intl, reference, texts) or dotted_text_when(texts, zone=zone, reference=reference)
    if found is None or found.all_day:
        return None  # "5 min read": no clock, so no event's time beside a post's date
    if found.end is not None or not MIDNIGHT_END.search(clock):
        return found
    start = found.start
    if not isinstance(start, dt.datetime):
        return found
    return dataclasses.replace(
        found, end=dt.datetime.combine(start.date() + dt.timedelta(days=1), dt.time(), start.tzinfo)
    )


def _bare_text(element: Any, name: str) -> str | None:
    """The text of the element's first direct child called ``name`` in no namespace; None when it has none."""
    if element is None:
        return None
    for child in element:
        if child.tag == name:
            text = " ".join((child.text or "").split())
            return text if 0 < len(text) <= MAX_TEXT else None
    return None
