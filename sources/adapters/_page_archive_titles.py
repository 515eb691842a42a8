"""A page named only as an archive is no one event's page when the date it gives is past (pages118). Pure.

A fair-trade shop's "Archiv" page (its <h1>) lists two past events ("Gewerbeschau im Schongauer Eisstadion"
"11. / 12.07.15", "Weltladentag mit Fairem Frühstück" "Samstag, 09.05.2015" "9:30 bis 12:30"): too few rows for a
schedule, it was read as one event's page, titled "Archiv" and dated with its second event's day. A page whose name
is an archive's label and nothing else ("Archiv", "Archive", "Past events", "Vergangene Veranstaltungen":
``_page_more_dates.PAST_LABEL``) tells what it holds is over; its one dated line, when past, is no event of its own.

Not: a page named with the word among others ("Archive Night at the Museum", "Archives Open Day"), an archive's page
whose date is on or after the reading day, a schedule of past rows under such a heading (a council's past
meetings are its record: read as before, ``_page_past_sections``).
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import DateHit
from sources.adapters._page_more_dates import PAST_LABEL


def archive_title_past(title: str, hit: DateHit, today: dt.date) -> bool:
    """Whether the page's name is only an archive's label and its date (the last day of a range) is past."""
    return bool(PAST_LABEL.match(title)) and (hit.end_date or hit.date) < today
