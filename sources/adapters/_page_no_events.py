"""A page that says it has no events on a day holds none on that day. Pure.

A calendar's day view with nothing on it prints a notice ("No events scheduled for March 20, 2027. Please try another
day.") under a title naming the same day ("Events for March 20, 2027"): read as a page about one event, it gave an
event named after the title on that day. When a line of the page's own content (not beside it, in an <aside>) says
there are no events, meetings or shows on, for or scheduled for a day, the one event the page would be about on that
day is none. A notice naming another day ("No events on March 21" beside a concert on March 20), a notice with no
day ("There are no upcoming events" in a sidebar widget) or an event's own words ("No events in the main hall during
the works") leave the page's event alone.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line

MAX_NOTICE = 160  # a notice, not a paragraph
# "No events scheduled for", "No events on", "There are no events found for", "No meetings scheduled".
NO_EVENTS = re.compile(
    r"\bno\s(?:upcoming\s)?(?:events?|meetings?|activities|shows?|performances?)\s"
    r"(?:(?:are|were)\s)?(?:scheduled|found|listed|planned|on|for)\b",
    re.IGNORECASE,
)


def says_none_on(lines: list[Line], day: dt.date) -> bool:
    """Whether a line of the page's own content says it has no events on ``day`` (see the module)."""
    for line in lines:
        text = " ".join(line.text.split())
        if line.aside or len(text) > MAX_NOTICE or NO_EVENTS.search(text) is None:
            continue
        if any(hit.date == day for hit in find_dates(text, year_hint=day.year, today=day)):
            return True
    return False
