"""A single meeting's own page whose date is only in its main heading, beside side cards of other days. Pure.

A body's meeting page may name its meeting and its date, often its hour, in the <h1> alone ("Board Meeting – March 3,
2027 6:00 PM", "Sitzung des Bauausschusses am 22.12.2021, 09:30 Uhr") and hold a few cards beside it: "Next meeting
April 7, 2027", "Record closed on March 10, 2027". Read as cards, those are the page's events and the heading's own
meeting is lost. When the heading names one day (its year written, no range, not a stamp: "Updated March 1, 2027",
not a listing's "Events from …", "Week of …"), the page has at most SIDE_CARDS cards and none of them is on that
day, the page is that meeting's: its event is the heading's, and the cards' dates are not this page's events. A page
with a card on the heading's day (a day's listing: "Events on March 3, 2027"), or with more cards, is read as cards.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_words import (
    BODY_WORDS,
    GATHERING_WORDS,
    GENERIC_HEADING,
    HEADLINE,
    NEWS_HEADING,
    PAGE_DATES,
)
from sources.adapters.base import ParsedRecord, RawEvent

CLOCK_AHEAD = 6  # the most characters between the date and its clock (", ", " at ", " - ")
SIDE_CARDS = 3  # the most cards beside one meeting's heading; more are a listing
MAX_HEADING = 200  # a heading, not a paragraph
# Words before the heading's date that make it a listing's span or a stamp, not one meeting's day.
LISTING_LEAD = re.compile(
    r"\b(?:week|month|weekend|from|since|after|before|until|till|through|starting|beginning|"
    r"ab|bis|seit|vom|woche|à partir|depuis|desde|hasta|dal|fino)\b(?:\s+(?:of|on|the|du|del|de))?\W*$",
    re.I,
)
HEADING_DAY_EVIDENCE = (
    "the page's own meeting, dated in its main heading; {count} date(s) beside it on other days left out"
)


def heading_day(heading: str | None, *, today: dt.date) -> dt.date | None:
    """The one day the page's main heading names for its own event, or None (see the module)."""
    if not heading or len(heading) > MAX_HEADING:
        return None
    dates = find_dates(heading, year_hint=None, today=today)
    if len(dates) != 1 or not dates[0].year_written or dates[0].end_date is not None:
        return None
    hit = dates[0]
    before = heading[: hit.start]
    name = " ".join(before.strip(" -–—|:·•»,").split())
    if not any(character.isalpha() for character in name) or GENERIC_HEADING.match(name):
        return None
    if LISTING_LEAD.search(before) or PAGE_DATES.search(before):  # "Updated March 1, 2027", "Week of …"
        return None
    return hit.date if _meeting_heading(heading, hit.end, name, today=today) else None


def _meeting_heading(heading: str, date_end: int, name: str, *, today: dt.date) -> bool:
    """Whether the heading dates a meeting rather than a post: its hour follows its date ("…, 09:30 Uhr"), or its
    name is a body's or a gathering's and no news headline ("Board Meeting – March 3, 2027"). A post's or a
    newsletter's heading ("Our Spring Recap – March 3, 2027", "Newsletter March 3, 2027") dates its publication."""
    clock = find_clock(heading[date_end:], dated=True)
    if clock is not None and clock.span[0] <= CLOCK_AHEAD:
        return True
    if NEWS_HEADING.search(name) or HEADLINE.match(name):
        return False
    return bool(BODY_WORDS.search(name) or GATHERING_WORDS.search(name))


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def side_cards_only(cards: Iterable[ParsedRecord | None], day: dt.date) -> int | None:
    """How many cards there are when they are few, all read as events and none on ``day``; None otherwise."""
    kept = list(cards)
    events = [card for card in kept if isinstance(card, RawEvent)]
    if len(events) != len(kept):
        return None
    return side_days_only([_day(event.start) for event in events], day)


def side_days_only(days: Iterable[dt.date], day: dt.date) -> int | None:
    """How many dates a page's cards or schedule lines give beside its heading's ``day`` when they are few and none
    is that day; None otherwise."""
    kept = list(days)
    if not kept or len(kept) > SIDE_CARDS or day in kept:
        return None
    return len(kept)


def on_heading_day(records: Iterable[ParsedRecord], day: dt.date) -> bool:
    """Whether the page's own reading starts its event on the heading's day."""
    return any(isinstance(record, RawEvent) and _day(record.start) == day for record in records)


HEADING_DATE_EVIDENCE = "the heading's own date and hour at its end left out of the title: {heading!r}"
# The word that leads into the heading's date ("Sitzung am 22.12.2027", "Board Meeting on March 3", "Conseil le 3
# mars"), left with it; the clock's unit after the time ("09:30 Uhr", "18 h").
DATE_LEAD = re.compile(r"(?:^|(?<=\s))(?:am|on|le|el|il|op|den|vom|du|del|de|the|at|ab)\s*$", re.I)
CLOCK_UNIT = re.compile(r"^\W*+(?:uhr|h|hrs?|heures?|horas?|ore|o'clock)?\W*+$", re.I)
# A room after the heading's own date and hour ("… 23.09.2026 klo 17:00 - Kaupunginhallituksen kokoushuone"): the
# date is still the heading's own, closing its name; the room is where, not what (helper pagefix).
PLACE_TAIL = re.compile(r"[-–—|,]\s*+[^\W\d_][^\d]{2,80}")
# The document's kind a body's agenda or minutes page writes between the body and the date ("Tekninen lautakunta
# Esityslista 23.09.2026", "Bauausschuss Tagesordnung 3.3.2027", "Conseil municipal ordre du jour"): the meeting is
# the body's, the document only its paper.
DOCUMENT_KIND = re.compile(
    r"(?:^|(?<=[\s\-–—|:,]))(?:agenda|minutes|esityslista|pöytäkirja|tagesordnung|niederschrift|protokoll|"
    r"ordre du jour|procès-verbal|compte rendu|orden del día|acta|ordine del giorno|verbale|dagordning|dagsorden|"
    r"föredragningslista|notulen|agendas)[\s\-–—|:,]*+$",
    re.I,
)


# A town after the heading's own date and hour, set apart by a space only ("Pirátský poklad 14. února 2026 v 15 hodin
# Praha", as a concert page's heading repeats its day, hour and town; batch 97): one to four words, the first
# capitalised, that the page's place names too ("Kde: Praha, Divadlo Lucie Bílé"; "Ústí nad Labem"). A name the place
# does not hold is the heading's own: its performer or author ("Live 14 February 2031 8pm Arctic Monkeys", "Autorské
# čtení … v 19 hodin Petra Hůlová"; review35). Read whole (fullmatch); a search starts only where a run of spaces does, so
# a long run not followed by a name is scanned once, not once from each of its spaces.
TOWN_TAIL = re.compile(r"(?<!\s)(?:\s++[^\W\d_][^\W\d_'’-]*+){1,4}\s*+")


def _town_tail(after: str, place: str | None) -> bool:
    town = " ".join(after.split())
    if not place or not town or not town[0].isupper() or TOWN_TAIL.fullmatch(after) is None:
        return False
    return re.search(rf"(?<!\w){re.escape(town.casefold())}(?!\w)", place.casefold()) is not None


def without_heading_date(title: str, day: dt.date, *, today: dt.date, place: str | None = None) -> str:
    """``title`` without its own ``day`` (and its hour) that closes it ("Sitzung des Bauausschusses am 22.12.2027,
    09:30 Uhr": "Sitzung des Bauausschusses"), or that only a room follows after its hour ("Tekninen lautakunta
    Esityslista 23.09.2026 klo 17:00 - Valtuustosali"), and without the document's kind before it ("Esityslista":
    the body's meeting); as written when the date is another day's, is not at its end, or leaves no name."""
    if len(title) > MAX_HEADING:
        return title
    dates = find_dates(title, year_hint=None, today=today)
    if len(dates) != 1 or dates[0].date != day or dates[0].end_date is not None:
        return title
    hit = dates[0]
    after = title[hit.end :]
    clock = find_clock(after, dated=True)
    timed = clock is not None and clock.span[0] <= CLOCK_AHEAD
    if clock is not None and timed:
        after = after[clock.span[1] :]
    placed = timed and (PLACE_TAIL.fullmatch(after.lstrip()) or _town_tail(after, place))
    if not CLOCK_UNIT.match(after) and not placed:
        return title
    name = title[: hit.start].rstrip(" -–—|:·•»,(")
    name = DATE_LEAD.sub("", name).rstrip(" -–—|:·•»,(")
    kind = DOCUMENT_KIND.search(name)
    if kind is not None and sum(character.isalpha() for character in name[: kind.start()]) >= 3:
        name = name[: kind.start()].rstrip(" -–—|:·•»,(")  # "Tekninen lautakunta Esityslista": the body's meeting
    if sum(character.isalpha() for character in name) < 3 or PAGE_DATES.search(name):
        return title
    return name
