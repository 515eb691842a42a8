"""A dated line whose date stands between its name and its place: "Quiz night – Friday 20 June 2031, 7pm, Village
Hall" (left34). Pure.

The line reader cuts the date and the clock out of a line and reads the rest as the title: "Quiz night –,, Village
Hall" (the dash before the date and the commas after it and after the clock left in the middle). A name before the
date and a place after a dash were read already (``_page_line_places.name_date_place``: "Commission Meeting: October
12, 2022 - Santa Barbara"); a place after a comma was not. Now, when the line is a name, its date (and the clock right
after it), then a comma and a tail with no other date or clock:

- the tail is the place when it reads as one by its own words (a place's noun, an address, a label: "Village Hall",
  "St Mary's Church, Leeds", "12 Oak Street") and the name before the date is a full title
  (``events.pipeline.titles.is_full_title``): title "Quiz night", place "Village Hall";
  and is no performing group ("Grand Theatre Orchestra": ``_page_dashed_places.PERFORMERS``, review35);
- otherwise the title is the name and the tail after one dash ("Folk session – The Crown"), as a line written "Folk
  session – The Crown" would be, so that left33's dashed places (``_page_dashed_places``) decide on it as on any
  other line; no separators left in the middle.

Not: a name that is no full title ("Quiz – Friday 20 June 2031, 7pm, Village Hall": the place may be the name's
subject; since review38 it is titled "Quiz – Village Hall", as a tail that is no place is, not "Quiz –,, Village
Hall" with the date's separators left in it), a tail after a dash (``name_date_place``'s), a line that starts with its date (the title is
after it, and read as before), a tail with a clock or a date of its own ("…, 7pm, doors 6:30pm").
"""

from __future__ import annotations

import re

from events.pipeline.titles import is_full_title
from sources.adapters._page_dashed_places import PERFORMERS
from sources.adapters._page_dates import DateHit, find_clock, find_dates
from sources.adapters._page_line_places import _names_a_place, looks_like_place
from sources.adapters._page_words import meaningful, trim_separators

COMMA_LEAD = re.compile(r"^[ \t]*,[ \t]*(?=\S)")  # ", Village Hall" after the date and its clock
MAX_NAME = 120  # characters of the name before the date
MAX_TAIL = 80  # characters of the tail after it


def mid_date_place(
    text: str, hit: DateHit, clock_span: tuple[int, int] | None, several: bool = False
) -> tuple[str, str] | None:
    """(title, place) of a line "<name> – <date>, <clock>, <tail>" (see the module): the place empty when the tail
    does not read as one (the title is then the name and the tail after a dash); None for any other line, and for a
    line of ``several`` dates."""
    if several:
        return None
    name = trim_separators(text[: hit.start])
    after_start = max(hit.end, clock_span[1] if clock_span and clock_span[0] >= hit.end else hit.end)
    tail = text[after_start:]
    lead = COMMA_LEAD.match(tail)
    if lead is None or not meaningful(name) or len(name) > MAX_NAME:
        return None
    tail = trim_separators(tail[lead.end() :])
    if (
        not meaningful(tail)
        or len(tail) > MAX_TAIL
        or find_clock(tail)
        or find_dates(tail, year_hint=None, today=hit.date)
    ):
        return None
    if (
        is_full_title(name)
        and _names_a_place(tail)
        and looks_like_place(tail)
        and not PERFORMERS.search(tail.split(",", 1)[0])
    ):
        return name, tail
    return f"{name} – {tail}", ""
