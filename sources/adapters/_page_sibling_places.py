"""A listing's cards that each give their place as a bare line under their date (helper venues55). Pure.

Many listings write a card as its name, its date and then its place, with no label, class or icon to say so, and
often no place noun either ("<h3>Jazz Night</h3><p>Saturday 14 June 2031, 7:30pm</p><p>The Old Mill</p>",
"<li><strong>Curry Night</strong><br>Fri 12 Oct<br>Wetherspoons</li>"). One card alone cannot tell that line from a
performer's or a subtitle's, but a listing can: when every card that states no place of its own has, right under its
date (and time) lines, a line of the same kind that reads as a name — and those lines differ from card to card — that
slot is the listing's place. Each such card then takes its line as its venue.

The line: the first after the card's dated lines that is not its title; a name's shape (_page_line_places
.looks_like_place: words in capitals or a place noun or an address), at most MAX_WORDS words, no date or time, no
price, not a weekday's name ("Tuesday": a day divider's), not a remark or a status ("Sold out", "Free entry"), not an online room ("Online", "Zoom"), not a call to act
("Book now", "More info"), not who plays ("with The Quartet"), not an organiser's or an office's line, and not held by
an element classed as a tag, a category, a price, an organiser, a performer or a summary.

Not: fewer than MIN_CARDS such cards; a listing where one placeless card has some other line in that slot (a
description, a price: the slot is not a place's); a slot whose element differs from card to card; the same line on
every card (a category, a call to act); a slot of one word on every card (tags: "Music", "Talks", "Family").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._online_place import names_online_room
from sources.adapters._page_billed_lines import billed
from sources.adapters._page_cards import block_text, heading_of
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_not_places import not_a_place, price_or_call
from sources.adapters._page_words import NOT_THE_PLACE
from sources.adapters.base import ParsedRecord, RawEvent
from sources.adapters.webpage import clean_text

MIN_CARDS = 3
WORD = re.compile(r"[^\W\d_]+\.?")
JOINERS = frozenset({"and", "und", "et", "y", "en", "or"})
MAX_WORDS = 8
MAX_CHARS = 90
EVIDENCE = "place read from the line under the date, where every card of the listing gives one: {place!r}"
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a line holds a date matters here

OTHER_CLASS = re.compile(
    r"(?<![a-z])(?:tags?|categor(?:y|ies)|cats?|genres?|types?|badges?|labels?|prices?|costs?|fees?|tickets?"
    r"|organi[sz]ers?|hosts?|performers?|artists?|speakers?|presenters?|subtitle|excerpt|summary|teaser|description"
    r"|intro|status|audience|ages?)(?![a-z])",
    re.I,
)


def _lines(block: Any) -> list[str]:
    return [text for text in (clean_text(line) for line in block_text(block).split("\n")) if text]


def _dated(line: str) -> bool:
    return bool(find_clock(line) or find_dates(line, year_hint=_EPOCH.year, today=_EPOCH))


def _slot(block: Any) -> str | None:
    """The first line after the card's first dated lines that is not its title; None when there is none."""
    lines = _lines(block)
    heading = heading_of(block)
    title = clean_text(block_text(heading)) if heading is not None else None
    dated = [_dated(line) for line in lines]
    if True not in dated:
        return None
    below = dated.index(True)
    while below < len(lines) and (dated[below] or lines[below] == title):
        below += 1
    return lines[below] if below < len(lines) else None


def _holder(block: Any, line: str) -> Any:
    """The innermost element of ``block`` whose words are ``line``, else None (a line between <br>s)."""
    found = None
    for node in block.iterdescendants():
        if isinstance(node.tag, str) and " ".join((node.text_content() or "").split()) == line:
            found = node
    return found


def _shape(block: Any, holder: Any) -> str:
    """The slot's element as the listing writes it: its tag and class, and its ancestors' up to the card."""
    if holder is None:
        return "line"
    parts = []
    node = holder
    while node is not None and node is not block:
        parts.append(f"{node.tag}.{' '.join(sorted((node.get('class') or '').split()))}")
        node = node.getparent()
    return "/".join(parts)


def _other_class(block: Any, holder: Any) -> bool:
    node = holder
    while node is not None and node is not block:
        if OTHER_CLASS.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


def a_name(line: str, title: str) -> bool:
    """Whether a line reads as a place's name (see the module), not ``title``."""
    return (
        len(line) <= MAX_CHARS
        and len(line.split()) <= MAX_WORDS
        and line != title
        and looks_like_place(line)
        and not _dated(line)
        and not price_or_call(line)
        and not names_online_room(line)
        and not NOT_THE_PLACE.search(line)
        and not not_a_place(line)
        and not billed(line)
        and not _weekdays_only(line)
    )


def _weekdays_only(line: str) -> bool:
    """Whether a line is only weekdays' names ("Tuesday", "Sat & Sun", "Samstag"): a date's, no place's ("May 4,
    2027 - Tuesday": a day divider)."""
    words = WORD.findall(line)
    return bool(words) and all(
        weekday_number(word.rstrip(".")) is not None for word in words if word.casefold() not in JOINERS
    )


def places_of_a_slot(places: list[str]) -> bool:
    """Whether a listing's slot lines (one per card or row) are its places: enough of them, not the same line on
    every one (a category, a call to act), not one word on every one (tags: "Music", "Talks")."""
    return len(places) >= MIN_CARDS and len(set(places)) >= 2 and not all(len(place.split()) == 1 for place in places)


def _placeless(record: ParsedRecord | None) -> bool:
    return isinstance(record, RawEvent) and not (record.venue_name or record.address or record.city or record.online)


def sibling_place_lines(blocks: Sequence[Any], records: list[ParsedRecord | None]) -> list[ParsedRecord | None]:
    """``records`` (one per block, in the same order), each placeless card given its slot's line as its venue when
    the listing's cards share that slot (see the module)."""
    found: list[tuple[RawEvent, str]] = []
    shapes, places = set(), []
    for block, record in zip(blocks, records, strict=False):
        if not isinstance(record, RawEvent):
            continue
        line = _slot(block)
        if line is None:
            continue
        if not _placeless(record):  # a card whose own reading took that line as its place agrees with the slot
            if record.venue_name and record.venue_name.startswith(line):
                shapes.add(_shape(block, _holder(block, line)))
                places.append(line)
            continue
        holder = _holder(block, line)
        if not a_name(line, record.title) or (holder is not None and _other_class(block, holder)):
            return records  # a placeless card whose slot holds something else: the slot is not the place's
        shapes.add(_shape(block, holder))
        found.append((record, line))
        places.append(line)
    if not found or len(shapes) != 1 or not places_of_a_slot(places):
        return records
    for record, line in found:
        record.venue_name = line
        record.evidence.append(EVIDENCE.format(place=line))
    return records
