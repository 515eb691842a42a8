"""A page that says it has no events on a day holds none on that day. Pure.

A calendar's day view with nothing on it prints a notice ("No events scheduled for March 20, 2027. Please try another
day.") under a title naming the same day ("Events for March 20, 2027"): read as a page about one event, it gave an
event named after the title on that day. When a line of the page's own content (not beside it, in an <aside>) says
there are no events, meetings or shows on, for or scheduled for a day, the one event the page would be about on that
day is none. A notice naming another day ("No events on March 21" beside a concert on March 20), a notice with no
day ("There are no upcoming events" in a sidebar widget) or an event's own words ("No events in the main hall during
the works") leave the page's event alone.

A calendar that prints every day of its month as a panel writes the empty ones as such notices, one line each ("No
events for Sun, Sep 24, 2023"; helper pages89, a hockey league's calendar): read as a list of dated lines, each was
an event titled "No events for". ``notice_line``: a line that opens with the notice (within its first words: "There
are no events scheduled for") and whose notice is followed by its day, nothing between them but a weekday and
punctuation, is no event. Not: a line whose notice names no day ("No events this week"), an event's title that
only begins like one ("No Events For Old Men – film night, Oct 11": words stand between the notice and the day), a
long line that mentions such a day in passing.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import DateHit, find_dates
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_lines import Line

MAX_NOTICE = 160  # a notice, not a paragraph
NOTICE_LEAD = 20  # the notice opens the line: "There are no events…", "Sorry, no meetings…"
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


def notice_line(text: str, hits: list[DateHit]) -> bool:
    """Whether a line is itself a "no events on <day>" notice (an empty day of a calendar), not an event on that
    day (see the module): the notice opens the line and its day follows it with only a weekday between."""
    said = NO_EVENTS.search(text) if len(text) <= MAX_NOTICE else None
    if said is None or said.start() > NOTICE_LEAD:
        return False
    after = [hit for hit in hits if hit.start >= said.end()]
    if not after:
        return False
    between = text[said.end() : min(hit.start for hit in after)].split()
    words = [word.strip(",.;:()-–") for word in between]
    # "No events scheduled for Oct 14": the pattern stops at "scheduled", its "for" or "on" is the notice's too
    return all(not word or word.lower() in ("for", "on") or weekday_number(word) is not None for word in words)


def notice_day(text: str, year: int | None, today: dt.date) -> bool:
    """Whether a line is an empty day's notice (``notice_line``), read by itself: it is no event, but it is a row of
    its calendar's list (helper review29). A calendar holding one event among its empty days ("No events for
    Saturday, June 14, 2031" over "Quiz night – Sunday, June 15, 2031, 20:00") is a list of two rows, not a lone
    date: counted as no row, the quiz was a lone date and the page's one event the notice's day's, which the notice
    refuses. Not: any other line (it counts as it did)."""
    return notice_line(text, find_dates(text, year_hint=year, today=today))
