"""A cinema's one day of showtimes: a date heading over each film's heading and its time buttons. Pure.

A cinema chain's rendered programme for one cinema and one day: the day as a heading of its own ("Sobota 01/04/2023",
under the day buttons "Dziś", "Nd", "Pn"), then each film as a heading ("<h3>65</h3>", its genre and length under it)
over its showtimes, each time a button or a link of its own ("<a class='btn'>17:45</a><a class='btn'>19:50</a>"),
one group of buttons for each version (dubbed, subtitled, IMAX). The schedule reader read the date heading as one
meeting, at the first time under it, titled by the line under it (the first film's genre line): the page's one event.

So, when a heading is only a date (its other words at most two, no digits: a weekday's name) and the headings after
it, up to the next heading that holds a date, name films each followed by lines that hold only times, every time in
an element of its own (a button, a link): each time is a showing of the heading above it, on the heading's day
(``day_showtimes``). What else was read between the date heading and the last showing gives way to them.

Not: fewer than two headings with times (one film's page is read as its own); headings with one time each (a live
blog's posts under their day, "<h3>Polls close</h3><span>22:00</span>", a news list's stamped headlines: a film shows
more than once a day, or in more than one version, so one of them holds two times or more; review29); a line of
two times in one element ("10:00 12:00": a range written without its dash); times with words beside them ("19:30
Einlass"); a heading holding a date of its own (another day's, which stops the day); a date heading with more words
than a weekday ("Opening night 01/04/2031": an event's own heading).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from sources.adapters._page_dates import DateHit, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

CLOCK_TOKEN = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")  # a time alone: "17:45", "9.30"
MIN_FILMS = 2  # headings with times under one day: one film alone is read as its own page
MAX_DAY_WORDS = 2  # a date heading's other words: a weekday's name ("Sobota", "Samedi"), at most two
MAX_SCAN = 400  # lines read under the date heading
MAX_HEADING_LEVEL = 6  # h1–h6; a bold line is no film's heading
BUTTONS = frozenset({"a", "button", "span", "li", "time"})
EVIDENCE = "a showing of {film!r}, a time of its own under it, on the day its date heading names ({day!r})"


def _day_heading(line: Line, today: dt.date) -> DateHit | None:
    """The date a heading names when it holds one date and at most a weekday's name besides, else None."""
    if not line.is_heading:
        return None
    hits = find_dates(line.text, year_hint=None, today=today)
    if len(hits) != 1 or hits[0].end_date is not None:
        return None
    rest = (line.text[: hits[0].start] + " " + line.text[hits[0].end :]).split()
    if len(rest) > MAX_DAY_WORDS or any(character.isdigit() for word in rest for character in word):
        return None
    return hits[0]


def _buttons(line: Line) -> list[dt.time]:
    """The times of a line that holds only times, each in an element of its own under the line's element."""
    tokens = line.text.split()
    if not tokens or line.is_heading or not all(CLOCK_TOKEN.fullmatch(token) for token in tokens):
        return []
    block: Any = line.block
    if block is None:
        return []
    own = [
        element
        for element in block.iter()
        if isinstance(element.tag, str)
        and element.tag in BUTTONS
        and CLOCK_TOKEN.fullmatch(" ".join((element.text_content() or "").split()))
    ]
    if len(own) < len(tokens):
        return []
    return [dt.time(int(hour), int(minute)) for hour, minute in (re.split(r"[:.]", token) for token in tokens)]


def _showings(lines: list[Line], start: int, day: dt.date, today: dt.date) -> list[tuple[str, dt.time, int]]:
    """(film, time, line index) for each time under the films' headings after the date heading at ``start``."""
    found: list[tuple[str, dt.time, int]] = []
    film: str | None = None
    for line in lines[start + 1 : start + 1 + MAX_SCAN]:
        if line.is_heading and find_dates(line.text, year_hint=day.year, today=today):
            break  # another day's heading: this day's showings end here
        if line.is_heading and line.level <= MAX_HEADING_LEVEL:
            film = line.text
            continue
        times = _buttons(line) if film else []
        found += [(film or "", time, line.index) for time in times]
    return found


def day_showtimes(entries: list[Entry], lines: list[Line], *, today: dt.date) -> list[Entry]:
    """``entries`` with what was read from a date heading's films and times replaced by their showings, when the
    heading heads two films' times or more (the first such heading of the page)."""
    for heading in lines:
        hit = _day_heading(heading, today)
        if hit is None:
            continue
        showings = _showings(lines, heading.index, hit.date, today)
        if len({film for film, _, _ in showings}) < MIN_FILMS or max(Counter(f for f, _, _ in showings).values()) < 2:
            continue  # one film's page; or each heading one time: a day's posts or stamped headlines (review29)
        last = showings[-1][2]
        shown = [
            Entry(
                day=hit.date,
                time=time,
                title=film,
                structure="list",
                line=index,
                text=lines[index].text,
                year_written=hit.year_written,
                weekday_agrees=hit.weekday_agrees,
                evidence=[EVIDENCE.format(film=film, day=heading.text)],
            )
            for film, time, index in showings
        ]
        kept = [entry for entry in entries if not heading.index <= entry.line <= last]
        return sorted([*kept, *shown], key=lambda entry: entry.line)
    return entries
