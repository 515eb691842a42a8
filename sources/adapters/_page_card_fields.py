"""A card's other fields (cards: _page_cards): its place (a labelled line, a venue-classed element, an unlabelled
place-and-address line), its status (a badge or a title prefix) and the heading of the section it is in. Pure."""

from __future__ import annotations

import re
from typing import Any

from events import statuswords
from sources.adapters._page_cards import _EPOCH, MAX_NAME_LENGTH, WHERE_LABEL, block_text, labelled
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import place_over_locality
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_words import NOT_THE_PLACE, PLACE_LABEL
from sources.adapters.webpage import clean_text

ADDRESS_LINE_WORDS = 16  # a place and its address on one line, not a sentence that mentions one
VENUE_HINTS = ("venue", "location")
# "Cancelled: …", "Abgesagt – …", "New date! …" (events.statuswords): the status, removed from the title.
TITLE_STATUS = re.compile(
    r"^(" + statuswords.alternation((*statuswords.words(), *statuswords.phrases())) + r")\s*[:\-–—!]\s*", re.I
)


DATED_LINE_WORDS = 8  # a date and its time, not a place's line that names a day ("Hall of 1 May 1970")


def venue_of(block: Any) -> str | None:
    place = labelled(block, WHERE_LABEL)
    if place:
        return place
    lines = [text for text in (clean_text(line) for line in block_text(block).split("\n")) if text]
    for index, line in enumerate(lines):  # "Location: Main Branch" on a line of its own, or over its place
        label = PLACE_LABEL.match(line)
        place = (label.group("place") or (lines[index + 1] if index + 1 < len(lines) else None)) if label else None
        if place and len(place) <= MAX_NAME_LENGTH and not NOT_THE_PLACE.search(place):
            return place
    for node in block.iterdescendants():
        hints = f"{node.get('class') or ''} {node.get('itemprop') or ''}".lower() if isinstance(node.tag, str) else ""
        if any(hint in hints for hint in VENUE_HINTS):
            name = clean_text(block_text(node))
            # "Our office: 12 Oak St" is the organiser's; a date under a class it shares with the place
            # ("showdatevenue" on the date's line and the place's) is not the place
            if name and not NOT_THE_PLACE.search(name) and not _dated(name):
                return name
    return address_line(lines) or place_over_locality(lines)


def _dated(text: str) -> bool:
    return bool(find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)) and len(text.split()) <= DATED_LINE_WORDS


def address_line(lines: list[str]) -> str | None:
    """A line of the block that is a place and its street address ("SEPTA Board Room, 1234 Market Street,
    Philadelphia, PA 19107"), unlabelled: short, no date or time on it, not a sentence, not an office's."""
    for line in lines:
        if len(line) > MAX_NAME_LENGTH or len(line.split()) > ADDRESS_LINE_WORDS or not ADDRESS.search(line):
            continue
        if NOT_THE_PLACE.search(line) or find_clock(line) or find_dates(line, year_hint=_EPOCH.year, today=_EPOCH):
            continue
        return line
    return None


def status_of(block: Any, title: str) -> tuple[str, str]:
    """A "CANCELLED" badge in the block ("++ ABGESAGT ++" and "VERLEGT!" too: an element holding only the word and
    marks around it), or a "Cancelled:" title prefix (removed from the title)."""
    prefix = TITLE_STATUS.match(title)
    if prefix:
        return statuswords.status_of(prefix.group(1)) or "scheduled", title[prefix.end() :].strip() or title
    for node in block.iterdescendants():
        word = (clean_text(block_text(node)) or "") if isinstance(node.tag, str) else ""
        if (status := statuswords.status_of(statuswords.undecorated(word))) is not None:
            return status, title
    return "scheduled", title


def section_heading(block: Any) -> str | None:
    """The heading of the section a card is in: the nearest heading above it that is not another card's."""
    found = block.xpath(
        f"preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][not(ancestor::{block.tag})][1]"
    )
    return clean_text(block_text(found[0])) if found else None
