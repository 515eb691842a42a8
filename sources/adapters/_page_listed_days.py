"""A schedule line's month-first date followed by more days of the month: "May 7 & 8 - 7pm" (helper pages115). Pure.

A children's theatre lists its performances one line a week: "May 2 - 1pm & 7pm", "May 7 & 8 - 7pm", "May 9 - 1pm &
7pm". The date reader found "May 7" and the clock reader took "8 - 7pm" for a span of hours: the 7th was read from 8
am to 7 pm and the 8th was lost. A day's number right after a month-first date, joined to it by "&", "and" or "+",
names another day of the same month on which the line's event is held too: the date's span is taken to run over the
listed day (so the clock is read after it) and the entry is repeated on that day.

Only with one showing's clock right after the listed day: two days with no clock are one event over both ("June 17 &
18", a fair's weekend) and with a span of hours run from the first day's opening to the last's close ("June 17 & 18,
10am – 5pm"; _page_day_pairs, left30); days apart with no clock are left as read ("June 3 & 24").

Not: a clock ("May 7 & 8pm", "May 7 & 8:30", "May 7 and 8 a.m."), a day-first date of another month ("May 30 & 1
June"), a count of something ("May 7 & 8 guests": a word in lower case after the number, other than "at" or "from"),
a day that does not follow the date's in its month ("May 7 & 5", "May 30 & 31" in a month of thirty days is not read
past its end), a date already a range, a date written day first ("7 & 8 May": _page_joined_days reads that).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_clock

if TYPE_CHECKING:
    from sources.adapters._page_dates import DateHit
    from sources.adapters._page_schedule import Entry

# What follows a month-first date: its joiner and the listed day's number; after it only the line's end, a
# separator, a bracket, "at", "from" or an at sign ("May 7 & 8 - 7pm", "May 7 and 8, 7:30pm", "May 7 & 8 at 7pm").
LISTED_DAY = re.compile(
    r"[ \t]{0,3}(?:&|and|\+)[ \t]{0,3}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?=[ \t]*(?:$|[,;–—\-(|@]|(?:at|from)\b))",
    re.IGNORECASE,
)
MONTH_FIRST = re.compile(r"[A-Za-z]")  # the date's text opens with its month's name ("May 7"), not its day's number
CLOCK_REACH = 8  # the showing's clock right after the listed day: " - 7pm", ", 7:30pm", " at 7pm"


@dataclasses.dataclass(frozen=True)
class ListedDay:
    hit: DateHit  # the date, its span run over the listed day
    day: dt.date  # the listed day


def listed_day(text: str, hit: DateHit) -> ListedDay | None:
    """The day listed after a month-first date (see the module), with the date's span run over it; else None."""
    if hit.end_date is not None or not MONTH_FIRST.match(text, hit.start) or not text[hit.end - 1 : hit.end].isdigit():
        return None
    match = LISTED_DAY.match(text, hit.end)
    if match is None:
        return None
    clock = find_clock(text[match.end() :])
    if clock is None or clock.end is not None or clock.span[0] > CLOCK_REACH:
        return None  # no showing's clock: one event over both days, or a day's hours (_page_day_pairs, left30)
    number = int(match["day"])
    if number <= hit.date.day:
        return None
    try:
        day = hit.date.replace(day=number)
    except ValueError:  # past the month's end
        return None
    return ListedDay(hit=dataclasses.replace(hit, end=match.end()), day=day)


def listed_hits(text: str, hits: list[DateHit], structure: str) -> tuple[list[DateHit], ListedDay | None]:
    """A line's date hits with a lone month-first date's span run over the day listed after it, and that day."""
    if structure != "list" or len(hits) != 1:
        return hits, None
    listed = listed_day(text, hits[0])
    return ([listed.hit], listed) if listed is not None else (hits, None)


def with_listed(entries: list[Entry], listed: ListedDay | None) -> list[Entry]:
    """The line's entries and, when it lists a second day, its one entry again on that day."""
    if listed is None or len(entries) != 1:
        return entries
    also = f"the line lists {listed.day.isoformat()} beside {entries[0].day.isoformat()}: the same event on it"
    return [*entries, dataclasses.replace(entries[0], day=listed.day, evidence=[*entries[0].evidence, also])]
