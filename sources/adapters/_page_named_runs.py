"""A run of days whose hours name their own days ("June 4-6, 2027" over "Fri 7pm – Sun 5pm", "12–14 March · Fri
18:00 – Sun 16:00"): one event from the first day at the first time to the day the range names at its end, not
the range added again after the run's last day. Pure.

The hours name as many days as the run spans (Friday to Sunday over the 4th to the 6th: two days on), so the
range is the whole run's start and end, not each day's hours. A range naming fewer days than the run ("June 4-8 ·
Fri 23:00 – Sat 02:00") says nothing of the run's end: it is read as before (each day's hours).
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import ClockHit, end_moment


def named_run(first: dt.date, last: dt.date, hit: ClockHit, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime] | None:
    """(start, end) of the run ``first`` to ``last`` when its hours ``hit`` name days that span it exactly ("Fri
    7pm – Sun 5pm" over a Friday to a Sunday); None otherwise."""
    if hit.start is None or hit.end is None or hit.until is not None or not hit.days:
        return None
    if first + dt.timedelta(days=hit.days) != last:
        return None
    end = end_moment(first, hit.start, hit.end, zone, hit.days)
    return (dt.datetime.combine(first, hit.start, tzinfo=zone), end) if end is not None else None
