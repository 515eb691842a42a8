"""A date line whose words are only a code, and the time in the row after the row's name (helper pagefix).

A sports club's fixtures write each match as a row of cells: the date line leads with the round's code and a
weekday's short name ("PŘ1, po 9.3.2026": play-off game 1, Monday), the next cell names the two sides
("HC Kometa Brno - Banes Motor České Budějovice"), and the last cell holds the face-off time alone ("18:00").
What is left of such a date line is no title: it holds a code (letters run into a number: "PŘ1", "R16", "QF2",
"GW12") and no word of three letters or more. When the row below names the event, that name is its title (the
code stays a title only when nothing in the row names the event). A time alone on the row's line right after its
name is the row's time, as a time alone under the date is (``_page_line_neighbours._time_below``). Pure.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_bars import hours_line
from sources.adapters._page_dates import ClockHit, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_rows import one_date_holds
from sources.adapters._page_schedule import Entry
from sources.adapters._page_separator_lines import past_separator

# A token of the leftover: letters, digits, or letters run into digits.
TOKEN = re.compile(r"[^\W_]+")
# A round's or a match's code: one to four letters run into one to three digits ("PŘ1", "R16", "QF2", "GW12").
CODE_LETTERS, CODE_DIGITS = 4, 3
WORD_LETTERS = 3  # a word of this many letters (not run into digits) is a title's word
CODE_LENGTH = 20  # a leftover longer than this is no code and weekday


def time_line_after(lines: list[Line], line: Line) -> tuple[Line, str, ClockHit] | None:
    """The line right after ``line`` when it is only a time or a range ("18:00", "5–8 p.m."), in an element and
    neither a heading nor a link, with no date: (that line, its text stripped, its clock); else None."""
    if line.index + 1 >= len(lines):
        return None
    after = lines[past_separator(lines, line.index)]  # "02.11.2031" / "16:15" (_page_separator_lines)
    if after.is_heading or after.block is None or after.anchors:
        return None
    text = after.text.strip()
    clock = hours_line(text)
    if clock is None or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return None
    return after, text, clock


def is_code(token: str) -> bool:
    letters = token.rstrip("0123456789")
    digits = token[len(letters) :]
    return 0 < len(letters) <= CODE_LETTERS and letters.isalpha() and 0 < len(digits) <= CODE_DIGITS


def coded_only(title: str) -> bool:
    """Whether a date line's leftover is only a code and short words ("PŘ1, po", "R16 Sa"): no title."""
    if len(title) > CODE_LENGTH:
        return False
    tokens = TOKEN.findall(title)
    codes = [token for token in tokens if is_code(token)]
    words = [token for token in tokens if token.isalpha() and len(token) >= WORD_LETTERS]
    return bool(codes) and not words


def time_after_name(entry: Entry, lines: list[Line], line: Line, name: Line) -> None:
    """The row's time when the line right after its name, in the same row, is only a time ("18:00")."""
    if entry.time is not None or line.block is None:
        return
    found = time_line_after(lines, name)
    if found is None:
        return
    after, text, clock = found
    if not one_date_holds(line.block, after.block):
        return
    entry.time, entry.end_time = clock.start, clock.end
    entry.evidence.append(f"time read from the row's line after its name: {text[:60]!r}")
