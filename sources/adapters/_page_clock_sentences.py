"""A sentence under a date heading that opens with its time (pages batch 101, helper pages101). Pure.

A library's programme heads each day ("<h2>21 de Abril</h2>") and says the rest in one sentence: "A las 9:00 en La
Biblioteca cuentacuentos, con Tina Laurenci.", "De 9:00 a 11:00 cuentacuentos en La Biblioteca con Felix Albo.", "A
las 19:30 en el salón de actos de La Casa de la Cultura." Read as a line under the date, a sentence is no hours line,
so the day stood with no time, named by the page's title.

Here (``opening_clock``): the line's first sentence opens with at most two short words and a time or a range ("A
las", "De", "Um", "At", "À"); after it, a place is a preposition and the capitalised words after it ("en La
Biblioteca"), else, when the preposition's phrase closes the sentence, that phrase whole ("en el salón de actos de La
Casa de la Cultura"); what is left names the event ("cuentacuentos, con Tina Laurenci"), when it names something.
Not a sentence whose time comes later ("Doors open at 19:00"), nor a long lead ("Please note that from 9:00").
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_abbreviations import sentence_end
from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_opening_places import place_sentence
from sources.adapters._page_place_streets import street_end
from sources.adapters._page_words import meaningful

LEAD = re.compile(r"^[ \t]*(?:[^\W\d_]{1,6}[ \t]+){0,2}$")  # "A las ", "De ", "Um ", "At "
SENTENCE_END = re.compile(r"[.!?](?:[ \t]{1,3}(?=[A-ZÀ-Þ])|[ \t]{0,3}$)")
PLACE_WORD = r"(?:en|in|at|au|im|nel|nella|no|na|à)"
# A preposition and the capitalised words after it (articles and "de", "of" between them): "en La Biblioteca"; a
# word before another may keep an abbreviation's dot ("at St. Mary's Hall": the sentence runs on over it, left44).
NAMED_PLACE = re.compile(
    rf"(?:^|[ \t,]){PLACE_WORD}[ \t]{{1,3}}((?:(?:[A-ZÀ-Þ][\w'’-]{{0,30}}\.?|de|del|la|le|of|the|der|des|di)[ \t]{{1,3}})"
    r"{0,6}[A-ZÀ-Þ][\w'’-]{0,30})"
)
# A preposition whose phrase closes the sentence: "en el salón de actos de La Casa de la Cultura".
CLOSING_PLACE = re.compile(rf"^[ \t,]{{0,3}}{PLACE_WORD}[ \t]{{1,3}}([^,;:\n]{{3,70}}?)[ \t]{{0,3}}$")
MAX_SENTENCE = 240
MAX_NAME = 90
EDGES = " \t,;:-–—."


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = sentence_end(SENTENCE_END, text)  # not at "Dr.", "Mrs.", "St." (left44: _page_abbreviations)
    return (text[: match.start()] if match else text).strip()


def opening_clock(entry: Any, text: str) -> ClockHit | None:
    """The time a line opens with (see the module's docstring), its place and name read into ``entry`` when it has
    none; None when the line is no such line."""
    sentence = _first_sentence(text[:MAX_SENTENCE])
    clock = find_clock(sentence)
    if clock is None or not LEAD.match(sentence[: clock.span[0]]):
        return None
    rest = sentence[clock.span[1] :].strip(EDGES)
    if not rest:
        return None
    place, name = None, rest
    named = NAMED_PLACE.search(" " + rest)
    closing = CLOSING_PLACE.match(rest)
    if (whole := place_sentence(rest)) is not None:  # "12:00, Performance Dogs in Action  7089 Pleasant Grove Road, …"
        place, name = whole, ""  # a venue and its street: the name's own "in" is no place's (_page_opening_places)
    elif named is not None:
        end, past = street_end(" " + rest, named.end())  # "at The Crown, 12 High Street": its street is the place's
        place = (" " + rest)[named.start(1) : end].strip(EDGES)
        name = (" " + rest)[: named.start()] + " " + (" " + rest)[past:]
    elif closing is not None:
        place, name = closing.group(1), ""
    if place and entry.location is None:
        entry.location = place
        entry.evidence.append(f"place read from the sentence under the date: {place[:60]!r}")
    name = " ".join(name.split()).replace(" ,", ",").strip(EDGES)  # "Quiz Night, 12 teams …" (read-through 58)
    if entry.title is None and name and len(name) <= MAX_NAME and meaningful(name):
        entry.title = name[0].upper() + name[1:]
        entry.evidence.append(f"title read from the sentence under the date: {name[:60]!r}")
    return clock
