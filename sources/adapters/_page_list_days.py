"""Two layouts made card-shaped before the readers look at them (mutates the tree it is given; html.read_page):

- **A list whose days are dividers** (a school's mobile calendar, jQuery Mobile's ``data-role="list-divider"``):
  ``<ul><li>March 29, 2016 - Tuesday</li><li><h3>Classes Resume</h3></li><li><h3>US Day of Dialogue</h3><h6>8:10am
  - 3:10pm - Theatre</h6></li></ul>``. An item that is only a date heads the items after it, up to the next such
  item; each of those that has a heading of its own is one event of that day. The day is written into each of
  them (a ``<p>`` at its start) and the divider is dropped, so each item reads as a card with its own date.
- **A card whose start is only in a data attribute** (``<div class="tribe-events-calendar-list__event"
  data-tribe-event-date-start="2026-05-02T12:00:00Z">`` with a title and a place, no date shown): the value
  becomes a ``<time datetime>`` at the card's start, as a card that shows its date would carry it.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from sources.adapters._page_cards import HEADINGS, date_alone, has_date_hint, heading_of, is_candidate
from sources.adapters.webpage import clean_text

DAY_HEADINGS = (*sorted(HEADINGS), "h5", "h6")
MAX_LISTS = 500  # lists looked at: a hostile page of many costs no more
MAX_ITEMS = 400  # items of one list looked at
MAX_DIVIDER = 80  # characters: a divider is a short line
# A data attribute that names a start ("data-start", "data-start-date", "data-event-date-start", "data-date",
# "data-datetime"), not an end, a publication or an update.
START_ATTRIBUTE = re.compile(r"(?:^data-|[-_])(?:start|start[-_]?date|date[-_]?start|date|datetime|begin)$")
# …and whose other words do not make it another moment ("data-end-date", "data-date-modified").
NOT_START = re.compile(
    r"(?:^|[-_])(?:end|ends|finish|stop|until|modified|updated|published|created|posted|expires?)(?:[-_]|$)"
)
ISO_VALUE = re.compile(
    r"^\s*\d{4}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?\s*$"
)
MAX_DATED = 2000  # elements with attributes looked at


def _divider_day(item: Any) -> str | None:
    """The date an item that is only a date states ("March 21, 2016 - Monday"), else None."""
    if next(item.iter(*DAY_HEADINGS), None) is not None and not date_alone(clean_text(item.text_content()) or ""):
        return None
    text = " ".join(item.text_content().split())
    return text if text and len(text) <= MAX_DIVIDER and date_alone(text) else None


def _own_heading(item: Any) -> bool:
    """Whether an item names an event with a heading of its own (not one that is a date)."""
    return any(not date_alone(clean_text(node.text_content()) or "") for node in item.iter(*DAY_HEADINGS))


def dividers_into_items(root: Any) -> None:
    """Each list led by an item that is only a date: that day written into the headed items under it (see the
    module's docstring). A list where an item under a divider has no heading, or states a date of its own, is
    left as it is (a list of dated lines, read by the schedule readers)."""
    for count, listing in enumerate(root.iter("ul", "ol")):
        if count >= MAX_LISTS:
            break
        items = [child for child in listing if child.tag == "li"][:MAX_ITEMS]
        if len(items) < 2 or _divider_day(items[0]) is None:
            continue
        plan: list[tuple[Any, str | None]] = []
        day: str | None = None
        for item in items:
            divider = _divider_day(item)
            if divider is not None:
                day = divider
                plan.append((item, None))
            elif _own_heading(item) and not has_date_hint(item):
                plan.append((item, day))
            else:
                plan = []
                break
        if not any(day for _, day in plan):
            continue
        for item, day in plan:
            if day is None:
                listing.remove(item)
                continue
            write_day(item, day, "list-day")


def write_day(element: Any, day: str, kind: str) -> None:
    """``day`` written at the start of ``element``, a line of its own (``<p class="{kind}">``) before the element's
    own text: the element reads as a card with its own date."""
    line = lxml.html.Element("p", {"class": kind})
    line.text, line.tail = day, element.text
    element.text = None
    element.insert(0, line)


def _names_start(name: str) -> bool:
    return name.startswith("data-") and START_ATTRIBUTE.search(name) is not None and not NOT_START.search(name)


def data_dates_as_times(root: Any) -> None:
    """A card (a card-like element with a heading: an article, a list item, a block classed as an event or a card;
    not a month grid's day cell) that shows no date but names its start in a data attribute: that start as a
    ``<time datetime>`` at the card's beginning."""
    count = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or not any(name.startswith("data-") for name in element.attrib):
            continue
        count += 1
        if count > MAX_DATED:
            break
        value = next((v for name, v in element.attrib.items() if _names_start(name) and ISO_VALUE.match(v)), None)
        if value is None or not is_candidate(element) or has_date_hint(element) or heading_of(element) is None:
            continue
        stamp = lxml.html.Element("time", {"datetime": value.strip()})
        stamp.tail, element.text = element.text, None
        element.insert(0, stamp)
