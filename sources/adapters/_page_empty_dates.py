"""A listing's card whose date cell is empty because the card above it is on the same day (mutates the tree it is
given; read before the readers look at it, html.read_page through _page_prepare).

The shape: repeated cards of one tag and class, each with a date-classed element ("<div class="date">Sat 12 April
2025</div>"), where a second act of the same night leaves it empty ("<div class="date"></div><h3>Marsh
Kings</h3><div class="time">10pm</div>"). The card read no date and was dropped. Now the date the card right above
it writes in its own date element is written into the empty one, so it reads as a card with its own date.

A day heading over such cards (a card whose date element is empty is of a dated shape: its template has a date
slot) dates them as any undated card under a day heading (_page_heading_days). Not: a card with no heading, a card
whose previous element is not a card of its shape (a day heading between them), a first card with nothing above
it, a date element that holds anything.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_cards import TEXT_DATE, has_date_hint, heading_of
from sources.adapters._page_dates import find_dates
from sources.adapters._page_siblings import card_shape, sibling_groups
from sources.adapters.webpage import clean_text

DATE_CLASS = re.compile(r"(?<![a-z])date(?![a-z])", re.IGNORECASE)  # "date", "event-date", "gig_date"; not "update"
MAX_DATE = 80  # characters of a date cell's text copied
_EPOCH_YEAR = 2000


def date_cell(card: Any) -> Any | None:
    """The card's first date-classed element (not the card itself), or None."""
    return next(
        (
            node
            for node in card.iterdescendants()
            if isinstance(node.tag, str) and DATE_CLASS.search(node.get("class") or "")
        ),
        None,
    )


def empty_date_cell(card: Any) -> bool:
    """Whether the card has a date slot with nothing in it: its template's, left empty."""
    cell = date_cell(card)
    return cell is not None and not (clean_text(cell.text_content()) or "") and not len(cell.findall(".//time"))


def _written(cell: Any) -> str | None:
    text = clean_text(cell.text_content()) or ""
    if not text or len(text) > MAX_DATE:
        return None
    dated = TEXT_DATE.search(text) or find_dates(text, year_hint=None, today=dt.date(_EPOCH_YEAR, 1, 1))
    return text if dated else None


def dates_into_empty_cells(root: Any) -> None:
    """Each card with an empty date cell, right under a card of its shape that writes its date there: that date
    written into it (see the module's docstring)."""
    for _parent, children in sibling_groups(root):
        before: Any = None
        for child in children:
            above, before = before, child
            if above is None or card_shape(child) is None or card_shape(child) != card_shape(above):
                continue
            if heading_of(child) is None or not empty_date_cell(child) or has_date_hint(child):
                continue
            cell, source = date_cell(child), date_cell(above)
            if cell is None or source is None or source.tag != cell.tag:
                continue
            written = _written(source)
            if written is not None:
                cell.text = written
