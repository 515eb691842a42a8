"""A dated line whose event's name is set in bold and its place after it in plain words ("<b>18.2. Diz Watson,
Tony Uter &amp; Groovy Eyes</b> Hämeenlinna, Suistoklubi", a gig calendar's line): the bold words, less the date,
are the name, and the plain words the place, when they read as one. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_clock
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_words import DOCUMENT_WORD, GENERIC_LINK, meaningful, status_in, trim_separators

if TYPE_CHECKING:
    from sources.adapters._page_dates import DateHit
    from sources.adapters._page_lines import Line

LABEL_COLONS = (":", "\uff1a")  # bold words that end in a colon label what follows (the full-width one too)
LONGEST_PLACE = 80  # characters: more is a description after the name, not a place


def bold_name_place(line: Line, hit: DateHit) -> tuple[str, str] | None:
    """(name, place) of a line that opens in bold with its date and a name and goes on in plain words that are a
    place; None when the bold part is not the date's (it opens after it), labels the plain words (ends in a colon)
    or the plain words are no place."""
    lead = line.bold_lead
    if not lead or hit.start >= len(lead) or not line.text.startswith(lead):
        return None
    if lead.rstrip().endswith(LABEL_COLONS):  # "<b>June 5 – Talk:</b> Local History": the plain words are the name
        return None
    name = trim_separators(lead[: hit.start] + " " + lead[hit.end :])
    place = trim_separators(line.text[len(lead) :])
    if not name or not meaningful(name) or not place or len(place) > LONGEST_PLACE or not _is_place(place):
        return None
    return " ".join(name.split()), place


def _is_place(words: str) -> bool:
    """Plain words after the bold name that read as a place, not what a listing writes there as often: a status
    ("Cancelled"), a document ("Agenda", "Minutes"), a link's "Read More", a time."""
    if DOCUMENT_WORD.search(words) or GENERIC_LINK.match(words) or find_clock(words):
        return False
    return status_in(words) == "scheduled" and looks_like_place(words)
