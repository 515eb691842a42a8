"""A table column headed as the rows' name and their date at once ("Name/date", "Event / Date", "Date & Title"):
each cell holds the event's link and its date (``<i><a href=…>UFC 300: Pereira vs Hill</a> <span>April 13,
2024</span></i>``). The header reads as the date column (``COLUMN_ROLES`` gives a cell one role), so no column
titles the rows and they were named by the page ("Meeting"), with no link. Such a column's cell is named by its
link's words, and the row keeps that link as its page (``_page_tables._row_links`` takes the link whose words are
the title); a cell with no such link by its own words beside the date. Pure.

Not: a "Date" header alone (read as before), "Event date" (the date of an event, one field), a link that names a
document ("Agenda", a PDF) or holds a date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import DateHit, find_dates
from sources.adapters._page_words import is_document_link, meaningful, residue

# A header cell that names the name and the date, joined by a slash, an ampersand, a plus, a comma or "and", in
# either order; bounded words, one join: linear.
_NAME = r"(?:name|event|title|meeting|show|veranstaltung|titel|nom|\u00e9v\u00e9nement|nombre|evento|naam)"
_DATE = r"(?:date|datum|fecha|data|day)"
_JOIN = r"\s{0,3}(?:/|&|\+|,|\band\b|\bund\b|\bet\b|\by\b|\ben\b)\s{0,3}"
NAME_AND_DATE = re.compile(rf"^\W{{0,3}}(?:{_NAME}{_JOIN}{_DATE}|{_DATE}{_JOIN}{_NAME})\W{{0,3}}$", re.I)
WORDING = 160  # a name, not a paragraph


def name_and_date(header: str) -> bool:
    """Whether a column's header names the rows' name and their date in one cell ("Name/date")."""
    return bool(NAME_AND_DATE.match(" ".join(header.split())))


def shared_cell_name(header: list[str], column: int, cell: Any, text: str, hit: DateHit, today: dt.date) -> str | None:
    """The name a cell under a "Name/date" header (``header[column]``) gives its row: its first link's words that
    name something (not a document, no date), else the cell's words beside the date; None under any other header."""
    if column >= len(header) or not name_and_date(header[column]):
        return None
    for node in cell.iter("a"):
        words = " ".join((node.text_content() or "").split())
        if (
            words
            and len(words) <= WORDING
            and meaningful(words)
            and not is_document_link(words, node.get("href") or "")
            and not find_dates(words, year_hint=None, today=today)
        ):
            return words
    own = residue(text, [(hit.start, hit.end)], [])
    return own if own and len(own) <= WORDING and meaningful(own) else None
