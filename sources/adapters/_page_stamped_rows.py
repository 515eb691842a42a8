"""Rows each stamped with a machine-readable moment that shows only its clock, followed by the row's name (pages batch
123, helper pages123). Pure.

A church's week: day cards ("Sun" / "7 Jun" in a box) each holding rows ``<p><time datetime="2026-06-07T10:30">10:30am
</time> <strong>Breaking of Bread</strong></p>``. No card has a heading, so no card was a block; the page's two
headed cards of prose ("Contacts Class at 8pm on 9 and 23 June") were read instead and the week was lost.

Here: every ``<time>`` whose ``datetime`` is a day and a clock with no zone ("2026-06-07T10:30") and whose shown
text is that clock alone ("10:30am", "8pm"); its row is its parent (a ``<p>``, ``<li>``, ``<div>``, ``<td>``'s
``<tr>``), and the row's name is the row's words after the time: its bold or linked words when it has them, else all
of them, short (NAME) and holding no date or clock of their own. At least MIN_ROWS such rows over at least MIN_DAYS
days are a listing: each row an event at its stamp.

The rows name no place; a page whose one ``<address>`` outside its header and footer sits under a venue's label ("<p
class="eyebrow">Venue</p><h2>Find us in Handsworth</h2><address>Science Block, KE VI<br>…<br>Birmingham, B21
9AR</address>": "Venue", "Location", "Where we meet", "Find us") gives its lines as the rows' place (``labelled_venue``).
Not: an address in the footer or the header (the organisation's contact), one under a contact's label ("Contact us",
"Get in touch"), two addresses or more (which one is whose).

Not: a news list's ``<time datetime="2026-05-03T10:00">3 May 2026</time>`` (the shown text is a date: the post's
stamp, read by the other readers), a row whose name is empty or another clock ("10:30am – 12:00pm"), one day's
rows alone (one event's programme), a stamp with an offset or "Z" (an instant, read as the other readers read it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_slot_grid import SlotItem, hours_only, text_of
from sources.adapters.common import absolute_url

MAX_STAMPS = 400  # <time> elements looked at: a hostile page of many costs no more
MIN_ROWS = 3
MIN_DAYS = 2  # one day's stamped rows are one event's programme
NAME = 160
ROW_TAGS = frozenset({"p", "li", "div", "td", "dd", "span"})
STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?$")
EPOCH = dt.date(2000, 1, 1)  # any day: a name holding a date of its own is no name
VENUE_LABEL = re.compile(
    r"^\W{0,3}(?:venue|location|where\s{1,3}(?:we\s{1,3}meet|to\s{1,3}find\s{1,3}us)|find\s{1,3}us)\b", re.I
)
ABOVE = 4  # the elements looked back over from the address for its label
EVIDENCE = "a row stamped {stamp!r} showing its clock {clock!r}"


def _moment(value: str) -> dt.datetime | None:
    found = STAMP.match(value.strip())
    if found is None:
        return None
    year, month, day, hour, minute = (int(part) for part in found.groups())
    try:
        return dt.datetime(year, month, day, hour, minute)  # noqa: DTZ001  (the page's zone, applied by the reader)
    except ValueError:
        return None


def _name(row: Any, stamp: Any) -> tuple[str, str | None] | None:
    """The row's name after its time (its bold or linked words, else its words) and its link, or None."""
    marked = next((text_of(node) for node in row.iter("strong", "b", "a") if text_of(node) and node is not stamp), "")
    parts = [marked] if marked and not hours_only(marked) else []
    if not parts:
        whole = text_of(row)
        shown = text_of(stamp)
        parts = [whole.replace(shown, " ", 1)] if shown else [whole]
    name = " ".join(" ".join(parts).split()).strip(" –-—·|:")
    if not name or len(name) > NAME or hours_only(name) or find_dates(name, year_hint=EPOCH.year, today=EPOCH):
        return None
    link = next((node.get("href") for node in row.iter("a") if node.get("href")), None)
    return name, link


def labelled_venue(root: Any) -> str | None:
    """The lines of the page's one ``<address>`` outside its header and footer, when a venue's label stands just before
    it in its section (see the module); else None."""
    found = [
        node
        for node in root.iter("address")
        if not any(parent.tag in ("footer", "header", "nav") for parent in node.iterancestors())
    ]
    if len(found) != 1:
        return None
    address, above = found[0], list[str]()
    node = address.getprevious()
    while node is not None and len(above) < ABOVE:
        above.append(text_of(node))
        node = node.getprevious()
    if not any(VENUE_LABEL.match(text) for text in above):
        return None
    lines = [" ".join(part.split()) for part in address.itertext() if part.strip()]
    return ", ".join(lines) or None


def stamped_rows(root: Any, base: str | None) -> list[SlotItem]:
    """Each row's event, when at least MIN_ROWS rows over MIN_DAYS days are stamped this way; else none."""
    items: list[SlotItem] = []
    for index, stamp in enumerate(root.iter("time")):
        if index >= MAX_STAMPS:
            break
        moment = _moment(stamp.get("datetime") or "")
        row = stamp.getparent()
        shown = text_of(stamp)
        if moment is None or row is None or row.tag not in ROW_TAGS or not shown or hours_only(shown) is None:
            continue
        named = _name(row, stamp)
        if named is None:
            continue
        url = absolute_url(named[1], base) if named[1] else None
        evidence = EVIDENCE.format(stamp=stamp.get("datetime"), clock=shown)
        items.append(SlotItem(named[0], url, moment, None, None, evidence))
    if len(items) < MIN_ROWS or len({item.start.date() for item in items}) < MIN_DAYS:
        return []
    venue = labelled_venue(root)
    return [replace(item, place=venue) for item in items] if venue else items
