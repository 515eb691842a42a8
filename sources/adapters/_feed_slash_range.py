"""Two numeric dates with their years, joined as a run: "1/18/2022 - 1/30/2022" (for ``rss``). Pure.

A ticketing site's event cards, scraped into RSS, give each tour only as a line of two slashed dates inside the
item's content - "1/18/2022 - 1/30/2022", "3/29/2020 - 3/1/2022" - under a shared link and a pubDate that is the
scrape's. No reader took slashed digits in prose as a day: alone, "3/1/2022" is the 3rd of January or the 1st of
March. Joined as a run, the pair says which: a part above 12 is the day, and the run's two dates are written the
same way, so one date that shows its order gives the other's ("3/29/2020 - 3/1/2022": March 29 to March 1).

Read: the first such run in the texts (title first), each date ``a/b/yyyy`` with a four-digit year, the two joined
by a dash (with or without spaces), the order one of the four parts fixes (a first part above 12: day first; a
second part above 12: month first), the end on or after the start: a run of whole days.

Not read: a run neither date fixes the order of ("3/4/2022 - 5/6/2022"), dates the two fix differently, a year of
two digits, an end before the start, slashed dates not joined as a run.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_when import When

TEXT_SCAN_LIMIT = 5_000
MAX_RUNS = 5
SLASH_RUN = re.compile(
    r"(?<![\d/])(?P<a1>\d{1,2})/(?P<b1>\d{1,2})/(?P<y1>\d{4})[^\S\n]{0,3}[-–][^\S\n]{0,3}"
    r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})/(?P<y2>\d{4})(?![\d/])"
)


def slash_run_when(texts: list[str | None], zone: zoneinfo.ZoneInfo | None) -> When | None:
    """The first run of two slashed dates the texts write whose order one part fixes; None when there is none."""
    tried = 0
    for text in texts:
        for match in SLASH_RUN.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            tried += 1
            if tried > MAX_RUNS:
                return None
            when = _run(match, zone)
            if when is not None:
                return when
    return None


def _run(match: re.Match[str], zone: zoneinfo.ZoneInfo | None) -> When | None:
    a1, b1, a2, b2 = (int(match[name]) for name in ("a1", "b1", "a2", "b2"))
    orders = {order for order in (_order(a1, b1), _order(a2, b2)) if order is not None}
    if len(orders) != 1:
        return None  # neither date fixes the order, or the two fix it differently
    month_first = orders.pop()
    first = _date(int(match["y1"]), a1, b1, month_first)
    last = _date(int(match["y2"]), a2, b2, month_first)
    if first is None or last is None or last < first:
        return None
    return When(first, last if last > first else None, True, zone.key if zone else None)


def _order(a: int, b: int) -> bool | None:
    """True when ``a/b`` must be month first, False when day first, None when either could be."""
    if a > 12 >= b:
        return False
    if b > 12 >= a:
        return True
    return None


def _date(year: int, a: int, b: int, month_first: bool) -> dt.date | None:
    month, day = (a, b) if month_first else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
