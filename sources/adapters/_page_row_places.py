"""A place under a date that a dash does not set off: "St. Joseph's Parish, 174 Wilbrod Street, Ottawa", "Pembroke,
Ontario" (helper pages113). Pure.

A row's line under its date is the event's name unless it reads as its place ("PS 20 - 166 Essex Street", a name,
a dash and a street address, or the address alone: _page_schedule.reads_as_place), which the heading above leaves
to name the event. A choir's season page sets each concert's <h3> over "Sunday, October 26, 2014, 3:30pm<br>St.
Joseph’s Parish &em; 174 Wilbrod Street, Ottawa" (its "&em;" a typo for an em dash, left as text by browsers) or
"Pembroke, Ontario": every concert was named by its church.

``under_date_place`` also takes: a name and a street address set apart by a comma or by any other short mark (a
bar, a middot, an unknown entity such as "&em;") instead of a dash; and a town, a comma and its region, where the
region is a US state's name or code, a country's name, or a Canadian province's or an Australian state's name
("Pembroke, Ontario", "Ballarat, Victoria"). Not: a sentence, a line with a date or a clock, "Smith, John", "Room
4, Building B", "Opening Night, Act One" (no street and no region after the comma), a name longer than 60 letters;
a "town" that is an occasion or a work ("Opening Night, Victoria", "Requiem, Georgia": a programme and a
performer whose name is a region's, review55: ``OCCASIONS``).
"""

from __future__ import annotations

import re

from events.pipeline.places import COUNTRY_NAMES, US_STATES, place_key
from sources.adapters._page_schedule import ADDRESS

MAX_LINE = 100
# A name (no digit), then a comma or a short mark between spaces ("·", "|", "/", "&em;"), then a number that opens
# the street address (checked with ADDRESS).
NAME_THEN_NUMBER = re.compile(r"[^\W\d][^\d,;:!?]{0,60}?(?:\s*,\s*|\s+(?:[|·•/]|&[A-Za-z]{1,8};)\s+)(?=\d)")
# The town: one to three capitalised words.
TOWN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
PROVINCES = frozenset(
    place_key(name)
    for name in (
        "Alberta",
        "British Columbia",
        "Manitoba",
        "New Brunswick",
        "Newfoundland and Labrador",
        "Nova Scotia",
        "Ontario",
        "Prince Edward Island",
        "Quebec",
        "Québec",
        "Saskatchewan",
        "Yukon",
        "New South Wales",
        "Queensland",
        "South Australia",
        "Tasmania",
        "Victoria",
        "Western Australia",
    )
)
REGIONS = (
    PROVINCES | frozenset(place_key(name) for pair in US_STATES.items() for name in pair) | frozenset(COUNTRY_NAMES)
)
# review55: words of an occasion or a work, never of a town's name, before a region that is also a given name
OCCASIONS = frozenset(
    {"night", "nights", "gala", "concert", "concerts", "evening", "matinee", "premiere", "requiem", "mass", "festival",
     "party", "show", "service", "recital", "opening", "closing", "finale", "weekend", "tour", "season", "programme",
     "program", "symphony", "oratorio", "messiah", "vespers", "evensong", "celebration", "tribute", "featuring",
     "feat", "with", "and", "sings", "plays", "presents", "live", "quartet", "trio", "choir", "orchestra", "ensemble"}
)  # fmt: skip
CLOCK_OR_DATE = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:19|20)\d\d\b", re.I)


def under_date_place(text: str) -> bool:
    """Whether a line under a row's date is its place in one of the shapes of the module's docstring."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_LINE or CLOCK_OR_DATE.search(text) or text.endswith((".", "!", "?")):
        return False
    lead = NAME_THEN_NUMBER.match(text)
    if lead is not None and ADDRESS.match(text, lead.end()) is not None:
        return True
    town, comma, region = text.rpartition(",")
    if set(town.lower().split()) & OCCASIONS:
        return False  # "Opening Night, Victoria": an occasion and a performer, no town
    return bool(comma) and TOWN.fullmatch(town.strip()) is not None and place_key(region) in REGIONS
