"""A day's rows written as a time alone over the event's name: a cinema's or a theatre's day ("Fr 31 Jul" over
"17.00" / "Zulu" / "OV", "18.00" / "Alpha" / "OmU"), each row a block of its own that splits the time and the title
into blocks of their own, so no line holds both. Pure.

The date line need not be a heading: the rows right under it say what it is, the first of them starting at once
with a time alone. Each time alone and the name on the line right after it are one of that day's events; short
labels after the name (a version, "OV", "3D") belong to it and are passed over, up to the next time alone. A time
alone that is followed by no name, or a line of prose, ends the reading: that is another shape.
"""

from __future__ import annotations

from sources.adapters._page_bars import _bar_entry, is_sentence
from sources.adapters._page_cards import _EPOCH, NOT_A_TITLE
from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_row_tickets import ticket_urls
from sources.adapters._page_schedule import Entry
from sources.adapters._page_time_lines import clock_alone
from sources.adapters._page_words import meaningful

ROWS_BELOW = 60  # lines looked at under the date line
MAX_TIME_ALONE = 24  # a longer line says more than when
MAX_LABEL = 12  # a label after the name ("OV", "OmU", "3D", "16+"), passed over


def time_line(line: Line) -> ClockHit | None:
    """The time of a row's time line: plain text, neither a link (a film's showing, "<a>12:45 PM</a>", belongs
    to the title above it) nor a heading (a day's "<h3>19.00</h3>" under its date, read by the date bars)."""
    if line.anchors or line.is_heading:
        return None
    return time_alone(line.text.strip())


def time_alone(text: str) -> ClockHit | None:
    """The time a line states when it states nothing else ("17.00", "20:00 Uhr", "dès 21h"): a dotted hour is
    one here, under a date."""
    return clock_alone(text, dated=True, limit=MAX_TIME_ALONE)


def _name(line: Line) -> str | None:
    """The event's name on the line under a time alone: not a heading (a time over a heading is the date bars'
    row, read with its link and place)."""
    if line.is_heading:
        return None
    text = line.text.strip()
    if (
        not meaningful(text)
        or is_sentence(text)
        or NOT_A_TITLE.match(text)
        or names_no_event(text)
        or text.endswith(".")
    ):
        return None  # a line ending its sentence is a description ("World-famous musical show."), not a name
    if find_clock(text, dated=True) or find_dates(text, year_hint=2000, today=_EPOCH):
        return None
    return text


def timed_then_named(bar: Entry, lines: list[Line], date_line: Line) -> list[Entry]:
    """A line that is only a date over rows of a time alone and, on the next line, the event's name: one event per
    row, at that time, up to the next date or heading of the date line's rank. None unless the line right under
    the date is a time alone, or when a time alone has no name right under it."""
    if bar.title is not None or bar.time is not None:
        return []
    below = lines[date_line.index + 1 : date_line.index + 1 + ROWS_BELOW]
    if not below or time_line(below[0]) is None:
        return []
    rows: list[Entry] = []
    starts: list[int] = []  # each row's name line, in ``below``; its lines run to the next row's time
    index = 0
    while index < len(below):
        line = below[index]
        text = line.text.strip()
        if line.is_heading and (not date_line.is_heading or line.level <= date_line.level):
            break  # the next section's heading
        if find_dates(text, year_hint=2000, today=_EPOCH):
            break
        clock = time_line(line)
        if clock is None:
            if len(text) > MAX_LABEL and rows:
                break  # prose after the rows: the day's programme has ended
            index += 1
            continue
        name = _name(below[index + 1]) if index + 1 < len(below) else None
        if name is None:
            return []
        how = "time from a line alone under the date, title from the line under it"
        name_line = below[index + 1]
        link = next((anchor for anchor in name_line.anchors if anchor.text.strip().startswith(name)), None)
        rows.append(_bar_entry(bar, name_line, name, clock, link, how))
        starts.append(index + 1)
        index += 2
    ends = [start - 1 for start in starts[1:]] + [index]
    ticket_urls([(row, below[start:end]) for row, start, end in zip(rows, starts, ends, strict=True)])
    for row in rows:
        row.heading_line = bar.heading_line
    return rows
