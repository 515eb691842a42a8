"""A card's showings that run past midnight ("21:30, 23:45, 0:15", a late cinema's night): a time in the small
hours right after a late-evening one on the same day is the next day's, written under the evening's date as a
venue's night is. Before, "0:15" after "23:45" was read as 12:15 and the line refused (times must rise), or the
showing put at 00:15 of the evening's own day, before the others. Pure.

Not: a morning time first in a list ("0:30" alone), a small hour after an afternoon time ("15:00, 1:00": no night
runs so), a later day's own date.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import ClockHit

LATE_EVENING = 21  # the hour from which the next showing may be past midnight
SMALL_HOURS = 4  # a showing before this hour, right after a late one, is the next day's


def past_midnight(before: dt.time | None, hour: int) -> bool:
    """Whether a showing at ``hour`` (24-hour, no meridiem written) right after one at ``before`` is past midnight."""
    return before is not None and before.hour >= LATE_EVENING and 0 <= hour < SMALL_HOURS


def next_day_after_midnight(moments: list[tuple[dt.date, ClockHit]]) -> list[tuple[dt.date, ClockHit]]:
    """``moments`` in the card's order, each small-hours showing that follows a late one on the same day (or one
    already moved past midnight) moved to the next day."""
    kept: list[tuple[dt.date, ClockHit]] = []
    for day, clock in moments:
        if kept:
            last_day, last = kept[-1]
            written_day = (
                last_day - dt.timedelta(days=1) if last_day != day and last.start.hour < SMALL_HOURS else last_day
            )
            if written_day == day and (
                past_midnight(last.start, clock.start.hour) or (last_day != day and clock.start > last.start)
            ):
                kept.append((day + dt.timedelta(days=1), clock))
                continue
        kept.append((day, clock))
    return kept
