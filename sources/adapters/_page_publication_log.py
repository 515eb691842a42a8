"""A table of articles stamped to the minute, newest first: a publication log, not a schedule (helper pages64). Pure.

A game's players' site lists its notices as a table, each row a link to "/sc/news/detail/…" and a cell
"2025-07-25 18:00": when the notice went up. Each row was read as an event at its stamp. A dated line that links
to an article was already news (_page_words.reads_as_news), but only when it has no time of day: an article is
dated, not timed. A whole table of them is another matter: when every row links to an article, has a clock, and
the rows run back in time (newest first, over more than one day), the clocks are the stamps a news list writes,
and those rows give no event. A row read at another day its own words name ("超ドラゴンクエストXTV #53 7月8日(火)21:00～
生配信！", a broadcast announced in a notice) is not one of them and is read as before.

Not: the same rows in the order of the days they name (a schedule of talks whose pages sit under "/news/"), rows
that link to events' pages, a table whose stamped article rows are fewer than ``LOG_ROWS`` or fewer than half
its rows.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import EVENT_PATH, NEWS_PATH

LOG_ROWS = 5  # a log of a few notices at least: two or three stamped rows say too little


def _article(url: str | None) -> bool:
    path = urlsplit(url or "").path
    return bool(NEWS_PATH.search(path)) and not EVENT_PATH.search(path)


def logged_rows(entries: list[Entry]) -> list[Entry]:
    """The rows of a table that are a publication log's (see the module); none when the table is no log."""
    stamped = [entry for entry in entries if entry.time is not None and _article(entry.url)]
    if len(stamped) < LOG_ROWS or 2 * len(stamped) < len(entries):
        return []
    moments = [dt.datetime.combine(entry.day, entry.time or dt.time()) for entry in stamped]
    if any(later > earlier for earlier, later in zip(moments, moments[1:], strict=False)):
        return []
    return stamped if len({entry.day for entry in stamped}) > 1 else []
