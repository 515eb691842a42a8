"""A schedule section's place: its heading over the address line under it (held-out batch 114). Pure but for the
entries.

A churches' page lists each church's services under the church: "<h2>Fareham United Reformed Church</h2><p>Osborn
Road South, PO16 7DG<ul><li>Nativity service, Sunday 15th December at 10.30am …". The rows say what and when; the
section says where, once, as a name over a street line. Each row of the section without a place of its own (nor an
online room) is at the heading's place and that address: "Fareham United Reformed Church, Osborn Road South, PO16
7DG".

The line under the heading is an address by its own form: a street number and a street word ("59 East 4th
Street"), a postcode ("PO16 7DG", "80331 München", "Portland, OR 97201"), or a town and its region ("Berkeley, CA");
no date, no clock, short. A heading that names the listing rather than a place ("Upcoming Events", "Meeting
Schedule", "2031 Services") gives only the address. Not a place: a heading with a date or a clock, a sentence under
the heading ("Join us at 12 Oak Street for …" is a remark, the line readers' own), a line that is a row itself.
review56: a post box ("PO Box 123, Springfield, IL 62701", "Postfach 12 34") receives letters, holds no event; a heading
that labels whom to write to ("Contact the organiser", "Registered office", "Deliveries", "Impressum") heads the
publisher's address, not the rows'; a town alone under a name with no place's word ("Jane Smith" over "Portland, OR":
an author's home town, as ``place_over_locality`` reads cards) places nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import is_locality
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_single_place import POSTCODE_LINE

EVIDENCE = "place from its section's heading over the address under it: {place!r}"
MAX_HEADING = 70  # a place's name, not a sentence
MAX_HEADING_WORDS = 9
MAX_ADDRESS = 80
MAX_ADDRESS_WORDS = 10
_ANY_DAY = dt.date(2000, 1, 1)  # whether a text holds a date, not which

# A British postcode ("PO16 7DG", "SW1A 1AA", "M1 1AE"), in capitals as written.
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# A heading that names the listing, not a place: its words are a schedule's ("Upcoming Events", "Our Services").
LISTING_WORDS = re.compile(
    r"\b(?:events?|schedules?|calendars?|meetings?|programm?es?|agendas?|dates?|services?|what'?s\s+on|upcoming|"
    r"termine|veranstaltungen|agenda|programme|calendrier|calendario|eventos?)\b",
    re.I,
)
# A post box, not a place (review56).
POST_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|postfach|apartado(?:\s+de\s+correos)?|caixa\s+postal|"
    r"bo[iî]te\s+postale|postbus)\b",
    re.I,
)
# A heading over the publisher's own address (review56): whom to write to, not where the rows are.
CONTACT_HEADING = re.compile(
    r"\b(?:contact(?:s|\s+us)?|registered\s+office|head\s+office|postal|mailing|correspondence|write\s+to|"
    r"deliver(?:y|ies)|returns|billing|invoices?|kontakt|impressum|anschrift|si[èe]ge\s+social|contacto|contatti)\b",
    re.I,
)
# A sentence, not an address line: a verb's usual company ("Join us at …", "Meetings are held at …").
SENTENCE = re.compile(r"\b(?:join|come|held|meet|is|are|will|we|our|please|at\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]m)\b", re.I)


def address_line(text: str) -> bool:
    """Whether a line is a street address or a town's line by its own form, with nothing else on it."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_ADDRESS or len(text.split()) > MAX_ADDRESS_WORDS or SENTENCE.search(text):
        return False
    if find_clock(text) or find_dates(text, year_hint=2000, today=_ANY_DAY):
        return False
    last = text.rsplit(",", 1)[-1].strip()
    return bool(ADDRESS.search(text) or UK_POSTCODE.search(text) or POSTCODE_LINE.search(last) or is_locality(text))


def _town_only(text: str) -> bool:
    """Whether an address line is a town alone: no street, no postcode (``address_line``'s last test only)."""
    last = text.rsplit(",", 1)[-1].strip()
    return not (ADDRESS.search(text) or UK_POSTCODE.search(text) or POSTCODE_LINE.search(last))


def section_place(lines: Sequence[Any], heading_line: int) -> str | None:
    """The place a section states under its heading: the heading's name and the address line right below it."""
    if heading_line + 1 >= len(lines):
        return None
    heading, below = lines[heading_line], lines[heading_line + 1]
    if below.is_heading or not address_line(below.text) or POST_BOX.search(below.text):
        return None
    name = " ".join(heading.text.split()).strip(" :–-")
    address = " ".join(below.text.split())
    if CONTACT_HEADING.search(name):
        return None  # "Contact the organiser" over "12 Oak Street": the publisher's address (review56)
    if _town_only(address) and not PLACE_NOUN.search(name):
        return None  # "Jane Smith" over "Portland, OR": a home town, no venue (review56)
    if (
        not name
        or len(name) > MAX_HEADING
        or len(name.split()) > MAX_HEADING_WORDS
        or LISTING_WORDS.search(name)
        or find_clock(name)
        or find_dates(name, year_hint=2000, today=_ANY_DAY)
    ):
        return address  # "Upcoming Events" over "12 Oak Street": the address alone
    return f"{name}, {address}"


def section_addresses(entries: Sequence[Any], lines: Sequence[Any]) -> None:
    """Each entry without a place, under a section heading whose next line is an address, placed there."""
    memo: dict[int, str | None] = {}
    for entry in entries:
        at = entry.heading_line
        if entry.location or entry.online or at is None or entry.line <= at + 1:
            continue
        if at not in memo:
            memo[at] = section_place(lines, at)
        place = memo[at]
        if place:
            entry.location = place
            entry.evidence.append(EVIDENCE.format(place=place))
