"""A listing's cards that take their day from a day heading among them (mutates the tree it is given; read before
the readers look at it, html.read_page through _page_prepare).

The shape: a list of cards that each give their date ("<div class="item"><h3>The Oak Quartet</h3><div>Thursday,
Oct 08, 2026</div><div>9:00 PM</div></div>"), and among them, as their sibling, a heading that is only a day
("<h3 class="day">Sunday, October 11th</h3>") over cards of the same shape that give only a time ("<div
class="item"><h3>Late Harvest Revue</h3><div>Doors 7pm / Show 8pm</div></div>"). Each such card is on that day:
the day is written into it (a ``<p class="list-day">`` at its start), so it reads as a card with its own date, its
year found as a written date's is (the page's other dates, the weekday, the window's next such day). A heading that
is not a day ends the run.

Not: cards of a shape no sibling card dates (a blog's posts under its date headers, a layout whose days are all
headings: the schedule readers read those), a card with no time of its own, a card that gives a date of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_cards import date_alone, has_date_hint, heading_of
from sources.adapters._page_dates import find_clock, find_dates, safe_date
from sources.adapters._page_empty_dates import empty_date_cell
from sources.adapters._page_list_days import write_day
from sources.adapters._page_siblings import card_shape, sibling_groups
from sources.adapters.webpage import clean_text

DAY_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MIN_CHILDREN = 3  # a dated card, a day heading, a card under it
MAX_DAY = 80  # characters: a day heading is a short line
_EPOCH = dt.date(2000, 1, 1)


def _day(heading: Any) -> str | None:
    text = clean_text(heading.text_content()) or ""
    return text if len(text) <= MAX_DAY and date_alone(text) else None


def _written_day(card: Any) -> dt.date | None:
    """The first date with its year that a dated card writes, else None."""
    text = " ".join(" ".join(card.itertext()).split())
    return next((hit.date for hit in find_dates(text, year_hint=None, today=_EPOCH) if hit.year_written), None)


def _with_year(day: str, after: dt.date | None) -> str:
    """A year-less day heading with the year of the dated card before it ("Sunday, October 11th, 2026"): the first
    such day on or after that card's; as written when it writes a year, when no card before it gives one, or when
    its weekday is another year's (the reader then finds its year as a written date's)."""
    hits = find_dates(day, year_hint=None, today=_EPOCH)
    if after is None or not hits or hits[0].year_written:
        return day
    found = safe_date(after.year, hits[0].date.month, hits[0].date.day)
    if found is not None and found < after:
        found = safe_date(after.year + 1, found.month, found.day)
    if found is None:
        return day
    written = f"{day}, {found.year}"
    again = find_dates(written, year_hint=None, today=_EPOCH)
    fits = bool(again) and again[0].date == found and again[0].weekday_agrees is not False
    return written if fits else day


def _timed_without_date(card: Any) -> bool:
    text = " ".join(" ".join(card.itertext()).split())
    return not has_date_hint(card) and heading_of(card) is not None and find_clock(text) is not None


def day_headings_into_cards(root: Any) -> None:
    """Each dateless, timed card under a sibling day heading, shaped as its dated sibling cards are: that day
    written into it (see the module's docstring)."""
    for _parent, children in sibling_groups(root):
        if len(children) < MIN_CHILDREN or not any(child.tag in DAY_HEADINGS for child in children):
            continue
        cards = [child for child in children if child.tag not in DAY_HEADINGS and card_shape(child) is not None]
        # a dated shape: a card that writes its date, or one whose template's date slot is empty (_page_empty_dates)
        dated = {
            card_shape(card)
            for card in cards
            if (has_date_hint(card) or empty_date_cell(card)) and heading_of(card) is not None
        }
        if not dated:
            continue
        plan: list[tuple[Any, str]] = []
        day: str | None = None
        last: dt.date | None = None  # the day the dated card before the heading writes, with its year
        for child in children:
            if child.tag in DAY_HEADINGS:
                day = _day(child)  # a heading that is not a day ends the run
                day = _with_year(day, last) if day is not None else None
            elif day is not None and card_shape(child) in dated and _timed_without_date(child):
                plan.append((child, day))
            elif card_shape(child) in dated:
                last = _written_day(child) or last
        for card, written in plan:
            write_day(card, written, "list-day")
