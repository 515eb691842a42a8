"""A match card's two sides under its date line: the match is named by them. Pure.

An esports wiki's (or a league's) match cards write the kick-off on a line of its own ("August 21, 2026 - 18:50
CEST") and, right under it, the two sides around a separator ("Vitality" | "vs(Bo3)" | "Spirit"), then the
tournament. The schedule reader titled each match by what its date line says after the clock: the zone's
abbreviation ("CEST"), or nothing (the page's heading, "Meeting").

So, for an entry whose line names nothing of its own (no title, or only a zone's abbreviation), when the three lines
right under its date line are a name, a separator alone ("vs", "v.", "-", ":", a score "2:0", each with at most a
bracketed note: "(Bo3)") and a name, the entry is titled "Home - Away" from them.

Not: a date line that names its own event ("19:00 Quiz Night" over "Team A" | "vs" | "Team B": a quiz's teams), lines
that are clocks or dates ("Doors 19:00" | "-" | "Show 20:00"), a separator line that says more ("vs the world").
"""

from __future__ import annotations

import re

from sources.adapters._feed_zone_words import ZONES
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

SEPARATOR_LINE = re.compile(
    r"^\s*(?:vs\.?|v\.?|-|–|—|:|gegen|contre|contra|tegen|\d{1,3}\s*[:–-]\s*\d{1,3})\s*(?:\(\s*\w[\w .-]{0,11}\)\s*)?$",
    re.I,
)
MAX_NAME = 40  # a side's name, a club's or a team's
EVIDENCE = "titled by the two sides under its date line: {home!r} {separator!r} {away!r}"


def _a_side(line: Line, entry: Entry) -> bool:
    text = line.text.strip()
    return (
        0 < len(text) <= MAX_NAME
        and any(character.isalpha() for character in text)
        and SEPARATOR_LINE.match(text) is None
        and find_clock(text) is None
        and not find_dates(text, year_hint=entry.day.year, today=entry.day)
    )


def _names_nothing(entry: Entry) -> bool:
    return entry.title is None or entry.title.strip().upper() in ZONES


def card_sides(schedule: list[Entry], lines: list[Line]) -> None:
    """Title each entry that names nothing by the two sides on the three lines under its date line."""
    by_index = {line.index: line for line in lines}
    for entry in schedule:
        if not _names_nothing(entry):
            continue
        home, separator, away = (by_index.get(entry.line + step) for step in (1, 2, 3))
        if home is None or separator is None or away is None or not SEPARATOR_LINE.match(separator.text):
            continue
        if not (_a_side(home, entry) and _a_side(away, entry)):
            continue
        entry.title, entry.wording = f"{home.text.strip()} - {away.text.strip()}", None  # the sides as written
        entry.evidence.append(EVIDENCE.format(home=home.text, separator=separator.text, away=away.text))
