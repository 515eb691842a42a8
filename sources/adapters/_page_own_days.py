"""A single event page's date line that names two consecutive days: the event on each (left32). Pure.

The single reader takes one date from the line under the heading. Two ways of writing two days lost one of them:

- a dash's range of two days with one clock after it ("June 17 – 18 at 7:30pm", "June 17-18, 7:30 PM", "17–18 June,
  19:30"): the reader took the 17th at 19:30 and the 18th was lost. Two shows, one each evening at the clock, as
  left31 reads "June 17 and 18th at 7:30pm" on a card. A longer dash range with a clock ("June 17 – 28 at 7:30pm")
  stays as read (a season's run is no list of nights). A day's hours after the two days ("June 17 – 18, 2031, 10am –
  5pm"): the 17th's hours only were read; now both days at those hours (left33, ``HOURS_AFTER``), a longer run's
  hours still as read ("June 17 – 28, 10am – 5pm");
- a pair of days before their month, a weekday before each or not ("Saturday 14 and Sunday 15 June 2031, 10am–4pm",
  "Sat 14 & Sun 15 June"): the reader took the 15th; the 14th (``paired_first``) is the event's day too, at the
  same hours, as "Saturday 14 June and Sunday 15 June 2031, 10am–4pm" (both days written whole) is read.

``own_days`` gives the page's entry and, when its line says so, its other day's (the same record on that day, an
evidence line naming both). Not: two days apart ("Sat 14 & 21 June": left to the readers that list them), a run
of more days, a line whose date is not the entry's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_day_pairs import CLOCK_AFTER, CLOCK_TEXT, paired_first
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import Entry

# left33: a day's hours right after the two days ("June 17 – 18, 2031, 10am – 5pm", "17–18 June 2031, 10:00–17:00"):
# each day's, the event on each at them (a longer run's hours stay as read: "June 17 – 28, 10am – 5pm").
HOURS_AFTER = re.compile(
    rf"(?:,?[ \t]{{1,3}}(?:19|20)\d\d)?[ \t]{{0,3}}[,;@–—-]?[ \t]{{0,3}}(?:from[ \t]{{1,3}})?{CLOCK_TEXT}[ \t]{{0,3}}"
    rf"(?:-|–|—|to|until|till)[ \t]{{0,3}}{CLOCK_TEXT}(?!\w)",
    re.IGNORECASE,
)
EVIDENCE = "one of two days its date line names ({days}): the event on each"
OTHER_DAY = "the other day its date line names: {day}"
ONE_DAY = dt.timedelta(days=1)


def _other_day(entry: Entry) -> dt.date | None:
    """The other day of ``entry``'s date line (see the module), or None."""
    if entry.end_day is not None or entry.end_days:
        return None  # a run the reader kept, or an end on another day
    hits = joined_ranges(entry.text, find_dates(entry.text, year_hint=entry.day.year, today=entry.day))
    hit = next((hit for hit in hits if hit.date == entry.day), None)
    if hit is None:
        return None
    if hit.end_date == entry.day + ONE_DAY:  # "June 17 – 18 at 7:30pm": a show each evening
        single_clock = entry.time is not None and entry.end_time is None
        if single_clock and CLOCK_AFTER.match(entry.text, hit.end):
            return hit.end_date
        hours = entry.time is not None and entry.end_time is not None  # "June 17 – 18, 2031, 10am – 5pm" (left33)
        return hit.end_date if hours and HOURS_AFTER.match(entry.text, hit.end) else None
    if hit.end_date is None and len(hits) == 1:  # "Saturday 14 and Sunday 15 June 2031": the day before, too
        return paired_first(entry.day, entry.text, hit.start)
    return None


def own_days(entry: Entry) -> list[Entry]:
    """``entry`` and, when its date line names a second day (see the module), the same event on that day."""
    other = _other_day(entry)
    if other is None:
        return [entry]
    days = sorted((entry.day, other))
    note = EVIDENCE.format(days=" & ".join(day.isoformat() for day in days))
    entry.evidence.append(note)
    second = dataclasses.replace(entry, day=other, evidence=[*entry.evidence, OTHER_DAY.format(day=other)])
    return [entry, second] if other > entry.day else [second, entry]


def first_days(records: list[Any]) -> list[Any]:
    """``records`` without the other days ``own_days`` added: the page's reading counted as one event, as a card
    beside it is weighed against it (html: one card and no schedule)."""
    mark = OTHER_DAY.partition("{")[0]
    return [record for record in records if not any(str(n).startswith(mark) for n in getattr(record, "evidence", ()))]
