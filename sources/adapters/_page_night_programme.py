"""One evening's programme under the page's dated main heading (pages batch 101, helper pages101). Pure.

A science night's, a festival day's or a conference day's page writes its one day in its ``<h1>`` alone ("Nacht der
Wissenschaft<br> 24. November 2017") and lists its talks further down as headings, each opening with a small element
that is only the talk's time and a short room tag, the talk's name the heading's own words after it:
``<h4><a><div class="hoersaal hs1">20:00 HS T.</div> LHC am CERN: …</a></h4>``. The rows hold no date, so card by
card nothing was read, and line by line only the page's stray dated sentences.

Here (``night_items``): the first ``<h1>`` names exactly one day with its year written (no range); at least
MIN_ROWS headings below it open with such a time element (its words start with a time and hold at most a short tag
after it) and go on with words that name something and hold no date. Each is an event on the heading's day at its
time. The night may run past midnight: a time in the small hours (before SMALL_HOURS_END) after an evening one
(EVENING or later) in the page's order is the next day's. Not: a heading whose words begin with a time and run on
as a sentence (no separate element), nor rows that all bear one name (a timetable's departures: review40), nor a page whose main heading has no year, two dates or none.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_day_sessions import day_session_items
from sources.adapters._page_labelled_programme import labelled_programme
from sources.adapters._page_slot_grid import SlotItem, text_of
from sources.adapters._page_stamped_rows import stamped_rows
from sources.adapters._page_words import meaningful

ROW_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
MIN_ROWS = 4  # fewer timed headings are a page's aside, not its programme
MAX_ROWS = 200
MAX_HEADINGS = 400
MAIN_HEADING = 160  # a dated <h1> longer than this is prose, not a title and its day
TAG_AFTER_CLOCK = 30  # "HS T.", "und 22:00 Uhr KD²": the room's tag after a row's time
MIN_TITLE = 3
EVENING = dt.time(18)
SMALL_HOURS_END = dt.time(6)
# A day number and a joiner right before the heading's date: another day of it ("14. und ", "14 – ", "14/").
OTHER_DAY_BEFORE = re.compile(r"\b\d{1,2}\.?[ \t]{0,3}(?:und|and|et|y|e|&|–|-|/|,)[ \t]{0,3}$", re.IGNORECASE)
EVIDENCE = "a programme row {clock!r} under the page's dated heading {day!r}"


def _main_day(root: Any, today: dt.date) -> dt.date | None:
    """The one day the page's first <h1> names with its year; None when it names none, two, or no year."""
    heading = next(iter(root.iter("h1")), None)
    if heading is None:
        return None
    text = text_of(heading)
    if not text or len(text) > MAIN_HEADING:
        return None
    hits = find_dates(text, year_hint=None, today=today)
    if len(hits) != 1 or not hits[0].year_written or hits[0].end_date is not None:
        return None
    if OTHER_DAY_BEFORE.search(text[: hits[0].start]):
        return None  # "14. und 15. November 2031": two days, the first written as a number alone
    return hits[0].date


def _lead(heading: Any) -> Any | None:
    """The heading's first element with words that are only part of the heading's (its time element; a link that
    wraps the whole heading is passed through)."""
    whole = text_of(heading)
    for element in heading.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        words = text_of(element)
        if words and words != whole:
            return element
    return None


def _row(heading: Any, today: dt.date) -> tuple[dt.time, str, str] | None:
    """(time, title, time element's words) of a heading that opens with a time element; None otherwise."""
    lead = _lead(heading)
    if lead is None:
        return None
    clock_text, whole = text_of(lead), text_of(heading)
    if not whole.startswith(clock_text) or len(clock_text) > len(whole) - MIN_TITLE:
        return None
    clock = find_clock(clock_text)
    if clock is None or clock.start is None or re.search(r"\w", clock_text[: clock.span[0]]):
        return None
    if len(clock_text) - clock.span[1] > TAG_AFTER_CLOCK:
        return None
    title = whole[len(clock_text) :].strip(" -–—|:,·•")
    if len(title) < MIN_TITLE or not meaningful(title) or find_dates(title, year_hint=None, today=today):
        return None
    return clock.start, title, clock_text


def night_items(root: Any, today: dt.date) -> list[SlotItem]:
    """The talks of one day's programme under the page's dated <h1> (see the module's docstring); [] otherwise."""
    day = _main_day(root, today)
    if day is None:
        return []
    rows: list[tuple[dt.time, str, str]] = []
    for index, heading in enumerate(root.iter(*ROW_HEADINGS)):
        if index >= MAX_HEADINGS or len(rows) >= MAX_ROWS:
            break
        row = _row(heading, today)
        if row is not None:
            rows.append(row)
    if len(rows) < MIN_ROWS or len({title.casefold() for _, title, _ in rows}) == 1:
        return []  # review40: one name at every time is a timetable's service ("Service to Leeds"), no programme
    items: list[SlotItem] = []
    evening = False
    for clock, title, clock_text in rows:
        on = day + dt.timedelta(days=1) if evening and clock < SMALL_HOURS_END else day
        evening = evening or clock >= EVENING
        evidence = EVIDENCE.format(clock=clock_text, day=day.isoformat())
        items.append(SlotItem(title, None, dt.datetime.combine(on, clock), None, None, evidence))
    return items


def sessions_or_night(root: Any, base: str | None, today: dt.date) -> list[SlotItem]:
    """Days' headings over timed rows (_page_day_sessions), else one day's programme under the dated <h1>, else one
    meeting's timed headings under its labelled day and hours (_page_labelled_programme), else rows each stamped
    with a day and a clock that show only the clock (_page_stamped_rows)."""
    found = day_session_items(root, base, today) or night_items(root, today) or labelled_programme(root, today)
    return found or stamped_rows(root, base)
