"""A place cell that shows only an abbreviation and names the place in its link's title: "<a title="Озерки
(центральная арена)">ОЗЦ</a>" (held-out batch 69, helper pages69). Pure.

A league's schedule writes each game's rink as a three-letter code linking the rink's page, the rink's name in the
link's ``title`` (shown on hover). The code alone says nothing to a reader who does not know the league. Where a place
column's cell is only a short abbreviation (letters in capitals, no lower case: "ОЗЦ", "LOK", "HBF") and the element
showing it (a link, ``<abbr>``, ``<acronym>``, ``<span>``) has a ``title`` of more words with lower case letters, that
title is the place.

Not: a cell of words ("Room 4", "Main Hall"); a code with no title; a title that is only the code again, a tooltip
of no name ("Click for map": a call to act), or a placeholder ("To be announced").
"""

from __future__ import annotations

import re
from typing import Any

CODE = 6  # the longest abbreviation read ("OZC", "GYM-2")
TITLE = 120
TITLED = ("a", "abbr", "acronym", "span")
# A tooltip that names no place: a placeholder, or a call to act.
NO_PLACE = re.compile(
    r"\b(?:to\s+be\s+(?:announced|determined|confirmed|decided)|tba|tbd|tbc|click|view|show|open|map|details?|more)\b",
    re.I,
)


def _code(text: str) -> bool:
    return 1 < len(text) <= CODE and any(ch.isalpha() for ch in text) and not any(ch.islower() for ch in text)


def titled_code(cell: Any) -> str | None:
    """The place a code's title names (see the module's docstring), or None."""
    text = " ".join((cell.text_content() or "").split())
    if not _code(text):
        return None
    for node in cell.iter(*TITLED):
        if " ".join((node.text_content() or "").split()) != text:
            continue
        title = " ".join((node.get("title") or "").split())
        if len(text) < len(title) <= TITLE and any(ch.islower() for ch in title) and not NO_PLACE.search(title):
            return title
    return None
