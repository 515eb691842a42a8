"""A fixture card's heading that is only its round ("Journée 1", "Round 3", "12. Spieltag", "Matchday 4"), with at
most a bracketed link after it ("Journée 1 (accés au sondage)"), names no match (pages batch 101, helper pages101):
``<div><h3>Journée 1 <a>(accés au sondage)</a></h3><p>27 Septembre 2020</p><h4>PSG vs AIX</h4></div>``. The
card's name is its next heading that names something and is no date ("PSG vs AIX"); a card with no such heading
keeps its round's. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_words import meaningful

ROUND_WORDS = (
    r"journ[ée]e|round|matchday|match[ \t]day|game[ \t]?week|spieltag|runde|jornada|giornata|speeldag|"
    r"speelronde|kolejka|rodada|omgång|kierros|tour"
)
ROUND_HEADING = re.compile(
    rf"^[ \t]{{0,3}}(?:(?:{ROUND_WORDS})[ \t]{{0,3}}(?:n[°o]\.?[ \t]{{0,3}})?\d{{1,3}}|\d{{1,3}}(?:\.|e|re|er|ème|eme)?"
    rf"[ \t]{{0,3}}(?:{ROUND_WORDS}))[ \t]{{0,3}}(?:\([^()\n]{{0,40}}\))?[ \t]{{0,3}}[:.]?[ \t]{{0,3}}$",
    re.IGNORECASE,
)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ANY_DAY = dt.date(2000, 1, 1)


def round_heading(title: str) -> bool:
    """Whether a card's heading says only which round of a competition the card is."""
    return len(title) <= 80 and bool(ROUND_HEADING.match(title))


def name_after_round(block: Any, heading: Any) -> str | None:
    """The card's next heading after its round's that names something and is no date; None when there is none."""
    for other in headings_after(block, heading):
        text = " ".join(" ".join(other.itertext()).split())
        if text and meaningful(text) and not round_heading(text):
            if not find_dates(text, year_hint=2000, today=_ANY_DAY):
                return text
    return None


def headings_after(block: Any, heading: Any) -> Iterator[Any]:
    """The block's headings after ``heading``, in reading order."""
    passed = False
    for other in block.iter(*HEADINGS):
        if passed:
            yield other
        passed = passed or other is heading


BELOW_DATE = 2  # the lines under a round's date looked at for its match


def match_under_date(lines: list[Any], line: Any, above: Any, text: str, holds: Any) -> tuple[Any, str]:
    """Read line by line, a round's line over a row's date ("Journée 1 (accés au sondage)" over "27 Septembre 2020")
    gives way to the row's line under the date that names something and is no date ("PSG vs AIX"): (that line, its
    text); else (``above``, ``text``) unchanged."""
    if not round_heading(text) or line.block is None:
        return above, text
    for below in lines[line.index + 1 : line.index + 1 + BELOW_DATE]:
        words = below.text.strip()
        if below.block is None or not holds(line.block, below.block):
            break
        if words and meaningful(words) and not round_heading(words):
            if not find_dates(words, year_hint=2000, today=_ANY_DAY):
                return below, words
    return above, text
