"""A cinema's week of showtimes as one small grid per film (helper pages62). Pure; used by _page_week_grid.

A cinema's programme writes each film as its heading (``<h1>22 Jump Street (OV)</h1>``) over a timetable of its own:
a header row "Saal | Heute 30.07.14 | Do 31.07.14 | … | Di 05.08.14" and one body row whose first cell is the hall
("Saal") and whose day cells hold the day's showtimes as links written "> 20:15". Read as a week grid, every showing
was titled "Saal" (the row's label), the "Heute" column was no day (its word is no weekday), a day cell's second
showing was lost (a link "> 20:00" was no bare clock link, so only the cell's first clock was read), and a film with
a single showing in the week gave nothing (one session is no grid). Now:

- a day's label may say "today" or "tomorrow" in place of its weekday ("Heute 30.07.14", "Today 12 Jan",
  "Demain 31/07"), in the languages the readers know (``relative_day_word``);
- a link whose words are a clock behind an arrow or a bullet ("> 20:15", "» 20:15", "→ 9.30") is a bare clock link
  (``marked_clock``);
- a body row's label that only repeats the header cell above it ("Saal" under "Saal", "Room" under "Room") is the
  column's word, the hall the showing is in, not the row's name: the grid's heading names the showings
  (``repeats_header``);
- a grid with a single session counts when another grid of the page has the same header days and gives sessions too
  (the same week drawn once per film, ``with_lone_grids``).

Not: a label with other words beside its date ("Heute geschlossen 30.07."), a link that is an arrow and words ("> Tickets",
"> 20:15 Einlass ab 19 Uhr"), a row label that differs from its column's header ("Frozen II" under "Film"), a lone
session in a page whose other grids show other days, or a page with one grid of one session.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, TypeVar

from sources.adapters._page_intl import fold

# "Today" and "tomorrow" in the languages the readers know, as one word: what a day's label may say instead of its
# weekday (a label's words are read one by one, so "i dag" and "aujourd'hui" are not among them).
RELATIVE_DAYS = frozenset(
    {
        "today", "tomorrow", "tonight", "heute", "morgen", "übermorgen", "demain", "hoy", "mañana", "oggi",
        "domani", "vandaag", "idag", "imorgon", "tänään", "huomenna", "dzisiaj", "dziś", "jutro", "dnes", "zítra",
        "hoje", "amanhã",
    }
)  # fmt: skip
# A clock behind an arrow or a bullet, and nothing else: "> 20:15", "» 20:15", "→ 9.30", "• 18:00".
MARKED_CLOCK = re.compile(r"[>›»→▶►▸•·+*]{1,2}\s?(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d)")
MAX_LABEL = 30  # a column's header word ("Saal", "Screen", "Room"): a word, not a sentence

T = TypeVar("T")


def relative_day_word(word: str) -> bool:
    """Whether ``word`` says "today" or "tomorrow" ("Heute", "Today", "demain")."""
    return fold(word.strip(" ,.:")) in RELATIVE_DAYS


def marked_clock(words: str) -> str | None:
    """The clock a link's words are behind an arrow or a bullet ("> 20:15" → "20:15"), else None."""
    match = MARKED_CLOCK.fullmatch(" ".join(words.split()))
    return match.group("clock") if match else None


def repeats_header(label: str, header: str | None) -> bool:
    """Whether a body row's label is only the word of the header cell above it ("Saal" under "Saal")."""
    if not header or len(header) > MAX_LABEL:
        return False
    return " ".join(label.split()).casefold() == " ".join(header.split()).casefold()


def header_words(placed: list[Any], header_row: int, days: dict[int, Any], text: Any) -> dict[int, str]:
    """The words of the header row's cells outside the day columns, by column ("Saal" over the halls)."""
    words: dict[int, str] = {}
    for item in placed:
        if item.row != header_row or any(c in days for c in range(item.column, item.column + item.columns)):
            continue
        for column in range(item.column, item.column + item.columns):
            words[column] = text(item.cell)
    return words


def with_lone_grids(grids: list[tuple[frozenset[dt.date], list[T]]], minimum: int) -> list[T]:
    """The sessions of the page's grids: a grid's when it holds ``minimum`` or more, and a grid's single session
    when another grid with the same header days gives sessions as well (one week, one grid per film)."""
    shared: dict[frozenset[dt.date], int] = {}
    for days, sessions in grids:
        if sessions:
            shared[days] = shared.get(days, 0) + 1
    found: list[T] = []
    for days, sessions in grids:
        if len(sessions) >= minimum or (sessions and shared.get(days, 0) >= minimum):
            found.extend(sessions)
    return found
