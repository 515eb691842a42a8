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
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

# What joins a place to its hour at either end of an article's footer ("au Train Théâtre … à 19 h 30", "à la
# médiathèque de Montrouge à 15 h", "at The Crown from 8pm"): left out of the place.
PLACE_LEAD = re.compile(r"^(?:au|aux|à\s+la|à\s+l'|à|at\s+the|at|in\s+the|im|in\s+der)\s+", re.IGNORECASE)
CLOCK_LEAD = re.compile(r"(?<!\w)(?:à partir(?: de)?|dès|à|at|from|um|ab|om)$", re.IGNORECASE)  # on spaced text
PLACE_LENGTH = 80
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
        if clock is None:
            return
        if entry.time is None:
            entry.time = clock.start
            entry.evidence.append(f"the time in the article's footer: {below.text[:60]!r}")
        before = " ".join(below.text[: clock.span[0]].split()).rstrip(" ,–-")
        place = PLACE_LEAD.sub("", CLOCK_LEAD.sub("", before).rstrip(" ,–-"))
        if entry.location is None and place and len(place) <= PLACE_LENGTH and not find_clock(place):
            entry.location = place
            entry.evidence.append(f"the place in the article's footer: {place[:60]!r}")
        return


def _article_of(element: Any) -> Any:
    for up in (element, *element.iterancestors()) if element is not None else ():
        if up.tag == "article":
            return up
        if up.tag in SECTIONING:
            return None
    return None
