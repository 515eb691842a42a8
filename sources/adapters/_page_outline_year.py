"""A table's year from the heading its section sits under, where its own heading writes none. Pure.

A walking group's "ANNUAL WALKS PROGRAMME 2031" (an ``<h2>``) heads a section per weekday, each an ``<h3>``
("TUESDAY WALKS") over a Date | Leaders table of "7th Jan" rows: the table's own heading names no year, so its rows
took theirs from the reading day, and read in September the walks of January to March rolled to the next year
(pages108's left). A table whose nearest heading and header name no year takes the year of the first heading above
it of a higher rank (an ``<h2>`` over an ``<h3>``, then an ``<h1>``: its outline's parents, nearest first) that
names one as a schedule's heading does (``_page_years.bare_year``: "2031", "Programme 2031", "2031 Meeting
Schedule"; not a span, a history, a day, a year more than one after the reading day).

Not: a heading of the same or a lower rank before the table's own (an earlier section's "Walks 2030" beside this
one), a parent heading that names no schedule ("Founded in 1987", "Club history 1990–2030"), a table with no
heading.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_notice_rules import header_year
from sources.adapters._page_years import bare_year

MAX_HEADINGS = 40  # the nearest headings above a table looked at
_RANKS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class Outline:
    """Every table's outline year on one page, from one pass over the page in document order (a page of thousands
    of tables costs one walk, not one walk of everything above each table: review of left39)."""

    def __init__(self, root: Any, today: dt.date) -> None:
        self.today = today
        self.years: dict[Any, int | None] = {}
        # the latest heading of each rank so far: (its index among the page's headings, its element)
        latest: dict[int, tuple[int, Any]] = {}
        count = 0
        for element in root.iter():
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            if tag in _RANKS:
                latest[_RANKS[tag]] = (count, element)
                count += 1
            elif tag == "table":
                self.years[element] = self._year(latest, count)

    def _year(self, latest: dict[int, tuple[int, Any]], count: int) -> int | None:
        """The year of the first higher-ranked heading above the nearest one that names one (see the module)."""
        near = [(index, rank, element) for rank, (index, element) in latest.items() if count - index <= MAX_HEADINGS]
        if not near:
            return None
        _, rank, _ = max(near, key=lambda found: found[0])  # the table's own heading: the nearest
        while rank > 1:
            above = [found for found in near if found[1] < rank]
            if not above:
                return None
            _, rank, heading = max(above, key=lambda found: found[0])  # the nearest of a higher rank
            year = bare_year(" ".join(" ".join(heading.itertext()).split()), self.today)
            if year is not None:
                return year
        return None

    def table_year(self, heading: str | None, header: list[str], table: Any) -> int | None:
        """The year of a table's rows that write none: its heading's, its header's ("January 2020"), its outline's."""
        return bare_year(heading or "", self.today) or header_year(header) or self.years.get(table)
