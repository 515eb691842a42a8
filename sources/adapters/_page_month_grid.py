"""A year's meeting dates as a grid: a month a row, a meeting a column, a bare ordinal day in each cell (held-out
batch 116). Pure.

A parish council's page: "Parish Council Meetings 2014" over a table "Month | Monday Committee | Wednesday Council",
then "January | 6th | 8th", "February | 10th | 12th" … and a second May row "May | (Annual Parish Meeting) | 21st". No
cell is a date by itself: the line reader read each row as one line ("January 6th 8th": the 6th, titled "8th"), and
the twelve council meetings were lost. Here each ordinal cell is a day of its row's month (the year the table's
heading or the page gives), an event named by its column's header ("Wednesday Council"); a name written in a cell of
the row ("(Annual Parish Meeting)") names that row's dated cells instead.

Not (hard negatives): a table of figures by month ("January | 54 | 61": no ordinal is a day, a number is a count), a
row whose label is no month ("Room 1 | 6th | 8th"), a header that holds dates or names nothing, a cell that holds
something else (two names in a row, a sentence), fewer than two events.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sources.adapters._page_dates import MONTHS, DateHit, find_dates
from sources.adapters._page_next_names import COMPOUND_END, OCCASION
from sources.adapters._page_schedule import MIN_ROWS, Entry
from sources.adapters._page_words import meaningful

ORDINAL_DAY = re.compile(r"^[ \t]*+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \t]*+$", re.IGNORECASE)
MONTH_LABEL = re.compile(r"^[ \t]*+(?P<month>[^\W\d_]{3,9})\.?[ \t]*+$")
MAX_NAME = 60
MAX_PLACING = 5  # a grid whose every ordinal is at most this is a table of placings, not of days
BRACKETS = " \t()[]"
# review57: each column must name a gathering, by its kind (_page_next_names.OCCASION) or by the body that meets
# ("Monday Committee", "Full Council"): "Month | Reds | Blues" of 1st, 2nd, 3rd is a league's placings by month.
BODY = re.compile(
    r"\b(?:committees?|council|board|trustees|governors|members|club|society|group|vestry|panel|commission|cabinet"
    r"|synod|chapter|lodge|guild|choir|rehearsal|parish|ausschuss|gemeinderat|vorstand|comit[ée]|bureau)\b",
    re.IGNORECASE,
)


def _month(text: str) -> bool:
    match = MONTH_LABEL.match(text)
    return match is not None and match.group("month").lower() in MONTHS


def _gathering(name: str) -> bool:
    return bool(OCCASION.search(name) or BODY.search(name) or COMPOUND_END.search(name))


def _row_name(texts: list[str]) -> str | None | bool:
    """The one name a row writes besides its days ("(Annual Parish Meeting)"), None if none, False if the row holds
    anything else (two names, a long text)."""
    names = [text.strip(BRACKETS) for text in texts if text.strip() and not ORDINAL_DAY.match(text)]
    if len(names) > 1 or any(len(name) > MAX_NAME or not meaningful(name) for name in names):
        return False
    return names[0] if names else None


def month_grid(
    rows: list[Any], table: Any, cells: Callable[[Any], list[Any]], text: Callable[[Any], str]
) -> list[Entry]:
    """Each ordinal cell of a month-by-meeting grid as an event (see the module); empty unless every row is one."""
    header = table.header
    if len(header) < 2 or not all(meaningful(name) and _gathering(name) for name in header[1:]):
        return []
    if any(find_dates(name, year_hint=None, today=table.today) for name in header):
        return []
    found: list[Entry] = []
    for row in rows:
        texts = [text(cell) for cell in cells(row)][: len(header)]
        name = _row_name(texts[1:]) if texts and _month(texts[0]) else False
        if name is False:
            return []
        for column, cell in enumerate(texts[1:], start=1):
            if not ORDINAL_DAY.match(cell):
                continue
            hits = find_dates(f"{cell.strip()} {texts[0].strip()}", year_hint=table.year, today=table.today)
            if not hits:
                return []
            found.append(cell_entry(hits[0], str(name or header[column]), f"{texts[0]} | {header[column]} | {cell}"))
    if all(entry.day.day <= MAX_PLACING for entry in found):  # "January | 2nd | 1st": a club's placings
        return []
    return found if len(found) >= MIN_ROWS else []


def cell_entry(hit: DateHit, title: str, text: str) -> Entry:
    """A grid cell's event: its date (and a span's end), named ``title``, written ``text`` ("label | column | cell");
    _page_tables' grid of spans reads its cells into these too."""
    entry = Entry(
        day=hit.date,
        end_day=hit.end_date,
        title=title,
        text=text,
        structure="table-header",
        weekday_agrees=hit.weekday_agrees,
        year_written=hit.year_written,
    )
    entry.evidence.append(f"date {hit.date.isoformat()} read from a grid's cell: {text[:120]!r}")
    return entry
