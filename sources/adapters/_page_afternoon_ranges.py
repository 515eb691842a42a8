"""A bare 12-hour range that starts between 1:00 and 5:59 as read: the afternoon's. Pure.

A farmers market's page writes its Wednesday "4:00-7:00" beside its Saturday "8:00-12:00", a school's day of
classes "1:00-2:00" beside "9:00-10:30", a library's story time "3:30-4:30": no am/pm, as its readers know the
market is not held at four in the morning. Read as 24-hour times these were small hours (04:00-07:00). An event
listed with hours is an ordinary one, and ordinary events do not start unmarked between one and six in the morning;
so an event whose start and end, as read, are one such bare range written on the page ("h:mm-h:mm", no am/pm after
it, no leading zero), starting from 1:00 to 5:59 and ending later the same morning, is moved twelve hours on:
16:00-19:00. The evening ranges of a band's schedule (``_page_evening_ranges``) are read first, as before; this
rule takes what they leave (a day's ranges split between mornings and afternoons).

Not: a page on a 24-hour clock (any "13:00"-"23:59" or a zero-led "04:00" on it: a night bus, a club night); a page
that speaks of mornings or of sports trained before work (``_page_evening_ranges.MORNING``: a masters swim team's
"5:30-7:00"), of nights spent awake (an overnight shift, an all-nighter, a prayer before dawn); a range marked
am/pm; a start from 6:00 on ("6:00-7:00" is a morning class as often as an evening one); a single time; a range
that ends at noon ("5:30-12:00", a car boot sale's: its "12:00" is noon, no midnight written so; review27); a night
prayer's hours ("Tahajjud 3:30-4:30", "Qiyam": review27).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable

from sources.adapters._page_evening_ranges import MORNING, RANGE, evening_ranges
from sources.adapters._page_mailbox_titles import mailbox_title
from sources.adapters._page_placeholders import midnight_placeholders
from sources.adapters._page_series_hours import series_hours
from sources.adapters.base import ParsedRecord, RawEvent

AFTERNOON = range(1, 6)  # a bare start from 1:00 to 5:59 as read: an afternoon's (13:00-17:59)
# A 24-hour clock on the page: an hour from 13 to 23, or one led by a zero ("04:00").
DAY_CLOCK = re.compile(r"(?<![\d:.])(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?!\d)")
# Words of hours kept awake: a shift's, a night out's, a prayer's before dawn.
NIGHT = re.compile(
    r"\b(?:overnight|all[\s-]?nighter|night\s?shift|shifts?|after[\s-]?party|after[\s-]?hours|nightclub|rave|fajr"
    r"|suhoor|sehri|tahajjud|qiyam)\b",
    re.IGNORECASE,
)
EVIDENCE = "the page writes the event's hours bare on a 12-hour clock, starting between 1:00 and 5:59: the afternoon's"


def _bare_ranges(text: str) -> set[tuple[int, int, int, int]]:
    """The page's ranges written bare on a 12-hour clock, as (h1, m1, h2, m2): no am/pm, no zero-led hour."""
    return {
        (int(match["h1"]), int(match["m1"]), int(match["h2"]), int(match["m2"]))
        for match in RANGE.finditer(text)
        if not match["ap"] and not match["h1"].startswith("0") and not match["h2"].startswith("0")
    }


def _afternoon(event: RawEvent) -> bool:
    """Whether the event's start and end, as read, are a range starting from 1:00 to 5:59, ending before noon."""
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        return False
    # before noon: a range to "12:00" is a morning's, its end noon (a car boot sale's "5:30-12:00"; review27)
    return start.hour in AFTERNOON and end.date() == start.date() and start < end < start.replace(hour=12, minute=0)


def afternoon_ranges(records: Iterable[ParsedRecord], page_text: Callable[[], str]) -> list[ParsedRecord]:
    """The page's records, each event timed by a bare range from 1:00 to 5:59 as read moved to the afternoon."""
    kept = list(records)
    candidates = [record for record in kept if isinstance(record, RawEvent) and _afternoon(record)]
    if not candidates:
        return kept
    text = page_text()
    if DAY_CLOCK.search(text) or MORNING.search(text) or NIGHT.search(text):
        return kept
    written = _bare_ranges(text)
    later = dt.timedelta(hours=12)
    moved = {
        id(event): dataclasses.replace(
            event, start=event.start + later, end=event.end + later, evidence=[*event.evidence, EVIDENCE]
        )
        for event in candidates
        if isinstance(event.start, dt.datetime)
        and isinstance(event.end, dt.datetime)
        and (event.start.hour, event.start.minute, event.end.hour, event.end.minute) in written
    }
    return [moved.get(id(record), record) for record in kept]


def day_times(records: Iterable[ParsedRecord], page_text: Callable[[], str]) -> list[ParsedRecord]:
    """A page's records without a message's sender line (_page_mailbox_titles), with its template's empty
    midnights read as days (_page_placeholders), its bare 12-hour evening ranges read as the evening's
    (_page_evening_ranges) and the bare afternoon ranges they leave as the afternoon's (this module)."""
    kept = [r for r in records if not (isinstance(r, RawEvent) and mailbox_title(r.title))]
    kept = series_hours(kept, page_text)  # "takes place on Tuesdays at 4:00-5:00 pm in Room 164" (_page_series_hours)
    return afternoon_ranges(evening_ranges(midnight_placeholders(kept, page_text), page_text), page_text)
