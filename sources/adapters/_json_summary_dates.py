"""Occurrences given as bare strings written as short day summaries: ``"date": ["dimanche 17/11/2013, 15:00",
"mardi 08/10/2013, 14:00"]`` under a concert programme's record. Pure.

``_json_bare_dates`` reads a list of bare strings under an occurrences key ("dates", "sessions", "date") as one
event per string, but only strings ISO 8601 reads; a weekday's name before a numeric day and a clock after a comma
("dimanche 17/11/2013, 15:00", "Thu 3/7/2024 at 7:30") is what ``_json_summary`` reads as a day's summary, and such
a list stayed unread (the Cité de la musique's ``<representations><date>`` elements). A string reads as a bare date
here when it is such a summary in either order of day and month (the column's order is decided later, over every
value, as ``_json_summary`` decides it), its weekday, when written, agreeing with the date.

Not: a summary whose weekday is not its date's in either order, a longer text, a string with no numeric date.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._json_summary import DAY_FIRST, MONTH_FIRST, summary_moment


def summary_date(value: str) -> bool:
    """Whether ``value`` is a short day summary in one order of day and month or the other."""
    return any(summary_moment(value, order, dt.UTC) is not None for order in (DAY_FIRST, MONTH_FIRST))
