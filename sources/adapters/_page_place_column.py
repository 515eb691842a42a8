"""A table with no header row whose one column holds places ("March 12, 2025 | Back Room, 12 High Street | The
Lanterns"): the column is known by its words, a street address or a venue's noun in most of its cells, and no
cell of it names a gathering or a body ("Library Board Meeting") or a date or a time. Every row takes its place
from that column, even a cell that names no noun of its own ("Corn Exchange"), and its name from another cell.
Only one such column: two are no reading. Pure."""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_town_column import town_column
from sources.adapters._page_words import DOCUMENT_WORD, EVENT_WORDS

MAX_PLACE = 80  # characters: a place and its street, not a description
MIN_PLACES = 2  # cells that name a place by their own words


def _names_a_place(text: str) -> bool:
    return bool(ADDRESS.search(text) or PLACE_NOUN.search(text)) and looks_like_place(text)


def _no_place(text: str, today: dt.date) -> bool:
    """A cell no place column holds: a long text, an event's or a document's words, a date, a time."""
    return (
        len(text) > MAX_PLACE
        or bool(EVENT_WORDS.search(text) or DOCUMENT_WORD.search(text) or find_clock(text))
        or bool(find_dates(text, year_hint=today.year, today=today))
    )


def place_column(rows: list[list[str]], today: dt.date) -> int | None:
    """The column of a header-less table's rows (cell texts) that is its places, or None."""
    width = max((len(row) for row in rows), default=0)
    found: list[int] = []
    for column in range(width):
        values = [row[column] for row in rows if column < len(row) and row[column]]
        if len(values) < MIN_PLACES or any(_no_place(value, today) for value in values):
            continue
        placed = sum(1 for value in values if _names_a_place(value))
        if placed >= MIN_PLACES and placed * 2 > len(values):
            found.append(column)
    if not found:  # "17 Gennaio | Pesaro | Cerreto Gravel": towns known by coming back (_page_town_column)
        return town_column(rows, today)
    if len(found) != 1:
        return None
    column = found[0]
    # the rows must name their events elsewhere: a words cell beside the date and the place
    named = [
        row
        for row in rows
        if any(text and index != column and not _dated(text, today) for index, text in enumerate(row))
    ]
    return column if len(named) == len(rows) else None


def _dated(text: str, today: dt.date) -> bool:
    return bool(find_dates(text, year_hint=today.year, today=today) or find_clock(text))
