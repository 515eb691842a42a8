"""Which element of a page is one event's row: the nearest element holding two of its lines, unless it holds a
post's byline or more than one date (a list of meetings, not one meeting's row). Pure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_dates import iter_dates
from sources.adapters._page_schedule import POST_META, ROW_TEXT


def row_of(block: Any, other: Any) -> Any:
    """The row holding both lines, unless the first is in a post's byline ("<ul class="meta"><li>March 3</li>
    <li>By Anna</li>": a post's date, its list no row of a schedule)."""
    row = holder(block, other)
    return None if row is None or in_byline(block, row) else row


def in_byline(block: Any, row: Any) -> bool:
    """Whether a line sits in a post's byline ("ul.meta", "div.entry-meta") inside its row."""
    for element in (block, *block.iterancestors()):
        if POST_META.search(element.get("class") or ""):
            return True
        if element is row:
            return False
    return False


def holder(first: Any, second: Any) -> Any:
    """The nearest element holding both."""
    above = [first, *first.iterancestors()]  # held, so that each element keeps its one proxy
    return next((element for element in (second, *second.iterancestors()) if any(element is a for a in above)), None)


def one_date_holds(first: Any, second: Any, days: frozenset[dt.date] = frozenset()) -> bool:
    """Whether the nearest element holding both holds one date only: one meeting's row, not a list of them; or
    only ``days``, the first and last of the one event's range ("30.09.2025 - 25.07.2026")."""
    row = holder(first, second)
    if row is None or row.tag in ("body", "html"):
        return False
    text = bounded_text(row, ROW_TEXT)
    if text is None:
        return False
    # One day, however often written: a name that carries its date ("Singer - 29 May 2026") above the row's date.
    # Read only until a second day decides it (a row of nested cards holds every card's date: reading them all for
    # each of its lines made a page of nested cards cost its depth times its text).
    written: set[dt.date] = set()
    for hit in iter_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        written.add(hit.date)
        if len(written) > 1 and not (len(days) > 1 and written <= days):
            return False
    return len(written) == 1 or (len(days) > 1 and written <= days)


def names_the_day(dates: list[Any], day: dt.date) -> bool:
    """Whether every date a row's name line writes is the row's own day ("Singer - 29 May 2026" above "Friday
    29 May 2026, 6:30 pm"): then the line is the row's name with its date, not another row."""
    return all((hit.date.month, hit.date.day) == (day.month, day.day) for hit in dates)


def bounded_text(element: Any, limit: int) -> str | None:
    """The element's text, or None when it is longer than ``limit`` (a list of meetings, not one's row): read
    only so far, so that asking for each date line of a long page costs the row, not the page."""
    parts, size = [], 0
    for piece in element.itertext():
        size += len(piece) + 1
        if size > limit:
            return None
        parts.append(piece)
    return " ".join(parts)
