"""A card's clock on a line that writes another day is that day's, not the card's date's (helper review30). Pure.

A news index's teasers ("<h3>Bridge to reopen on Monday 16 June</h3><p class='time'>10 June 2031 · 08:12</p>")
were read as events on the headline's day at the stamp's time (16 June, 08:12): the card's date came from its
heading and its time "from the line under the date", though that line writes its own day, when the teaser was
posted. Now a line other than the date's that writes a date, none of whose days is the card's date's day number,
gives the card no clock.

Not: a line restating the card's day with its time ("Sat 14 June" over "Sat 14 June 2031, 19:30"), a line of a time
alone ("19:30"), a line that writes no date.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_dates

_EPOCH = dt.date(2000, 1, 1)
NUMBER = re.compile(r"\d{1,2}")


def other_days_line(line: str, written: str) -> bool:
    """Whether ``line`` writes a date, none on a day number that the card's date (``written``) holds."""
    hits = find_dates(line, year_hint=None, today=_EPOCH)
    if not hits:
        return False
    days = {int(number) for number in NUMBER.findall(written)}
    return not any(hit.date.day in days for hit in hits)
