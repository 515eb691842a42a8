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

HEADINGS_ABOVE = "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][position() <= 40]"
_RANKS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def table_year(heading: str | None, header: list[str], table: Any, today: dt.date) -> int | None:
    """The year of a table's rows that write none: its heading's, its header's ("January 2020"), its outline's."""
    return bare_year(heading or "", today) or header_year(header) or outline_year(table, today)


def outline_year(table: Any, today: dt.date) -> int | None:
    """The year the first higher-ranked heading above the table's own names (see the module), or None."""
    headings = list(reversed(table.xpath(HEADINGS_ABOVE)))  # nearest first
    if not headings:
        return None
    rank = _RANKS.get(str(headings[0].tag).lower(), 1)
    for heading in headings[1:]:
        own = _RANKS.get(str(heading.tag).lower(), 1)
        if own >= rank:
            continue
        found = bare_year(" ".join(" ".join(heading.itertext()).split()), today)
        if found is not None:
            return found
        rank = own
        if rank <= 1:
            break
    return None
