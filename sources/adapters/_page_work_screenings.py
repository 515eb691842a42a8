"""A film's (a play's) own page listing its screenings, each under the name of the hall it is in. Pure.

A film festival's page about one film: its <h1> is the film ("Talking Money"), the page's <title> says it too (with
the original title in brackets: "Talking Money (Talking Money) | DOK Leipzig"), and each screening is a small row
of its own: the hall's name set apart over the date and the time ("CineStar 4" / "02.11.2031 / 16:15"). The
schedule reader titled each screening by the line over its date: the hall. The hall is where it is shown, the page's
heading is what.

So, when a schedule of timed entries stands on a page about one thing (its heading is its <title>'s name, a
bracketed original title aside), each entry's words read as a place (a name with a capital: ``own_place``; no
meeting or event word: ``_page_labelled_dates.names_what``; at most six words), and the words read as halls by
repeating: one wording twice ("CineStar 4" on both screenings), or two wordings with one first word ("CineStar 8",
"CineStar 6"), or a cinema's, a theatre's or a hall's word among them ("Passage Kinos Astoria"): each entry is
titled by the heading and placed by its words.

Not: a listing page whose heading is no <title>'s name, or names a listing ("Calendário de jogos", "Programme": a
club's fixtures, whose rows' stadiums share a first word, "Arena MRV", "Arena Pernambuco"); a festival's page whose rows each name a
different act ("Alice Coltrane Tribute", "Nubya Garcia": nothing repeats, no hall's word); rows naming a talk or a
meeting ("Opening Lecture"); untimed entries (a run's days, an exhibition's); entries with a place of their own.

Rows of cells "Hall 1 | 14.06.2031 | 18:00" (left30): the hall's words on the date's own line were taken for the row's
title and refused as a hall. Words on the date's line are a hall when a hall's or a room's word stands before a
number or a letter ("Hall 1", "Saal 2", "Kino 4", "Room B"). Not: other words on the date's line ("Family Sunday |
…", "Day 2 | …", a film "Annie Hall" or "Main Stage" without a number), repeated or not: the row's title as before.
"""

from __future__ import annotations

import re
from collections import Counter

from sources.adapters._page_info import PageInfo
from sources.adapters._page_labelled_dates import folded, names_what, page_is_about
from sources.adapters._page_more_dates import own_place
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import GENERIC_HEADING

MIN_SCREENINGS = 2  # one dated row alone may be anything's
MAX_PLACE_WORDS = 6
# A word naming a hall or a house in the pages' languages ("Kinos", "Saal", "Cinema", "Hall", "Bühne").
HALL_WORD = re.compile(
    r"^(?:kinos?|cinemas?|cin[ée]ma|saal|säle|hall|halle|stage|bühne|theat(?:er|re)s?|th[ée][aâ]tre|sala|salle|"
    r"auditorium|studio|screen|scène|zaal|bioscoop)$",
    re.IGNORECASE,
)
# A room's word, read as a hall's only in a row's cells of hall, date and time (left30): "Room 3", "Raum 2".
ROOM_WORD = re.compile(r"^(?:rooms?|raum|zaal|sala|salle|aula)$", re.IGNORECASE)
NUMBERED = re.compile(r"^(?:\d{1,2}|[A-Z])$")  # a hall's number or letter after its word: "Hall 1", "Room B"
# A listing's name as a heading's first word, in the pages' languages ("Calendário de jogos", "Programme", "Spielplan"):
# the page lists things, it is about none of them.
LISTING_WORD = re.compile(
    r"^(?:calend[aá]rio|calendario|calendar|calendrier|kalender|agenda|programm?e?|programa|programma|spielplan|"
    r"fixtures?|schedule|timetable|termine|events?|veranstaltungen|repertoire|repertuar|line-?up|what's|whats)\b",
    re.IGNORECASE,
)
# A bracketed original title after a page's name in its <title>: "Talking Money (Talking Money)".
BRACKETED_TAIL = re.compile(r"\([^()]{1,120}\)$")
EVIDENCE = "titled by the page's heading, its screening's own words being its hall ({place!r})"


def _about(info: PageInfo) -> str | None:
    """The page's heading when its <title> (or og:title) names it, a bracketed original title aside; not a listing's
    ("Calendário de jogos": a listing's page, not one work's)."""
    heading = page_is_about(info, tail=BRACKETED_TAIL)
    if heading is None or GENERIC_HEADING.match(heading) or LISTING_WORD.match(heading.strip()):
        return None
    return heading


def _halls(places: list[str]) -> bool:
    """Whether the wordings read as halls: one repeats, two share their first word, or one has a hall's word."""
    names = [folded(place) for place in places]
    firsts = Counter(name.split()[0] for name in names)
    repeated = max(Counter(names).values()) > 1 or max(firsts.values()) > 1
    return repeated or any(HALL_WORD.match(word) for place in places for word in place.split())


def _hall_named(place: str) -> bool:
    """Whether words on the date's own line name a numbered hall ("Hall 1 | 14.06.2031 | 18:00", left30): a row's
    cells of hall, date and time. Other words on the date's line ("Family Sunday", "Annie Hall") are its title."""
    words = place.split()
    return any(
        (HALL_WORD.match(word) or ROOM_WORD.match(word)) and NUMBERED.match(after)
        for word, after in zip(words, words[1:], strict=False)
    )


def work_screenings(schedule: list[Entry], info: PageInfo) -> None:
    """Title each screening of a page about one work by the page's heading and place it by its own words."""
    if len(schedule) < MIN_SCREENINGS or any(
        entry.title is None or entry.location or entry.time is None for entry in schedule
    ):
        return
    heading = _about(info)
    if heading is None:
        return
    places: list[str] = []
    for entry in schedule:
        place = own_place(entry.title or "")
        if place is None or len(place.split()) > MAX_PLACE_WORDS or names_what(place):
            return
        if folded(heading) in folded(place) or (folded(place) in folded(entry.text) and not _hall_named(place)):
            return  # titled by the page already ("Public Tour (English)"), or words on the date's own line: no hall
        places.append(place)
    if not _halls(places):
        return
    for entry, place in zip(schedule, places, strict=True):
        entry.title, entry.location, entry.wording = heading, place, None
        entry.evidence.append(EVIDENCE.format(place=place))
