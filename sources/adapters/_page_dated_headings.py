"""A card whose heading is only its date line, named by the short line before it (helper pages59). Pure.

A record shop's event cards are one link each: ``<span class=artist>Lightyear / Slow Gherkin</span>`` over
``<span class=title>Monday 6th April at The Fighting Cocks, 7:00pm (18+)</span>``. The element the card calls its
title is its date line: a weekday, the day, " at " and the place, a comma, the hour and an age limit. Read as the
heading, it titled every card with its place ("The Fighting Cocks, 7:00pm (18+)") and lost the act. Now a heading
that starts with a date (at most a weekday before it) and says nothing after it but " at <place>", an hour and a
parenthesis is the card's when and where, and the card's name is the nearest earlier element beside it in the card
that is a short name (no date, no clock). The place after " at " is the card's place when nothing labels one.

Not: a heading that names the event after its date ("12 May: Jazz Night" keeps its name), a date line with no
named element before it (the card keeps its reading), an element before it that is a date or a time.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_cards import _EPOCH, MAX_NAME_LENGTH, block_text
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_words import meaningful
from sources.adapters.webpage import clean_text

# What may stand before the date: nothing, or one word (a weekday: "Monday", "Sat.", "Mon,").
LEAD = re.compile(r"\s*(?:[^\W\d_]{2,12}\.?,?\s*)?")
# " at The Fighting Cocks, 7:00pm (18+)": the place runs to the comma, bar or end of the line.
AT_PLACE = re.compile(r"(?:at|@)\s+(?P<place>[^,|\n]{2,80})(?:[,|]|$)", re.IGNORECASE)
# What else the line may hold after the place: its hour(s), an age limit or note in brackets, separators.
PARENTHESES = re.compile(r"\([^()]{0,40}\)")
SEPARATORS = re.compile(r"[\s,|·•\-–—]+")
MAX_SIBLINGS = 6  # elements looked at before the heading


def _rest_is_empty(rest: str) -> bool:
    """Whether what follows a date line's place is only its hour(s), brackets and separators."""
    rest = PARENTHESES.sub(" ", rest)
    for _ in range(3):
        clock = find_clock(rest, dated=True)
        if clock is None:
            break
        rest = rest[: clock.span[0]] + " " + rest[clock.span[1] :]
    return not SEPARATORS.sub("", rest)


def _short_name(element: Any) -> str | None:
    text = clean_text(block_text(element))
    if not text or len(text) > MAX_NAME_LENGTH or not meaningful(text):
        return None
    if find_clock(text) or find_dates(text, year_hint=_EPOCH.year, today=_EPOCH):
        return None
    return text


def _name_before(heading: Any) -> str | None:
    """The nearest earlier sibling of the heading with text, when it is a short name."""
    sibling = heading.getprevious()
    for _ in range(MAX_SIBLINGS):
        if sibling is None:
            return None
        if isinstance(sibling.tag, str) and sibling.tag not in ("img", "noscript", "br", "script", "style"):
            if clean_text(block_text(sibling)):
                return _short_name(sibling)
        sibling = sibling.getprevious()
    return None


def dated_heading(block: Any, heading: Any, title: str | None) -> tuple[str, str | None] | None:
    """(name, place) when the card's heading is only its date line and a short name stands before it in the card
    (see the module); None otherwise."""
    if heading is None or heading is block or not title:
        return None
    hits = find_dates(title, year_hint=_EPOCH.year, today=_EPOCH)
    if not hits or LEAD.fullmatch(title[: hits[0].start]) is None:
        return None
    rest, place = title[hits[0].end :], None
    at = AT_PLACE.match(rest.lstrip())
    if at is not None:
        place, rest = at["place"].strip(), rest.lstrip()[at.end() :]
    if not _rest_is_empty(rest):
        return None
    name = _name_before(heading)
    if name is None:
        return None
    return name, place if place and meaningful(place) and not find_clock(place) else None
