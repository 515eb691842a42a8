"""A run of days written without a year that is on now: this year's, not next year's. Pure.

A listing shows what is on and what is coming: "Sep 13 ~ Sep 27" seen on 15 September is the tournament that began
two days ago and ends on the 27th. A year-less day is read as its next coming one, so the first day went to next
year (its date this year is past) and the run with it: the tournament was placed a year ahead, or, its last day
read apart, not read as a run at all. A year-less run whose first day is past and whose last day is still to come
this year is this year's run. A run wholly past ("Sep 1 – Sep 10" on 15 September) stays next year's, the next
time it is on; a run with a year written keeps it.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import safe_date


def ongoing_run(first: dt.date, last: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) of a year-less run, a year earlier when it is on ``today`` then (see the module)."""
    if first <= today:
        return first, last
    earlier_first = safe_date(first.year - 1, first.month, first.day)
    earlier_last = safe_date(last.year - 1, last.month, last.day)
    if earlier_first is not None and earlier_last is not None and earlier_first <= today <= earlier_last:
        return earlier_first, earlier_last
    return first, last
