"""A row's postal address: a line further down a date's row that writes a street, then a postcode with its town
("Sportanlage Gilching, Waldplatz 2 | Talhofstraße 13 | 82205 Gilching", "Hula Club, Sperrstrasse 97 / CH-4057
Basel"), with no label saying it is someone else's ("Contact: …", "Mail: …"): the row's place, when nothing nearer
the date named one. A fixture list's or a programme's card writes its ground or venue last, under the teams or the
performers. A street alone, or a postcode and town alone, is not enough. Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._feed_listing import street_line
from sources.adapters._page_bars import is_sentence
from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_rows import one_date_holds
from sources.adapters._page_schedule import BELOW_LINE_LENGTH, BELOW_LINES, Entry
from sources.adapters._page_single_place import POSTCODE_LINE
from sources.adapters._page_words import NOT_THE_PLACE
from sources.adapters._place_split import STREET_THEN_NUMBER

# The marks between an address's parts: a bar, a middle dot, a comma or a slash (the spaces around them are
# stripped from the parts: spaces in the pattern, tried at each space of a long run, made the split quadratic).
PARTS = re.compile(r"[|·•,/]")
POSTCODE_PART = 40  # "82205 Gilching", "CH-4057 Basel": a postcode and a town's name are short


def postal_address(text: str) -> bool:
    """Whether a line is a postal address: a part that is a street line ("Talhofstraße 13", "12 High Street")
    followed by a part that opens with a postcode and a town ("82205 Gilching", "CH-4057 Basel")."""
    parts = [part.strip() for part in PARTS.split(text) if part.strip()]
    for index, part in enumerate(parts):
        if street_line(part) or STREET_THEN_NUMBER.match(part):
            return any(len(later) <= POSTCODE_PART and POSTCODE_LINE.match(later) for later in parts[index + 1 :])
    return False


def address_in_row(entry: Entry, lines: list[Line], line: Line) -> None:
    """The place of a date line's entry from a postal address further down its row (the lines the row holds with
    the date and no other date), when the entry has none. A linked line (a map, a venue's page) is left to the
    readers of links; a labelled contact or a sentence is no place."""
    if entry.location is not None or line.block is None or line.is_heading:
        return
    days = frozenset(day for day in (entry.day, entry.end_day) if day is not None)
    for below in lines[line.index + 1 : line.index + 1 + BELOW_LINES]:
        text = below.text.strip()
        if below.block is None or below.is_heading or not one_date_holds(line.block, below.block, days):
            return
        if find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
            return  # the next row's date, or the row's own again: what follows is not this row's
        if below.anchors or len(text) > BELOW_LINE_LENGTH or is_sentence(text) or NOT_THE_PLACE.search(text):
            continue
        if postal_address(text):
            entry.location = text
            entry.evidence.append(f"place read from the postal address in its row: {text[:60]!r}")
            return
