"""A month's name and its days written in two sibling cells: the month written into the days' cell (mutates the
tree it is given; _page_prepare, before the readers look at it). Held-out batch 69 (helper pages69).

A committee's or a board's calendar lists its meetings as rows of cells, the month in one and the days in the next,
under a heading that gives the year: ``<h4>2026 FOMC Meetings</h4>`` … ``<div class="row"><div><strong>January
</strong></div><div>27-28</div><div>Statement: …</div></div>``. Read cell by cell, "January" is a month with no day
and "27-28" two numbers, so no row is dated. Where an element is only a month's name and its next sibling element is
only a day or a range of days (a footnote's mark after it allowed: "17-18*"), and the page has two such pairs or
more (a list of them, not a stray pair), the month is written into the days' cell ("January 27-28"; a month of
another language after the days: "27-28 janvier"), which then reads as a date: the row's; the month's cell is
emptied (it no longer names anything the row's title could be).

Not: a lone pair; a card's date badge (the two cells alone in their element, beside empty ones: its card reads
it); a days cell that says more than days ("27 attendees", "Room 12"); a month cell that says more than
the month ("January meeting", "January 2026" is a heading the readers already take); a pair whose written date does
not read as one date (February's 30th).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._intl_names import INTL_MONTHS
from sources.adapters._page_dates import MONTHS, find_dates

MAX_ELEMENTS = 20_000  # elements looked at: a hostile page of many costs no more
MIN_PAIRS = 2
MONTH_WORD = 12  # the longest month name looked up ("septiembre", "październik")
# A cell that is only a day or a range of days ("27-28", "7 – 8"), a footnote's mark after it allowed ("17-18*").
DAYS_ALONE = re.compile(r"^(?:[12]\d|3[01]|0?[1-9])(?:\s?[-–]\s?(?:[12]\d|3[01]|0?[1-9]))?\s?[*†‡]?$")
FOOTNOTE = re.compile(r"\s?[*†‡]$")
_EPOCH = dt.date(2000, 1, 1)


def _text(element: Any) -> str:
    return " ".join((element.text_content() or "").split())


def _written(month: str, days: str) -> str | None:
    """The month and its days as one date's words, in the order the month's language writes them; None when the
    word is no month's name."""
    word = month.rstrip(".").lower()
    if len(word) > MONTH_WORD:
        return None
    if word in MONTHS:
        return f"{month} {days}"
    if word in INTL_MONTHS:
        return f"{days} {month}"
    return None


def _in_a_row(days: Any, month: Any) -> bool:
    """Whether the two cells stand in a row with other cells of words (a meeting's statement, its minutes): a row,
    not a card's date badge ("<div>Mar</div><div>4</div>" beside empty end-date cells), which its card reads."""
    parent = days.getparent()
    return parent is not None and any(
        isinstance(child.tag, str) and child is not days and child is not month and _text(child) for child in parent
    )


def _pairs(root: Any) -> list[tuple[Any, str]]:
    """The days' cells that follow a cell of their month's name alone, each with its date's words."""
    found: list[tuple[Any, str]] = []
    for index, element in enumerate(root.iter()):
        if index >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or len(element):
            continue  # a days' cell is a leaf
        text = _text(element)
        if not DAYS_ALONE.match(text):
            continue
        before = element.getprevious()
        if before is None or not isinstance(before.tag, str):
            continue
        words = _written(_text(before), FOOTNOTE.sub("", text))
        if words is None or not _in_a_row(element, before):
            continue
        hits = find_dates(words, year_hint=_EPOCH.year, today=_EPOCH)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(words):
            found.append((element, words))
    return found


def _emptied(element: Any) -> None:
    """The month's cell, its name now written into the days: emptied, so no reader takes the month for a name."""
    tail = element.tail
    element.clear()
    element.tail = tail


def month_cells_into_days(root: Any) -> None:
    """Each days' cell that follows its month's cell given the month (see the module's docstring)."""
    pairs = _pairs(root)
    if len(pairs) < MIN_PAIRS:
        return
    for element, words in pairs:
        before = element.getprevious()
        element.text = words
        element.set("data-month-written", "1")
        if before is not None:
            _emptied(before)
