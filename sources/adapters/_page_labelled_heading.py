"""A fragment's one unlinked top heading names its event when the text right under it is a date's label and a date.

A calendar program's view of one event, or an invitation as a mail program shows it, is a fragment: no <h1>, an
empty <title>, no og:title. Its one <h2> ("1. Testtermin Uhrzeit") heads a table whose first row is the label
"When:" and the event's day and hours ("1 Jan 2015 11:00:00 - 12:00:00"): the heading names the event, as an <h1>
would. Not: a widget's lone heading over anything else ("<h2>Newsletter</h2>" over a sign-up form or a dated post's
title); a generic heading ("Upcoming events", "Calendar") over a labelled date; a label whose value is no date
("Date: to be announced"); a label further down, after other text (a post's "Posted on:" line under its teaser).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_series_heading import pieces_after
from sources.adapters._page_words import GENERIC_HEADING

# The label of when, alone or before its value on the first text under the heading ("When:", "Date:", "Wann:").
LABEL = re.compile(
    r"^\s*(?:when|date|dates|date\s*(?:&|and)\s*time|wann|datum|termin)\s*:\s*(?P<rest>.*)$", re.I | re.S
)
VALUE_CHARS = 120  # a longer value is prose, not a date's field
# Only whether the value writes a date matters here, not the year a year-less one would fall in: any day will do.
ANY_DAY = dt.date(2000, 1, 1)


def dated_by_label(heading: Any) -> bool:
    """Whether the first text after ``heading`` is a date's label with a day and an hour as its value (see the module)."""
    if GENERIC_HEADING.match(" ".join((heading.text_content() or "").split())):
        return False
    pieces = list(itertools.islice(pieces_after(heading), 2))
    label = LABEL.match(pieces[0]) if pieces else None
    if label is None:
        return False
    value = label.group("rest").strip() or (pieces[1] if len(pieces) > 1 else "")
    value = " ".join(value.split())
    if len(value) > VALUE_CHARS or find_clock(value, dated=True) is None:
        return False  # an issue's or a post's date has no hour
    return bool(find_dates(value, year_hint=None, today=ANY_DAY))
