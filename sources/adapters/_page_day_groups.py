"""A day's heading over a box of that day's event cards, made card-shaped before the readers look at it (mutates the
tree it is given; _page_prepare). A university calendar lists its events by day: ``<h3>Thursday, March 4</h3><div>
<div class="cal_event"><div class="event_location">Harmon Hall</div><div class="event_time">7:30–9:00pm</div><div
class="event_title"><a href="…">Faculty Piano Recital</a></div></div>…</div>``. Each card names its event and its
time but not its day: the heading above the box gives it. Read as lines, the cards run together into one event per
day named by the first line under the date (the place).

A heading that is only a date (its words a day, no other word), whose next element is a box holding nothing but
cards (each card-like, with a name of its own, and no date of its own), has its day written into each card (a
``<p>`` at its start), so each reads as a card with its own date. A box where a card states a date of its own, holds
anything else, or a heading that says more than a date, is left as it is.

Day dividers among the cards (helper pages65): a Czech club's programme writes each day as a divider, '<div
class="predel"><div>25. 10. 2025 - Sobota</div></div>', followed by that day's cards as its siblings ('<div
class="article">' with its category, its <h2> and its line-up), a rule between them, then the next day's divider.
Read as lines, each card's date was taken by the heading before it (the page's "PROGRAM", then the previous
card's name). Now where a parent holds two day dividers or more (an element of no card's kind whose text is only
a date, a weekday beside it allowed), the cards right after each divider (named, undated; empty elements between
them skipped) get its day written in, up to the next divider or the first element that is neither. Not: a lone
date line over a card (one divider: a card's own date printed above it, the card readers' business), a card that
states a date of its own (it keeps its own), a divider followed by prose, dividers over rows that give their times
in elements of their own ("<div class=event-time><div>11:00 a.m.</div>": the date bar's readers read those).
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_cards import date_alone, has_date_hint, heading_of, is_candidate
from sources.adapters._page_dates import find_clock
from sources.adapters._page_list_days import DAY_HEADINGS, MAX_DIVIDER, write_day
from sources.adapters._page_relative_days import RELATIVE_DAY
from sources.adapters.webpage import clean_text

MAX_HEADINGS = 500  # day headings looked at: a hostile page of many costs no more
MAX_CARDS = 100  # cards of one day's box
MAX_ELEMENTS = 20_000  # elements looked at for dividers: a hostile page of millions of them costs no more
DIVIDER_TAGS = frozenset({"div", "p", "span", "dt", "strong", "b"})
BLOCK_TAGS = frozenset({"div", "article", "section", "li"})
MAX_CARD_ELEMENTS = 400  # elements of one card looked at for a time of its own
MAX_TIME_TEXT = 20  # "11:00 a.m.", "19:30 Uhr": a time alone is short
MIN_DIVIDERS = 2  # a run of days: one date line over a card is that card's own date
MAX_RULES = 2  # empty elements (a rule, a spacer) between a day heading and its box


def _day_of(heading: Any) -> str | None:
    text = clean_text(heading.text_content()) or ""
    return text if text and len(text) <= MAX_DIVIDER and date_alone(text) else None


def _heading_day(heading: Any) -> str | None:
    """A day heading's date: its whole text, or what follows a leading "Today" / "Tomorrow" ("Idag 20 september",
    "Imorgon 21 september": the word names the same day as the date beside it). Read so, or over a rule, the box's
    cards must each give a time in an element of its own (``_timed``): a day's showtimes, not its headlines."""
    day = _day_of(heading)
    if day is not None:
        return day
    text = clean_text(heading.text_content()) or ""
    first, _, rest = text.partition(" ")
    if not rest or RELATIVE_DAY.match(first) is None or len(rest) > MAX_DIVIDER or not date_alone(rest):
        return None
    return rest


def _box_after(heading: Any) -> Any | None:
    """The element after a day heading, up to ``MAX_RULES`` empty ones (a rule's <div>, an <hr>) skipped."""
    box = heading.getnext()
    for _ in range(MAX_RULES):
        if box is None or not isinstance(box.tag, str) or len(box) or (clean_text(box.text_content()) or ""):
            break
        box = box.getnext()
    return box


def _box_cards(box: Any) -> list[Any] | None:
    """The box's cards when it holds cards only, each named and undated; else None."""
    if (box.text or "").strip():
        return None
    cards = [child for child in box if isinstance(child.tag, str)]
    if not cards or len(cards) > MAX_CARDS or any((card.tail or "").strip() for card in cards):
        return None
    for card in cards:
        if not is_candidate(card) or heading_of(card) is None or has_date_hint(card):
            return None
    return cards


def days_into_cards(root: Any) -> None:
    """Each day heading's date written into the undated cards of the box right after it (see the docstring)."""
    headings = [node for node in root.iter(*DAY_HEADINGS)][:MAX_HEADINGS]
    for heading in headings:
        day = _heading_day(heading)
        box = _box_after(heading)
        if day is None or box is None or not isinstance(box.tag, str) or box.tag in DAY_HEADINGS:
            continue
        cards = _box_cards(box) or []
        widened = day != _day_of(heading) or box is not heading.getnext()
        if widened and not all(_timed(card) for card in cards):
            continue  # a "Today" word or a rule between: only a day's timed cards (showtimes), not headlines or shops
        for card in cards:
            write_day(card, day, "group-day")


def _divider_day(node: Any) -> str | None:
    """The day a divider names: an element of no card's kind whose whole text is a date (see the module)."""
    if node.tag not in DIVIDER_TAGS or is_candidate(node):
        return None
    return _day_of(node)


def _named_block(node: Any) -> bool:
    """A card: of a card's kind, or a block of its own with a heading (a theme's '<div class="article">')."""
    return heading_of(node) is not None and (is_candidate(node) or node.tag in BLOCK_TAGS)


def _timed(card: Any) -> bool:
    """Whether a card gives its time in an element of its own ('<div class="event-time"><div>11:00 a.m.</div>')."""
    for count, node in enumerate(card.iter()):
        if count >= MAX_CARD_ELEMENTS:
            return False
        if not isinstance(node.tag, str) or any(isinstance(child.tag, str) for child in node):
            continue
        text = " ".join((node.text or "").split())
        if text and len(text) <= MAX_TIME_TEXT and (hit := find_clock(text)) is not None and hit.span == (0, len(text)):
            return True
    return False


def _cards_after(divider: Any) -> list[Any]:
    """The named, undated cards right after a divider, empty elements between them skipped (see the module)."""
    cards: list[Any] = []
    node = divider.getnext()
    while node is not None and len(cards) < MAX_CARDS:
        if isinstance(node.tag, str):
            if not (clean_text(node.text_content()) or ""):
                node = node.getnext()
                continue
            if _divider_day(node) is not None or not _named_block(node):
                break
            if not has_date_hint(node):
                cards.append(node)
        node = node.getnext()
    return cards


def sibling_days_into_cards(root: Any) -> None:
    """Each day divider's date written into the undated cards that follow it as its siblings, where a parent holds
    two dividers or more (see the module's docstring)."""
    dividers: dict[Any, list[tuple[Any, str]]] = {}
    for count, node in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            break
        if not isinstance(node.tag, str) or (parent := node.getparent()) is None:
            continue
        day = _divider_day(node)
        if day is not None:
            dividers.setdefault(parent, []).append((node, day))
    for found in dividers.values():
        if len(found) < MIN_DIVIDERS:
            continue
        groups = [(day, _cards_after(divider)) for divider, day in found]
        if any(_timed(card) for _, cards in groups for card in cards):
            continue  # rows that give their times in cells of their own: the date bar's readers read those
        for day, cards in groups:
            for card in cards:
                write_day(card, day, "group-day")
