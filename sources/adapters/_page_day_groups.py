"""A day's heading over a box of that day's event cards, made card-shaped before the readers look at it (mutates the
tree it is given; _page_prepare). A university calendar lists its events by day: ``<h3>Thursday, March 4</h3><div>
<div class="cal_event"><div class="event_location">Harmon Hall</div><div class="event_time">7:30–9:00pm</div><div
class="event_title"><a href="…">Faculty Piano Recital</a></div></div>…</div>``. Each card names its event and its
time but not its day: the heading above the box gives it. Read as lines, the cards run together into one event per
day named by the first line under the date (the place).

A heading that is only a date (its words a day, no other word), whose next element is a box holding nothing but
cards (each card-like, with a name of its own, and no date of its own), has its day written into each card (a
``<p>`` at its start), so each reads as a card with its own date. A box where a card states a date of its own, holds
anything else, or a heading that says more than a date, is left as it is.
"""

from __future__ import annotations

from typing import Any

import lxml.html

from sources.adapters._page_cards import date_alone, has_date_hint, heading_of, is_candidate
from sources.adapters._page_list_days import DAY_HEADINGS, MAX_DIVIDER
from sources.adapters.webpage import clean_text

MAX_HEADINGS = 500  # day headings looked at: a hostile page of many costs no more
MAX_CARDS = 100  # cards of one day's box


def _day_of(heading: Any) -> str | None:
    text = clean_text(heading.text_content()) or ""
    return text if text and len(text) <= MAX_DIVIDER and date_alone(text) else None


def _box_cards(box: Any) -> list[Any] | None:
    """The box's cards when it holds cards only, each named and undated; else None."""
    if (box.text or "").strip():
        return None
    cards = [child for child in box if isinstance(child.tag, str)]
    if not cards or len(cards) > MAX_CARDS or any((card.tail or "").strip() for card in cards):
        return None
    for card in cards:
        if not is_candidate(card) or heading_of(card) is None or has_date_hint(card):
            return None
    return cards


def days_into_cards(root: Any) -> None:
    """Each day heading's date written into the undated cards of the box right after it (see the docstring)."""
    headings = [node for node in root.iter(*DAY_HEADINGS)][:MAX_HEADINGS]
    for heading in headings:
        day = _day_of(heading)
        box = heading.getnext()
        if day is None or box is None or not isinstance(box.tag, str) or box.tag in DAY_HEADINGS:
            continue
        cards = _box_cards(box)
        for card in cards or []:
            line = lxml.html.Element("p", {"class": "group-day"})
            line.text, line.tail = day, card.text
            card.text = None
            card.insert(0, line)
