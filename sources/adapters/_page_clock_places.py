"""A card's place written before its hour on a line of its own: "Zaal Nova, Gent — 20u30", "Main Hall - 7pm". Pure.

The hour ends the line, a spaced dash stands before it, and what is left is a place by its own words: a place's noun
("Zaal", "Hall", _page_place_nouns) or a name and its town after a comma ("Nova, Gent"). Capitalised words alone are
not enough: "Aanvang — 20u30", "Last Entry - 17:00", "Start — 14h" name the hour, not where.

pages117: a spaced bullet or bar sets the hour off as a dash does, the hour alone or led by its word in the language
("Piazza G. Garibaldi · ore 20:00", "Salle des fêtes • à 20h30": _intl_names.CLOCK_LEAD_WORDS). Not: a card's facts
run together by bullets ("Salle 1 • Sci-Fi • 2h46": a film's screen, genre and length), words before the hour.

pages123: a fixture's side first ("Home · Nobles Cricket Ground, Douglas · 11:00", "Away · Guernsey · 11:00") is set
aside (SIDE_LEAD): the words between it and the hour are the ground, or the town played at. Not: a side alone before
the hour ("Home · 11:00"), a side after the place ("Nobles Ground · Home · 11:00": facts run together).
"""

from __future__ import annotations

import re

from sources.adapters._intl_names import CLOCK_LEAD_WORDS
from sources.adapters._page_dates import find_clock
from sources.adapters._page_line_places import PLACE_NOUN, looks_like_place
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_words import NOT_THE_PLACE, trim_separators

# The spaced dash, bullet or bar before the line's closing hour ("Zaal Nova, Gent — 20u30"): the last one of the line.
DASH_BEFORE = re.compile(r"\s[-–—·•|]\s")
# After a bullet or a bar, only the hour, or its language's word and the hour ("· ore 20:00").
BULLET_HOUR_LEAD = re.compile(rf"\s*(?:(?:{CLOCK_LEAD_WORDS})[ \t]{{1,3}})?", re.IGNORECASE)
CLOCK_PLACE_WORDS = 8  # a hall's name and its town, not a phrase
# pages123: a fixture's side before a bullet or a bar opens the line ("Home · Nobles Cricket Ground, Douglas · 11:00",
# "Away · Guernsey · 11:00"): set aside, what stands between it and the hour is where the match is played, its
# ground or, away, the opponents' town (a name of a few words, no noun needed).
SIDE_LEAD = re.compile(r"(?:home|away|neutral(?:[ \t]{1,3}venue)?)[ \t]{1,3}[·•|][ \t]{0,3}", re.IGNORECASE)
SIDE_PLACE_WORDS = 4


def _place_before_clock(line: str) -> str | None:
    line = line.strip()
    side = SIDE_LEAD.match(line)  # "Home · Nobles Cricket Ground, Douglas · 11:00": a fixture's side, then its ground
    line = line[side.end() :] if side else line
    dashes = list(DASH_BEFORE.finditer(line))
    if not dashes:
        return None
    dash = dashes[-1]
    clock = find_clock(line[dash.end() :])
    if clock is None or trim_separators(line[dash.end() + clock.span[1] :]):
        return None  # the hour must be all that follows the dash
    bullet = dash.group(0).strip() in "·•|"
    if bullet and (not BULLET_HOUR_LEAD.fullmatch(line[dash.end() : dash.end() + clock.span[0]]) or len(dashes) > 1):
        return None  # "Salle 1 • Sci-Fi • 2h46": facts run together, not a place and its hour
    place = trim_separators(line[: dash.start()])
    if not place or len(place.split()) > CLOCK_PLACE_WORDS or find_clock(place):
        return None
    if not (PLACE_NOUN.search(place) or "," in place or (side and len(place.split()) <= SIDE_PLACE_WORDS)):
        return None
    if not looks_like_place(place) or NOT_THE_PLACE.search(place) or a_remark(place):
        return None
    return place


def place_before_clock(lines: list[str]) -> str | None:
    """The first of a card's ``lines`` that is a place, a spaced dash and the hour alone: the place."""
    for line in lines:
        place = _place_before_clock(line)
        if place:
            return place
    return None
