"""Where a schedule line says its event is: a place after a dash ("Commission Meeting: October 12, 2022 - Santa
Barbara") or one part of a line split by bars ("Spring Plant Sale | Riverside Community Center | April 10"). Pure."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from sources.adapters._page_bars import is_sentence
from sources.adapters._page_dates import DateHit, find_clock, find_dates
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_place_nouns import PLACE_NOUN
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


def looks_like_place(text: str) -> bool:
    """A place's name or address ("Santa Barbara - Cabrillo Pavilion", "Room 3", "12 Oak St"), not a remark."""
    if NOT_PLACE.search(text) or is_sentence(text) or a_remark(text):
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


_ANY_DAY = dt.date(2000, 1, 1)  # whether a part is a date, not which


def dated_line_place(text: str) -> str | None:
    """The place a date line names in a part of its own between bars ("12 Jul 2025 | 19:30 | Sheldonian Theatre,
    Broad Street"): the line opens with its date, and of its other parts (a time alone is no part) exactly one is
    left, a place by its own words. None otherwise ("May 3 | Jazz Night" names no place)."""
    parts = [trim_separators(part) for part in PART_BAR.split(text)]
    if len(parts) < 2 or not find_dates(parts[0], year_hint=2000, today=_ANY_DAY):
        return None
    rest = []
    for part in parts[1:]:
        clock = find_clock(part)
        if part and not (clock is not None and not trim_separators(part[: clock.span[0]] + part[clock.span[1] :])):
            rest.append(part)
    return rest[0] if len(rest) == 1 and _names_a_place(rest[0]) else None


# A town and its state, province or country on a line of their own ("Berkeley, CA", "Mountain View, CA, 94043",
# "Bergen, Norway"), as a venue's lines end: no date nor time on it (checked by the callers' find_dates).
LOCALITY = re.compile(
    r"^[^\W\d_][\w .'’-]{1,40},\s*(?:[A-Z]{2}|[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2})"
    r"(?:,?\s+\d{4,5}(?:-\d{4})?)?$"
)


def is_locality(text: str) -> bool:
    text = " ".join(text.split())
    return bool(LOCALITY.match(text)) and not find_clock(text) and not find_dates(text, year_hint=2000, today=_ANY_DAY)


def place_over_locality(lines: list[str]) -> str | None:
    """A card's unlabelled venue: a line that is a place by its own words, right above a town's line ("Greek
    Theatre" over "Berkeley, CA"); the two as one place. A name without a place's word over a town (an artist's
    "Royel Otis") is not taken for the venue."""
    for above, line in itertools.pairwise(lines):
        words = above.split()
        if is_locality(line) and PLACE_NOUN.search(above) and len(words) <= 6 and not find_clock(above):
            if not NOT_PLACE.search(above) and not find_dates(above, year_hint=2000, today=_ANY_DAY):
                return f"{above}, {' '.join(line.split())}"
    return None


def address_lines_after(texts: list[str]) -> list[str]:
    """The lines under a place's name that are its address: a street address ("1401 N. Shoreline Blvd"), then a
    town's line ("Mountain View, CA, 94043"), at most two, stopping at the first that is neither."""
    kept: list[str] = []
    for text in texts[:2]:
        text = " ".join(text.split())
        if not (ADDRESS.search(text) and len(text.split()) <= 8) and not is_locality(text):
            break
        kept.append(text)
    return kept
