"""A week's diary table whose rows name only their weekday, under a line that names the week (pages batch 107, a
church's "This Week's Diary"). Mutates the tree it is given; html.read_page, after _page_prepare (the reading day
is needed for the week's year).

The shape: one line "Schedule for the week 18th to 25th March" (no year), then a table Day/Time | Event | Notes
whose row headers are a weekday and a clock ("Tuesday<br/>7:30 P.M.", "Thursday<br/>2:00-4:00 P.M.",
"Sunday<br/>10:30 A.M.<br/>6:30 P.M."). No row said which day it was, so nothing was read but the page's heading
at the first clock. Each such weekday is the day of that name inside the stated week, taken in the rows' order (a
week written Sunday to Sunday has two Sundays: a Sunday after the Friday is the later one); the day is written
into the row's first cell in full ("Tuesday 20 March 2018"), so the table reads as a dated one. A weekday with its
day's number ("Tuesday 29th", under "Schedule for the weeks 27th November to 11th December") is that numbered day
of the span when its weekday agrees.

Not: a table under no such line (a weekly timetable: "Monday | 9:00 Yoga" repeats every week, _page_weekly_*), or
under a line saying the table holds from that week on ("Timetable from the week of 17 March", "starting w/c"), a
line that names a week far above the table (the line must be the closest text block before it, or its caption),
a span longer than five weeks, a table whose rows date themselves, a row whose weekday falls in no day of the span,
opening hours ("Monday | 9:00 - 17:00": no row names anything beside its clock), fewer than two such rows.

review50: a table with a weekday's row that says only hours or a closure ("Wednesday | Closed") is a place's
hours, whatever its other rows say ("Thursday | 9:00 - 20:00 | Late opening"); a line naming a rota, a roster,
duties, shifts or hours ("Coffee rota for the week 16th to 23rd March": "Sunday | Mrs Brown") is no diary's. A day's
number right before "pm"/"am" is the clock's ("Friday 7 PM"). Weeks and weekdays in other languages read too
("Woche vom 17. bis 23. März" over "Montag<br/>19:00", "Semaine du…", "Week van…", "Semana del…"; the short French
forms "Sam", "Mer" are names, not days), and a week's own number or a parenthesis may stand before its dates
("Week 12: 17 - 21 March", "This Week (17-23 March)").
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from sources.adapters._intl_names import INTL_WEEKDAYS
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_day_tables import innermost_tables
from sources.adapters._page_hours_rows import named
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import MIN_ROWS
from sources.adapters._page_table_cells import cell_text, cells
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters._page_words import meaningful
from sources.adapters.webpage import clean_text

MAX_ROWS = 200  # rows of one table
MAX_LINE = 120  # the week's line: a short line, not a paragraph
GAP = 24  # what may stand between "week" and its first date: " of", " commencing Monday", ": "
# The words that may stand there: "of", "commencing", "beginning", a weekday ("w/c Monday 17 March"), German "vom".
GAP_WORDS = frozenset(
    {"of", "from", "commencing", "beginning", "starting", "the", "vom", "ab", "du", "van", "del", "dal", "de",
     *ENGLISH_WEEKDAYS}
)  # fmt: skip
GAP_MARKS = frozenset(" \t:,.-–—(")
# The week's own number before its dates ("Week 12: 17 - 21 March"): taken off the gap before it is judged.
WEEK_NUMBER = re.compile(r"^\s*\d{1,2}(?!\d)")
# A line naming a table of people on duty or a place's hours, not a week's events (review50): "Coffee rota for the
# week 16th to 23rd March", "Staff roster w/c 17 March", "Opening hours for the week of 17 March".
NOT_DIARY = re.compile(
    r"(?<![^\W\d_])(?:rotas?|rosters?|duty|duties|shifts?|hours|opening times|öffnungszeiten|dienstplan)(?![^\W\d_])",
    re.IGNORECASE,
)
# A row's weekday: English ("Tue" too) or another language's full name ("Montag", "mercredi", "Woensdag").
WEEKDAYS = ENGLISH_WEEKDAYS | {name: day for name, day in INTL_WEEKDAYS.items() if len(name) >= 5}
# A line before its week's word that says the table repeats from then on: a timetable's, not one week's diary
# ("Timetable from the week of 17 March", "New classes starting w/c 17 March", "Weekly programme").
REPEATS = re.compile(
    r"(?<![^\W\d_])(?:time-?tables?|weekly|every|each|valid|from|starting|until|stundenplan|ab)(?![^\W\d_])",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+")  # a run of letters
MAX_SPAN = 35  # days: a diary's week or a few, not a season
# The week's word: "week", "weeks", "w/c" (week commencing), German "Woche"; not inside a longer word ("weekend").
WEEK_WORD = re.compile(r"(?<![\w/])(?:weeks?|w/c|woche|semaine|semana|settimana)(?![\w/])", re.IGNORECASE)
# A row's first words: a weekday, its day's number after it allowed ("Tuesday", "Tue", "Tuesday 29th"); nothing else
# but the clock may follow in the cell (checked apart).
ROW_DAY = re.compile(
    r"^\s*(?P<weekday>[^\W\d_]{3,12})\.?,?(?:[ \t]{1,3}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![ \t]?[AaPp]\.?[Mm](?![^\W\d_])))?(?![\w/.:])"
)  # a number before "pm" is a clock's ("Friday 7 PM"), not the day's
# The preceding text blocks a week's line may be: a paragraph, a heading, a caption.
LINE_ABOVE = (
    "preceding::*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::caption][1]"
)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def week_span(line: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a line like "Schedule for the week 18th to 25th March" names: its first date (or range) right
    after the week's word; a single date is the week it begins."""
    if len(line) > MAX_LINE or NOT_DIARY.search(line):
        return None
    for word in WEEK_WORD.finditer(line):
        if REPEATS.search(line, 0, word.start()):
            return None  # a timetable from that week on
        after = line[word.end() :]
        hits = joined_ranges(after, find_dates(after, year_hint=None, today=today))
        if not hits or hits[0].start > GAP or not _joins(after[: hits[0].start]):
            continue
        first = hits[0]
        last = first.end_date or first.date + dt.timedelta(days=6)
        if first.date <= last <= first.date + dt.timedelta(days=MAX_SPAN):
            return first.date, last
    return None


def _joins(gap: str) -> bool:
    """Whether what stands between the week's word and its date only joins them ("of", "commencing Monday")."""
    gap = WEEK_NUMBER.sub("", gap)
    words = WORD.findall(gap)
    marks = WORD.sub("", gap)
    return all(word.lower() in GAP_WORDS for word in words) and all(mark in GAP_MARKS for mark in marks)


def _line_above(table: Any) -> str:
    caption = next(table.iter("caption"), None)
    found = [caption] if caption is not None else table.xpath(LINE_ABOVE)
    return (clean_text(found[0].text_content()) or "") if found else ""


def _weekday_row(row: list[Any]) -> tuple[re.Match[str], int] | None:
    """A row's leading weekday, where its first cell holds nothing else but a clock: (match, weekday)."""
    if len(row) < 2:
        return None
    first = cell_text(row[0])
    match = ROW_DAY.match(first)
    weekday = WEEKDAYS.get(match.group("weekday").lower()) if match else None
    if match is None or weekday is None:
        return None
    if first[match.end() :].strip() and find_clock(first[match.end() :]) is None:
        return None  # "Monday Night Football": words, not a clock
    return match, weekday


def _hours_row(row: list[Any]) -> bool:
    """A weekday's row that says nothing but hours or a closure beside its day ("Monday | 9:00 - 17:00",
    "Wednesday | Closed"): the table is a place's hours (review50: its "Late opening" row is no event)."""
    others = " ".join(cell_text(other) for other in row[1:]).strip()
    return bool(others) and _weekday_row(row) is not None and not named(others)


def _row_day(row: list[Any]) -> tuple[Any, int, int | None] | None:
    """A row's first cell when it starts with a weekday (its day's number allowed) and another cell names
    something: (cell, weekday, day number)."""
    found = _weekday_row(row)
    if found is None or not any(meaningful(cell_text(other)) for other in row[1:]):
        return None
    day = found[0].group("day")
    return row[0], found[1], int(day) if day else None


def _days(span: tuple[dt.date, dt.date], rows: list[tuple[Any, int, int | None]]) -> list[dt.date] | None:
    """Each row's day inside the span, in the rows' order; None when a row's day is not in it."""
    first, last = span
    days: list[dt.date] = []
    earliest = first
    for _, weekday, number in rows:
        day = earliest
        while day <= last and (day.weekday() != weekday or (number is not None and day.day != number)):
            day += dt.timedelta(days=1)
        if day > last:
            return None
        days.append(day)
        earliest = day
    return days


def _write(cell: Any, day: dt.date) -> None:
    """The cell's leading weekday (and number) replaced by the whole day: "Tuesday 20 March 2018"."""
    for element in cell.iter():
        if not isinstance(element.tag, str) or not (element.text or "").strip():
            continue
        match = ROW_DAY.match(element.text)
        if match is not None:
            whole = f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
            element.text = whole + element.text[match.end() :]
        return


def _lone_clocks(cell: Any) -> list[str]:
    """The clocks a cell of only lines (its day, then a clock a line: "Sunday<br/>10:30 A.M.<br/>6:30 P.M.")
    writes each alone on its line, when there are two or more: one session each."""
    if any(child.tag != "br" for child in cell):
        return []
    lines = [(child.tail or "").strip() for child in cell]
    clocks = [line for line in lines if line]
    for line in clocks:
        clock = find_clock(line)
        if clock is None or clock.end is not None or line[: clock.span[0]].strip() or line[clock.span[1] :].strip():
            return []
    return clocks if len(clocks) >= 2 else []


def _split(cell: Any) -> None:
    """A row whose day cell holds several lone clocks: one row per clock, the later ones after it."""
    clocks = _lone_clocks(cell)
    row = cell.getparent()
    if not clocks or row is None or row.getparent() is None:
        return
    for child in list(cell)[1:]:
        cell.remove(child)  # the first line break and its clock stay
    cell[0].tail = " " + clocks[0]
    for clock in reversed(clocks[1:]):
        twin = copy.deepcopy(row)
        twin[row.index(cell)][0].tail = " " + clock
        row.addnext(twin)


def week_rows_dated(root: Any, *, today: dt.date) -> None:
    """Each diary table of bare weekdays under a line naming its week: each row given its day (see the module)."""
    for table in innermost_tables(root):
        span = week_span(_line_above(table), today)
        if span is None:
            continue
        rows = [cells(row) for row in list(table.iter("tr"))[:MAX_ROWS]]
        if any(find_dates(cell_text(cell), year_hint=span[0].year, today=today) for row in rows for cell in row):
            continue  # the rows date themselves
        if any(_hours_row(row) for row in rows):
            continue  # a place's hours
        dated = [found for row in rows if (found := _row_day(row)) is not None]
        days = _days(span, dated) if len(dated) >= MIN_ROWS else None
        for (cell, _, _), day in zip(dated, days or [], strict=False):
            _write(cell, day)
            _split(cell)
