"""Where a schedule line says its event is: a place after a dash ("Commission Meeting: October 12, 2022 - Santa
Barbara") or one part of a line split by bars ("Spring Plant Sale | Riverside Community Center | April 10"). Pure."""

from __future__ import annotations

import re

from sources.adapters._page_bars import is_sentence
from sources.adapters._page_dates import DateHit, find_clock
from sources.adapters._page_schedule import ADDRESS, DASH_LEAD, NAME_BEFORE_DATE, REMOTE_PLACE
from sources.adapters._page_words import DOCUMENT_WORD, PLACE_LABEL, meaningful, trim_separators


def name_date_place(text: str, hit: DateHit, clock_span: tuple[int, int] | None) -> tuple[str, str] | None:
    """("Commission Meeting", "Santa Barbara - Cabrillo Pavilion") from "Commission Meeting: October 12(W) -
    13(TH), 2022 - Santa Barbara - Cabrillo Pavilion": a name before the date, a place after a dash."""
    before = trim_separators(text[: hit.start])
    after_start = max(hit.end, clock_span[1] if clock_span and clock_span[0] >= hit.end else hit.end)
    after = text[after_start:]
    if not DASH_LEAD.match(after) or not meaningful(before) or len(before) > NAME_BEFORE_DATE:
        return None
    place = trim_separators(after)
    if not meaningful(place) or DOCUMENT_WORD.search(place) or find_clock(place) or not looks_like_place(place):
        return None
    return before, place


# Words about who may come or what it costs ("Members only", "Free, all ages welcome"): not a place.
NOT_PLACE = re.compile(
    r"\b(?:only|free|required|welcome|tickets?|registration|register|rsvp|members|ages?|open\s+to|sold\s+out|"
    r"cost|fee|donations?)\b",
    re.I,
)
PLACE_NOUN = re.compile(
    r"\b(?:hall|room|park|library|cent(?:er|re)|church|school|pavilion|auditorium|chambers?|building|theat(?:er|re)|"
    r"museum|gallery|stadium|arena|club|cafe|café|pub|bar|campus|plaza|square|field|courthouse|office)\b",
    re.I,
)


def looks_like_place(text: str) -> bool:
    """A place's name or address ("Santa Barbara - Cabrillo Pavilion", "Room 3", "12 Oak St"), not a remark."""
    if NOT_PLACE.search(text) or is_sentence(text):
        return False
    if ADDRESS.search(text) or PLACE_NOUN.search(text) or REMOTE_PLACE.match(text):
        return True
    words = [word for word in re.findall(r"[^\W\d_][\w'’.]*", text) if word.lower() not in ("of", "the", "and", "de")]
    return bool(words) and len(words) <= 8 and all(word[0].isupper() for word in words)


# The bars a line's parts are written between ("Name | Place | Date", "Name · Place"): spaced, so "AC/DC" or a
# "Q&A|Live" run together is one part.
PART_BAR = re.compile(r"\s[|•·]\s")


def _names_a_place(part: str) -> bool:
    """A part that is a place by its own words: a label, an address, or a place's noun ("Maple Park"); not only
    capitalised words, which a series' part ("Jazz Series | Night One") is too."""
    if PLACE_LABEL.match(part):
        return True
    if NOT_PLACE.search(part) or is_sentence(part) or DOCUMENT_WORD.search(part) or find_clock(part):
        return False
    return bool(ADDRESS.search(part) or PLACE_NOUN.search(part))


def barred_place(title: str) -> tuple[str, str] | None:
    """("Spring Plant Sale", "Riverside Community Center") from what is left of "Spring Plant Sale | Riverside
    Community Center | Saturday, April 10, 2027 9:00 AM": the one part after the first that names a place is the
    venue, the rest the title. The first part is the name ("Book Club | Monthly Meeting" is a club's meeting)."""
    parts = [trim_separators(part) for part in PART_BAR.split(title)]
    if len(parts) < 2:
        return None
    places = [index for index, part in enumerate(parts) if index and part and _names_a_place(part)]
    if len(places) != 1:
        return None
    name = " | ".join(part for index, part in enumerate(parts) if index != places[0] and part)
    if not meaningful(name):
        return None
    label = PLACE_LABEL.match(parts[places[0]])  # a part that says it is the place ("Venue: The Blue Door")
    return name, label.group("place") if label else parts[places[0]]
