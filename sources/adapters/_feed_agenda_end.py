"""A feed item's end written as the row of a days-long agenda that says the event ends, for ``rss``. Pure.

feeds83: a hackathon's WordPress events feed gives its weekend as three tables, each headed by its day ("Friday,
October 25th", "Saturday, October 26th", "Sunday, October 27th") over rows of a clock and what happens then; the
first row "6:00pm | Event begins" was read as the start, and the last table's "2:00pm | Hackathon ends" said when the
weekend ends, and nothing read it. ``_feed_end_line`` reads an evening's "23:30 - Ende" on the start's own day only.

An item read at a clock with no end takes the one row of its body whose words are a name and "ends" ("Hackathon
ends", "The conference ends", "Event ends."), with the clock on the row (a cell before it on the same line, or the
line before it): on the day the nearest day heading above it names, the first such day from the start's, else on the
start's own day; it is the end when it is after the start and within MAX_SPAN.

Not: a row that closes a room or a part ("Lounge closes for the evening", "Venue closed for the night", "Lunch
ends"), a deadline's ("Registration ends", "Early bird sale ends", "Voting ends"), an end in a sentence ("the fun
never ends when you come along", a row that denies it), two such rows with different moments (two tracks' ends), an end before the start or
more than MAX_SPAN after it, an item read as a whole day, an item whose end is already known.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._feed_begin_end import MONTHS
from sources.adapters._feed_end_line import end_line
from sources.adapters._feed_glued import html_lines
from sources.adapters._feed_when import When

MAX_SCAN = 20_000  # characters of an item's body looked at
MAX_LINE = 60  # a longer line is a sentence, not an agenda's row or heading
MAX_SPAN = dt.timedelta(days=7)  # a weekend's or a week's event; longer is another one's
_CLOCK = r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?[ \t]*(?P<half>[ap])\.?[ \t]?m\.?"
CLOCK_LINE = re.compile(rf"^{_CLOCK}$", re.IGNORECASE)
# A name of at most four words and "ends", alone on its row, or after the row's clock ("2:00pm - Hackathon ends").
ENDS_ROW = re.compile(
    rf"^(?:{_CLOCK}[ \t]*[-–—:|]?[ \t]*)?(?P<what>(?:the[ \t]+)?[a-z][\w'’&]*(?:[ \t]+[\w'’&]+){{0,3}})[ \t]+ends[ \t.!]*$",
    re.IGNORECASE,
)
# Rows that end a part, a meal or a deadline, not the event: "Lunch ends", "Registration ends", "Early bird sale ends".
PART_WORDS = re.compile(
    r"\b(?:registration|sign[- ]?ups?|signups?|sales?|tickets?|early[ \t]bird|voting|submissions?|applications?|"
    r"offer|deal|discount|lunch|breakfast|dinner|break|session|talk|workshop|round|half|period|day|happy[ \t]hour)\b",
    re.IGNORECASE,
)
# An end denied or a saying, not a row: "the fun never ends", "it's not over until it ends".
DENIED = re.compile(r"\b(?:never|not|no|always|until)\b", re.IGNORECASE)
# A day heading alone on its line: "Sunday, October 27th", "Sun Oct 27", "Sunday 27th October".
DAY_HEADING = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+(?:(?P<month>[a-z]{3})[a-z]*\.?[ \t]+(?P<day>\d{1,2})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<month2>[a-z]{3})[a-z]*)(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+(?P<year>\d{4}))?$",
    re.IGNORECASE,
)


def event_end(when: When, markup: str | None) -> When:
    """``when`` with the end an evening's running order (``_feed_end_line``) or else a days-long agenda gives."""
    return agenda_end(end_line(when, markup), markup)


def agenda_end(when: When, markup: str | None) -> When:
    """``when`` with the end a days-long agenda's "… ends" row gives (see the module), else ``when`` as it was."""
    start = when.start
    if when.end is not None or when.all_day or not isinstance(start, dt.datetime) or not markup:
        return when
    ends: set[dt.datetime] = set()
    day = start.date()
    previous = ""
    for line in html_lines(markup[:MAX_SCAN]):
        text = " ".join(line.split())
        if len(text) > MAX_LINE:
            previous = ""
            continue
        heading = _heading_day(text, start.date())
        day = heading or day
        found = ENDS_ROW.match(text)
        if found is not None and not PART_WORDS.search(found["what"]) and not DENIED.search(found["what"]):
            clock = found if found["hour"] else CLOCK_LINE.match(previous)
            if clock is not None:
                ends.add(dt.datetime.combine(day, _time(clock), tzinfo=start.tzinfo))
        previous = text
    if len(ends) != 1:
        return when
    end = ends.pop()
    return dataclasses.replace(when, end=end) if start < end <= start + MAX_SPAN else when


def _time(clock: re.Match[str]) -> dt.time:
    hour = int(clock["hour"]) % 12 + (12 if clock["half"].lower() == "p" else 0)
    return dt.time(hour, int(clock["minute"] or 0))


def _heading_day(text: str, first: dt.date) -> dt.date | None:
    """The day a heading line names, the first such day from ``first`` (or in the year it writes), else None."""
    found = DAY_HEADING.match(text)
    if found is None:
        return None
    month_name = (found["month"] or found["month2"] or "").lower()
    if month_name not in MONTHS:
        return None
    month, day = MONTHS.index(month_name) + 1, int(found["day"] or found["day2"])
    years = [int(found["year"])] if found["year"] else [first.year, first.year + 1]
    for year in years:
        try:
            named = dt.date(year, month, day)
        except ValueError:
            return None
        if found["year"] or named >= first:
            return named
    return None
