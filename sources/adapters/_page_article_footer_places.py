"""The hour and place an <article>'s footer gives the date in its header (held-out batch 99, a musician's concert
list: "<article><header>Le 18 octobre 2013</header>Mellophonic Quartet<footer>au Train Théâtre à Portes les Valence
(26) à 19 h 30</footer></article>"). Read by _page_line_neighbours.follow_lines for a date line in an article.

Only a footer line with a time of day gives anything ("Soirée privée", a private evening, has none: no place);
the place is what comes before the time, without the words joining them ("au", "à la", "à partir de", "at").
Pure.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_articles import SECTIONING
from sources.adapters._page_dates import find_clock
from sources.adapters._page_duration_words import DURATION_LEAD  # a running time's word: no concert's hour
from sources.adapters._page_lines import Line
from sources.adapters._page_listing_kinds import listing_kind
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import trim_separators

# What joins a place to its hour at either end of an article's footer ("au Train Théâtre … à 19 h 30", "à la
# médiathèque de Montrouge à 15 h", "at The Crown from 8pm"): left out of the place.
# "at The Crown" keeps its article (a name's own "The", review38); "at the village hall" does not.
PLACE_LEAD = re.compile(
    r"^(?:au|aux|à\s+la|à\s+l'|à|at\s+the(?=\s+(?-i:[a-z]))|at|in\s+the|im|in\s+der)\s+", re.IGNORECASE
)
CLOCK_LEAD = re.compile(r"(?<!\w)(?:à partir(?: de)?|dès|à|at|from|um|ab|om)$", re.IGNORECASE)  # on spaced text
PLACE_LENGTH = 80
# What is before a footer's clock and no place: the doors, an opening's or a post's word ("Doors 19:00", "Open
# 10:00–17:00", "Posted by Anna at 10:30"), a label ("Tickets:"), a phone number (review38).
NOT_FOOTER_PLACE = re.compile(
    r"^(?:open|opens|opening|ouvert|ouverture|geöffnet|öffnungszeiten|hours|horaires|start|starts|begins|beginn|"
    r"début|ends|ende|fin|time|zeit|uhrzeit|heure|posted|published|updated|veröffentlicht|publié|by|von|par|call|"
    r"phone|tel|tél|telefon)\b|:",
    re.IGNORECASE,
)
# A place after the clock when nothing is before it ("20 h 30 – Salle Pleyel, Paris", review38).
AFTER_CLOCK = re.compile(r"^[^\S\n]{0,3}(?:[–—|·•,-][^\S\n]{0,3})?(?:(?:au|à\s+la|à|at|im|in\s+der)[^\S\n]+)?")
BELOW_ARTICLE_LINES = 3  # the date's header, the name, the footer: a footer further down is another part's


def footer_place_and_time(entry: Entry, lines: list[Line], line: Line) -> None:
    """The hour and place an article's footer gives its dated header ("<footer>au Train Théâtre à Portes les
    Valence (26) à 19 h 30</footer>"): only a footer line with a time of day, within the article's next lines."""
    article = _article_of(line.block)
    if article is None:
        return
    for below in lines[line.index + 1 : line.index + 1 + BELOW_ARTICLE_LINES]:
        if below.block is None or _article_of(below.block) is not article:
            return
        if not any(up.tag == "footer" for up in (below.block, *below.block.iterancestors()) if up is not article):
            continue
        clock = find_clock(below.text)
        if clock is None or DURATION_LEAD.search(" ".join(below.text[: clock.span[0]].split())):
            return
        if entry.time is None:
            entry.time = clock.start
            entry.evidence.append(f"the time in the article's footer: {below.text[:60]!r}")
        before = " ".join(below.text[: clock.span[0]].split()).rstrip(" ,–-")
        place = PLACE_LEAD.sub("", CLOCK_LEAD.sub("", before).rstrip(" ,–-"))
        if not before:  # the clock first, the place after it
            rest = below.text[clock.span[1] :]
            place = trim_separators(rest[AFTER_CLOCK.match(rest).end() :])  # type: ignore[union-attr]
        if entry.location is None and place and len(place) <= PLACE_LENGTH and _a_place(place):
            entry.location = place
            entry.evidence.append(f"the place in the article's footer: {place[:60]!r}")
        return


def _a_place(text: str) -> bool:
    """Whether a footer's words before (or after) its clock name a place (review38): no clock, no remark, no label,
    no programme's kind or phone number, a capital or a digit first."""
    return (
        find_clock(text) is None
        and (text[:1].isupper() or text[:1].isdigit())
        and not NOT_FOOTER_PLACE.search(text)
        and not a_remark(text)
        and not listing_kind(text)
    )


def _article_of(element: Any) -> Any:
    for up in (element, *element.iterancestors()) if element is not None else ():
        if up.tag == "article":
            return up
        if up.tag in SECTIONING:
            return None
    return None
