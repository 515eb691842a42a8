"""A listing of one: a dated line alone under a listing's heading is named by its own words (left35). Pure.

left34 and review37 left this: "Quiz night – Friday 20 June 2031, 7pm, Village Hall" alone under "What's on", or
"Freitag, 14. März 2031, 20:00 Uhr – Jazzabend mit dem Trio Blau" alone under a menu page's "Veranstaltungen", was
read by the single-page reader as the page's one event, titled by the page's main heading ("What's on", "Village
Hall", "Gasthaus zur Linde"). The schedule reader reads such a line with its own name (and place), but a schedule of
one line is no schedule. Now, when the single-page event's date line sits right under a heading that says it lists
events and no more (``_page_menu_events.EVENTS_HEADING``: "What's on", "Upcoming events", "Veranstaltungen",
"Termine"…) and that line read alone names its event (a full title: ``events.pipeline.titles.is_full_title``), the
event takes the line's name and, when the line gives one, its place; the line is kept as its wording.

Not: a page whose date line sits under the event's own heading ("Jazz night" over "Friday 20 June 2031, 7pm – The
Blue Room": the page is the event's), a line whose name is no full title ("Served 12–23 December"), a line under
another heading ("Opening hours"), an event heading of more words ("Events menu"), a line of prose rather than a name
("Host your event with us! Weddings, parties and conferences from £500. Enquire for dates from 1 June 2031.": a
hall's hire offer under "Events"; more than MAX_NAME_WORDS words, or two sentences' ends inside it: the title test's
own ``is_prose`` since left37, which also keeps an abbreviation's stop from counting, "Talk by Dr. J. Smith").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from events.pipeline.titles import is_full_title
from sources.adapters._page_lines import Line
from sources.adapters._page_menu_events import EVENTS_HEADING, MAX_HEADING
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_schedule import Entry
from sources.adapters._page_schedule_lines import line_entries

MAX_PLACE_WORDS = 4
MAX_ABOVE = 3  # lines between the listing's heading and the date line (a picture's caption, a lead)
MAX_NAME_WORDS = 12
LISTED_ONE = "the one dated line under {heading!r} names its event: {title!r}"
# A programme's heading (left37): "Agenda" is a listing of events in French, Dutch, Spanish, Italian, Portuguese,
# Catalan, and a meeting's order of business in English; "Programme", "Programm", "Programa".
PROGRAMME_HEADING = re.compile(
    r"^\W{0,3}(?:(?:our|upcoming|coming|current|unser|unsere|notre|nuestra|onze|la\s+nostra)\s+)?"
    r"(?:agenda|programme|program|programm|programma|programa|programação)\W{0,3}$",
    re.IGNORECASE,
)
# A meeting's or a body's word in a heading above (the page is a meeting's, the agenda its business).
MEETING = re.compile(
    r"\b(?:meetings?|agm|minutes|council|board|committee|commission|trustees|assembly|hearing|session|sitzung|"
    r"versammlung|gemeinderat|r[ée]union|conseil|assembl[ée]e|vergadering|gemeenteraad|reuni[óo]n|pleno|consiglio|"
    r"riunione|seduta)\b",
    re.IGNORECASE,
)
NUMBERED = re.compile(r"^\s*(?:item\s+)?\d{1,2}[.)]\s")  # "1. Apologies": an agenda's item
MAX_HEADINGS_ABOVE = 20


def _listing_heading(lines: list[Line], at: int) -> int | None:
    """The index of the heading right above line ``at`` when it says it lists events, else None."""
    for index in range(at - 1, max(-1, at - 1 - MAX_ABOVE), -1):
        line = lines[index]
        if line.is_heading:
            text = " ".join(line.text.split())
            if len(text) > MAX_HEADING:
                return None
            return index if EVENTS_HEADING.match(text) or _programme(lines, index, at) else None
    return None


def _programme(lines: list[Line], heading: int, at: int) -> bool:
    """Whether the heading at ``heading`` is a programme's ("Agenda", "Programme", left37) over a listing's line: not a
    meeting's agenda (a heading above it names a meeting or a body; the line is a numbered item)."""
    if not PROGRAMME_HEADING.match(" ".join(lines[heading].text.split())) or NUMBERED.match(lines[at].text):
        return False
    above = (line.text for line in lines[:heading] if line.is_heading)
    return not any(MEETING.search(text) for text in itertools.islice(above, MAX_HEADINGS_ABOVE))


def _a_place(title: str) -> bool:
    """Whether a short name ends with a place's noun ("Village Hall", "St Mary's Church"): a place, not an event."""
    words = title.split()
    return len(words) <= MAX_PLACE_WORDS and PLACE_NOUN.fullmatch(words[-1].strip(".,")) is not None


def _prose(title: str) -> bool:
    """Whether a line's words run longer than a listed name: a line of prose (an offer, a notice). Two sentences in it
    are ``is_full_title``'s to refuse (``events.pipeline.titles.is_prose``, left37)."""
    return len(title.split()) > MAX_NAME_WORDS


def listed_one(single: Entry | None, lines: list[Line], *, today: dt.date) -> Entry | None:
    """``single``, named by its own line when it is a listing of one (see the module)."""
    if single is None or not 0 < single.line < len(lines) or lines[single.line].is_heading:
        return single
    heading = _listing_heading(lines, single.line)
    if heading is None:
        return single
    own = [entry for entry in line_entries(lines, today=today, skip_blocks=set()) if entry.line == single.line]
    title = own[0].title if len(own) == 1 and own[0].day == single.day else None
    if not title or not is_full_title(title) or _prose(title):
        return single
    line = own[0]
    if not line.location and _a_place(title):
        return single  # "Saturday 14 June 2031, 2pm – Village Hall": where, not what
    if line.time is not None and single.time is not None and line.time != single.time:
        return single
    evidence = [*single.evidence, LISTED_ONE.format(heading=lines[heading].text.strip(), title=line.title)]
    return dataclasses.replace(
        single,
        title=line.title,
        location=single.location or line.location,
        wording=single.wording or lines[single.line].text,
        evidence=evidence,
    )
